"""Key calibration reads this computer's speed from its fastest derivation, not from one slowed by
other work at that moment (a lower cost would stay for good: a weaker key); a changed passphrase
may take new parameters (the benchmark re-keys a copy of its cached vault with today's calibration)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import PASSPHRASE
from trustdesk.vault import Keychain, Vault, keyslots
from trustdesk.vault.errors import KdfTooWeak
from trustdesk.vault.keyslots import FLOOR_TIME_COST, MAX_TIME_COST, KdfParams


class _Clock:
    """perf_counter for keyslots: each derivation takes the next of ``durations``."""

    def __init__(self, durations: list[float]) -> None:
        self.durations, self.now, self.derived = list(durations), 0.0, 0

    def perf_counter(self) -> float:
        return self.now

    def derive(self, *_args: object) -> bytes:
        self.now += self.durations[self.derived]
        self.derived += 1
        return b"k" * 32


SECONDS = st.integers(10, 2048).map(lambda n: n / 1024)  # exact in binary: the clock's sums are exact too


@given(durations=st.lists(SECONDS, min_size=keyslots.CALIBRATION_RUNS, max_size=keyslots.CALIBRATION_RUNS),
       target=st.integers(100, 1024).map(lambda n: n / 1024))
def test_calibration_takes_the_fastest_derivation(durations: list[float], target: float) -> None:
    clock = _Clock(durations)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(keyslots, "time", clock)
        patch.setattr(keyslots, "argon2id", clock.derive)
        params = keyslots.calibrate(target)
    used, spent = [], 0.0
    for duration in durations:  # the runs it made: up to three, fewer once twice the target was spent
        used.append(duration)
        spent += duration
        if spent >= 2 * target:
            break
    assert clock.derived == len(used)
    fastest = min(used)
    expected = FLOOR_TIME_COST if fastest >= target else min(MAX_TIME_COST, max(
        FLOOR_TIME_COST, int(FLOOR_TIME_COST * target / fastest)))
    assert params == KdfParams(time_cost=expected)


def test_one_slowed_derivation_does_not_weaken_the_key(monkeypatch: pytest.MonkeyPatch) -> None:
    clock = _Clock([0.5, 0.125, 0.25])  # the first run shared the machine with something else
    monkeypatch.setattr(keyslots, "time", clock)
    monkeypatch.setattr(keyslots, "argon2id", clock.derive)
    assert keyslots.calibrate(0.5).time_cost == 12  # not the floor's 3 (from the 0.5 s run alone)


def test_a_changed_passphrase_may_take_new_kdf_parameters(vault: Vault, data_dir: Path, keychain: Keychain) -> None:
    stronger = KdfParams(time_cost=FLOOR_TIME_COST + 1)
    with pytest.raises(KdfTooWeak):
        vault.change_passphrase(PASSPHRASE, "another passphrase", kdf=KdfParams(time_cost=1))
    header = keyslots.Header.read(data_dir / "keyslots.json")
    assert header.slot(keyslots.PASSPHRASE).kdf == KdfParams()  # type: ignore[union-attr]  # nothing written
    vault.change_passphrase(PASSPHRASE, PASSPHRASE, kdf=stronger)
    vault.lock()
    header = keyslots.Header.read(data_dir / "keyslots.json")
    assert header.slot(keyslots.PASSPHRASE).kdf == stronger  # type: ignore[union-attr]
    reopened = Vault.unlock(data_dir, PASSPHRASE, keychain=keychain)
    try:
        assert not reopened.backup_slot_renewed  # the in-database backup slot was made alongside
    finally:
        reopened.lock()
