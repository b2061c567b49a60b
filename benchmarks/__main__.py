"""`make bench`: every figure against its floor in one run; exits 1 when a budget is missed.

See `benchmarks/suite.py` for the options (`--write-results`, `--only`, `--profile`).
"""

from __future__ import annotations

import sys

from benchmarks.suite import main

if __name__ == "__main__":
    sys.exit(main())
