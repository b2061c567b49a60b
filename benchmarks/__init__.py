"""Benchmarks: scripts that measure casefiles against the libraries' own floors."""
