"""casefiles: an offline, encrypted case-file manager for defence lawyers."""

__version__ = "0.1.0"
