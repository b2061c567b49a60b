"""The benchmark run's budget check: a missed budget is a failed row and a non-zero exit.

The figures themselves run only in `make bench`; here their results are made up.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from benchmarks import generate, suite

PDF = {"records": 2000, "pages": 10, "summary_s": 1.0, "floor_s": 1.0, "ratio": 1.0}
FILTER = {"word": "w", "matches": 3, "worst_s": 0.01, "mean_s": 0.005, "floor_worst_s": 0.001}


def _verdicts(name: str, result: dict[str, Any], rss: float = 100.0) -> list[str]:
    return [row.verdict for row in suite.rows_for(name, result, rss)]


def test_each_budget_passes_inside_and_fails_outside() -> None:
    assert _verdicts("pdf", PDF) == ["pass"]
    assert _verdicts("pdf", {**PDF, "ratio": 1.51}) == ["FAIL"]
    assert _verdicts("pdf", PDF, rss=401.0) == ["FAIL (RSS)"]
    assert _verdicts("filter", FILTER) == ["pass"]
    assert _verdicts("filter", {**FILTER, "worst_s": 0.051}) == ["FAIL"]
    imp = {
        "records": 10,
        "audit_entries": 8,
        "ours_rps": 1.0,
        "floor_rps": 3.0,
        "floor_audit_rps": 2.0,
    }
    assert _verdicts("import", {**imp, "ratio": 0.31, "ratio_records": 0.1}) == ["pass"]
    [row] = suite.rows_for("import", {**imp, "ratio": 0.2999, "ratio_records": 0.5}, 1.0)
    # Judged against records + audit rows; never rounded up to pass.
    assert (row.verdict, row.ratio) == ("FAIL", "0.29 (records alone 0.50)")
    steps = {s: {"seconds": 1.0, "peak_rss_mib": 50.0} for s in ("create", "verify", "restore")}
    floors = {f: {"seconds": 0.7} for f in ("raw_encrypt", "raw_check", "raw_decrypt")}
    backup = {"mb": 100.0, **steps, **floors}
    assert _verdicts("backup", backup) == ["pass"] * 3
    backup["raw_check"] = {"seconds": 0.69}
    assert _verdicts("backup", backup) == ["pass", "FAIL", "pass"]
    assert _verdicts("scroll", {"rows": 1, "pages": 1, "seconds": 9.0, "floor_s": 1.0}) == ["-"]


@pytest.mark.parametrize(("worst_s", "code"), [(0.01, 0), (0.2, 1)])
def test_the_run_exits_1_when_a_budget_is_missed(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, worst_s: float, code: int
) -> None:
    monkeypatch.setattr(generate, "build", lambda *_a, **_k: tmp_path)
    monkeypatch.setattr(generate, "build_big_case", lambda *_a, **_k: tmp_path)
    results = {"kdf": {"keys": {}, "seconds": 1.0, "params": "p"}, "pdf": PDF}
    results["filter"] = {**FILTER, "worst_s": worst_s}
    monkeypatch.setattr(suite, "run_child", lambda name, *_a: (dict(results[name]), 10.0))
    assert suite.main(["--only", "pdf", "filter"]) == code
