"""Use cases: each owns its transaction, takes and returns plain domain objects,
and raises the typed errors of `casefiles.domain.errors`.  The CLI and the GUI
call these and nothing below them."""
