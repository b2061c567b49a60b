"""Fixed wording of the summaries in English and Russian, and dates per language.

Every label is a field of `Labels`, so a language missing a label fails at import
and under mypy.  Record content is never translated: it prints as entered.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from casefiles.domain.dates import is_partial_date
from casefiles.domain.enums import (
    AuthorityKind,
    CaseStatus,
    EventCategory,
    EvidenceKind,
    EvidenceStatus,
    FiledBy,
    HearingStatus,
    Irregularity,
    MotionForm,
    MotionKind,
    MotionStatus,
    PartyRole,
    Procedure,
    RequestStatus,
)
from casefiles.domain.errors import UserError

#: Enumerations whose values a summary prints.
PRINTED_ENUMS: tuple[type[StrEnum], ...] = (
    AuthorityKind,
    CaseStatus,
    EventCategory,
    EvidenceKind,
    EvidenceStatus,
    FiledBy,
    HearingStatus,
    Irregularity,
    MotionForm,
    MotionKind,
    MotionStatus,
    PartyRole,
    Procedure,
    RequestStatus,
)


@dataclass(frozen=True)
class Labels:
    # documents
    procedural_summary: str
    hearing_summary: str
    # footer
    page_of: str  # "{page}" and "{pages}"
    digest_short: str  # "{digest}"
    audit_head: str  # "{head}"
    # cover block
    reference: str
    title: str
    court: str
    judge: str
    procedure: str
    status: str
    case_status: str
    opened_on: str
    clients: str
    parties: str
    generated: str
    record_digest: str
    record_digest_note: str
    summary: str
    # sections
    chronology: str
    hearings: str
    motions: str
    denied_register: str
    denied_register_intro: str
    evidence: str
    irregularities: str
    irregularities_intro: str
    standards: str
    none_recorded: str
    # columns and field names
    date: str
    record: str
    entry: str
    purpose: str
    notice_received: str
    notice_days: str
    outcome: str
    motion: str
    filed: str
    ruling: str
    objection: str
    asked_of: str
    request_or_motion: str
    decision: str
    reason_given: str
    objection_follow_up: str
    exhibit: str
    sha256: str
    custody: str
    irregularity: str
    rests_on: str
    code: str
    number: str
    room: str
    starts_at: str
    decision_announced: str
    notice_period: str
    notes: str
    source: str
    authority: str
    requested_on: str
    answered_on: str
    request: str
    follow_up: str
    status_on: str  # "{status} {date}" e.g. "denied on 4 Jan 2026"
    filed_by_form: str  # "{by}, {form}"
    no_hash: str
    hash_not_in_store: str
    hash_file: str  # "{name}"
    # hearing summary
    hearing_details: str
    motions_at_hearing: str
    requests_at_hearing: str
    evidence_at_hearing: str
    irregularities_at_hearing: str
    case_line: str
    signature: str
    counsel: str
    signed_date: str
    # record kinds (in "rests on" lists and the chronology)
    kind_hearing: str
    kind_motion: str
    kind_request: str
    kind_evidence: str
    kind_event: str
    # chronology entries
    chron_opened: str
    chron_hearing: str  # "{purpose}"
    chron_hearing_no_purpose: str
    chron_decision: str
    # A motion's lines name it by its number in the Record column; its title says "Motion".
    chron_motion_filed: str  # "{title}"
    chron_motion_ruled: str  # "{status}" (capitalised), "{title}"
    chron_request: str  # "{authority}"
    chron_answer: str  # "{authority}", "{status}"
    chron_custody: str  # "{label}", "{action}"
    exhibit_label: str  # "{label}"
    hearing_of: str  # "{date}"
    motion_no: str  # "{number}"
    request_of: str  # "{date}"
    from_to: str  # "{from}", "{to}"
    # findings
    f_same_day: str  # "{date}"
    f_short_notice: str  # "{date}", "{notice}", "{days}", "{threshold}"
    f_motion_refused: str  # "{motion}", "{status}"
    f_request: str  # "{authority}", "{date}", "{status}"
    f_evidence: str  # "{label}", "{status}"
    notice_short_flag: str  # "{threshold}"
    court_fallback: str
    unprintable_note: str


EN = Labels(
    procedural_summary="Procedural summary",
    hearing_summary="Hearing summary",
    page_of="Page {page} of {pages}",
    digest_short="Record digest {digest}",
    audit_head="Audit chain head {head}",
    reference="Case reference",
    title="Title",
    court="Court",
    judge="Judge",
    procedure="Procedure",
    status="Status",
    case_status="Status",
    opened_on="Opened on",
    clients="Clients",
    parties="Parties",
    generated="Generated",
    record_digest="Record digest (SHA-256)",
    record_digest_note="of the case's canonical form; the first 12 digits are on every page",
    summary="Summary of the case",
    chronology="Chronology",
    hearings="Hearings",
    motions="Motions and rulings",
    denied_register="Register of denied motions and requests",
    denied_register_intro="Every motion the court denied and every request an authority denied, "
    "ignored or returned, by the date it was made.",
    evidence="Evidence index",
    irregularities="Procedural irregularities",
    irregularities_intro="Computed from the records above; each lists the records it rests on "
    "and the standards it engages.",
    standards="Standards cited",
    none_recorded="None recorded.",
    date="Date",
    record="Record",
    entry="Entry",
    purpose="Hearing",
    notice_received="Notice received",
    notice_days="Days of notice",
    outcome="Outcome",
    motion="Motion",
    filed="Filed",
    ruling="Ruling",
    objection="Objection",
    asked_of="Asked of",
    request_or_motion="Motion or request",
    decision="Decision",
    reason_given="Reasons given",
    objection_follow_up="Objection / follow-up",
    exhibit="Exhibit",
    sha256="SHA-256 of the file",
    custody="Chain of custody",
    irregularity="Irregularity",
    rests_on="Rests on",
    code="Code",
    number="No.",
    room="Room",
    starts_at="Date and time",
    decision_announced="Decision announced",
    notice_period="Notice period",
    notes="Notes",
    source="Source",
    authority="Authority",
    requested_on="Requested on",
    answered_on="Answered on",
    request="Request",
    follow_up="Follow-up",
    status_on="{status} on {date}",
    filed_by_form="by the {by}, {form}",
    no_hash="no file attached",
    hash_not_in_store="hash recorded",
    hash_file="file {name}",
    hearing_details="Hearing",
    motions_at_hearing="Motions made at or for this hearing",
    requests_at_hearing="Requests made for this hearing",
    evidence_at_hearing="Evidence offered at this hearing",
    irregularities_at_hearing="Procedural irregularities at this hearing",
    case_line="Case",
    signature="Signature",
    counsel="Counsel (name)",
    signed_date="Date",
    kind_hearing="Hearing",
    kind_motion="Motion",
    kind_request="Request",
    kind_evidence="Evidence",
    kind_event="Event",
    chron_opened="Case opened",
    chron_hearing="Hearing: {purpose}",
    chron_hearing_no_purpose="Hearing",
    chron_decision="Decision announced",
    chron_motion_filed="Filed: {title}",
    chron_motion_ruled="{status}: {title}",
    chron_request="Request to {authority}",
    chron_answer="Answer from {authority}: {status}",
    chron_custody="{label}: {action}",
    exhibit_label="Exhibit\u00a0{label}",
    hearing_of="Hearing of {date}",
    motion_no="Motion No.\u00a0{number}",
    request_of="Request of {date}",
    from_to="from {from} to {to}",
    f_same_day="Hearing of {date}: the decision was announced the same day.",
    f_short_notice="Hearing of {date}: notice received on {notice}, {days} before the hearing "
    "(threshold: {threshold}).",
    f_motion_refused="{motion}: {status}.",
    f_request="Request to {authority} of {date}: {status}.",
    f_evidence="{label}: {status}.",
    notice_short_flag="below the case's threshold of {threshold}",
    court_fallback="the court",
    unprintable_note="[U+{code}]: a character the shipped fonts cannot print",
)

RU = Labels(
    procedural_summary="Процессуальная сводка по делу",
    hearing_summary="Сводка по судебному заседанию",
    page_of="Стр. {page} из {pages}",
    digest_short="Контрольная сумма {digest}",
    audit_head="Журнал аудита {head}",
    reference="Номер дела",
    title="Наименование",
    court="Суд",
    judge="Судья",
    procedure="Вид производства",
    status="Статус",
    case_status="Стадия",
    opened_on="Принято к производству",
    clients="Доверители",
    parties="Участники",
    generated="Составлено",
    record_digest="Контрольная сумма (SHA-256)",
    record_digest_note="канонической формы данных дела; первые 12 знаков указаны на каждой "
    "странице",
    summary="Краткое изложение дела",
    chronology="Хронология",
    hearings="Судебные заседания",
    motions="Ходатайства и решения по ним",
    denied_register="Реестр отклонённых ходатайств и запросов",
    denied_register_intro="Все ходатайства, в которых суд отказал, и все запросы, в которых "
    "орган отказал, оставил без ответа или возвратил, по дате подачи.",
    evidence="Перечень доказательств",
    irregularities="Процессуальные нарушения",
    irregularities_intro="Выявлены по приведённым выше записям; для каждого указаны записи, на "
    "которых оно основано, и затрагиваемые стандарты.",
    standards="Упомянутые стандарты",
    none_recorded="Записей нет.",
    date="Дата",
    record="Запись",
    entry="Содержание",
    purpose="Заседание",
    notice_received="Извещение получено",
    notice_days="Срок, дн.",
    outcome="Результат",
    motion="Ходатайство",
    filed="Подано",
    ruling="Решение суда",
    objection="Возражение",
    asked_of="Адресат",
    request_or_motion="Ходатайство или запрос",
    decision="Решение",
    reason_given="Мотивы",
    objection_follow_up="Возражение / дальнейшие действия",
    exhibit="Доказательство",
    sha256="SHA-256 файла",
    custody="Движение доказательства",
    irregularity="Нарушение",
    rests_on="Основания",
    code="Код",
    number="№",
    room="Зал",
    starts_at="Дата и время",
    decision_announced="Решение объявлено",
    notice_period="Срок извещения",
    notes="Примечания",
    source="Источник",
    authority="Орган",
    requested_on="Дата запроса",
    answered_on="Дата ответа",
    request="Запрос",
    follow_up="Дальнейшие действия",
    status_on="{status} {date}",
    filed_by_form="{by}, {form}",
    no_hash="файл не приложен",
    hash_not_in_store="хеш записан",
    hash_file="файл {name}",
    hearing_details="Заседание",
    motions_at_hearing="Ходатайства, заявленные на заседании или к нему",
    requests_at_hearing="Запросы к заседанию",
    evidence_at_hearing="Доказательства, представленные на заседании",
    irregularities_at_hearing="Процессуальные нарушения на этом заседании",
    case_line="Дело",
    signature="Подпись",
    counsel="Защитник (Ф. И. О.)",
    signed_date="Дата",
    kind_hearing="Заседание",
    kind_motion="Ходатайство",
    kind_request="Запрос",
    kind_evidence="Доказательство",
    kind_event="Событие",
    chron_opened="Дело принято к производству",
    chron_hearing="Заседание: {purpose}",
    chron_hearing_no_purpose="Заседание",
    chron_decision="Объявлено решение",
    chron_motion_filed="Заявлено: {title}",
    chron_motion_ruled="{status}: {title}",
    chron_request="Запрос в {authority}",
    chron_answer="Ответ ({authority}): {status}",
    chron_custody="{label}: {action}",
    exhibit_label="Доказательство\u00a0{label}",
    hearing_of="Заседание {date}",
    motion_no="Ходатайство №\u00a0{number}",
    request_of="Запрос от {date}",
    from_to="от: {from}; кому: {to}",
    f_same_day="Заседание {date}: решение объявлено в тот же день.",
    f_short_notice="Заседание {date}: извещение получено {notice}, за {days} до заседания "
    "(порог: {threshold}).",
    f_motion_refused="{motion}: {status}.",
    f_request="Запрос в {authority} от {date}: {status}.",
    f_evidence="{label}: {status}.",
    notice_short_flag="меньше порога по делу ({threshold})",
    court_fallback="суд",
    unprintable_note="[U+{code}]: символ, который поставляемые шрифты не могут напечатать",
)

_ENUMS_EN: tuple[tuple[StrEnum, str], ...] = (
    (Procedure.CIVIL, "civil"),
    (Procedure.CRIMINAL, "criminal"),
    (Procedure.ADMINISTRATIVE, "administrative"),
    (Procedure.ECONOMIC, "economic"),
    (Procedure.OTHER, "other"),
    (CaseStatus.OPEN, "open"),
    (CaseStatus.DECIDED, "decided"),
    (CaseStatus.APPEAL, "on appeal"),
    (CaseStatus.CLOSED, "closed"),
    (PartyRole.CLAIMANT, "claimant"),
    (PartyRole.PROSECUTOR, "prosecutor"),
    (PartyRole.JUDGE, "judge"),
    (PartyRole.WITNESS, "witness"),
    (PartyRole.EXPERT, "expert"),
    (PartyRole.COUNSEL, "counsel"),
    (PartyRole.AUTHORITY, "authority"),
    (PartyRole.OTHER, "other"),
    (HearingStatus.SCHEDULED, "scheduled"),
    (HearingStatus.HELD, "held"),
    (HearingStatus.POSTPONED, "postponed"),
    (HearingStatus.CANCELLED, "cancelled"),
    (MotionKind.POSTPONEMENT, "postponement"),
    (MotionKind.WITNESS_EXAMINATION, "witness examination"),
    (MotionKind.FILE_ACCESS, "access to the file"),
    (MotionKind.RECUSAL, "recusal"),
    (MotionKind.EVIDENCE_ADMISSION, "admission of evidence"),
    (MotionKind.EVIDENCE_EXCLUSION, "exclusion of evidence"),
    (MotionKind.EXPERT_EXAMINATION, "expert examination"),
    (MotionKind.OTHER, "other"),
    (FiledBy.DEFENCE, "defence"),
    (FiledBy.PROSECUTION, "prosecution"),
    (FiledBy.CLAIMANT, "claimant"),
    (FiledBy.COURT, "court"),
    (FiledBy.OTHER, "other party"),
    (MotionForm.WRITTEN, "written"),
    (MotionForm.ORAL, "oral"),
    (MotionStatus.DRAFT, "draft"),
    (MotionStatus.FILED, "filed, awaiting ruling"),
    (MotionStatus.GRANTED, "granted"),
    (MotionStatus.PARTLY_GRANTED, "partly granted"),
    (MotionStatus.DENIED, "denied"),
    (MotionStatus.WITHDRAWN, "withdrawn"),
    (MotionStatus.NOT_CONSIDERED, "not considered"),
    (AuthorityKind.MINISTRY, "ministry"),
    (AuthorityKind.POLICE, "police"),
    (AuthorityKind.PROSECUTOR, "prosecutor's office"),
    (AuthorityKind.REGISTRY, "registry"),
    (AuthorityKind.COURT, "court"),
    (AuthorityKind.OTHER, "other"),
    (RequestStatus.PENDING, "pending"),
    (RequestStatus.GRANTED, "granted"),
    (RequestStatus.DENIED, "denied"),
    (RequestStatus.IGNORED, "no answer"),
    (RequestStatus.RETURNED, "returned unanswered"),
    (EvidenceKind.DOCUMENT, "document"),
    (EvidenceKind.PHOTO, "photograph"),
    (EvidenceKind.AUDIO, "audio recording"),
    (EvidenceKind.VIDEO, "video recording"),
    (EvidenceKind.PHYSICAL, "physical object"),
    (EvidenceKind.TESTIMONY, "testimony"),
    (EvidenceKind.OTHER, "other"),
    (EvidenceStatus.COLLECTED, "collected"),
    (EvidenceStatus.OFFERED, "offered"),
    (EvidenceStatus.ADMITTED, "admitted"),
    (EvidenceStatus.REFUSED, "refused"),
    (EvidenceStatus.SEIZED, "seized"),
    (EventCategory.PROCEDURAL, "procedural"),
    (EventCategory.FACT, "fact"),
    (EventCategory.HARASSMENT, "harassment"),
    (EventCategory.OTHER, "other"),
    (Irregularity.SAME_DAY_DECISION, "Decision announced the day of the hearing"),
    (Irregularity.SHORT_NOTICE, "Short notice of a hearing"),
    (Irregularity.POSTPONEMENT_DENIED, "Postponement denied"),
    (Irregularity.WITNESS_EXAMINATION_DENIED, "Witness examination denied"),
    (Irregularity.ALL_DEFENCE_MOTIONS_DENIED, "No defence motion granted"),
    (Irregularity.REQUEST_RETURNED_OR_IGNORED, "Request returned or ignored"),
    (Irregularity.EVIDENCE_REFUSED, "Evidence refused"),
    (Irregularity.EVIDENCE_SEIZED, "Evidence seized"),
)

_ENUMS_RU: tuple[tuple[StrEnum, str], ...] = (
    (Procedure.CIVIL, "гражданское"),
    (Procedure.CRIMINAL, "уголовное"),
    (Procedure.ADMINISTRATIVE, "административное"),
    (Procedure.ECONOMIC, "экономическое"),
    (Procedure.OTHER, "иное"),
    (CaseStatus.OPEN, "в производстве"),
    (CaseStatus.DECIDED, "решение вынесено"),
    (CaseStatus.APPEAL, "апелляционное обжалование"),
    (CaseStatus.CLOSED, "производство окончено"),
    (PartyRole.CLAIMANT, "истец"),
    (PartyRole.PROSECUTOR, "прокурор"),
    (PartyRole.JUDGE, "судья"),
    (PartyRole.WITNESS, "свидетель"),
    (PartyRole.EXPERT, "эксперт"),
    (PartyRole.COUNSEL, "представитель"),
    (PartyRole.AUTHORITY, "должностное лицо"),
    (PartyRole.OTHER, "иное"),
    (HearingStatus.SCHEDULED, "назначено"),
    (HearingStatus.HELD, "состоялось"),
    (HearingStatus.POSTPONED, "отложено"),
    (HearingStatus.CANCELLED, "отменено"),
    (MotionKind.POSTPONEMENT, "об отложении"),
    (MotionKind.WITNESS_EXAMINATION, "о допросе свидетелей"),
    (MotionKind.FILE_ACCESS, "об ознакомлении с делом"),
    (MotionKind.RECUSAL, "об отводе"),
    (MotionKind.EVIDENCE_ADMISSION, "о приобщении доказательств"),
    (MotionKind.EVIDENCE_EXCLUSION, "об исключении доказательств"),
    (MotionKind.EXPERT_EXAMINATION, "о назначении экспертизы"),
    (MotionKind.OTHER, "иное"),
    (FiledBy.DEFENCE, "защита"),
    (FiledBy.PROSECUTION, "обвинение"),
    (FiledBy.CLAIMANT, "истец"),
    (FiledBy.COURT, "суд"),
    (FiledBy.OTHER, "иное"),
    (MotionForm.WRITTEN, "письменно"),
    (MotionForm.ORAL, "устно"),
    (MotionStatus.DRAFT, "проект"),
    (MotionStatus.FILED, "заявлено, не разрешено"),
    (MotionStatus.GRANTED, "удовлетворено"),
    (MotionStatus.PARTLY_GRANTED, "удовлетворено частично"),
    (MotionStatus.DENIED, "отклонено"),
    (MotionStatus.WITHDRAWN, "отозвано"),
    (MotionStatus.NOT_CONSIDERED, "не рассмотрено"),
    (AuthorityKind.MINISTRY, "министерство"),
    (AuthorityKind.POLICE, "полиция"),
    (AuthorityKind.PROSECUTOR, "прокуратура"),
    (AuthorityKind.REGISTRY, "регистрирующий орган"),
    (AuthorityKind.COURT, "суд"),
    (AuthorityKind.OTHER, "иное"),
    (RequestStatus.PENDING, "ответ не получен, срок не истёк"),
    (RequestStatus.GRANTED, "удовлетворён"),
    (RequestStatus.DENIED, "отказано"),
    (RequestStatus.IGNORED, "оставлен без ответа"),
    (RequestStatus.RETURNED, "возвращён без рассмотрения"),
    (EvidenceKind.DOCUMENT, "документ"),
    (EvidenceKind.PHOTO, "фотоснимки"),
    (EvidenceKind.AUDIO, "аудиозапись"),
    (EvidenceKind.VIDEO, "видеозапись"),
    (EvidenceKind.PHYSICAL, "вещественное"),
    (EvidenceKind.TESTIMONY, "показания"),
    (EvidenceKind.OTHER, "иное"),
    (EvidenceStatus.COLLECTED, "собрано"),
    (EvidenceStatus.OFFERED, "представлено"),
    (EvidenceStatus.ADMITTED, "приобщено"),
    (EvidenceStatus.REFUSED, "не приобщено"),
    (EvidenceStatus.SEIZED, "изъято"),
    (EventCategory.PROCEDURAL, "процессуальное"),
    (EventCategory.FACT, "факт"),
    (EventCategory.HARASSMENT, "давление"),
    (EventCategory.OTHER, "иное"),
    (Irregularity.SAME_DAY_DECISION, "Решение объявлено в день заседания"),
    (Irregularity.SHORT_NOTICE, "Позднее извещение о заседании"),
    (Irregularity.POSTPONEMENT_DENIED, "Отказ в отложении заседания"),
    (Irregularity.WITNESS_EXAMINATION_DENIED, "Отказ в допросе свидетелей"),
    (Irregularity.ALL_DEFENCE_MOTIONS_DENIED, "Ни одно ходатайство защиты не удовлетворено"),
    (Irregularity.REQUEST_RETURNED_OR_IGNORED, "Запрос возвращён или оставлен без ответа"),
    (Irregularity.EVIDENCE_REFUSED, "Отказ в приобщении доказательств"),
    (Irregularity.EVIDENCE_SEIZED, "Изъятие доказательств"),
)

_MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_MONTHS_RU_GENITIVE = (
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
)
_MONTHS_RU_NOMINATIVE = (
    "январь",
    "февраль",
    "март",
    "апрель",
    "май",
    "июнь",
    "июль",
    "август",
    "сентябрь",
    "октябрь",
    "ноябрь",
    "декабрь",
)
_WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAYS_RU = ("понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье")


class Language:
    """Labels, enumeration names, dates and counted words in one language."""

    def __init__(self, code: str, labels: Labels, enums: tuple[tuple[StrEnum, str], ...]) -> None:
        self.code = code
        self.t = labels
        # Keyed by class and value: members of different StrEnums with one value are equal.
        self._enums = {(type(k), k.value): v for k, v in enums}

    def enum(self, value: StrEnum | None) -> str:
        """The name of an enumeration value as a sentence uses it ("denied on 4 Jan 2026").

        Every printed value has a name in each language (a test checks); the value's own
        words are only a last resort.
        """
        if value is None:
            return ""
        return self._enums.get((type(value), value.value)) or value.value.replace("_", " ")

    def label(self, value: StrEnum | None) -> str:
        """The name of a value standing alone, in a field or a table cell: "Held", "Состоялось"."""
        text = self.enum(value)
        return text[:1].upper() + text[1:]

    def has_enum(self, value: StrEnum) -> bool:
        return (type(value), value.value) in self._enums

    # -- dates ---------------------------------------------------------------------------

    def when(self, value: date | str | None) -> str:
        """Compact, for tables: `4 Jan 2026` / `04.01.2026`; date-times add `, 10:00`."""
        if value is None:
            return ""
        if isinstance(value, str):
            return self._partial(value, long=False)
        text = self._short(value)
        if isinstance(value, datetime):
            text += f", {value:%H:%M}"
        return text

    def long_date(self, value: date | str | None, *, weekday: bool = False) -> str:
        """For prose: `Sunday, 4 January 2026, 10:00` / `воскресенье, 4 января 2026 г., 10:00`."""
        if value is None:
            return ""
        if isinstance(value, str):
            return self._partial(value, long=True)
        if self.code == "ru":
            text = f"{value.day} {_MONTHS_RU_GENITIVE[value.month - 1]} {value.year} г."
            day_name = _WEEKDAYS_RU[value.weekday()]
        else:
            text = f"{value.day} {_MONTHS_EN[value.month - 1]} {value.year}"
            day_name = _WEEKDAYS_EN[value.weekday()]
        if weekday:
            text = f"{day_name}, {text}"
        if isinstance(value, datetime):
            text += f", {value:%H:%M}"
        return text

    def _short(self, value: date) -> str:
        if self.code == "ru":
            return f"{value.day:02d}.{value.month:02d}.{value.year}"
        return f"{value.day} {_MONTHS_EN[value.month - 1][:3]} {value.year}"

    def _partial(self, text: str, *, long: bool) -> str:
        """A partly known date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) as the language writes it."""
        if not is_partial_date(text):
            return text
        parts = [int(p) for p in text.split("-")]
        if len(parts) == 3:
            full = date(parts[0], parts[1], parts[2])
            return self.long_date(full) if long else self._short(full)
        year = parts[0]
        if len(parts) == 1:
            return f"{year} г." if self.code == "ru" and long else str(year)
        month = parts[1]
        if self.code == "ru":
            return (
                f"{_MONTHS_RU_NOMINATIVE[month - 1]} {year} г." if long else f"{month:02d}.{year}"
            )
        name = _MONTHS_EN[month - 1]
        return f"{name} {year}" if long else f"{name[:3]} {year}"

    def generated_at(self, value: datetime) -> str:
        """The time a document was made, with its UTC offset."""
        offset = value.utcoffset()
        if offset is None or not offset:
            zone = "UTC"
        else:
            minutes = int(offset.total_seconds() // 60)
            sign = "+" if minutes >= 0 else "-"
            minutes = abs(minutes)
            zone = f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"
        return f"{self.long_date(value)} {zone}"

    # -- counted words -------------------------------------------------------------------

    def refused_motions(self, refused: int, ruled: int, denied: int, not_considered: int) -> str:
        """How many of the defence motions counted were refused, as a lawyer writes it.

        `ruled` counts the defence motions the court ruled on or left without a ruling,
        `refused` those of them denied or not considered.  A motion not considered was
        not ruled on and not denied, so the sentence says so: "None of the 5 defence
        motions was granted: 4 denied, 1 not considered."; when every one was denied,
        "All 5 defence motions ruled on were denied."  A part that is zero is left out.
        """
        if self.code == "ru":
            return _refused_ru(refused, ruled, denied, not_considered)
        return _refused_en(refused, ruled, denied, not_considered)

    def days(self, n: int) -> str:
        if self.code == "ru":
            return f"{n} {_ru_plural(n, 'день', 'дня', 'дней')}"
        return f"{n} day" if abs(n) == 1 else f"{n} days"


def _refused_en(refused: int, ruled: int, denied: int, not_considered: int) -> str:
    verb = "was" if refused == 1 else "were"
    if not not_considered:
        # Every motion refused was ruled on: denied.
        if refused == ruled == 1:
            return "The one defence motion ruled on was denied."
        if refused == ruled == 2:
            return "Both defence motions ruled on were denied."
        if refused == ruled:
            return f"All {ruled} defence motions ruled on were denied."
        return f"{refused} of {ruled} defence motions ruled on {verb} denied."
    parts = f"{denied} denied, {not_considered} not considered"
    if refused < ruled:
        subject = f"{refused} of {ruled} defence motions"
        if not denied:
            return f"{subject} {verb} not considered."
        return f"{subject} {verb} not granted: {parts}."
    if not denied:
        if ruled == 1:
            return "The one defence motion was not considered."
        if ruled == 2:
            return "Neither defence motion was considered."
        return f"None of the {ruled} defence motions was considered."
    if ruled == 2:
        return f"Neither defence motion was granted: {parts}."
    return f"None of the {ruled} defence motions was granted: {parts}."


def _refused_ru(refused: int, ruled: int, denied: int, not_considered: int) -> str:
    one = _ru_plural(refused, "one", "few", "many") == "one"
    if not not_considered:
        # Every motion refused was ruled on: denied.
        if refused == ruled == 1:
            return "Единственное ходатайство защиты, по которому принято решение, отклонено."
        if refused == ruled == 2:
            return "Оба ходатайства защиты, по которым принято решение, отклонены."
        if refused == ruled:
            noun = _ru_plural(ruled, "ходатайство", "ходатайства", "ходатайств")
            return f"Все {ruled} {noun} защиты, по которым принято решение, отклонены."
        # "из" takes the genitive: из 1 (21) ходатайства, из 3 (5, 11) ходатайств.
        noun = _ru_plural(ruled, "ходатайства", "ходатайств", "ходатайств")
        word = "отклонено" if one else "отклонены"
        return f"{refused} из {ruled} {noun} защиты, по которым принято решение, {word}."
    # A no-break space keeps each dash with its word: a line never starts with "— 1".
    parts = f"отклонено\u00a0— {denied}, не рассмотрено\u00a0— {not_considered}"
    of_all = _ru_plural(ruled, "ходатайства", "ходатайств", "ходатайств")
    if refused < ruled:
        subject = f"{refused} из {ruled} {of_all} защиты"
        if not denied:
            return f"{subject} {'не рассмотрено' if one else 'не рассмотрены'}."
        return f"{subject} {'не удовлетворено' if one else 'не удовлетворены'}: {parts}."
    if not denied:
        if ruled == 1:
            return "Единственное ходатайство защиты не рассмотрено."
        if ruled == 2:
            return "Оба ходатайства защиты не рассмотрены."
        return f"Ни одно из {ruled} {of_all} защиты не рассмотрено."
    if ruled == 2:
        return f"Ни одно из двух ходатайств защиты не удовлетворено: {parts}."
    return f"Ни одно из {ruled} {of_all} защиты не удовлетворено: {parts}."


def _ru_plural(n: int, one: str, few: str, many: str) -> str:
    n = abs(n)
    if n % 10 == 1 and n % 100 != 11:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return many


LANGUAGES: dict[str, Language] = {
    "en": Language("en", EN, _ENUMS_EN),
    "ru": Language("ru", RU, _ENUMS_RU),
}


def language(code: str) -> Language:
    """The language for `code`; a `UserError` naming the choices for any other."""
    found = LANGUAGES.get(code)
    if found is None:
        raise UserError(
            f"unknown language {code!r} for a summary; choose one of {', '.join(LANGUAGES)}"
        )
    return found
