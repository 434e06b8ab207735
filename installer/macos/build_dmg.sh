#!/usr/bin/env bash
# macOS: TrustDesk.app (PyInstaller BUNDLE, see installer/trustdesk.spec) inside a compressed .dmg.
#
#   installer/macos/build_dmg.sh [--pack PACK.zip] [--pack-pubkey KEY.pem]
#
# Runs on macOS only (hdiutil; the .icns comes from installer/icon_render.py, no iconutil needed).
# Output: dist/TrustDesk-<version>-<arch>.dmg and its .sha256.
# Optional signing/notarisation (needs an Apple Developer ID):
#   TRUSTDESK_CODESIGN_IDENTITY="Developer ID Application: …"   signs the bundle (PyInstaller + codesign)
#   TRUSTDESK_NOTARY_PROFILE=<keychain profile of `xcrun notarytool store-credentials`>  notarises the dmg
# Without them the app is unsigned: Gatekeeper then asks the user to allow it (README: distributing).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
PY="${PYTHON:-$ROOT/.venv/bin/python}"
PACK="${PACK:-}"
PACK_PUBKEY="${PACK_PUBKEY:-}"
while [ $# -gt 0 ]; do
  case "$1" in
    --pack) PACK="$2"; shift 2 ;;
    --pack-pubkey) PACK_PUBKEY="$2"; shift 2 ;;
    *) echo "build_dmg.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
die() { echo "build_dmg.sh: $*" >&2; exit 1; }
[ "$(uname -s)" = Darwin ] || die "macOS only (hdiutil)"
[ -x "$PY" ] || die "no Python at $PY"
"$PY" -c 'import PyInstaller' 2>/dev/null || "$PY" -m pip install -e "$ROOT[build]"

if [ -n "$PACK" ]; then
  key="${PACK_PUBKEY:-$ROOT/resources/pack_pubkey.pem}"
  "$PY" -m trustdesk pack verify "$PACK" --pubkey "$key" || die "the pack does not verify with $key"
fi

VERSION="$("$PY" -c 'import tomllib; print(tomllib.load(open("pyproject.toml","rb"))["project"]["version"])')"
ARCH="$(uname -m)"
BUILD="$ROOT/build"
DIST="$ROOT/dist"
APP="$BUILD/dist/TrustDesk.app"
DMG="$DIST/TrustDesk-${VERSION}-${ARCH}.dmg"
mkdir -p "$BUILD" "$DIST"

"$PY" installer/icon_render.py "$BUILD/icons" 512 >/dev/null
TRUSTDESK_PACK="$PACK" TRUSTDESK_PACK_PUBKEY="$PACK_PUBKEY" TRUSTDESK_ICON="$BUILD/icons/trustdesk.icns" \
  "$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$BUILD/dist" --workpath "$BUILD/pyinstaller" installer/trustdesk.spec
[ -d "$APP" ] || die "PyInstaller produced no $APP"

# The frozen app must pass its own self-test before it is packed.
result="$("$APP/Contents/MacOS/TrustDesk" selftest || true)"
echo "$result"
[ "$(printf '%s\n' "$result" | tail -n1)" = "selftest: OK" ] || die "the frozen app's selftest failed"
"$APP/Contents/MacOS/TrustDesk" keychain || true   # prints the backends; macOS Keychain expected

if [ -n "${TRUSTDESK_CODESIGN_IDENTITY:-}" ]; then
  codesign --force --deep --options runtime --timestamp --sign "$TRUSTDESK_CODESIGN_IDENTITY" "$APP"
  codesign --verify --strict --verbose=2 "$APP"
fi

# The window a user sees: the app and a link to /Applications to drag it onto.
STAGE="$BUILD/dmg"
rm -rf "$STAGE" "$DMG"
mkdir -p "$STAGE"
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
hdiutil create -volname "TrustDesk $VERSION" -srcfolder "$STAGE" -fs HFS+ -format UDZO -ov "$DMG"
hdiutil verify "$DMG"

if [ -n "${TRUSTDESK_NOTARY_PROFILE:-}" ]; then
  [ -n "${TRUSTDESK_CODESIGN_IDENTITY:-}" ] || die "notarising needs TRUSTDESK_CODESIGN_IDENTITY"
  codesign --force --timestamp --sign "$TRUSTDESK_CODESIGN_IDENTITY" "$DMG"
  xcrun notarytool submit "$DMG" --keychain-profile "$TRUSTDESK_NOTARY_PROFILE" --wait
  xcrun stapler staple "$DMG"
fi

(cd "$DIST" && shasum -a 256 "$(basename "$DMG")" > "$(basename "$DMG").sha256")
echo "dmg: $DMG ($(du -h "$DMG" | cut -f1)), sha256 $(cut -d' ' -f1 "$DMG.sha256")"
