"""Timestamps in the store: one UTC text form, and the ``--since`` parser.

Every stored time is ``YYYY-MM-DDTHH:MM:SSZ`` so that plain string comparison is time comparison on
both backends (no per-dialect date types or functions).
"""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from typing import Optional

FORMAT = "%Y-%m-%dT%H:%M:%SZ"
_RELATIVE = re.compile(r"^\s*(\d+)\s*(m|min|h|d|w)\s*$", re.IGNORECASE)
_UNITS = {"m": "minutes", "min": "minutes", "h": "hours", "d": "days", "w": "weeks"}


def now() -> datetime:
    return datetime.now(timezone.utc)


def stamp(moment: datetime) -> str:
    """Format as stored; naive datetimes are taken as UTC."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).strftime(FORMAT)


def parse_moment(value: str) -> Optional[datetime]:
    """Parse an ISO 8601 date or date-time (``Z`` or offset or naive=UTC); None if it is not one."""
    text = value.strip()
    if not text:
        return None
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        try:
            moment = datetime.combine(date.fromisoformat(text[:10]), datetime.min.time())
        except ValueError:
            return None
        if len(text) > 10 and text[10] not in "T ":
            return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment


def normalise_published(value: Optional[str]) -> Optional[str]:
    """The stored form of ``Article.published``, or None when absent or unparseable."""
    if not value:
        return None
    moment = parse_moment(value)
    return stamp(moment) if moment else None


def parse_since(value: "str | datetime | date | None", *, reference: Optional[datetime] = None) -> Optional[str]:
    """``7d``, ``12h``, ``30m``, ``2w``, an ISO date/time, a date or a datetime -> stored-form bound.

    Raises ValueError with a message fit for a user on anything else.
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return stamp(value)
    if isinstance(value, date):
        return stamp(datetime.combine(value, datetime.min.time()))
    m = _RELATIVE.match(str(value))
    if m:
        amount, unit = int(m.group(1)), _UNITS[m.group(2).lower()]
        return stamp((reference or now()) - timedelta(**{unit: amount}))
    moment = parse_moment(str(value))
    if moment is None:
        raise ValueError(
            f"bad --since value {value!r}: use a duration like 12h, 7d, 2w or a date like 2026-11-01"
        )
    return stamp(moment)
