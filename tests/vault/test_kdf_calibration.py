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
    """perf_counter for keyslots: a derivation of time cost t takes ``fixed + per_pass * t`` seconds,
    times the next of ``slowdowns`` (other work on the machine at that moment; 1 once they run out)."""

    def __init__(self, fixed: float, per_pass: float, slowdowns: list[float] | None = None) -> None:
        self.fixed, self.per_pass, self.slowdowns = fixed, per_pass, list(slowdowns or [])
        self.now, self.derived = 0.0, 0

    def perf_counter(self) -> float:
        return self.now

    def speed(self, cost: int) -> float:
        return self.fixed + self.per_pass * cost

    def derive(self, _secret: bytes, _salt: bytes, params: KdfParams) -> bytes:
        slowdown = self.slowdowns[self.derived] if self.derived < len(self.slowdowns) else 1.0
        self.now += self.speed(params.time_cost) * slowdown
        self.derived += 1
        return b"k" * 32


def _calibrate(clock: _Clock, target: float) -> KdfParams:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(keyslots, "time", clock)
        patch.setattr(keyslots, "argon2id", clock.derive)
        return keyslots.calibrate(target)


@given(fixed=st.integers(0, 400).map(lambda n: n / 1000), per_pass=st.integers(5, 200).map(lambda n: n / 1000),
       target=st.integers(100, 1000).map(lambda n: n / 1000))
def test_calibration_reaches_the_target_with_the_least_cost(fixed: float, per_pass: float, target: float) -> None:
    """Whatever the derivation's fixed part and its part per pass: the cost chosen derives in at least
    the target (unless the ceiling stops it), and one pass less would not (unless at the floor)."""
    clock = _Clock(fixed, per_pass)
    cost = _calibrate(clock, target).time_cost
    assert FLOOR_TIME_COST <= cost <= MAX_TIME_COST
    assert clock.speed(cost) >= target - 1e-9 or cost == MAX_TIME_COST, (cost, clock.speed(cost))
    assert cost == FLOOR_TIME_COST or clock.speed(cost - 1) < target + 1e-9, (cost, clock.speed(cost - 1))
    assert clock.derived <= keyslots.CALIBRATION_RUNS * keyslots.CALIBRATION_ROUNDS


def test_the_fixed_part_of_a_derivation_does_not_weaken_the_key() -> None:
    """This laptop's figures (272 ms at t=3, ~36 ms a pass): one proportional step chose t=5 (~340 ms)
    for a 500 ms aim; the cost that reaches it is 10."""
    clock = _Clock(0.164, 0.036)
    assert _calibrate(clock, 0.5).time_cost == 10


# slowdowns in quarter steps and 1/32 s a pass: every sum the clock makes is exact in binary
@given(slowdowns=st.lists(st.integers(4, 16).map(lambda n: n / 4), min_size=1, max_size=2))
def test_one_slowed_derivation_does_not_weaken_the_key(slowdowns: list[float]) -> None:
    """The first runs of a round shared the machine with something else: the fastest of the round counts
    (up to two of its three runs slowed, the cost is the one an idle machine gets)."""
    idle = _calibrate(_Clock(0.0, 1 / 32), 0.5).time_cost
    assert idle == 16
    assert _calibrate(_Clock(0.0, 1 / 32, slowdowns), 0.5).time_cost == idle


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
