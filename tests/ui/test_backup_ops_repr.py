"""The answers holding a passphrase never print it (a repr lands in logs and tracebacks)."""

from __future__ import annotations

from casefiles.ui.backup_ops import BackupPassphrase, ExportTarget

SECRET = "correct horse battery staple"


def test_backup_passphrase_repr_hides_the_passphrase() -> None:
    answer = BackupPassphrase(SECRET, same_as_store=False)
    assert SECRET not in repr(answer) and SECRET not in str(answer)
    assert "same_as_store=False" in repr(answer)
    assert answer.passphrase == SECRET


def test_export_target_repr_hides_the_passphrase() -> None:
    target = ExportTarget(current_case=True, passphrase=SECRET)
    assert SECRET not in repr(target) and SECRET not in str(target)
    assert "current_case=True" in repr(target)
