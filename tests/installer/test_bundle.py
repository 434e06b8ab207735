"""The frozen bundle as a trust person gets it: the .deb installed on this machine (``make installer-test``).

Installs ``trustdesk_<version>_<arch>.deb`` (from ``$TRUSTDESK_TEST_DEB_DIR``, default ``dist/``) with apt, then runs the *installed* program with a
bare environment (``env -i PATH=/usr/bin:/bin``: no project venv, no PYTHONPATH): the headless
self-test, the keychain discovery under a real Secret Service (gnome-keyring in ``dbus-run-session``),
the bundled organisation pack against the pinned key, the GUI's first window under ``xvfb-run``
(a screenshot is kept beside the .deb), and lintian.  Marked ``bundle``: ``make test`` skips it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.bundle

ROOT = Path(__file__).resolve().parents[2]
DIST = ROOT / os.environ.get("TRUSTDESK_TEST_DEB_DIR", "dist")
OPT = Path("/opt/trustdesk")
RESOURCES = OPT / "_internal" / "resources"
BARE_PATH = "/usr/bin:/bin"


def _root_command(*args: str) -> list[str]:
    return list(args) if os.geteuid() == 0 else ["sudo", "-n", *args]


def bare_env(home: Path, **extra: str) -> dict[str, str]:
    """What a desktop session gives a program, and nothing of the developer's environment."""
    return {"PATH": BARE_PATH, "HOME": str(home), "LANG": "C.UTF-8", **extra}


def run(args: list[str], home: Path, timeout: float = 120, **extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, env=bare_env(home, **extra), cwd=home, capture_output=True, text=True,
                          timeout=timeout, check=False)


@pytest.fixture(scope="module")
def deb() -> Path:
    found = sorted(DIST.glob("trustdesk_*.deb"), key=lambda p: p.stat().st_mtime)
    if not found:
        pytest.fail(f"no trustdesk_*.deb in {DIST}: run `make installer-test`")
    return found[-1]


@pytest.fixture(scope="module")
def installed(deb: Path) -> Path:
    result = subprocess.run(
        _root_command("apt-get", "install", "-y", "--no-install-recommends", "--reinstall",
                      "-o", "DPkg::Lock::Timeout=300", str(deb)),
        env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"}, capture_output=True, text=True,
        timeout=600, check=False)
    assert result.returncode == 0, f"apt-get install failed:\n{result.stdout}\n{result.stderr}"
    return OPT


@pytest.fixture
def home(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "home"
    path.mkdir()
    yield path


def test_package_has_no_maintainer_scripts(deb: Path) -> None:
    """Nothing runs as root at install or removal, so removal can never touch a vault."""
    listing = subprocess.run(["dpkg-deb", "--ctrl-tarfile", str(deb)], capture_output=True, check=True)
    names = subprocess.run(["tar", "-t"], input=listing.stdout, capture_output=True, check=True).stdout.decode()
    members = {Path(n).name for n in names.split() if n.strip("./")}
    assert members == {"control", "md5sums"}, members


def test_installed_layout(installed: Path) -> None:
    assert (installed / "trustdesk").is_file() and os.access(installed / "trustdesk", os.X_OK)
    assert shutil.which("trustdesk", path=BARE_PATH) == "/usr/bin/trustdesk"
    assert Path("/usr/bin/trustdesk").resolve() == installed / "trustdesk"
    desktop = Path("/usr/share/applications/trustdesk.desktop").read_text(encoding="utf-8")
    assert "Exec=trustdesk" in desktop and "Icon=trustdesk" in desktop
    assert Path("/usr/share/icons/hicolor/scalable/apps/trustdesk.svg").is_file()
    assert Path("/usr/share/icons/hicolor/256x256/apps/trustdesk.png").is_file()
    for doc in ("copyright", "changelog.gz", "THIRD-PARTY-NOTICES.txt.gz"):
        assert Path("/usr/share/doc/trustdesk", doc).is_file(), doc
    # The resources the app looks up under sys._MEIPASS/resources.
    assert (RESOURCES / "fonts" / "DejaVuSans.ttf").is_file()
    for ts in (ROOT / "resources" / "translations").glob("*.ts"):
        assert (RESOURCES / "translations" / ts.with_suffix(".qm").name).is_file(), ts.name
    notices = (RESOURCES / "THIRD-PARTY-NOTICES.txt").read_text(encoding="utf-8")
    for name in ("PySide6_Essentials", "sqlcipher3", "keyring", "cryptography"):
        assert name in notices, name


def test_bundle_leaves_out_network_and_unused_qt(installed: Path) -> None:
    files = {p.name for p in (installed / "_internal").rglob("*")}
    assert "QtNetwork.abi3.so" not in files  # the Python binding; QtPdf's C++ library links Qt6Network
    assert "libqvnc.so" not in files  # Qt's VNC platform would serve the window over TCP
    assert not any(n.startswith("QtWebEngine") for n in files)
    assert "_ssl.cpython-311-x86_64-linux-gnu.so" not in files
    assert "libgtk-3.so.0" not in files


def test_selftest_runs_from_the_installed_location(installed: Path, home: Path) -> None:
    result = run(["trustdesk", "selftest"], home)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip().splitlines()[-1] == "selftest: OK"
    assert not list(home.rglob("vault.db")), "the self-test left a vault behind"


def test_keychain_backends_are_found_in_the_frozen_app(installed: Path, home: Path) -> None:
    """keyring finds its backends through entry points in its metadata: without a desktop session
    only ``fail`` is viable, and TrustDesk says passphrase-only (exit 1)."""
    result = run(["trustdesk", "keychain"], home)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "keyring.backends.fail.Keyring" in result.stdout
    assert "not accepted: passphrase-only" in result.stdout


def test_keychain_is_secret_service_under_gnome_keyring(installed: Path, home: Path) -> None:
    script = ("printf 'installer-test' | gnome-keyring-daemon --unlock --components=secrets >/dev/null "
              "&& trustdesk keychain --probe")
    result = run(["dbus-run-session", "--", "sh", "-c", script], home)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "keychain: keyring.backends.SecretService.Keyring (used)" in result.stdout
    assert "probe: OK" in result.stdout


def test_bundled_pack_verifies_against_the_pinned_key(installed: Path, home: Path) -> None:
    expected = os.environ.get("TRUSTDESK_TEST_PACK")
    bundled = RESOURCES / "packs" / "initial.zip"
    if not expected:
        pytest.skip("built without a pack (make installer-test builds with one)")
    assert bundled.read_bytes() == Path(expected).read_bytes()
    pinned = RESOURCES / "pack_pubkey.pem"
    given = Path(os.environ.get("TRUSTDESK_TEST_PACK_PUBKEY") or ROOT / "resources" / "pack_pubkey.pem")
    assert pinned.read_bytes() == given.read_bytes()
    result = run(["trustdesk", "pack", "verify", str(bundled)], home)  # no --pubkey: the pinned key
    assert result.returncode == 0, result.stdout + result.stderr
    assert "pack OK" in result.stdout


def _xwd_to_png(xwd: Path, png: Path) -> tuple[int, int, int]:
    """Xvfb's -fbdir screen file (XWD, 24-bit TrueColor in 32 bpp) -> PNG; returns (w, h, colours)."""
    from PIL import Image

    data = xwd.read_bytes()
    fields = [int.from_bytes(data[i:i + 4], "big") for i in range(0, 100, 4)]
    header_size, width, height = fields[0], fields[4], fields[5]
    byte_order, bits_per_pixel, bytes_per_line, ncolors = fields[7], fields[11], fields[12], fields[19]
    assert bits_per_pixel == 32, f"unexpected XWD depth {bits_per_pixel}"
    offset = header_size + 12 * ncolors
    raw = data[offset:offset + bytes_per_line * height]
    image = Image.frombuffer("RGB", (width, height), raw, "raw", "BGRX" if byte_order == 0 else "XRGB",
                             bytes_per_line, 1)
    image.save(png)
    colours = image.getcolors(maxcolors=1 << 16)
    return width, height, len(colours) if colours is not None else 1 << 16


def test_gui_first_run_window_under_xvfb(installed: Path, home: Path, tmp_path: Path) -> None:
    """Without a vault the app opens its first-run window; nothing is written before the user acts."""
    fbdir = tmp_path / "fb"
    fbdir.mkdir()
    data_dir = tmp_path / "data"
    shot = tmp_path / "screen.xwd"
    script = f"""
trustdesk --data-dir '{data_dir}' >'{tmp_path}/gui.log' 2>&1 &
pid=$!
found=""
for i in $(seq 1 120); do
  found=$(xdotool search --onlyvisible --pid "$pid" 2>/dev/null | head -n1)
  [ -n "$found" ] && break
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.25
done
[ -n "$found" ] || {{ echo "no window"; kill "$pid" 2>/dev/null; exit 3; }}
sleep 1.5
cp '{fbdir}/Xvfb_screen0' '{shot}'
cp "/proc/$pid/maps" '{tmp_path}/maps'
echo "title: $(xdotool getwindowname "$found")"
echo "class: $(xdotool search --onlyvisible --class TrustDesk 2>/dev/null | head -n1)"
kill -0 "$pid" || {{ echo "exited"; exit 4; }}
kill "$pid"; wait "$pid" 2>/dev/null || true
"""
    result = run(["xvfb-run", "-a", "-s", f"-screen 0 1280x800x24 -fbdir {fbdir}", "sh", "-c", script],
                 home, timeout=180)
    log = (tmp_path / "gui.log").read_text(errors="replace") if (tmp_path / "gui.log").exists() else ""
    assert result.returncode == 0, f"{result.stdout}\n{result.stderr}\napp log:\n{log}"
    title = next(line for line in result.stdout.splitlines() if line.startswith("title: "))
    assert "TrustDesk" in title, result.stdout
    assert any(line.startswith("class: ") and line.strip() != "class:" for line in result.stdout.splitlines()), \
        "no window of WM class TrustDesk (the .desktop file's StartupWMClass)"
    DIST.mkdir(exist_ok=True)
    width, height, colours = _xwd_to_png(shot, DIST / "trustdesk-first-run.png")
    assert (width, height) == (1280, 800)
    assert colours > 50, "the screen is (nearly) blank: the window drew nothing"
    assert not (data_dir / "vault.db").exists() and not (data_dir / "keyslots.json").exists()
    # What the window loaded (/proc/PID/maps): Qt, its X11 platform and compose-key input from the bundle.
    mapped = {line.split()[-1] for line in (tmp_path / "maps").read_text().splitlines() if "/" in line.split()[-1]}
    qt = sorted(path for path in mapped if "Qt6" in Path(path).name or "/plugins/" in path)
    assert qt and all(path.startswith(f"{installed}/") for path in qt), qt
    plugins = {Path(path).name for path in qt if "/plugins/" in path}
    assert {"libqxcb.so", "libcomposeplatforminputcontextplugin.so"} <= plugins, plugins
    assert f"{installed}/_internal/PySide6/Qt/lib/libicudata.so.73" in mapped


def test_lintian_reports_no_errors(deb: Path) -> None:
    if shutil.which("lintian") is None:
        pytest.fail("lintian is not installed (make installer-test installs it)")
    result = subprocess.run(["lintian", "--fail-on", "error", str(deb)], capture_output=True, text=True,
                            timeout=900, check=False)
    errors = [line for line in result.stdout.splitlines() if line.startswith("E: ")]
    assert result.returncode == 0 and not errors, "\n".join(errors) or result.stderr


def test_installed_icu_data_answers_qt_like_the_full_data(installed: Path) -> None:
    """The bundle's smaller ICU data (installer/icu_data.py): for nl, fr and en, the same collation,
    time-zone names, case mapping and codecs as the wheel's full data."""
    import importlib.util
    import json
    import sys

    spec = importlib.util.find_spec("PySide6")
    assert spec is not None and spec.origin is not None
    probe = Path(__file__).with_name("icu_probe.py")

    def answers(lib_dir: Path) -> dict[str, object]:
        result = subprocess.run([sys.executable, str(probe), str(lib_dir)], capture_output=True, text=True,
                                timeout=120, check=False)
        assert result.returncode == 0, result.stderr
        loaded: dict[str, object] = json.loads(result.stdout)
        return loaded

    bundled = installed / "_internal" / "PySide6" / "Qt" / "lib"
    full, small = answers(Path(spec.origin).parent / "Qt" / "lib"), answers(bundled)
    assert full == small, [key for key in full if full[key] != small.get(key)][:10]
    assert (bundled / "libicudata.so.73").stat().st_size < 12 * 2**20


# The runtime hooks PyInstaller would run before main.py that installer/trustdesk.spec leaves out (see there).
DROPPED_RUNTIME_HOOKS = {"pyi_rth_multiprocessing", "pyi_rth_pkgutil", "pyi_rth_pyside6", "pyi_rth_inspect"}


def test_start_runs_only_the_runtime_hooks_it_needs(installed: Path) -> None:
    """installer/trustdesk.spec drops the runtime hooks whose work costs every start and serves nothing
    here: before main.py only PyInstaller's bootstrap and the OpenSSL-modules path (an isdir) run; no
    hook imports PySide6 ahead of the app's own start-up order."""
    from PyInstaller.archive.readers import CArchiveReader

    entries = set(CArchiveReader(str(installed / "trustdesk")).toc)
    hooks = {name for name in entries if name.startswith("pyi_rth_")}
    assert "main" in entries and "pyiboot01_bootstrap" in entries, entries
    assert hooks <= {"pyi_rth_cryptography_openssl"}, hooks
    assert not hooks & DROPPED_RUNTIME_HOOKS, hooks


# What the app imports on its way to the unlock window, from each place it comes from: ours, PySide6 and
# shiboken, the standard library (a package and a plain module), a dependency's.
START_MODULES = ("trustdesk/app", "trustdesk/cli/__init__", "trustdesk/ui/kit/first_paint", "PySide6/__init__",
                 "shiboken6/__init__", "json/__init__", "getopt", "typing", "platformdirs/__init__")


def test_modules_are_pyc_files_not_in_the_python_archive(installed: Path, tmp_path: Path) -> None:
    """Every module the start imports is a .pyc file loaded by Python's own file loader (as the checkout
    loads its __pycache__), not read out of the archive by PyInstaller's importer and zlib; what little
    stays in the archive (the modules no name of the spec covers) is stored, not deflated."""
    from PyInstaller.archive.readers import CArchiveReader, ZlibArchiveReader

    internal = installed / "_internal"
    missing = [name for name in START_MODULES if not (internal / f"{name}.pyc").is_file()]
    assert not missing, missing
    archive = tmp_path / "PYZ.pyz"
    archive.write_bytes(CArchiveReader(str(installed / "trustdesk")).extract("PYZ.pyz"))
    toc = ZlibArchiveReader(str(archive)).toc
    in_archive = {name.split(".")[0] for name in toc}
    assert not in_archive & {"trustdesk", "PySide6", "shiboken6", "json", "typing", "platformdirs"}, sorted(in_archive)
    assert len(toc) < 20, sorted(toc)
    data = archive.read_bytes()
    headers = {data[offset:offset + 2] for _kind, offset, length in toc.values() if length > 0}
    assert headers <= {b"\x78\x01"}, headers


def test_shiboken_support_is_compiled_at_build_time(installed: Path) -> None:
    """shiboken6 imports its support modules (signature, __feature__) from files.dir when it exists,
    instead of compiling the sources embedded in libshiboken at every start (installer/trustdesk.spec)."""
    files = installed / "_internal" / "shiboken6" / "files.dir"
    compiled = {path.relative_to(files).as_posix() for path in files.rglob("*.pyc")}
    assert {"shibokensupport/__init__.pyc", "shibokensupport/feature.pyc",
            "shibokensupport/signature/loader.pyc"} <= compiled, sorted(compiled)
    assert len(compiled) >= 10 and not list(files.rglob("*.py")), sorted(compiled)
