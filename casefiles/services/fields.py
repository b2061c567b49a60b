"""Field-by-field conversion of domain records, driven by their type hints.

The domain records, the ORM models and the interchange format share field
names, so one table of hints serves the database mapping and the JSON codec.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from datetime import date, datetime
from enum import Enum
from typing import Any

from casefiles.domain.dates import (
    format_date_or_datetime,
    format_datetime,
    parse_date,
    parse_date_or_datetime,
    parse_datetime,
)

#: Domain field name -> name in the interchange format (where they differ).
JSON_NAMES = {"from_": "from"}


@dataclasses.dataclass(frozen=True)
class FieldInfo:
    name: str
    json_name: str
    base: Any  # the type without Optional: str, int, date, datetime, an Enum, list[...]
    optional: bool
    is_list: bool
    item: Any


_INFOS: dict[type, tuple[FieldInfo, ...]] = {}


def field_infos(cls: type) -> tuple[FieldInfo, ...]:
    """The fields of a record class, computed once per class."""
    cached = _INFOS.get(cls)
    if cached is None:
        cached = _INFOS[cls] = _compute_infos(cls)
    return cached


def _compute_infos(cls: type) -> tuple[FieldInfo, ...]:
    hints = typing.get_type_hints(cls)
    infos = []
    for f in dataclasses.fields(cls):
        hint = hints[f.name]
        optional = False
        if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
            args = [a for a in typing.get_args(hint) if a is not type(None)]
            optional = len(args) < len(typing.get_args(hint))
            hint = args[0]
        is_list = typing.get_origin(hint) is list
        item = typing.get_args(hint)[0] if is_list else None
        infos.append(
            FieldInfo(f.name, JSON_NAMES.get(f.name, f.name), hint, optional, is_list, item)
        )
    return tuple(infos)


def scalar_to_json(value: Any, base: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if base is datetime and isinstance(value, datetime):
        return format_datetime(value)
    if isinstance(value, date):
        return format_date_or_datetime(value)
    return value


def scalar_from_json(value: Any, base: Any) -> Any:
    if value is None:
        return None
    if isinstance(base, type) and issubclass(base, Enum):
        return base(value)
    if base is datetime:
        return parse_datetime(value)
    if base is date:
        return parse_date_or_datetime(value) if "T" in value else parse_date(value)
    return value


def to_json(record: Any) -> dict[str, Any]:
    """A record as an interchange object: every field with a value, lists when not empty."""
    out: dict[str, Any] = {}
    for info in field_infos(type(record)):
        value = getattr(record, info.name)
        if value is None:
            continue
        if info.is_list:
            if not value:
                continue
            if dataclasses.is_dataclass(info.item):
                out[info.json_name] = [to_json(v) for v in value]
            else:
                out[info.json_name] = [scalar_to_json(v, info.item) for v in value]
        else:
            out[info.json_name] = scalar_to_json(value, info.base)
    return out


def from_json(cls: type, obj: dict[str, Any]) -> Any:
    """A record from a schema-valid interchange object."""
    kwargs: dict[str, Any] = {}
    for name, json_name, convert, item in _readers(cls):
        if json_name in obj:
            value = obj[json_name]
            if value is None:
                kwargs[name] = None
            elif convert is None:
                kwargs[name] = value
            elif convert is _RECORDS:
                kwargs[name] = [from_json(item, v) for v in value]
            elif convert is _SCALARS:
                kwargs[name] = [scalar_from_json(v, item) for v in value]
            else:
                kwargs[name] = convert(value)
    return cls(**kwargs)


#: Per record class: (field name, JSON name, converter, list item type) for `from_json`;
#: the converter is None where the JSON value is the field's, `_RECORDS` or `_SCALARS`
#: for lists of records or of scalars.
_Reader = tuple[str, str, Any, Any]
_READERS: dict[type, tuple[_Reader, ...]] = {}
_RECORDS = object()
_SCALARS = object()


def _readers(cls: type) -> tuple[_Reader, ...]:
    cached = _READERS.get(cls)
    if cached is None:
        out = []
        for info in field_infos(cls):
            convert: Any
            if info.is_list:
                if dataclasses.is_dataclass(info.item):
                    convert = _RECORDS
                elif _converter(info.item) is None:
                    convert = list
                else:
                    convert = _SCALARS
            else:
                convert = _converter(info.base)
            out.append((info.name, info.json_name, convert, info.item))
        cached = _READERS[cls] = tuple(out)
    return cached


def _converter(base: Any) -> Any:
    """What `scalar_from_json` does to a value of this type that is not None, as one
    function (an enum's by a lookup of its members by value), or None for "nothing"."""
    if isinstance(base, type) and issubclass(base, Enum):
        members = base._value2member_map_
        get = members.get

        def enum_value(value: Any) -> Any:
            member = get(value) if type(value) is str else None
            return member if member is not None else base(value)

        return enum_value
    if base is datetime or base is date:
        return lambda value: scalar_from_json(value, base)
    return None


def values_from_json(cls: type, obj: dict[str, Any], skip: tuple[str, ...] = ()) -> dict[str, Any]:
    """What `from_json(cls, obj)` would hold, field by field, without building the record:
    each field's value from `obj` (converted the same way) or its default; the fields in
    `skip` left out.  Only for classes whose fields are scalars or lists of scalars."""
    out: dict[str, Any] = {}
    for name, json_name, convert, default, factory in _plan(cls, skip):
        if json_name in obj:
            value = obj[json_name]
            out[name] = value if value is None or convert is None else convert(value)
        elif factory is not None:
            out[name] = factory()
        elif default is _REQUIRED:
            raise TypeError(f"{cls.__name__} needs {name!r}")  # as the record's __init__
        else:
            out[name] = default
    return out


_REQUIRED = object()
_Plan = tuple[tuple[str, str, Any, Any, Any], ...]
_PLANS: dict[tuple[type, tuple[str, ...]], _Plan] = {}


def _plan(cls: type, skip: tuple[str, ...]) -> _Plan:
    found = _PLANS.get((cls, skip))
    if found is None:
        fields = {f.name: f for f in dataclasses.fields(cls)}
        plan = []
        for name, json_name, convert, _item in _readers(cls):
            if name in skip:
                continue
            if convert is _RECORDS or convert is _SCALARS:
                raise TypeError(f"{cls.__name__}.{name} is a list of records or converted items")
            f = fields[name]
            factory = None if f.default_factory is dataclasses.MISSING else f.default_factory
            default = _REQUIRED if f.default is dataclasses.MISSING else f.default
            plan.append((name, json_name, convert, default, factory))
        found = _PLANS[(cls, skip)] = tuple(plan)
    return found
