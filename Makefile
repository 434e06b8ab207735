# TrustDesk — developer entry points.  `make run` and `make test` are all you need.
SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := run

# Python 3.11 from PATH (Debian 12: /usr/bin/python3.11); plain python3 as a fallback.
PYTHON ?= $(shell command -v python3.11 2>/dev/null || command -v python3 2>/dev/null)
VENV   := .venv
VPY    := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

# Debian packages the tests need: a real X server for screenshots / GUI end-to-end tests,
# the xcb platform plugin's libraries, PDF inspection tools, strace for the no-network
# check, a Secret Service (gnome-keyring) under dbus for the keychain test, and xclip: a real
# second X client reading CLIPBOARD and PRIMARY in the clipboard test.
SYSDEPS := xvfb xauth xdotool libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0 \
           libxcb-xinerama0 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-image0 \
           libegl1 libgl1 libfontconfig1 libdbus-1-3 poppler-utils qpdf strace dbus dbus-x11 \
           gnome-keyring fonts-dejavu-core xclip

TS_FILES := $(wildcard resources/translations/*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)

OFFSCREEN := QT_QPA_PLATFORM=offscreen

# `make test` runs the suite on every core (pytest-xdist; at most TEST_WORKERS_MAX workers: each holds its own
# QApplication and template vaults), then, one at a time, the few tests marked `serial` that must not share
# the machine (SERIAL in tests/conftest.py).  `make test TEST_WORKERS=0` runs the first pass in one process.
TEST_WORKERS ?= auto
TEST_WORKERS_MAX ?= 8
PYTEST_PARALLEL = -n $(TEST_WORKERS) --maxprocesses=$(TEST_WORKERS_MAX)

# apt_install <packages...>: installs the given Debian packages that are not installed yet,
# non-interactively, with sudo only when not root.  Warns and returns when apt-get is absent.
define apt_install
missing=(); \
for p in $(1); do \
  s=$$(dpkg-query -W -f='$${Status}' "$$p" 2>/dev/null || true); \
  [ "$$s" = "install ok installed" ] || missing+=("$$p"); \
done; \
if [ $${#missing[@]} -eq 0 ]; then exit 0; fi; \
if ! command -v apt-get >/dev/null 2>&1; then \
  echo "WARNING: apt-get not available; install these yourself: $${missing[*]}" >&2; exit 0; \
fi; \
if [ "$$(id -u)" -eq 0 ]; then SUDO=(); \
elif command -v sudo >/dev/null 2>&1; then SUDO=(sudo -n); \
else echo "ERROR: not root and no sudo; install as root: $${missing[*]}" >&2; exit 1; fi; \
echo "Installing Debian packages: $${missing[*]}"; \
APT_OPTS=(-o Acquire::Retries=3 -o DPkg::Lock::Timeout=300); \
"$${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get "$${APT_OPTS[@]}" update </dev/null; \
"$${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get "$${APT_OPTS[@]}" install -y \
  --no-install-recommends "$${missing[@]}" </dev/null
endef

.PHONY: run test venv sysdeps translations support-code bench bench-curves bench-reliability installer-linux installer-test \
        clean distclean

venv: $(STAMP)

$(STAMP): pyproject.toml
	@if [ -z "$(PYTHON)" ]; then echo "ERROR: python3.11 (or python3) not found on PATH" >&2; exit 1; fi
	@# Debian splits venv/ensurepip into python3.X-venv; fetch it when missing.
	@if ! "$(PYTHON)" -c 'import ensurepip, venv' >/dev/null 2>&1; then \
	  v=$$("$(PYTHON)" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")'); \
	  ( $(call apt_install,python$$v-venv) ); \
	fi
	@# Recreate the venv only when it is missing or its interpreter no longer runs.
	@if ! $(VPY) -c 'import sys' >/dev/null 2>&1; then \
	  rm -rf $(VENV); "$(PYTHON)" -m venv $(VENV); \
	fi
	$(VPY) -m pip install --upgrade pip
	$(VPY) -m pip install -e '.[test]'
	@touch $@

sysdeps:
	@$(call apt_install,$(SYSDEPS))

translations: $(QM_FILES)

# PySide6's own Python support code, compiled once here instead of at every start of the checkout
# (trustdesk/ui/kit/support_code.py; the frozen bundle compiles it its own way, installer/trustdesk.spec).
SUPPORT_CODE := resources/support-code.bin
support-code: $(SUPPORT_CODE)

$(SUPPORT_CODE): $(STAMP) trustdesk/ui/kit/support_code.py
	$(VPY) -m trustdesk.ui.kit.support_code $@

%.qm: %.ts | $(STAMP)
	$(VENV)/bin/pyside6-lrelease $< -qm $@

# Re-extract every user-visible string of the UI into the catalogues (then translate the new ones).
.PHONY: update-translations
# English is the source language: its catalogue holds only the plural forms ("%n case(s)" -> 1 case, 2 cases).
UI_SOURCES = trustdesk/app.py trustdesk/detail.py $$(find trustdesk/ui trustdesk/cli trustdesk/packs trustdesk/documents trustdesk/exchange -name "*.py" | LC_ALL=C sort)
update-translations: | $(STAMP)
	$(VENV)/bin/pyside6-lupdate -no-obsolete $(UI_SOURCES) -ts $(filter-out %_en.ts,$(TS_FILES))
	$(VENV)/bin/pyside6-lupdate -no-obsolete -pluralonly $(UI_SOURCES) -ts resources/translations/trustdesk_en.ts
	$(VPY) -m tests.i18n.english_plurals

run: venv translations support-code
	$(VPY) main.py

test: venv sysdeps translations support-code
	$(VENV)/bin/ruff check trustdesk tests main.py
	$(VENV)/bin/mypy
	$(VENV)/bin/vulture trustdesk tests tests/vulture_whitelist.py --min-confidence 60 --exclude tests/benchmarks
	$(OFFSCREEN) $(VPY) -m pytest -q -p no:cacheprovider $(PYTEST_PARALLEL) -m "not serial"
	$(OFFSCREEN) $(VPY) -m pytest -q -p no:cacheprovider -m serial

bench: venv sysdeps translations support-code
	@$(call apt_install,keepassxc)
	$(OFFSCREEN) $(VPY) -m tests.benchmarks --scale reference --out bench-results.json

# The cost curves with the 100x vault (50,000 cases, 1,000,000 notes; generated once into .bench-cache,
# many minutes on a shared machine): the curves figures alone, their chart bench-curves.png beside the json.
bench-curves: venv translations support-code
	$(OFFSCREEN) $(VPY) -m tests.benchmarks --scale reference --only curves --curves-100x --out bench-curves.json

bench-reliability: venv sysdeps
	@if [ -d tests/reliability ]; then \
	  TRUSTDESK_RELIABILITY_KILLS=$${TRUSTDESK_RELIABILITY_KILLS:-1000} \
	    $(OFFSCREEN) $(VPY) -m pytest tests/reliability -q -s -p no:cacheprovider; \
	else \
	  echo "bench-reliability: not yet available (tests/reliability does not exist)." >&2; exit 1; \
	fi

# The .deb in dist/ (installer/README.md).  PACK=signed-pack.zip bundles an organisation pack,
# PACK_PUBKEY=pack_pubkey.pem pins the coordinator's public key into the build.
INSTALLER_DEPS := lintian patchelf icu-devtools gcc
TEST_PACK_DIR := build/test-pack

installer-linux: venv translations
	@$(call apt_install,$(INSTALLER_DEPS))
	PYTHON="$(VPY)" bash installer/build_deb.sh $(if $(PACK),--pack "$(PACK)") $(if $(PACK_PUBKEY),--pack-pubkey "$(PACK_PUBKEY)")

# Builds the .deb, installs it on this machine and runs the frozen-bundle tests (tests/installer,
# marker `bundle`).  Without PACK it builds with a throwaway key and test pack into build/test-pack/dist
# (never into dist/, so a test build cannot be handed out by mistake); with PACK (and PACK_PUBKEY)
# it builds and tests the real installer in dist/.
installer-test: venv sysdeps translations
	@$(call apt_install,$(INSTALLER_DEPS))
	@if [ -z "$(PACK)" ]; then PYTHON="$(VPY)" bash installer/make_test_pack.sh $(TEST_PACK_DIR); fi
	PYTHON="$(VPY)" DEB_DIST="$(if $(PACK),dist,$(TEST_PACK_DIR)/dist)" bash installer/build_deb.sh \
	  --pack "$(or $(PACK),$(TEST_PACK_DIR)/test-pack.zip)" \
	  $(if $(PACK),$(if $(PACK_PUBKEY),--pack-pubkey "$(PACK_PUBKEY)"),--pack-pubkey "$(TEST_PACK_DIR)/pack_pubkey.pem")
	TRUSTDESK_TEST_ENABLE=bundle TRUSTDESK_TEST_DEB_DIR="$(if $(PACK),dist,$(TEST_PACK_DIR)/dist)" \
	  TRUSTDESK_TEST_PACK="$(or $(PACK),$(TEST_PACK_DIR)/test-pack.zip)" \
	  TRUSTDESK_TEST_PACK_PUBKEY="$(if $(PACK),$(or $(PACK_PUBKEY),resources/pack_pubkey.pem),$(TEST_PACK_DIR)/pack_pubkey.pem)" \
	  $(VPY) -m pytest tests/installer -q -p no:cacheprovider -m bundle

clean:
	rm -rf build dist bench-results.json bench-curves.json bench-curves.png .mypy_cache .ruff_cache .pytest_cache .hypothesis *.egg-info
	rm -f $(QM_FILES)
	find . -path ./$(VENV) -prune -o -type d -name __pycache__ -print0 | xargs -0 rm -rf

distclean: clean
	rm -rf $(VENV)
