"""Deterministic synthetic case files at three sizes, cached between runs.

S: 100 cases, M: 1,000, L: 10,000; each case about 5 hearings, 20 motions,
5 requests, 10 evidence items and 30 events, with realistic text in Latin and
Cyrillic.  Stores are built through the real import path and kept in
`benchmarks/.cache/` (git-ignored), keyed by size and generator version.
"""

from __future__ import annotations

import random
import shutil
import time
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from casefiles.domain import enums
from casefiles.domain.standards import BUILT_IN_CODES
from casefiles.services.interchange import import_document
from casefiles.storage.keyfile import KdfParams
from casefiles.storage.store import Store

GENERATOR_VERSION = 1
SIZES = {"S": 100, "M": 1_000, "L": 10_000}
PASSPHRASE = "benchmark passphrase"
CACHE = Path(__file__).resolve().parent / ".cache"
PER_CASE = {"hearings": 5, "motions": 20, "requests": 5, "evidence": 10, "events": 30}

LATIN = [
    "union",
    "ministry",
    "court",
    "hearing",
    "motion",
    "witness",
    "evidence",
    "registration",
    "charter",
    "appeal",
    "liquidation",
    "defence",
    "prosecutor",
    "minutes",
    "ruling",
    "objection",
    "search",
    "seizure",
    "laptop",
    "congress",
    "members",
    "statement",
    "notice",
    "postponement",
    "chair",
    "registry",
    "letter",
]
CYRILLIC = [
    "профсоюз",
    "министерство",
    "суд",
    "заседание",
    "ходатайство",
    "свидетель",
    "доказательство",
    "регистрация",
    "устав",
    "апелляция",
    "ликвидация",
    "защита",
    "прокурор",
    "протокол",
    "решение",
    "возражение",
    "обыск",
    "изъятие",
    "ноутбук",
    "съезд",
    "члены",
    "заявление",
    "уведомление",
    "Қазақ",
    "Әділет",
    "Өкіл",
]
SURNAMES = [
    "Omarova",
    "Sadykov",
    "Temirkulova",
    "Nurlanov",
    "Petrova",
    "Ivanov",
    "Kim",
    "Abenova",
    "Серикбаев",
    "Жумабекова",
    "Ахметов",
    "Смирнова",
]


def _words(rng: random.Random, n: int) -> str:
    pool = CYRILLIC if rng.random() < 0.4 else LATIN
    text = " ".join(rng.choice(pool) for _ in range(n))
    return text[0].upper() + text[1:]


def case_document(rng: random.Random, index: int) -> dict[str, Any]:
    """One case and its two clients, as an interchange document fragment."""
    start = date(2010, 1, 1) + timedelta(days=rng.randrange(5_000))
    ck = (f"c{index}a", f"c{index}b")
    clients = [
        {"key": ck[0], "name": f"{_words(rng, 2)} Union {index}", "kind": "organisation"},
        {
            "key": ck[1],
            "name": f"{rng.choice(SURNAMES)} {index}",
            "kind": "person",
            "phone": f"+000 555 {index % 10000:04d}",
        },
    ]
    hearings = [
        {
            "key": f"h{i + 1}",
            "starts_at": (
                datetime.combine(start, datetime.min.time())
                + timedelta(days=30 * i + rng.randrange(20), hours=10)
            ).strftime("%Y-%m-%dT%H:%M"),
            "court": "Northport Economic Court",
            "purpose": _words(rng, 4),
            "status": rng.choice(["held", "held", "postponed", "scheduled"]),
            "notice_received_on": str(start + timedelta(days=30 * i - rng.randrange(20))),
            "outcome": _words(rng, 8),
        }
        for i in range(PER_CASE["hearings"])
    ]
    standards = sorted(BUILT_IN_CODES)
    motions = [
        {
            "key": f"m{i + 1}",
            "title": _words(rng, 6),
            "kind": rng.choice(list(enums.MotionKind)).value,
            "filed_by": rng.choice(["defence", "defence", "claimant", "prosecution"]),
            "form": rng.choice(["written", "oral"]),
            "filed_on": str(start + timedelta(days=rng.randrange(200))),
            "hearing": f"h{rng.randrange(PER_CASE['hearings']) + 1}",
            "status": rng.choice(["denied", "denied", "granted", "filed", "not_considered"]),
            "ruling": _words(rng, 12),
            "standards": rng.sample(standards, 2),
        }
        for i in range(PER_CASE["motions"])
    ]
    requests = [
        {
            "key": f"r{i + 1}",
            "authority": f"Ministry of {_words(rng, 1)}",
            "authority_kind": "ministry",
            "request": _words(rng, 10),
            "requested_on": str(start + timedelta(days=rng.randrange(200))),
            "status": rng.choice(list(enums.RequestStatus)).value,
            "reason_given": _words(rng, 8),
        }
        for i in range(PER_CASE["requests"])
    ]
    evidence = [
        {
            "key": f"e{i + 1}",
            "title": _words(rng, 5),
            "kind": rng.choice(list(enums.EvidenceKind)).value,
            "status": rng.choice(list(enums.EvidenceStatus)).value,
            "custody": [
                {
                    "on": str(start + timedelta(days=i)),
                    "action": "received",
                    "from": rng.choice(SURNAMES),
                    "to": "defence counsel",
                }
            ],
        }
        for i in range(PER_CASE["evidence"])
    ]
    events = [
        {
            "key": f"ev{i + 1}",
            "date": str(start + timedelta(days=rng.randrange(400)))[: rng.choice([4, 7, 10, 10])],
            "title": _words(rng, 6),
            "description": _words(rng, 20),
            "category": rng.choice(list(enums.EventCategory)).value,
        }
        for i in range(PER_CASE["events"])
    ]
    case = {
        "key": f"k{index}",
        "reference": f"{index % 9 + 1}-{index:05d}/{start.year}",
        "title": f"Ministry v. {clients[0]['name']}",
        "court": "Northport Economic Court",
        "judge": f"Judge {rng.choice(SURNAMES)}",
        "procedure": "economic",
        "status": rng.choice(list(enums.CaseStatus)).value,
        "opened_on": str(start),
        "summary": _words(rng, 30),
        "clients": [
            {"client": ck[0], "role": "defendant"},
            {"client": ck[1], "role": "representative"},
        ],
        "hearings": hearings,
        "motions": motions,
        "requests": requests,
        "evidence": evidence,
        "events": events,
    }
    return {"clients": clients, "case": case}


def documents(n_cases: int, batch: int = 100, seed: int = 1) -> Iterator[dict[str, Any]]:
    rng = random.Random(seed)
    for first in range(0, n_cases, batch):
        parts = [case_document(rng, i) for i in range(first, min(first + batch, n_cases))]
        yield {
            "format": "casefiles",
            "version": 1,
            "clients": [c for p in parts for c in p["clients"]],
            "cases": [p["case"] for p in parts],
        }


def records_in(doc: dict[str, Any]) -> int:
    n = len(doc.get("clients", []))
    for case in doc.get("cases", []):
        n += 1 + sum(len(case.get(k, [])) for k in PER_CASE)
        n += sum(len(e.get("custody", [])) for e in case.get("evidence", []))
    return n


def build_big_case(records: int = 2000, kdf: KdfParams | None = None) -> Path:
    """A cached store holding one case of `records` records (the PDF benchmark's case)."""
    from benchmarks.bench_pdf import synthetic_document

    target = CACHE / f"case{records}-v{GENERATOR_VERSION}"
    if target.exists():
        return target
    tmp = CACHE / f".case{records}-building"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.parent.mkdir(parents=True, exist_ok=True)
    store = Store.create(tmp, PASSPHRASE, kdf)
    try:
        import_document(store, synthetic_document(records))
    finally:
        store.close()
    tmp.rename(target)
    return target


def build(size: str, kdf: KdfParams | None = None, *, force: bool = False) -> Path:
    """The cached store of a size, built when missing; returns its data dir."""
    target = CACHE / f"{size}-v{GENERATOR_VERSION}"
    if target.exists() and not force:
        return target
    shutil.rmtree(target, ignore_errors=True)
    tmp = CACHE / f".{size}-building"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    store = Store.create(tmp, PASSPHRASE, kdf)
    try:
        for doc in documents(SIZES[size]):
            import_document(store, doc)
    finally:
        store.close()
    tmp.rename(target)
    print(f"built store {size} in {time.perf_counter() - started:.1f} s")
    return target
