"""`make bench`: run each benchmark script in turn, in one run, and print its figures."""

from __future__ import annotations

import runpy
import sys

SCRIPTS = [
    "benchmarks.bench_import",
    "benchmarks.bench_pdf",
    "benchmarks.bench_vault",
    "benchmarks.bench_backup",
]

if __name__ == "__main__":
    for name in SCRIPTS:
        print(f"== {name}", flush=True)
        runpy.run_module(name, run_name="__main__")
    sys.exit(0)
