#!/usr/bin/env bash
# Build the Linux bundle (PyInstaller one-dir) and a Debian package from it.
#
#   installer/build_deb.sh [--pack PACK.zip] [--pack-pubkey KEY.pem] [--no-lintian]
#   make installer-linux [PACK=pack.zip] [PACK_PUBKEY=pack_pubkey.pem]
#
# Output (in dist/):  trustdesk_<version>_<arch>.deb  and  trustdesk_<version>_<arch>.deb.sha256
# The package installs the bundle to /opt/trustdesk, /usr/bin/trustdesk (a symlink), a .desktop
# entry, the icon, a man page and /usr/share/doc/trustdesk.  Removing it never touches a vault
# (~/.local/share/TrustDesk).
#
# Environment: PYTHON (default .venv/bin/python), PACK, PACK_PUBKEY (same as the options),
# DEB_DIST (output folder, default dist/), DEB_XZ_LEVEL (default 1),
# SOURCE_DATE_EPOCH (for reproducible timestamps; defaults to the last commit's time).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PY="${PYTHON:-$ROOT/.venv/bin/python}"
PACK="${PACK:-}"
PACK_PUBKEY="${PACK_PUBKEY:-}"
RUN_LINTIAN=1

while [ $# -gt 0 ]; do
  case "$1" in
    --pack) PACK="$2"; shift 2 ;;
    --pack-pubkey) PACK_PUBKEY="$2"; shift 2 ;;
    --no-lintian) RUN_LINTIAN=0; shift ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "build_deb.sh: unknown option $1" >&2; exit 2 ;;
  esac
done

die() { echo "build_deb.sh: $*" >&2; exit 1; }
abspath() { (cd "$(dirname "$1")" && echo "$(pwd)/$(basename "$1")"); }

[ -x "$PY" ] || die "no Python at $PY (run 'make venv' or set PYTHON)"
command -v dpkg-deb >/dev/null || die "dpkg-deb is missing (apt-get install dpkg)"
if [ -n "$PACK" ]; then [ -f "$PACK" ] || die "pack $PACK not found"; PACK="$(abspath "$PACK")"; fi
if [ -n "$PACK_PUBKEY" ]; then
  [ -f "$PACK_PUBKEY" ] || die "public key $PACK_PUBKEY not found"; PACK_PUBKEY="$(abspath "$PACK_PUBKEY")"
fi
if [ -n "$PACK" ] && [ -z "$PACK_PUBKEY" ] && [ ! -f resources/pack_pubkey.pem ]; then
  die "a bundled pack needs the coordinator's public key: PACK_PUBKEY=…"
fi

# PyInstaller lives in the optional 'build' extra.
if ! "$PY" -c 'import PyInstaller' 2>/dev/null; then
  "$PY" -m pip install -e "$ROOT[build]"
fi

# When the pack CLI exists, check the pack's signature against the key before building anything.
if [ -n "$PACK" ] && "$PY" -c 'import sys; from trustdesk.cli import COMMANDS; sys.exit("pack" not in COMMANDS)'; then
  key="${PACK_PUBKEY:-$ROOT/resources/pack_pubkey.pem}"
  "$PY" -m trustdesk pack verify "$PACK" --pubkey "$key" || die "the pack does not verify with $key"
fi

VERSION="$("$PY" -c 'import tomllib; print(tomllib.load(open("pyproject.toml","rb"))["project"]["version"])')"
ARCH="$(dpkg --print-architecture)"
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}"
BUILD="$ROOT/build"
DIST="${DEB_DIST:-$ROOT/dist}"
case "$DIST" in /*) ;; *) DIST="$ROOT/$DIST" ;; esac
STAGE="$BUILD/deb/trustdesk_${VERSION}_${ARCH}"
DEB="$DIST/trustdesk_${VERSION}_${ARCH}.deb"
mkdir -p "$BUILD" "$DIST"

# -- 1. the frozen bundle -----------------------------------------------------------------------
start=$(date +%s)
"$PY" installer/icon_render.py "$BUILD/icons" 256 512 >/dev/null
TRUSTDESK_PACK="$PACK" TRUSTDESK_PACK_PUBKEY="$PACK_PUBKEY" TRUSTDESK_ICON="$BUILD/icons/trustdesk-512.png" \
  "$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$BUILD/dist" --workpath "$BUILD/pyinstaller" installer/trustdesk.spec
BUNDLE="$BUILD/dist/trustdesk"
[ -x "$BUNDLE/trustdesk" ] || die "PyInstaller produced no $BUNDLE/trustdesk"
echo "bundle: $(du -sh "$BUNDLE" | cut -f1) in $(( $(date +%s) - start )) s"

# -- 2. the package tree ------------------------------------------------------------------------
rm -rf "$STAGE"
install -d "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
  "$STAGE/usr/share/icons/hicolor/scalable/apps" "$STAGE/usr/share/icons/hicolor/256x256/apps" \
  "$STAGE/usr/share/doc/trustdesk" "$STAGE/usr/share/man/man1" "$STAGE/usr/share/lintian/overrides"
cp -a "$BUNDLE" "$STAGE/opt/trustdesk"
ln -s /opt/trustdesk/trustdesk "$STAGE/usr/bin/trustdesk"
install -m 0644 installer/linux/trustdesk.desktop "$STAGE/usr/share/applications/trustdesk.desktop"
install -m 0644 resources/icons/trustdesk.svg "$STAGE/usr/share/icons/hicolor/scalable/apps/trustdesk.svg"
install -m 0644 "$BUILD/icons/trustdesk-256.png" "$STAGE/usr/share/icons/hicolor/256x256/apps/trustdesk.png"
install -m 0644 installer/linux/copyright "$STAGE/usr/share/doc/trustdesk/copyright"
gzip -9n -c "$BUNDLE/_internal/resources/THIRD-PARTY-NOTICES.txt" \
  > "$STAGE/usr/share/doc/trustdesk/THIRD-PARTY-NOTICES.txt.gz"
gzip -9n -c installer/linux/trustdesk.1 > "$STAGE/usr/share/man/man1/trustdesk.1.gz"
install -m 0644 installer/linux/lintian-overrides "$STAGE/usr/share/lintian/overrides/trustdesk"

# A native package's changelog (Debian policy 12.7), dated at SOURCE_DATE_EPOCH.
{
  echo "trustdesk ($VERSION) stable; urgency=medium"
  echo
  echo "  * TrustDesk $VERSION, built from $(git rev-parse --short HEAD 2>/dev/null || echo 'a source tree')."
  echo
  echo " -- TrustDesk coordinator <coordinator@trustdesk.invalid>  $(date -u -R -d "@$SOURCE_DATE_EPOCH")"
} | gzip -9n > "$STAGE/usr/share/doc/trustdesk/changelog.gz"

# Libraries the build machine's Debian packages provide are not carried: the package depends on
# them instead (below), so the system's security updates apply.  Only byte-identical copies of
# dpkg-owned files are left out; Qt's, Python's and the wheels' own libraries stay.
MULTIARCH="$(dpkg-architecture -qDEB_HOST_MULTIARCH 2>/dev/null || gcc -print-multiarch 2>/dev/null || echo x86_64-linux-gnu)"
shared=()
for f in "$STAGE/opt/trustdesk/_internal"/lib*.so*; do
  [ -f "$f" ] && [ ! -L "$f" ] || continue
  name="$(basename "$f")"
  for dir in "/lib/$MULTIARCH" "/usr/lib/$MULTIARCH" /lib /usr/lib; do
    sys="$dir/$name"
    if [ -f "$sys" ] && cmp -s "$f" "$sys" && dpkg -S "$sys" >/dev/null 2>&1; then
      rm -f "$f"; shared+=("$name"); break
    fi
  done
done
echo "system libraries used instead of bundled copies: ${shared[*]:-none}"
# A RUNPATH into the build machine's interpreter (pyenv, hosted toolcache) means nothing on the
# user's machine; the bundle finds its libraries through $ORIGIN and the bootloader.
if command -v patchelf >/dev/null; then
  while IFS= read -r -d '' f; do
    rpath="$(patchelf --print-rpath "$f" 2>/dev/null || true)"
    if [ -n "$rpath" ] && [[ "$rpath" != *'$ORIGIN'* ]]; then patchelf --remove-rpath "$f"; fi
  done < <(find "$STAGE/opt/trustdesk" -type f \( -name '*.so' -o -name '*.so.*' \) -print0)
else
  echo "build_deb.sh: patchelf is missing; build-machine RUNPATHs stay (make installer-linux installs it)" >&2
fi

# Permissions as Debian wants them: directories and executables 0755, everything else 0644
# (shared libraries too).  PyInstaller copies whatever modes the wheels had.
find "$STAGE" -type d -exec chmod 0755 {} +
find "$STAGE" -type f -exec chmod 0644 {} +
chmod 0755 "$STAGE/opt/trustdesk/trustdesk"
find "$STAGE/opt/trustdesk/_internal" -type f \( -name '*.so' -o -name '*.so.*' \) -exec chmod 0644 {} +

# -- 3. dependencies: every library the bundle links to directly that it does not carry ---------
# (like dpkg-shlibdeps: each ELF file's own NEEDED entries, resolved with ldd, mapped to packages;
# what those system libraries need in turn, their packages declare themselves)
mapfile -t elves < <(find "$STAGE/opt/trustdesk" -type f \( -name '*.so*' -o -path '*/opt/trustdesk/trustdesk' \))
declare -A libs=()
for f in "${elves[@]}"; do
  needed=" $(readelf -d "$f" 2>/dev/null | sed -n 's/.*Shared library: \[\(.*\)\]/\1/p' | tr '\n' ' ') "
  while read -r name path; do
    case "$path" in "$STAGE"/*|"") continue ;; esac
    case "$needed" in *" $name "*) libs["$path"]=1 ;; esac
  done < <(LD_LIBRARY_PATH="$STAGE/opt/trustdesk/_internal" ldd "$f" 2>/dev/null | awk '/=> \//{print $1, $3}')
done
declare -A pkgs=()
paths=()
for path in "${!libs[@]}"; do paths+=("$path" "$(readlink -f "$path")"); done
if [ ${#paths[@]} -gt 0 ]; then
  while read -r owner; do pkgs["$owner"]=1; done < <(dpkg -S "${paths[@]}" 2>/dev/null | sed -E 's/:.*//; s/, /\n/g' | sort -u)
fi
glibc="$(dpkg-query -W -f='${Version}' libc6 | sed -E 's/-[^-]*$//')"
unset 'pkgs[libc6]'
depends="libc6 (>= ${glibc})"
for p in $(printf '%s\n' "${!pkgs[@]}" | sort); do depends+=", $p"; done

INSTALLED_SIZE="$(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)"
cat > "$STAGE/DEBIAN/control" <<EOF
Package: trustdesk
Version: $VERSION
Architecture: $ARCH
Maintainer: TrustDesk coordinator <coordinator@trustdesk.invalid>
Installed-Size: $INSTALLED_SIZE
Depends: $depends
Recommends: gnome-keyring | kwalletmanager
Section: misc
Priority: optional
Description: offline, encrypted case desk for trust persons
 TrustDesk keeps the case notes, contacts, follow-ups and referrals of a
 trust person (a physician who confidentially helps colleague physicians)
 in an encrypted SQLCipher vault on this computer. It never uses the
 network. A Secret Service keychain (GNOME Keyring or KWallet) adds a
 device secret to the passphrase.
 .
 Removing this package leaves every vault in place.
EOF
(cd "$STAGE" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | sort -z | xargs -0 md5sum) \
  > "$STAGE/DEBIAN/md5sums"
chmod 0644 "$STAGE/DEBIAN/control" "$STAGE/DEBIAN/md5sums"

# -- 4. the .deb, its checksum, lintian -----------------------------------------------------------
rm -f "$DEB" "$DEB.sha256"
# xz level 1 builds in ~30 s here (65 MB at the default level 6 takes ~5 min on two busy cores, 10 % smaller);
# release builds may set DEB_XZ_LEVEL=6 or 9.
dpkg-deb --root-owner-group -Zxz -z"${DEB_XZ_LEVEL:-1}" --build "$STAGE" "$DEB" >/dev/null
(cd "$DIST" && sha256sum "$(basename "$DEB")" > "$(basename "$DEB").sha256")
echo "package: $DEB ($(du -h "$DEB" | cut -f1)), sha256 $(cut -d' ' -f1 "$DEB.sha256")"
echo "depends: $depends"

if [ "$RUN_LINTIAN" = 1 ]; then
  if command -v lintian >/dev/null; then
    # Errors fail the build; warnings and the justified overrides are shown.
    lintian --fail-on error "$DEB" || die "lintian reports errors"
  else
    echo "build_deb.sh: lintian is not installed; skipped (make installer-linux installs it)" >&2
  fi
fi
