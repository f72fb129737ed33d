#!/usr/bin/env bash
# Build the Linux one-folder bundle with PyInstaller, then start it offscreen:
#   1. `reseau --version`;
#   2. the main window on a temporary database (RESEAU_QUIT_AFTER_MS closes it), which must exit 0
#      and leave a migrated database behind.
# Also validates the .desktop file and the AppStream metainfo. Prints how long each step took.
#
#   PYTHON=/work/venv/bin/python bash packaging/build_bundle.sh
#
# Needs: pyinstaller (pip, "bundle" extra), appstreamcli (optional, Debian: appstream),
# desktop-file-validate (optional, Debian: desktop-file-utils). Output: dist/reseau/.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PYTHON="${PYTHON:-python3}"
PYINSTALLER="${PYINSTALLER:-$(dirname "$PYTHON")/pyinstaller}"
[ -x "$PYINSTALLER" ] || PYINSTALLER="$(command -v pyinstaller)"
cd "$ROOT"

ms() { echo $(( $(date +%s%N) / 1000000 )); }
step_start=$(ms)
total_start=$step_start
step() {
    local now
    now=$(ms)
    printf '[bundle] %-38s %4d.%01d s\n' "$1" $(( (now - step_start) / 1000 )) $(( (now - step_start) % 1000 / 100 ))
    step_start=$now
}

"$PYTHON" packaging/build_forms.py --force >/dev/null
"$PYTHON" packaging/build_translations.py >/dev/null
"$PYTHON" packaging/make_icons.py >/dev/null
step "forms, translations, icons"

if command -v appstreamcli >/dev/null; then
    # The screenshots are repository paths (docs/screenshots) until the project publishes a web
    # address, which AppStream wants for them: that one error is expected, any other fails.
    if { appstreamcli validate --no-net packaging/linux/ca.reseau.Reseau.metainfo.xml || true; } \
        | grep -E '^[EW]:' | grep -v 'web-url-expected docs/screenshots/'; then
        echo "metainfo: AppStream validation failed" >&2
        exit 1
    fi
fi
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate packaging/linux/ca.reseau.Reseau.desktop
fi
step "metainfo and .desktop validated"

"$PYINSTALLER" --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/reseau.spec
step "pyinstaller (one-folder)"

BIN="$ROOT/dist/reseau/reseau"
version="$("$BIN" --version)"
echo "[bundle] $version"
case "$version" in "Réseau "*) ;; *) echo "unexpected --version: $version" >&2; exit 1 ;; esac
step "reseau --version"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
QT_QPA_PLATFORM=offscreen RESEAU_QUIT_AFTER_MS="${RESEAU_QUIT_AFTER_MS:-1500}" \
    RESEAU_SETTINGS="$tmp/settings.json" HOME="$tmp" \
    "$BIN" --db "$tmp/smoke.sqlite3" >"$tmp/gui.log" 2>&1 || { cat "$tmp/gui.log" >&2; exit 1; }
"$PYTHON" - "$tmp/smoke.sqlite3" <<'PY'
import sqlite3, sys
tables = {r[0] for r in sqlite3.connect(sys.argv[1]).execute("select name from sqlite_master")}
missing = {"person", "organization", "alembic_version"} - tables
sys.exit(f"bundle did not migrate the database: {missing} missing" if missing else 0)
PY
step "main window offscreen on a temp db"

size=$(du -sh dist/reseau | cut -f1)
printf '[bundle] total %d s, dist/reseau is %s\n' $(( ($(ms) - total_start) / 1000 )) "$size"
