"""Render resources/icons/trustdesk.svg to PNG files at build time (nothing generated is committed).

    python installer/icon_render.py OUT_DIR [SIZE ...]
        -> OUT_DIR/trustdesk-<size>.png, OUT_DIR/trustdesk.ico (Windows), OUT_DIR/trustdesk.icns (macOS)

Uses QtSvg from PySide6-Essentials on Qt's offscreen platform (no display needed) for the PNGs, and
Pillow (already a dependency through reportlab) to pack the .ico and .icns from a 1024 px rendering.
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


def pack_icons(out_dir: Path) -> list[Path]:
    from PIL import Image

    (big,) = render(out_dir, [1024])
    image = Image.open(big)
    ico, icns = out_dir / "trustdesk.ico", out_dir / "trustdesk.icns"
    image.save(ico, sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])
    image.save(icns)
    return [ico, icns]


if __name__ == "__main__":
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    target = Path(sys.argv[1])
    for path in render(target, [int(s) for s in sys.argv[2:]] or [256, 512]) + pack_icons(target):
        print(path)
