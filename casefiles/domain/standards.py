"""The built-in catalogue of fair-trial and freedom-of-association standards."""

from __future__ import annotations

from casefiles.domain.records import Standard

BUILT_IN_STANDARDS: tuple[Standard, ...] = (
    Standard(
        "ICCPR-14.1",
        "ICCPR art. 14(1): fair and public hearing by an independent tribunal",
        "МПГПП ст. 14(1): справедливое и публичное разбирательство независимым судом",
    ),
    Standard(
        "ICCPR-14.3.b",
        "ICCPR art. 14(3)(b): adequate time and facilities to prepare a defence",
        "МПГПП ст. 14(3)(b): достаточное время и возможности для подготовки защиты",
    ),
    Standard(
        "ICCPR-14.3.d",
        "ICCPR art. 14(3)(d): to defend oneself through counsel",
        "МПГПП ст. 14(3)(d): право защищать себя через защитника",
    ),
    Standard(
        "ICCPR-14.3.e",
        "ICCPR art. 14(3)(e): to examine witnesses",
        "МПГПП ст. 14(3)(e): право допрашивать свидетелей",
    ),
    Standard(
        "ICCPR-14.5",
        "ICCPR art. 14(5): review by a higher tribunal",
        "МПГПП ст. 14(5): пересмотр вышестоящей судебной инстанцией",
    ),
    Standard(
        "ICCPR-22",
        "ICCPR art. 22: freedom of association",
        "МПГПП ст. 22: свобода ассоциации",
    ),
    Standard(
        "ECHR-6.1",
        "ECHR art. 6(1): fair hearing by an independent and impartial tribunal",
        "ЕКПЧ ст. 6(1): справедливое разбирательство независимым и беспристрастным судом",
    ),
    Standard(
        "ECHR-6.3.b",
        "ECHR art. 6(3)(b): adequate time and facilities to prepare a defence",
        "ЕКПЧ ст. 6(3)(b): достаточное время и возможности для подготовки защиты",
    ),
    Standard(
        "ECHR-6.3.d",
        "ECHR art. 6(3)(d): to examine witnesses",
        "ЕКПЧ ст. 6(3)(d): право допрашивать свидетелей",
    ),
    Standard(
        "ECHR-11",
        "ECHR art. 11: freedom of assembly and association",
        "ЕКПЧ ст. 11: свобода собраний и объединений",
    ),
    Standard(
        "ILO-C87-3",
        "ILO C87 art. 3: organisations run without interference",
        "Конвенция МОТ № 87 ст. 3: организации действуют без вмешательства властей",
    ),
    Standard(
        "ILO-C87-4",
        "ILO C87 art. 4: not to be dissolved by administrative authority",
        "Конвенция МОТ № 87 ст. 4: недопустимость роспуска в административном порядке",
    ),
    Standard(
        "ILO-C98-1",
        "ILO C98 art. 1: protection against anti-union discrimination",
        "Конвенция МОТ № 98 ст. 1: защита от антипрофсоюзной дискриминации",
    ),
)

BUILT_IN_CODES: frozenset[str] = frozenset(s.code for s in BUILT_IN_STANDARDS)


def short_title(std: Standard, *, russian: bool = False) -> str:
    """How prose cites a standard: its title up to the colon ("ICCPR art. 14(3)(e)").

    A standard whose title has no such short form is cited by its code.
    """
    title = std.title_ru if russian and std.title_ru else std.title
    head, colon, _ = title.partition(":")
    return head.strip() if colon and head.strip() else std.code


def catalogue(extra: list[Standard] | tuple[Standard, ...] = ()) -> dict[str, Standard]:
    """Built-in standards plus a store's or document's own, by code."""
    merged = {s.code: s for s in BUILT_IN_STANDARDS}
    for s in extra:
        merged.setdefault(s.code, s)
    return merged
