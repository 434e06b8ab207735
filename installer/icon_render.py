"""Render resources/icons/trustdesk.svg to PNG files at build time (nothing generated is committed).

    python installer/icon_render.py OUT_DIR [SIZE ...]      -> OUT_DIR/trustdesk-<size>.png

Uses QtSvg from PySide6-Essentials on Qt's offscreen platform (no display needed).  PyInstaller
turns the 512 px PNG into the Windows .ico / macOS .icns itself (through Pillow).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

SVG = Path(__file__).resolve().parents[1] / "resources" / "icons" / "trustdesk.svg"


def render(out_dir: Path, sizes: list[int]) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"icon_render: {SVG} is not a valid SVG")
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = out_dir / f"trustdesk-{size}.png"
        if not image.save(str(target), "PNG"):
            raise SystemExit(f"icon_render: could not write {target}")
        written.append(target)
    del app
    return written


if __name__ == "__main__":
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    for path in render(Path(sys.argv[1]), [int(s) for s in sys.argv[2:]] or [256, 512]):
        print(path)
