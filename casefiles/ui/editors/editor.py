"""The editor window of one record: a form that validates as the user types.

Editors are non-modal windows, so several can be open and the app can lock
with them open: `draft()` gives what is typed (valid or not) and
`restore_draft()` puts it back.  Saving goes through the editing controller
(`casefiles.ui.editing`), which calls the services and records undo steps.
"""

from __future__ import annotations

import dataclasses
import html
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QShortcut,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from casefiles.domain import records as d
from casefiles.domain.enums import PartyRole
from casefiles.services.conflicts import NameMatch
from casefiles.services.drafts import DraftData
from casefiles.ui.dialogs import Dialogs
from casefiles.ui.editors import fields as f
from casefiles.ui.editors.specs import SPECS, FieldSpec, OrderCheck
from casefiles.ui.labels import record_name, status_label


def _tr(text: str) -> str:
    return QCoreApplication.translate("Editor", text)


@dataclass
class EditorContext:
    """What a form needs to know about its surroundings."""

    case_key: str | None = None
    case_reference: str | None = None
    hearings: list[d.Hearing] = field(default_factory=list)
    catalogue: dict[str, d.Standard] = field(default_factory=dict)
    notice_threshold_days: int = d.DEFAULT_NOTICE_THRESHOLD_DAYS
    #: (key, name) of the clients to choose from (case editors only).
    clients: list[tuple[str, str]] = field(default_factory=list)


def _adapter(spec: FieldSpec, ctx: EditorContext) -> f.Adapter:
    placeholder = _tr(spec.placeholder) if spec.placeholder else ""
    kind = spec.kind
    if kind == "text":
        return f.TextAdapter(placeholder)
    if kind == "multiline":
        return f.MultiLineAdapter(placeholder)
    if kind == "date":
        return f.DateAdapter()
    if kind == "datetime":
        return f.DateTimeAdapter()
    if kind == "partial_date":
        return f.PartialDateAdapter()
    if kind == "enum":
        assert spec.enum is not None
        return f.EnumAdapter(spec.enum, optional=not spec.required)
    if kind == "int":
        return f.IntAdapter(0, 365, _tr(" days"))
    if kind == "standards":
        return f.StandardsAdapter(ctx.catalogue)
    if kind == "hearing":
        return f.HearingAdapter(ctx.hearings)
    if kind == "custody":
        return f.CustodyAdapter()
    if kind == "case_clients":
        return f.CaseClientsAdapter(ctx.clients)
    raise ValueError(kind)


class RecordEditor(QDialog):
    """Edits one record of `record_type`; `original` is None for a new record."""

    save_requested = Signal(object)
    name_changed = Signal(object)

    def __init__(
        self,
        record_type: str,
        ctx: EditorContext,
        original: Any | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.setModal(False)
        self.record_type = record_type
        self.ctx = ctx
        self.original = original
        self.spec = SPECS[record_type]
        self.adapters: dict[str, f.Adapter] = {}
        self.errors: dict[str, QLabel] = {}
        self.hints: dict[str, QLabel] = {}
        self._touched: set[str] = set()
        self._tried = False
        self._closing_quietly = False
        #: The close was decided: reject() hides the dialog instead of asking again.
        self._closing = False
        #: The name the user already saw the similar names of.
        self.conflicts_seen_for: str | None = None

        name = record_name(record_type)
        if original is None:
            title = _tr("New {record}").format(record=name.lower())
        else:
            title = _tr("{record}").format(record=name)
        if ctx.case_reference and record_type != "cases":
            title += f" — {ctx.case_reference}"
        self.setWindowTitle(title)

        outer = QVBoxLayout(self)
        heading = QLabel(title)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        heading.setFont(font)
        outer.addWidget(heading)

        body = QWidget()
        column_ = QVBoxLayout(body)
        column_.setContentsMargins(0, 0, 0, 0)
        form_widget = QWidget()
        column_.addWidget(form_widget)
        column_.addStretch(1)
        form = QFormLayout(form_widget)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        for spec in self.spec.fields:
            if spec.kind == "section":
                section = QLabel(_tr(spec.label))
                section.setObjectName("formSection")
                sfont = section.font()
                sfont.setBold(True)
                section.setFont(sfont)
                form.addRow(section)
                continue
            adapter = _adapter(spec, ctx)
            self.adapters[spec.name] = adapter
            text = _tr(spec.label) + (" *" if spec.required else "")
            holder = QWidget()
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(adapter.widget)
            # The lines under a field that can say something keep their place while
            # empty, so the form does not move under the mouse as messages come and go.
            error = _MessageLine("fieldError", "#b3261e")
            self.errors[spec.name] = error
            if _may_err(spec, self.spec.checks):
                column.addWidget(error)
            hint = _MessageLine("fieldHint", "#8a5a00")
            self.hints[spec.name] = hint
            if spec.name in _HINTED.get(record_type, ()):
                column.addWidget(hint)
            caption = QLabel(text)
            caption.setBuddy(adapter.widget)
            form.addRow(caption, holder)
            adapter.changed.connect(lambda n=spec.name: self._on_changed(n))

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        self.conflicts = QLabel()
        self.conflicts.setObjectName("conflicts")
        self.conflicts.setWordWrap(True)
        self.conflicts.setTextFormat(Qt.TextFormat.RichText)
        self.conflicts.setStyleSheet(
            "QLabel#conflicts { background: #fff4ce; border: 1px solid #e0c060; padding: 6px; }"
        )
        self.conflicts.hide()
        outer.addWidget(self.conflicts)

        self.message = QLabel()
        self.message.setObjectName("editorMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e;")
        self.message.hide()
        outer.addWidget(self.message)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setToolTip(_tr("Save (Ctrl+S)"))
        self.buttons.accepted.connect(self.request_save)
        self.buttons.rejected.connect(self.close)
        outer.addWidget(self.buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, self.request_save)

        self._conflict_timer = QTimer(self)
        self._conflict_timer.setSingleShot(True)
        self._conflict_timer.setInterval(350)
        self._conflict_timer.timeout.connect(self._emit_name)

        if original is not None:
            for name_, adapter in self.adapters.items():
                adapter.set_value(getattr(original, name_))
        else:
            defaults = {
                f_.name: f_.default
                for f_ in dataclasses.fields(self.spec.record_class)
                if f_.default is not dataclasses.MISSING and f_.default is not None
            }
            for name_, value in defaults.items():
                if name_ in self.adapters:
                    self.adapters[name_].set_value(value)
        self._suggest_dates()
        self._initial = self.raw_state()
        self.validate()
        self.resize(720, 560 if len(self.adapters) < 8 else 760)

    def _suggest_dates(self) -> None:
        """Where the calendar of an empty date opens: near the dates it follows or precedes
        (a notice the day before the hearing, a ruling on the filing date), not on today;
        a new custody step starts on the day the exhibit was obtained."""

        def value_of(name: str) -> Any:
            try:
                return self.adapters[name].value()
            except f.FieldError:
                return None

        def suggest(name: str, source: Any) -> None:
            adapter = self.adapters.get(name)
            if isinstance(adapter, f.DateAdapter):
                adapter.suggest = source

        def day_before_start() -> date | None:
            starts = value_of("starts_at")
            return None if starts is None else starts.date() - timedelta(days=1)

        def start_day() -> date | None:
            starts = value_of("starts_at")
            return None if starts is None else starts.date()

        custody = self.adapters.get("custody")
        if isinstance(custody, f.CustodyAdapter):
            custody.first_date = lambda: value_of("obtained_on")
        if self.record_type == "hearings":
            suggest("notice_received_on", day_before_start)
            suggest("decision_announced_on", start_day)
            return
        for check in self.spec.checks:
            suggest(check.later, lambda earlier=check.earlier: _as_date(value_of(earlier)))

    # -- state -----------------------------------------------------------------------------

    def raw_state(self) -> dict[str, Any]:
        return {name: a.raw() for name, a in self.adapters.items()}

    def mark_clean(self) -> None:
        """What the form holds now counts as unchanged (defaults of a new record)."""
        self._initial = self.raw_state()
        self._touched.clear()
        self.validate()

    def is_dirty(self) -> bool:
        return self.raw_state() != self._initial

    @property
    def original_key(self) -> str | None:
        return None if self.original is None else str(self.original.key)

    def draft(self) -> DraftData:
        from casefiles.services.fields import to_json

        payload: dict[str, Any] = {"raw": self.raw_state()}
        if self.original is not None and self.record_type != "cases":
            payload["original"] = to_json(self.original)
        return DraftData(self.record_type, self.ctx.case_key, self.original_key, payload)

    def restore_raw(self, raw: dict[str, Any]) -> None:
        for name, value in raw.items():
            adapter = self.adapters.get(name)
            if adapter is not None:
                try:
                    adapter.set_raw(value)
                except (ValueError, TypeError):
                    continue
        self._touched.update(raw)
        self.validate()

    # -- validation ------------------------------------------------------------------------

    def _on_changed(self, name: str) -> None:
        self._touched.add(name)
        self.message.hide()
        self.validate()
        if name == self.spec.conflict_field:
            self._conflict_timer.start()

    def _problems(self) -> tuple[dict[str, str], dict[str, Any]]:
        problems: dict[str, str] = {}
        values: dict[str, Any] = {}
        for spec in self.spec.fields:
            if spec.kind == "section":
                continue
            try:
                value = self.adapters[spec.name].value()
            except f.FieldError as err:
                problems[spec.name] = str(err)
                continue
            if spec.required and value in (None, "", []):
                problems[spec.name] = _tr("Required")
                continue
            values[spec.name] = value
        for check in self.spec.checks:
            a, b = values.get(check.earlier), values.get(check.later)
            if a is not None and b is not None and _as_date(b) < _as_date(a):
                problems.setdefault(check.later, _tr(check.message))
        today = date.today()
        for name in self.spec.happened:
            when = values.get(name)
            if when is not None and _as_date(when) > today:
                problems.setdefault(name, _tr("This is after today: it cannot have happened yet"))
        return problems, values

    def validate(self) -> bool:
        problems, values = self._problems()
        self._show_hints(values)
        for name, label_ in self.errors.items():
            text = problems.get(name)
            shown = text is not None and (
                name in self._touched or self._tried or self.original is not None
            )
            label_.setText(text or "")
            label_.setVisible(shown)
        self.save_button.setEnabled(not problems)
        return not problems

    def _show_hints(self, values: dict[str, Any]) -> None:
        """What the entered values mean, where it matters (short notice of a hearing)."""
        if self.record_type != "hearings":
            return
        hint = self.hints["notice_received_on"]
        starts, notice = values.get("starts_at"), values.get("notice_received_on")
        if starts is None or notice is None:
            hint.hide()
            return
        days = (starts.date() - notice).days
        if days < 0:  # notice after the start: the error under "Starts at" says it all
            hint.hide()
            return
        threshold = self.ctx.notice_threshold_days
        text = QCoreApplication.translate("Editor", "Notice of %n day(s)", "", days)
        if days < threshold:
            text += _tr(": shorter than the {threshold} days this case flags.").format(
                threshold=threshold
            )
        hint.setText(text)
        hint.show()

    def record(self) -> Any:
        """The edited record; raises `FieldError` while the form is not valid."""
        problems, values = self._problems()
        if problems:
            raise f.FieldError("; ".join(problems.values()))
        if self.original is not None:
            return dataclasses.replace(self.original, **values)
        return self.spec.record_class(key="", **values)

    # -- saving ----------------------------------------------------------------------------

    def request_save(self) -> None:
        self._tried = True
        if self.validate():
            self.save_requested.emit(self)
        else:
            self.show_message(_tr("Correct the fields marked in red, then save."))

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def name_for_conflicts(self) -> str:
        if self.spec.conflict_field is None:
            return ""
        return str(self.adapters[self.spec.conflict_field].raw() or "")

    def _emit_name(self) -> None:
        self.name_changed.emit(self)

    def show_conflicts(self, matches: list[NameMatch]) -> None:
        """The similar names already in the case file, with their roles and cases."""
        self.conflicts_seen_for = self.name_for_conflicts()
        if not matches:
            self.conflicts.hide()
            return
        lines = []
        for m in matches[:12]:
            if m.kind == "client":
                what = _tr("client")
                cases = "; ".join(
                    _tr("{role} in {case}").format(role=role or _tr("client"), case=ref)
                    for ref, role in m.cases
                ) or _tr("no cases")
            else:
                what = _tr("party")
                cases = "; ".join(
                    _tr("{role} in {case}").format(role=status_label(PartyRole, role), case=ref)
                    for ref, role in m.cases
                )
            lines.append(f"<li><b>{_esc(m.name)}</b> ({what}): {_esc(cases)}</li>")
        more = len(matches) - 12
        tail = f"<li>{_tr('and {n} more').format(n=more)}</li>" if more > 0 else ""
        self.conflicts.setText(
            "<b>"
            + _tr("Possible conflict: similar names are already in this case file")
            + "</b><ul style='margin:2px'>"
            + "".join(lines)
            + tail
            + "</ul>"
        )
        self.conflicts.show()

    def close_quietly(self) -> None:
        """Close without asking (after saving, or when the app locks)."""
        self._closing_quietly = True
        self.close()

    def reject(self) -> None:
        """Esc goes the way of Cancel: through closeEvent, which asks when something changed."""
        if self._closing:
            super().reject()
        else:
            self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closing_quietly and self.is_dirty():
            discard = Dialogs.confirm(
                self,
                _tr("Discard changes?"),
                _tr("This {record} has changes that are not saved. Discard them?").format(
                    record=record_name(self.record_type).lower()
                ),
                _tr("Discard"),
            )
            if not discard:
                event.ignore()
                return
        event.accept()
        self._closing = True
        super().closeEvent(event)  # QDialog's calls reject(), which now only hides


#: The fields that show what their value means (`RecordEditor._show_hints`).
_HINTED = {"hearings": ("notice_received_on",)}

#: The kinds of field whose content can be wrong as typed.
_CHECKED_KINDS = ("date", "datetime", "partial_date", "custody", "case_clients")


def _may_err(spec: FieldSpec, checks: tuple[OrderCheck, ...]) -> bool:
    return (
        spec.kind in _CHECKED_KINDS
        or (spec.required and spec.kind in ("text", "multiline"))
        or any(check.later == spec.name for check in checks)
    )


class _MessageLine(QLabel):
    """One line under a field for its error or hint: its height is kept while hidden, and a
    message too long for it ends in "…" with the whole of it in the tooltip."""

    def __init__(self, name: str, colour: str) -> None:
        super().__init__()
        self.setObjectName(name)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
        self.setPalette(palette)
        self.setFixedHeight(self.fontMetrics().height())
        policy = self.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)
        self.hide()

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self.fontMetrics().height())

    def sizeHint(self) -> QSize:
        return QSize(self.fontMetrics().horizontalAdvance(self.text()), self.fontMetrics().height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, self.width())
        painter.drawText(
            self.rect(), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text
        )


def _as_date(value: Any) -> Any:
    """The date of a date-time; a date (or None) as it is."""
    return value.date() if hasattr(value, "date") and callable(value.date) else value


def _esc(text: str) -> str:
    return html.escape(text, quote=False)
