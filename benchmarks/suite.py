"""Every figure against its floor, side by side in one run, and the budgets checked.

    python -m benchmarks [--write-results] [--only NAME ...] [--skip NAME ...]
                         [--backup-mb 512] [--import-cases 1000] [--profile NAME]

Each figure runs in a process of its own, so its peak RSS (`ru_maxrss` of
that process, from `wait4`) is its own; the backup's steps report their own
processes' peaks.  The run exits 1 when a budget is missed (the test suite
never runs this).  `--write-results` writes `benchmarks/RESULTS.md`.
`--profile NAME` runs that figure under pyinstrument (the dev extra) and
writes its profile to `benchmarks/profiles/NAME.txt`.

The data keys of the stores are derived once (the "kdf" figure) and passed to
the other figures on their standard input, never on a command line.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RESULTS = HERE / "RESULTS.md"
NOTES = HERE / "profiles" / "NOTES.md"
RSS_BUDGET_MIB = 400.0


# -- figures run in a child process ----------------------------------------------------------


def fig_kdf(ctx: dict[str, Any]) -> dict[str, Any]:
    """The key derivation alone, with each store's own parameters; the keys, for the others."""
    from casefiles.storage.paths import StorePaths
    from casefiles.storage.store import read_header

    keys, seconds, params = {}, 0.0, ""
    for name, folder in ctx["stores"].items():
        header = read_header(StorePaths(Path(folder)))
        started = time.perf_counter()
        keys[name] = header.unwrap(ctx["passphrase"]).hex()
        if name == "L":
            seconds = time.perf_counter() - started
            k = header.kdf
            params = f"Argon2id t={k.time_cost}, {k.memory_kib // 1024} MiB, p={k.parallelism}"
    return {"keys": keys, "seconds": seconds, "params": params}


def fig_unlock(ctx: dict[str, Any]) -> dict[str, Any]:
    """Opening L with its key already derived, against keying a raw connection and reading."""
    from casefiles.services import cases
    from casefiles.storage.engine import connect_raw
    from casefiles.storage.keyfile import KeyHeader
    from casefiles.storage.paths import StorePaths
    from casefiles.storage.store import Store, read_header

    key = bytes.fromhex(ctx["keys"]["L"])
    KeyHeader.unwrap = lambda _self, _passphrase: key  # type: ignore[method-assign]
    folder = Path(ctx["stores"]["L"])
    started = time.perf_counter()
    store = Store.open(folder, ctx["passphrase"])
    opened = time.perf_counter() - started
    cases.list_cases(store, "nothing matches this")  # warm nothing: list is the next figure
    store.close()
    paths = StorePaths(folder)
    started = time.perf_counter()
    conn = connect_raw(paths.database(read_header(paths).database), key)
    conn.execute("SELECT count(*) FROM cases").fetchone()
    conn.close()
    return {"seconds": opened, "floor_s": time.perf_counter() - started}


def fig_import(ctx: dict[str, Any]) -> dict[str, Any]:
    from benchmarks.bench_import import run

    return run(int(ctx["import_cases"]))


def fig_pdf(_ctx: dict[str, Any]) -> dict[str, Any]:
    from benchmarks.bench_pdf import measure

    return measure(2000, repeat=3)


def fig_backup(ctx: dict[str, Any]) -> dict[str, Any]:
    from benchmarks.bench_backup import measure

    return measure(int(ctx["backup_mb"]), files=16, repeat=2)


def _ui(name: str) -> Callable[[dict[str, Any]], Any]:
    def run(ctx: dict[str, Any]) -> Any:
        from benchmarks.bench_ui import FIGURES

        return FIGURES[name](ctx)[0]

    return run


CHILDREN: dict[str, Callable[[dict[str, Any]], Any]] = {
    "kdf": fig_kdf,
    "unlock": fig_unlock,
    "window": _ui("window"),
    "window_floor": _ui("window_floor"),
    "workspace": _ui("workspace"),
    "filter": _ui("filter"),
    "scroll": _ui("scroll"),
    "import": fig_import,
    "pdf": fig_pdf,
    "backup": fig_backup,
}


def child_main(name: str) -> None:
    ctx = json.loads(sys.stdin.read())
    profile_to = os.environ.get("CASEFILES_BENCH_PROFILE")
    if profile_to:
        from pyinstrument import Profiler

        profiler = Profiler(interval=0.002)
        profiler.start()
        result = CHILDREN[name](ctx)
        profiler.stop()
        Path(profile_to).write_text(profiler.output_text(unicode=False, color=False))
    else:
        result = CHILDREN[name](ctx)
    print(json.dumps(result), flush=True)


def run_child(name: str, ctx: dict[str, Any], profile: Path | None = None) -> tuple[Any, float]:
    """A figure's result and the peak RSS (MiB) of the process that measured it."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    if profile is not None:
        env["CASEFILES_BENCH_PROFILE"] = str(profile)
    with tempfile.TemporaryFile("w+") as err:  # a file: a chatty child cannot block on a pipe
        proc = subprocess.Popen(
            [sys.executable, "-m", "benchmarks", "--child", name],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=err,
            text=True,
            cwd=ROOT,
            env=env,
        )
        assert proc.stdin is not None
        assert proc.stdout is not None
        proc.stdin.write(json.dumps(ctx))
        proc.stdin.close()
        out = proc.stdout.read()
        _pid, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            err.seek(0)
            raise SystemExit(f"figure {name} failed:\n{err.read()[-4000:]}")
    return json.loads(out.strip().splitlines()[-1]), usage.ru_maxrss / 1024


# -- the table ---------------------------------------------------------------------------------


@dataclass
class Row:
    figure: str
    measured: str
    floor: str
    ratio: str
    budget: str
    ok: bool | None
    rss_mib: float | None

    @property
    def verdict(self) -> str:
        rss_ok = self.rss_mib is None or self.rss_mib <= RSS_BUDGET_MIB
        if self.ok is None:
            return "-" if rss_ok else "FAIL (RSS)"
        if self.ok and rss_ok:
            return "pass"
        return "FAIL" if not self.ok else "FAIL (RSS)"


def _at_least(ratio: float) -> str:
    """A ratio whose budget is a minimum, rounded down: 0.698 shows as 0.69, not 0.70."""
    return f"{math.floor(ratio * 100) / 100:.2f}"


def _at_most(ratio: float) -> str:
    """A ratio whose budget is a maximum, rounded up."""
    return f"{math.ceil(ratio * 100) / 100:.2f}"


def _s(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds < 1 else f"{seconds:.2f} s"


def rows_for(name: str, r: Any, rss: float) -> list[Row]:
    """A figure's result as table rows, each with its budget's verdict."""
    if name == "kdf":
        return [
            Row(f"key derivation ({r['params']})", _s(r["seconds"]), "-", "-",
                "reported on its own", None, rss),
        ]  # fmt: skip
    if name == "unlock":
        return [
            Row("unlock L without the KDF (open, schema check)", _s(r["seconds"]),
                f"{_s(r['floor_s'])} raw keyed connection",
                f"{r['seconds'] / r['floor_s']:.1f}x", "-", None, rss),
        ]  # fmt: skip
    if name == "window":
        floor = r["floor_s"]
        return [
            Row(f"unlock to main window, case list of L shown ({r['cases']:,} cases)",
                f"{_s(r['seconds'])} (from Enter {_s(r['from_enter'])}; every view "
                f"loaded {_s(r['all_views_s'])})",
                f"{_s(floor)} bare QApplication + empty window",
                f"+{_s(r['seconds'] - floor)}", "<= 1.0 s beyond the KDF",
                r["seconds"] <= 1.0, rss),
        ]  # fmt: skip
    if name == "workspace":
        return [
            Row(f"open a case workspace ({r['records']:,} records)",
                f"{_s(r['seconds'])} (painted {_s(r['painted'])})",
                f"{_s(r['floor_s'])} raw SQL read of its rows",
                f"{r['seconds'] / r['floor_s']:.0f}x", "<= 0.5 s", r["seconds"] <= 0.5, rss),
        ]  # fmt: skip
    if name == "filter":
        return [
            Row(f"filter L's case list, typing '{r['word']}' ({r['matches']} match)",
                f"worst key {_s(r['worst_s'])}, mean {_s(r['mean_s'])}",
                f"{_s(r['floor_worst_s'])} plain Python over the same keys",
                f"{r['worst_s'] / r['floor_worst_s']:.0f}x", "<= 50 ms",
                r["worst_s"] <= 0.05, rss),
        ]  # fmt: skip
    if name == "scroll":
        return [
            Row(f"scroll L's case list top to bottom ({r['rows']:,} rows, {r['pages']} pages)",
                f"{_s(r['seconds'])} ({r['seconds'] / max(1, r['pages']) * 1000:.1f} ms/page)",
                f"{_s(r['floor_s'])} QTableView + QStandardItemModel",
                f"{r['seconds'] / r['floor_s']:.1f}x", "-", None, rss),
        ]  # fmt: skip
    if name == "import":
        return [
            Row(f"import M ({r['records']:,} records, {r['audit_entries']:,} audit entries)",
                f"{r['ours_rps']:,.0f} rec/s",
                f"{r['floor_audit_rps']:,.0f} rec/s raw executemany of the records and their "
                f"audit rows ({r['floor_rps']:,.0f} the records alone)",
                f"{_at_least(r['ratio'])} (records alone {_at_least(r['ratio_records'])})",
                ">= 0.3", r["ratio"] >= 0.3, rss),
        ]  # fmt: skip
    if name == "pdf":
        return [
            Row(f"procedural summary PDF ({r['records']:,} records, {r['pages']} pages)",
                _s(r["summary_s"]), f"{_s(r['floor_s'])} ReportLab plain table",
                _at_most(r["ratio"]), "<= 1.5", r["ratio"] <= 1.5, rss),
        ]  # fmt: skip
    if name == "backup":
        mb = r["mb"]
        out = []
        for step, floor, what in (
            ("create", "raw_encrypt", "pyrage encrypt"),
            ("verify", "raw_check", "pyrage decrypt"),
            ("restore", "raw_decrypt", "pyrage decrypt to files"),
        ):
            ours, raw = r[step], r[floor]
            ratio = raw["seconds"] / ours["seconds"]
            out.append(
                Row(f"backup {step} ({mb:,.0f} MB of evidence, best of 2)",
                    f"{mb / ours['seconds']:,.0f} MB/s",
                    f"{mb / raw['seconds']:,.0f} MB/s {what}", _at_least(ratio),
                    ">= 0.7", ratio >= 0.7, ours["peak_rss_mib"])
            )  # fmt: skip
        return out
    raise ValueError(name)


ORDER = ["import", "kdf", "unlock", "window", "workspace", "filter", "scroll", "pdf", "backup"]


def table(rows: list[Row]) -> str:
    lines = [
        "| figure | measured | floor | ratio | budget | peak RSS | pass |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        rss = "-" if r.rss_mib is None else f"{r.rss_mib:.0f} MiB"
        lines.append(
            f"| {r.figure} | {r.measured} | {r.floor} | {r.ratio} | {r.budget} | {rss} "
            f"| {r.verdict} |"
        )
    return "\n".join(lines)


# -- the machine -------------------------------------------------------------------------------


def machine() -> list[str]:
    import PySide6
    import reportlab
    import sqlcipher3.dbapi2 as sqlcipher

    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        mem_kib = next(
            int(line.split()[1])
            for line in Path("/proc/meminfo").read_text().splitlines()
            if line.startswith("MemTotal")
        )
        ram = f"{mem_kib / 1024 / 1024:.1f} GiB RAM"
    except (OSError, StopIteration):
        ram = "RAM unknown"
    conn = sqlcipher.connect(":memory:")
    try:
        cipher = conn.execute("PRAGMA cipher_version").fetchone()[0]
        sqlite = conn.execute("SELECT sqlite_version()").fetchone()[0]
    finally:
        conn.close()
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    return [
        f"- CPU: {cpu}, {os.cpu_count()} cores; {ram}",
        f"- {platform.system()} {platform.release()}; Python {platform.python_version()}",
        f"- SQLCipher {cipher} (SQLite {sqlite}); PySide6 {PySide6.__version__}; "
        f"ReportLab {reportlab.Version}",
        f"- load average at the end of the run: {load} (the machine was shared: figures are noisy)",
    ]


def write_results(rows: list[Row], started: datetime, notes: list[str]) -> None:
    missed = [r.figure for r in rows if r.verdict.startswith("FAIL")]
    text = [
        "# Benchmark results",
        "",
        "Written by `python -m benchmarks --write-results` (`make bench` runs the same figures); "
        "do not edit by hand.",
        "",
        f"Run of {started:%Y-%m-%d %H:%M} UTC.",
        "",
        *machine(),
        "",
        table(rows),
        "",
        "Ratios: throughput figures are ours / floor (higher is better); time figures are "
        "ours / floor or ours - floor (lower is better).  The import is judged against raw "
        "`executemany` of what it must write, its records' rows and their audit rows (an "
        "entry per record, issue #5), in the same transactions (one per document); the "
        "ratio against the records' rows alone is beside it.  Peak RSS is the measuring "
        f"process's own; budget {RSS_BUDGET_MIB:.0f} MiB each.",
        "",
        "Budgets missed: " + (", ".join(missed) if missed else "none") + ".",
        "",
        "The vault's figures are `benchmarks/bench_vault.py`'s own report, which `make bench` "
        "prints after this table.",
        *notes,
        "",
    ]
    if NOTES.exists():
        text += ["", NOTES.read_text(encoding="utf-8").strip(), ""]
    RESULTS.write_text("\n".join(text), encoding="utf-8")


# -- the run -----------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--write-results", action="store_true")
    parser.add_argument("--only", nargs="+", choices=[*ORDER, "vault"], default=None)
    parser.add_argument("--skip", nargs="+", choices=[*ORDER, "vault"], default=[])
    parser.add_argument("--backup-mb", type=int, default=512)
    parser.add_argument("--import-cases", type=int, default=1000)
    parser.add_argument("--profile", choices=ORDER)
    args = parser.parse_args(argv)
    if args.child:
        child_main(args.child)
        return 0
    from benchmarks import generate

    started = datetime.now(UTC)
    wanted = [n for n in [*ORDER, "vault"] if (args.only is None or n in args.only)]
    wanted = [n for n in wanted if n not in args.skip]
    notes: list[str] = []
    t0 = time.perf_counter()
    stores = {"L": str(generate.build("L")), "C2000": str(generate.build_big_case(2000))}
    built = time.perf_counter() - t0
    if built > 5:
        notes.append(f"The cached stores were built in this run ({built:.0f} s).")
        print(f"stores built in {built:.0f} s", flush=True)
    ctx: dict[str, Any] = {
        "stores": stores,
        "passphrase": generate.PASSPHRASE,
        "backup_mb": args.backup_mb,
        "import_cases": args.import_cases,
    }
    rows: list[Row] = []
    needs_keys = {"unlock", "window", "workspace", "filter", "scroll"}
    if "kdf" in wanted or needs_keys & set(wanted):
        kdf, rss = run_child("kdf", ctx)
        ctx["keys"] = kdf.pop("keys")
        if "kdf" in wanted:
            rows += rows_for("kdf", kdf, rss)
    for name in wanted:
        if name in ("kdf", "vault"):
            continue
        print(f"== {name}", flush=True)
        profile = HERE / "profiles" / f"{name}.txt" if args.profile == name else None
        result, rss = run_child(name, ctx, profile)
        if name == "window":
            floor, _rss = run_child("window_floor", ctx)
            result["floor_s"] = floor["seconds"]
        if name == "filter":
            from benchmarks.bench_ui import WORD

            result["word"] = WORD
        new = rows_for(name, result, rss)
        rows += new
        print("\n".join(table(new).splitlines()[2:]), flush=True)
    print()
    print(table(rows))
    missed = [r.figure for r in rows if r.verdict.startswith("FAIL")]
    if "vault" in wanted:
        print("\n== benchmarks.bench_vault (its own report)", flush=True)
        subprocess.run([sys.executable, "-m", "benchmarks.bench_vault"], cwd=ROOT, check=False)
    if args.write_results:
        write_results(rows, started, notes)
        print(f"\nwrote {RESULTS.relative_to(ROOT)}")
    if missed:
        print(f"\nbudgets missed: {len(missed)}: " + "; ".join(missed), file=sys.stderr)
        return 1
    print("\nevery budget met")
    return 0
