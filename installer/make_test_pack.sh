#!/usr/bin/env bash
# A throwaway coordinator key pair and a small signed pack, made with the real `trustdesk pack`
# commands, for `make installer-test` (never for distribution: the passphrase is in this file).
#
#   installer/make_test_pack.sh OUT_DIR   ->  OUT_DIR/pack_private.pem, pack_pubkey.pem, test-pack.zip
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PY="${PYTHON:-$ROOT/.venv/bin/python}"
OUT="${1:?usage: make_test_pack.sh OUT_DIR}"
PASS="installer test key, not for distribution"

rm -rf "$OUT"
mkdir -p "$OUT/src/templates/nl"
cat > "$OUT/src/manifest.json" <<JSON
{"format": 1, "id": "installer-test", "version": 1, "created": "$(date -u +%F)",
 "languages": ["nl"], "title": "Installer test pack"}
JSON
cat > "$OUT/src/helplines.json" <<'JSON'
[{"key": "test-line", "name": "Testlijn", "number": "000", "languages": ["nl"],
  "description": "Alleen voor de installatietest", "website": ""}]
JSON
printf '%s\n' "$PASS" | "$PY" -m trustdesk pack keygen "$OUT/pack_private.pem" "$OUT/pack_pubkey.pem" --passphrase-stdin
printf '%s\n' "$PASS" | "$PY" -m trustdesk pack build "$OUT/src" "$OUT/test-pack.zip" --key "$OUT/pack_private.pem" \
  --passphrase-stdin
"$PY" -m trustdesk pack verify "$OUT/test-pack.zip" --pubkey "$OUT/pack_pubkey.pem"
