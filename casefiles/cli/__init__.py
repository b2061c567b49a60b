"""The `casefiles` command line: the same services the desktop app calls."""
