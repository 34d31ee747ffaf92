"""``literals.temporal``: the expression written for a date, date-time, time or UUID default builds the value
that pydantic reads from the same text (what the field would hold had the server sent it), for any such value;
text that is not one gives ``None``."""

from __future__ import annotations

import datetime
import uuid
from typing import Any

import pydantic
import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator import literals

_TYPES = {
    "date": datetime.date,
    "date-time": datetime.datetime,
    "time": datetime.time,
    "uuid": uuid.UUID,
}

offsets = st.one_of(
    st.none(),
    st.integers(min_value=-23 * 60 - 59, max_value=23 * 60 + 59).map(
        lambda minutes: datetime.timezone(datetime.timedelta(minutes=minutes))
    ),
)


def _rfc3339(value: datetime.datetime | datetime.time) -> str:
    text = value.isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def _built(expression: str) -> Any:
    return eval(
        expression, {"datetime": datetime, "uuid": uuid}
    )  # noqa: S307 - our own output


def _read(kind: str, text: str) -> Any:
    return pydantic.TypeAdapter(_TYPES[kind]).validate_python(text)


@given(st.dates())
def test_a_date(value: datetime.date) -> None:
    text = value.isoformat()
    expression = literals.temporal("date", text)
    assert expression is not None
    assert _built(expression) == value == _read("date", text)


@given(st.datetimes(timezones=offsets))
def test_a_date_time(value: datetime.datetime) -> None:
    text = _rfc3339(value)
    expression = literals.temporal("date-time", text)
    assert expression is not None
    built = _built(expression)
    assert built == value == _read("date-time", text)
    assert built.utcoffset() == value.utcoffset()


@given(st.times(timezones=offsets))
def test_a_time(value: datetime.time) -> None:
    text = _rfc3339(value)
    expression = literals.temporal("time", text)
    assert expression is not None
    built = _built(expression)
    assert built == value == _read("time", text)
    assert built.utcoffset() == value.utcoffset()


@given(st.uuids())
def test_a_uuid(value: uuid.UUID) -> None:
    for text in (str(value), str(value).upper()):
        expression = literals.temporal("uuid", text)
        assert expression is not None
        assert _built(expression) == value == _read("uuid", text)


@pytest.mark.parametrize(
    "kind,text",
    [
        ("date", "2020-02-30"),
        ("date", "2020-W01-1"),
        ("date", "20200102"),
        ("date", "tomorrow"),
        ("date-time", "2020-01-02"),
        ("date-time", "2020-01-02T25:00:00Z"),
        ("time", "7pm"),
        ("time", "24:00:00"),
        ("uuid", "not-a-uuid"),
        ("str", "2020-01-02"),
    ],
)
def test_text_that_is_no_such_value_gives_none(kind: str, text: str) -> None:
    assert literals.temporal(kind, text) is None


@given(st.text(max_size=40))
def test_any_text_gives_none_or_a_value_of_its_kind(text: str) -> None:
    for kind, cls in _TYPES.items():
        expression = literals.temporal(kind, text)
        if expression is not None:
            assert isinstance(_built(expression), cls)
