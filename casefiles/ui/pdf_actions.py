"""Case > Summary (PDF): render off the UI thread, then preview it (or save it)."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QWidget

from casefiles.ui.dialogs import Dialogs
from casefiles.ui.errors import ErrorReporter
from casefiles.ui.session import Session


def _tr(text: str) -> str:
    return QCoreApplication.translate("Pdf", text)


def show_summary(
    window: QWidget, session: Session, reference: str, hearing_key: str | None = None
) -> None:
    """The procedural summary of a case, or the summary of one of its hearings, in the
    interface's language; the preview offers the other one (an appeal at home in
    Russian, a complaint to the UN Human Rights Committee in English)."""
    store = session.require_store()
    lang = "ru" if QLocale().language() == QLocale.Language.Russian else "en"

    def render(language: str) -> Callable[[Any, Any], bytes]:
        def work(_progress: Any, _cancelled: Any) -> bytes:
            from casefiles.reports import hearing_summary, procedural_summary
            from casefiles.reports.snapshot import load_snapshot

            snap = load_snapshot(store, reference)
            if hearing_key is not None:
                return bytes(hearing_summary(snap, hearing_key, lang=language))
            return bytes(procedural_summary(snap, lang=language))

        return work

    def done(pdf: bytes) -> None:
        if not session.is_open:  # locked while it was being made: show nothing
            return
        if hearing_key is None:
            title = _tr("Case summary: {reference}").format(reference=reference)
        else:
            title = _tr("Hearing summary: {reference}").format(reference=reference)
        try:
            preview = importlib.import_module("casefiles.ui.pdf_preview")
        except ImportError:
            preview = None
        if preview is not None and hasattr(preview, "show_pdf_preview"):
            dialog = preview.show_pdf_preview(window, pdf, title, language=lang)
            if dialog is not None and hasattr(dialog, "language_chosen"):
                dialog.language_chosen.connect(lambda code: _rerender(dialog, code))
            return
        path = Dialogs.save_file(window, _tr("Save the summary"), _tr("PDF (*.pdf)"), "summary.pdf")
        if path is not None:
            from casefiles.storage.files import atomic_write_bytes

            atomic_write_bytes(path, pdf)

    def _rerender(dialog: Any, language: str) -> None:
        def shown(pdf: bytes) -> None:
            if session.is_open and shiboken6.isValid(dialog) and dialog.isVisible():
                dialog.replace(pdf)

        def failed(exc: BaseException) -> None:
            if shiboken6.isValid(dialog):
                dialog.set_busy(False)
            ErrorReporter.report(exc, window)

        session.runner.run(
            render(language),
            shown,
            failed,
            progress_label=_tr("Preparing the summary…"),
            parent=window,
        )

    session.runner.run(
        render(lang),
        done,
        lambda exc: ErrorReporter.report(exc, window),
        progress_label=_tr("Preparing the summary…"),
        parent=window,
    )
