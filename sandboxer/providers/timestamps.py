"""ISO 8601 timestamps as vendors write them, read without paying for a parser at import."""

from __future__ import annotations

from datetime import datetime


def parse_iso(value: str) -> datetime:
    """The standard library's parser first (since Python 3.11 it reads "Z" and any number of
    fractional digits, keeping microseconds); python-dateutil for anything else, imported only
    then: importing it costs ~10 ms of every client's start (issue 21)."""
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        from dateutil.parser import isoparse

        return isoparse(value)
