"""A deterministic reference vault at ten times a heavy trust person's real scale.

5,000 cases, 100,000 contact notes (Dutch and French, 200-2,000 characters), 20,000 tasks,
2,000 providers, 3,000 referrals.  Rows go in through the vault's own connection in one
transaction (the triggers keep FTS5 in sync exactly as in daily use).
"""

from __future__ import annotations

import json
import random
import shutil
import time
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from trustdesk.domain import (
    CaseStatus,
    ContactMode,
    Initiator,
    KnowledgeDomain,
    Language,
    ProviderKind,
    ReferralStatus,
    RiskLevel,
)
from trustdesk.vault import Keychain, Vault, keyslots, schema

PASSPHRASE = "benchmark passphrase for the reference vault"

NL_WORDS = ("arts uitgeput nachtdienst slaap collega patiënt burn-out huisarts gesprek afspraak "
            "spoedgevallen angst schuldgevoel incident verpleging ziekenhuis assistent opleiding "
            "stress werkdruk familie partner kinderen weekend verlof psycholoog psychiater "
            "alcohol medicatie slapeloosheid piekeren verdriet vertrouwen steun herstel ritme "
            "wandelen sport ademhaling grenzen planning dienstrooster supervisor overleg "
            "tweede slachtoffer fout complicatie klacht orde geheimhouding rust hervatting").split()
FR_WORDS = ("médecin épuisé garde sommeil collègue patient épuisement généraliste entretien "
            "rendez-vous urgences anxiété culpabilité incident hôpital assistant formation "
            "stress charge famille conjoint enfants congé psychologue psychiatre alcool "
            "médicaments insomnie rumination tristesse confiance soutien rétablissement rythme "
            "marche sport respiration limites horaire superviseur concertation deuxième victime "
            "erreur complication plainte ordre secret repos reprise démotivé réveillé").split()

SCALES = {
    "reference": dict(cases=5000, notes=100_000, tasks=20_000, providers=2000, referrals=3000),
    "smoke": dict(cases=60, notes=600, tasks=100, providers=30, referrals=30),
    # the cost curves (make bench): 1x a heavy trust person's ten years (500 cases, 10,000 notes), the
    # reference itself is 10x, and 100x (50,000 cases, 1,000,000 notes; make bench-curves)
    "curve-1x": dict(cases=500, notes=10_000, tasks=2000, providers=200, referrals=300),
    "curve-100x": dict(cases=50_000, notes=1_000_000, tasks=200_000, providers=20_000, referrals=30_000),
}
HEAVY_NOTE = {"reference": 1_000_000}  # characters of the one heavy note (other scales: 100 KB)
GENERATOR = 4  # bump when build() makes a different vault: cached reference vaults are made again


@dataclass(frozen=True)
class ReferenceInfo:
    data_dir: Path
    scale: str
    counts: dict[str, int]
    big_case_id: int  # a case with 200 contacts
    heavy_note: tuple[int, int] = (0, 0)  # (case id, contact id) of a 1 MB note, in a case of its own


def _text(rng: random.Random, words: tuple[str, ...] | list[str], low: int, high: int) -> str:
    target = rng.randint(low, high)
    out: list[str] = []
    size = 0
    while size < target:
        sentence = " ".join(rng.choice(words) for _ in range(rng.randint(6, 14)))
        sentence = sentence[0].upper() + sentence[1:] + "."
        out.append(sentence)
        size += len(sentence) + 1
    return " ".join(out)[:high]


def paragraphs(rng: random.Random, words: tuple[str, ...] | list[str], size: int) -> str:
    """A long note as people write one: paragraphs of a few sentences, ``size`` characters."""
    out: list[str] = []
    length = 0
    while length < size:
        out.append(_text(rng, words, 200, 900))
        length += len(out[-1]) + 2
    return "\n\n".join(out)[:size]


CONTACT_INSERT = ("INSERT INTO contacts (case_id, at, duration_min, mode, present, notes, agreements, risk,"
                  " safety_plan, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")


def build(data_dir: Path, scale: str = "reference", seed: int = 20261126) -> ReferenceInfo:
    n = SCALES[scale]
    rng = random.Random(seed)
    # The reference vault uses the KDF as the app calibrates it at creation (~0.5 s here).
    kdf = keyslots.calibrate(0.5) if scale == "reference" else keyslots.KdfParams()
    vault = Vault.create(data_dir, PASSPHRASE, keychain=Keychain.none(), kdf=kdf)
    db = vault.db
    start = date(2016, 1, 4)
    stamp = datetime(2026, 11, 1, 20, 0).isoformat()
    domains = list(KnowledgeDomain)
    with db.transaction():
        case_rows = []
        for i in range(n["cases"]):
            opened = start + timedelta(days=i * 3650 // n["cases"])
            lang = Language.NL if rng.random() < 0.6 else Language.FR
            status = rng.choice([CaseStatus.ACTIVE, CaseStatus.CLOSED, CaseStatus.CLOSED, CaseStatus.WAITING])
            dom = ",".join(sorted({d.value for d in rng.sample(domains, rng.randint(1, 2))}))
            case_rows.append((f"TD-{opened.year}-{i + 1:04d}", status.value, opened.isoformat(),
                              rng.choice(list(Initiator)).value, f"AIN-{i:05d}", lang.value, "antwerp",
                              "physician", rng.choice(["huisarts", "anesthesie", "pédiatrie", "urgences"]),
                              dom, 1, opened.isoformat() if status is CaseStatus.CLOSED else None,
                              "structural_solution" if status is CaseStatus.CLOSED else None, stamp, stamp))
        db.executemany(
            "INSERT INTO cases (code, status, opened_on, initiator, coordinator_ref, language, region, profession,"
            " specialty, domains, consent_to_contact, closed_on, close_reason, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", case_rows)
        ids = [r[0] for r in db.query("SELECT id FROM cases ORDER BY id")]
        big_case_id = ids[len(ids) // 2]
        contact_rows: list[tuple[object, ...]] = []
        for j in range(n["notes"]):
            if len(contact_rows) >= 20_000:  # in batches: a million notes' text never all in memory at once
                db.executemany(CONTACT_INSERT, contact_rows)
                contact_rows.clear()
            case_id = big_case_id if j < 200 else ids[rng.randrange(len(ids))]
            lang_words = NL_WORDS if rng.random() < 0.6 else FR_WORDS
            at = datetime(2016, 1, 4, 19) + timedelta(minutes=j * 5256000 // n["notes"])
            contact_rows.append((case_id, at.isoformat(), rng.choice([15, 30, 45, 60]),
                                 rng.choice(list(ContactMode)).value, "",
                                 _text(rng, lang_words, 200, 2000), _text(rng, lang_words, 0, 200),
                                 rng.choice(list(RiskLevel)).value, "", stamp, stamp))
        db.executemany(CONTACT_INSERT, contact_rows)
        # Ten years of follow-ups: almost all of those due before the last weeks were done (a vault in
        # which none ever was would put every one on Today); some are still open, overdue.
        done_by = date(2026, 10, 1)
        task_rows = []
        for _ in range(n["tasks"]):
            case_id, title = ids[rng.randrange(len(ids))], _text(rng, NL_WORDS, 10, 60)
            due = start + timedelta(days=rng.randrange(3700))
            done = due.isoformat() if due < done_by and rng.random() < 0.97 else None
            task_rows.append((case_id, title, due.isoformat(), done, stamp))
        db.executemany("INSERT INTO tasks (case_id, title, due_on, done_at, created_at) VALUES (?, ?, ?, ?, ?)",
                       task_rows)
        db.executemany(
            "INSERT INTO providers (kind, name, languages, region, phone, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(rng.choice(list(ProviderKind)).value, f"Praktijk {k:04d}", "fr,nl", "brussels", f"02 {k:06d}",
              stamp, stamp) for k in range(n["providers"])])
        pids = [r[0] for r in db.query("SELECT id FROM providers")]
        db.executemany(
            "INSERT INTO referrals (case_id, provider_id, reason, consent_given, status, created_at, updated_at)"
            " VALUES (?, ?, ?, 1, ?, ?, ?)",
            [(ids[rng.randrange(len(ids))], pids[rng.randrange(len(pids))], _text(rng, NL_WORDS, 20, 120),
              rng.choice(list(ReferralStatus)).value, stamp, stamp) for _ in range(n["referrals"])])
        # One heavy note (1 MB: a pasted report, years of one person) in a case of its own, so the other
        # figures (the big case, its summary) stay as they were.
        heavy_case = ids[len(ids) // 3]
        size = HEAVY_NOTE.get(scale, 100_000)
        cur = db.execute(
            "INSERT INTO contacts (case_id, at, duration_min, mode, present, notes, agreements, risk, safety_plan,"
            " created_at, updated_at) VALUES (?, ?, 60, ?, '', ?, '', ?, '', ?, ?)",
            (heavy_case, datetime(2026, 10, 30, 10, 0).isoformat(), ContactMode.IN_PERSON.value,
             paragraphs(rng, NL_WORDS, size), RiskLevel.NONE.value, stamp, stamp))
        heavy_note = (heavy_case, int(cur.lastrowid))
    db.execute("PRAGMA optimize")
    counts = {t: vault.db.scalar(f"SELECT count(*) FROM {t}") for t in
              ("cases", "contacts", "tasks", "providers", "referrals")}
    vault.lock()
    return ReferenceInfo(data_dir, scale, counts, big_case_id, heavy_note)


def settle(data_dir: Path) -> None:
    """Open and lock once before any figure: whatever opening does only once (a migration, the search
    index rebuilt for a new folding) is not measured as an unlock."""
    Vault.unlock(data_dir, PASSPHRASE, keychain=Keychain.none()).lock()


def current(scale: str, cache: Path) -> dict[str, object] | None:
    """The cache's description of its ``scale`` vault when that vault is there and was made by this
    schema and generator; None when it would have to be made (again)."""
    info_file = cache / f"{scale}.json"
    if not (info_file.exists() and (cache / scale / "vault.db").exists()):
        return None
    meta: dict[str, object] = json.loads(info_file.read_text())
    return meta if meta.get("schema") == schema.LATEST and meta.get("generator") == GENERATOR else None


def _info(data_dir: Path, scale: str, meta: dict[str, object]) -> ReferenceInfo:
    heavy = meta["heavy_note"]
    assert isinstance(heavy, list) and isinstance(meta["counts"], dict) and isinstance(meta["big_case_id"], int)
    return ReferenceInfo(data_dir, scale, meta["counts"], meta["big_case_id"], (int(heavy[0]), int(heavy[1])))


def cached(scale: str, cache: Path) -> tuple[ReferenceInfo, float]:
    """The vault of ``scale`` from ``cache`` (made when missing, or made by an older schema or
    generator), and how long generating it took."""
    cache.mkdir(parents=True, exist_ok=True)
    data_dir = cache / scale
    meta = current(scale, cache)
    if meta is not None:
        settle(data_dir)
        return _info(data_dir, scale, meta), float(meta["seconds"])  # type: ignore[arg-type]
    shutil.rmtree(data_dir, ignore_errors=True)
    t0 = time.perf_counter()
    info = build(data_dir, scale)
    settle(data_dir)
    seconds = time.perf_counter() - t0
    (cache / f"{scale}.json").write_text(json.dumps({"counts": info.counts, "big_case_id": info.big_case_id,
                                                     "seconds": seconds, "schema": schema.LATEST,
                                                     "generator": GENERATOR, "heavy_note": list(info.heavy_note)}))
    return info, seconds


def working_copy(scale: str, cache: Path, work: Path) -> tuple[ReferenceInfo, float]:
    """A copy of the cached ``scale`` vault in this run's ``work`` folder, made once per run (later calls,
    in this process or a child, find it there).  Every figure unlocks, writes audit entries, saves notes:
    into the copy, so each run measures the same data and the cache stays as it was made.  The vault is
    generated into the cache first when missing.  The reference data are made up: a temporary folder
    is fine, and the harness deletes it at the end of the run."""
    if current(scale, cache) is None:
        cached(scale, cache)
    meta = current(scale, cache)
    assert meta is not None
    target, info_file = work / scale, work / f"{scale}.json"
    if not info_file.exists():
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(cache / scale, target)
        settle(target)
        info_file.write_text(json.dumps(meta))  # last: a copy interrupted half-way is made again
    return _info(target, scale, meta), float(meta["seconds"])  # type: ignore[arg-type]


SOURCE: Path | None = None  # the cache of this run (set by the harness), and its work folder of copies
WORK: Path | None = None


def for_run(scale: str, beside: ReferenceInfo) -> ReferenceInfo:
    """Another scale's vault for this run (the cost curves): the run's copy when the harness set one
    up, else the cached vault next to ``beside``."""
    if SOURCE is not None and WORK is not None:
        return working_copy(scale, SOURCE, WORK)[0]
    return cached(scale, beside.data_dir.parent)[0]
