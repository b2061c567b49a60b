"""The schema, as SQLAlchemy 2.x typed ORM models.

Column names follow the interchange format so records map field by field.
Enumerations are stored as their lowercase values.  Every record inside a
case has a `key` unique within its case and list.  Lists keep the order in
which they were written (ordered by id), so an export gives back what came in.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


KEY = String(64)
ENUM = String(32)


class Client(Base):
    __tablename__ = "clients"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(KEY, unique=True)
    name: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(ENUM)
    phone: Mapped[str | None] = mapped_column(Text)
    email: Mapped[str | None] = mapped_column(Text)
    address: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)

    roles: Mapped[list[CaseClient]] = relationship(back_populates="client")


class Case(Base):
    __tablename__ = "cases"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(KEY, unique=True)
    reference: Mapped[str] = mapped_column(Text, unique=True)
    title: Mapped[str] = mapped_column(Text)
    court: Mapped[str | None] = mapped_column(Text)
    judge: Mapped[str | None] = mapped_column(Text)
    procedure: Mapped[str | None] = mapped_column(ENUM)
    status: Mapped[str] = mapped_column(ENUM, default="open", index=True)
    opened_on: Mapped[date | None] = mapped_column(Date)
    summary: Mapped[str | None] = mapped_column(Text)
    notice_threshold_days: Mapped[int] = mapped_column(Integer, default=14)

    clients: Mapped[list[CaseClient]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="CaseClient.id"
    )
    dismissed_irregularities: Mapped[list[DismissedIrregularity]] = relationship(
        cascade="all, delete-orphan", order_by="DismissedIrregularity.id"
    )
    parties: Mapped[list[Party]] = relationship(cascade="all, delete-orphan", order_by="Party.id")
    hearings: Mapped[list[Hearing]] = relationship(
        cascade="all, delete-orphan", order_by="Hearing.id"
    )
    motions: Mapped[list[Motion]] = relationship(cascade="all, delete-orphan", order_by="Motion.id")
    requests: Mapped[list[Request]] = relationship(
        cascade="all, delete-orphan", order_by="Request.id"
    )
    evidence: Mapped[list[Evidence]] = relationship(
        cascade="all, delete-orphan", order_by="Evidence.id"
    )
    events: Mapped[list[Event]] = relationship(cascade="all, delete-orphan", order_by="Event.id")


class CaseClient(Base):
    __tablename__ = "case_clients"
    __table_args__ = (UniqueConstraint("case_id", "client_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    client_id: Mapped[int] = mapped_column(
        ForeignKey("clients.id", ondelete="RESTRICT"), index=True
    )
    role: Mapped[str | None] = mapped_column(Text)

    case: Mapped[Case] = relationship(back_populates="clients")
    client: Mapped[Client] = relationship(back_populates="roles")


class DismissedIrregularity(Base):
    __tablename__ = "dismissed_irregularities"
    __table_args__ = (UniqueConstraint("case_id", "flag"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    flag: Mapped[str] = mapped_column(ENUM)
    reason: Mapped[str | None] = mapped_column(Text)


class _CaseRecord:
    """Columns every record inside a case shares."""

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(KEY)


class Party(_CaseRecord, Base):
    __tablename__ = "parties"
    __table_args__ = (UniqueConstraint("case_id", "key"),)

    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(Text)
    role: Mapped[str] = mapped_column(ENUM)
    notes: Mapped[str | None] = mapped_column(Text)


class Hearing(_CaseRecord, Base):
    __tablename__ = "hearings"
    __table_args__ = (UniqueConstraint("case_id", "key"),)

    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    starts_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    court: Mapped[str | None] = mapped_column(Text)
    room: Mapped[str | None] = mapped_column(Text)
    judge: Mapped[str | None] = mapped_column(Text)
    purpose: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(ENUM, default="scheduled")
    notice_received_on: Mapped[date | None] = mapped_column(Date)
    decision_announced_on: Mapped[date | None] = mapped_column(Date)
    outcome: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)


class Motion(_CaseRecord, Base):
    __tablename__ = "motions"
    __table_args__ = (UniqueConstraint("case_id", "key"),)

    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(Text)
    kind: Mapped[str | None] = mapped_column(ENUM)
    filed_by: Mapped[str | None] = mapped_column(ENUM)
    form: Mapped[str | None] = mapped_column(ENUM)
    filed_on: Mapped[date | None] = mapped_column(Date)
    hearing_id: Mapped[int | None] = mapped_column(
        ForeignKey("hearings.id", ondelete="SET NULL"), index=True
    )
    status: Mapped[str] = mapped_column(ENUM, default="filed", index=True)
    ruled_on: Mapped[date | None] = mapped_column(Date)
    ruling: Mapped[str | None] = mapped_column(Text)
    objection: Mapped[str | None] = mapped_column(Text)
    standards: Mapped[list[str]] = mapped_column(JSON, default=list)
    notes: Mapped[str | None] = mapped_column(Text)

    hearing: Mapped[Hearing | None] = relationship()


class Request(_CaseRecord, Base):
    __tablename__ = "requests"
    __table_args__ = (UniqueConstraint("case_id", "key"),)

    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    authority: Mapped[str] = mapped_column(Text)
    authority_kind: Mapped[str | None] = mapped_column(ENUM)
    request: Mapped[str] = mapped_column(Text)
    requested_on: Mapped[date | None] = mapped_column(Date)
    hearing_id: Mapped[int | None] = mapped_column(
        ForeignKey("hearings.id", ondelete="SET NULL"), index=True
    )
    status: Mapped[str] = mapped_column(ENUM, default="pending", index=True)
    answered_on: Mapped[date | None] = mapped_column(Date)
    reason_given: Mapped[str | None] = mapped_column(Text)
    follow_up: Mapped[str | None] = mapped_column(Text)
    standards: Mapped[list[str]] = mapped_column(JSON, default=list)
    notes: Mapped[str | None] = mapped_column(Text)

    hearing: Mapped[Hearing | None] = relationship()


class Evidence(_CaseRecord, Base):
    __tablename__ = "evidence"
    __table_args__ = (UniqueConstraint("case_id", "key"), UniqueConstraint("case_id", "exhibit"))

    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    exhibit: Mapped[str | None] = mapped_column(String(8))
    title: Mapped[str] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)
    kind: Mapped[str | None] = mapped_column(ENUM)
    source: Mapped[str | None] = mapped_column(Text)
    obtained_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(ENUM, default="collected")
    hearing_id: Mapped[int | None] = mapped_column(
        ForeignKey("hearings.id", ondelete="SET NULL"), index=True
    )
    file_name: Mapped[str | None] = mapped_column(Text)
    sha256: Mapped[str | None] = mapped_column(String(64))

    hearing: Mapped[Hearing | None] = relationship()
    custody: Mapped[list[CustodyStep]] = relationship(
        cascade="all, delete-orphan", order_by="CustodyStep.id"
    )


class CustodyStep(Base):
    __tablename__ = "custody_steps"

    id: Mapped[int] = mapped_column(primary_key=True)
    evidence_id: Mapped[int] = mapped_column(
        ForeignKey("evidence.id", ondelete="CASCADE"), index=True
    )
    # A date (`YYYY-MM-DD`) or a local date-time (`YYYY-MM-DDTHH:MM[:SS]`), as written.
    on: Mapped[str] = mapped_column(String(19))
    action: Mapped[str] = mapped_column(Text)
    from_: Mapped[str | None] = mapped_column("from", Text)
    to: Mapped[str | None] = mapped_column(Text)
    note: Mapped[str | None] = mapped_column(Text)


class Event(_CaseRecord, Base):
    __tablename__ = "events"
    __table_args__ = (UniqueConstraint("case_id", "key"),)

    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    # Partly known dates (`YYYY`, `YYYY-MM`) sort before the days they span as text.
    date: Mapped[str] = mapped_column(String(10), index=True)
    title: Mapped[str] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)
    category: Mapped[str | None] = mapped_column(ENUM)
    source: Mapped[str | None] = mapped_column(Text)
    standards: Mapped[list[str]] = mapped_column(JSON, default=list)


class ExtraStandard(Base):
    """Standards a user or an imported document added beyond the built-in catalogue."""

    __tablename__ = "standards"

    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    title: Mapped[str] = mapped_column(Text)


class Draft(Base):
    """Unsaved edits of an open editor, kept when the app locks (inside the encrypted store)."""

    __tablename__ = "drafts"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_key: Mapped[str | None] = mapped_column(KEY)
    #: "cases", "clients" or a case list name ("hearings", "motions", ...).
    record_type: Mapped[str] = mapped_column(String(32))
    #: The edited record's key; None for a record not saved yet.
    record_key: Mapped[str | None] = mapped_column(KEY)
    payload: Mapped[dict[str, object]] = mapped_column(JSON)
    saved_at: Mapped[datetime] = mapped_column(DateTime)


class Setting(Base):
    """Per-store settings that may reveal something of the cases (backup folder, ...)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[object] = mapped_column(JSON)


# Vault and audit tables live in their own module; imported here so Alembic and the
# session hooks see them wherever the models are used.
from casefiles.storage import audit as _audit  # noqa: E402, F401
