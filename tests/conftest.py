"""Shared fixtures: a real SQLCipher vault in tmp_path, a real in-memory keyring backend,
isolated config/data/cache dirs, and a runtime guard that refuses any network socket."""

from __future__ import annotations

import atexit
import os
import shutil
import socket
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

# A property holds or it does not: how long one example takes on a busy 2-core machine is not the
# property.  Hypothesis' per-example deadline (200 ms) and its 'too slow' health check turned load into
# failures; performance is judged by make bench against a baseline measured in the same run.
settings.register_profile("trustdesk", deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.load_profile("trustdesk")

# Isolate everything the app could write outside the vault, before Qt or platformdirs load.
_SANDBOX = Path(tempfile.mkdtemp(prefix="trustdesk-tests-"))
# Gone when the process ends (every xdist worker has its own): nothing of a run is left in the temp folder.
atexit.register(shutil.rmtree, _SANDBOX, True)
for _name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_name] = str(_SANDBOX / _name.lower())
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["TRUSTDESK_NO_KEYCHAIN"] = "1"  # never touch the developer's real keychain

from trustdesk.ui.kit.refcount_fix import keep_singletons_alive  # noqa: E402

keep_singletons_alive()  # the test suite is an entry point too: the refcount fix before any Qt call
from trustdesk.ui.kit.session_bus import no_bus_autolaunch  # noqa: E402

no_bus_autolaunch()  # no dbus-daemon launched for the tests' Qt (it would outlive them)

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QThreadPool  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from tests import kdf_answers  # noqa: E402
from tests.vault_copies import MemoryKeyring, VaultTemplates  # noqa: E402
from trustdesk.ui.kit.language import Translations, translations_dir  # noqa: E402
from trustdesk.ui.kit.preferences import Preferences  # noqa: E402
from trustdesk.vault import Keychain, Vault  # noqa: E402

PASSPHRASE = "correct horse battery staple"

# Template copies share their salts: an Argon2id question already answered in this test run is
# answered from memory, with the same bytes, here and in the tests' own child scripts
# (tests/kdf_answers.py).  Test processes only: the app never remembers a derivation.
os.environ[kdf_answers.ANSWERS] = str(_SANDBOX / "kdf-answers")
kdf_answers.install(_SANDBOX / "kdf-answers")


# -- no network, ever: any INET socket in a test process is a failure ------------------------------
_real_socket = socket.socket


class _GuardedSocket(_real_socket):
    def __init__(self, family: Any = socket.AF_INET, *args: Any, **kwargs: Any) -> None:
        if family in (socket.AF_INET, socket.AF_INET6):
            raise RuntimeError("TrustDesk must never open a network socket")
        super().__init__(family, *args, **kwargs)


def _refuse_connection(*_args: Any, **_kwargs: Any) -> Any:
    raise RuntimeError("TrustDesk must never open a network connection")


socket.socket = _GuardedSocket  # type: ignore[misc]
socket.create_connection = _refuse_connection


# Tests that must not share the machine with the rest of the run: they time the UI thread against a
# freeze budget, or start `xvfb-run -a` (which takes the first free display without a lock: two at once
# can pick the same one).  They are marked `serial`; `make test` runs everything else on every core
# (pytest-xdist) and then these, one at a time.  A name here that no longer exists is an error.
SERIAL = (
    "tests/ui/test_autosave_stall.py",
    "tests/unit/test_stall_watchdog.py",
    "tests/security/test_no_network_runtime.py::test_gui_opens_no_internet_socket",
    "tests/security/test_no_network_runtime.py::test_gui_end_to_end_typing_opens_no_internet_socket",
)


def _mark_serial(items: list[pytest.Item]) -> None:
    files = {item.nodeid.split("::")[0] for item in items}
    for name in SERIAL:
        matched = [item for item in items if item.nodeid == name or item.nodeid.startswith(name + "::")
                   or item.nodeid.startswith(name + "[")]
        if not matched and name.split("::")[0] in files:
            raise pytest.UsageError(f"tests/conftest.py SERIAL names {name}, which no longer exists")
        for item in matched:
            item.add_marker(pytest.mark.serial)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    _mark_serial(items)
    enabled = set(filter(None, os.environ.get("TRUSTDESK_TEST_ENABLE", "").split(",")))
    for item in items:
        for marker in ("bundle",):
            if item.get_closest_marker(marker) is not None and marker not in enabled:
                item.add_marker(pytest.mark.skip(reason=f"{marker} tests run in their own make target"))


@pytest.fixture(autouse=True, scope="session")
def _in_process_commands_leave_the_test_runner_unhardened() -> Iterator[None]:
    """``trustdesk.cli.main`` hardens the process it runs in (core limit 0/0, not dumpable) and a hard
    limit once lowered cannot be raised again without CAP_SYS_RESOURCE.  Tests that call the commands
    in-process would leave the pytest process hardened, and every later child it starts with cores
    allowed (tests/security/test_process_hardening.py) would fail to start.  The hardening itself is
    tested there, in child processes that come through the real ``cli.main``."""
    import trustdesk.cli

    real = trustdesk.cli.harden_process
    trustdesk.cli.harden_process = lambda: None  # type: ignore[assignment]
    yield
    trustdesk.cli.harden_process = real  # type: ignore[assignment]


@pytest.fixture(autouse=True)
def _default_locale_restored() -> Iterator[None]:
    """A test that walks the wizard or switches the language sets Qt's default locale for the whole
    process; the next test would then see English month names where it asked for none.  Each test
    starts from the locale the run started with."""
    from PySide6.QtCore import QLocale

    before = QLocale()
    yield
    if QLocale().name() != before.name():
        QLocale.setDefault(before)


@pytest.fixture(autouse=True, scope="session")
def _inputs_named_by_their_labels(qapp: QApplication) -> None:
    """As the app does (ui/kit/look.py): windows, when shown, name their inputs by their labels."""
    from trustdesk.ui.kit.accept_keys import install_accept_keys
    from trustdesk.ui.kit.alt_keys import install_alt_guard
    from trustdesk.ui.kit.busy_focus import install_busy_focus
    from trustdesk.ui.kit.label_names import install_label_names
    from trustdesk.ui.kit.radio_groups import install_radio_groups
    from trustdesk.ui.kit.type_ahead import install_type_ahead

    install_label_names(qapp)
    install_accept_keys(qapp)  # as the app does: Ctrl+Enter presses a dialog's default button from any field
    install_alt_guard(qapp)  # as the app does: Alt+letter without a mnemonic types nothing
    install_radio_groups(qapp)  # as the app does: a radio group's Tab stop is its checked button
    install_type_ahead(qapp)  # as the app does: a choice list finds an entry by any of its words
    install_busy_focus(qapp)  # as the app does: a control disabled while work runs keeps the keyboard


@pytest.fixture(autouse=True, scope="session")
def _collector_on_the_ui_thread(qapp: QApplication) -> None:
    """As the app does after its first paint (ui/kit/collector.py): passes of the cyclic collector only on
    the UI thread, between events -- never in a worker, never under an event Qt is delivering."""
    from trustdesk.ui.kit.collector import collect_on_ui_thread

    collect_on_ui_thread()


@pytest.fixture(autouse=True)
def _garbage_collected_between_tests() -> Iterator[None]:
    """A test that never runs the event loop leaves its cyclic garbage for the next tick: what is due is
    collected after each test, on the UI thread, as a tick would."""
    yield
    from trustdesk.ui.kit.collector import installed

    made = installed()
    if made is not None:
        made.tick()


@pytest.fixture(autouse=True)
def _no_pause_of_the_collector_outlives_its_test(qapp: QApplication) -> Iterator[None]:
    """A pause of the cyclic collector (trustdesk.pace.collector_paused: a document being made, a shell's
    warm-up) ends with the work it is for.  A test that leaves such work running hands the next one a
    paused collector: its workers are waited for and their outcomes delivered here, and a pause still
    held then fails the test that left it."""
    yield
    from trustdesk import pace

    if not pace.paused():
        return
    QThreadPool.globalInstance().waitForDone(30000)
    for _turn in range(3):  # outcomes (the relay's queued calls), deletions, the turns they start
        QCoreApplication.sendPostedEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        qapp.processEvents()
        if not pace.paused():
            return
    pytest.fail("a pause of the cyclic collector outlived this test (its work was never finished or given up)")


@pytest.fixture
def memory_keyring() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def keychain(memory_keyring: MemoryKeyring) -> Keychain:
    return Keychain(memory_keyring)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture(scope="session")
def vault_templates(tmp_path_factory: pytest.TempPathFactory) -> VaultTemplates:
    """Each kind of vault made once by the real Vault.create; tests get copies (tests/vault_copies.py)."""
    return VaultTemplates(tmp_path_factory.mktemp("vault-templates"))


@pytest.fixture
def new_vault(vault_templates: VaultTemplates) -> Callable[..., Vault]:
    """``new_vault(data_dir, keychain=..., passphrase=PASSPHRASE, name="main")``: a fresh real vault,
    as ``Vault.create`` returns it, copied from a session template (no Argon2id per test)."""
    def make(data_dir: Path, *, keychain: Keychain, passphrase: str = PASSPHRASE, name: str = "main") -> Vault:
        return vault_templates.copy(data_dir, passphrase, keychain=keychain, name=name)
    return make


@pytest.fixture
def vault(data_dir: Path, keychain: Keychain, new_vault: Callable[..., Vault]) -> Iterator[Vault]:
    v = new_vault(data_dir, keychain=keychain)
    yield v
    v.lock()


# -- UI fixtures shared by tests/ui and tests/i18n ------------------------------------------------

@pytest.fixture
def prefs(tmp_path: Path) -> Preferences:
    return Preferences(QSettings(str(tmp_path / "preferences.ini"), QSettings.Format.IniFormat))


@pytest.fixture(scope="session")
def compiled_translations(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .ts catalogues compiled into a temp dir (independent of `make translations`)."""
    target = tmp_path_factory.mktemp("qm")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for ts in sorted(translations_dir().glob("trustdesk_*.ts")):
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(target / ts.with_suffix(".qm").name)],
                       check=True, capture_output=True)
    return target


@pytest.fixture
def translations(qapp: QApplication, compiled_translations: Path) -> Iterator[Translations]:
    t = Translations(qapp, compiled_translations)
    t.install("en")
    yield t
    t.install("en")
    t.deleteLater()
