"""Dates, times and numbers for people, in the shown language (``QLocale()`` default).

Machine formats (JSON, CSV, ids, ISO dates) never pass through here.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QLocale, QTime


def number(value: int) -> str:
    """A whole number with the locale's digit grouping: 2,000 / 2.000 / 2 000."""
    return QLocale().toString(value)


def decimal(value: float, places: int = 1) -> str:
    """A decimal with the locale's separator: 6.2 / 6,2."""
    return QLocale().toString(float(value), "f", places)


def signed(value: float, places: int = 1) -> str:
    """A change with its sign always shown: +1.5 / −0,8."""
    text = decimal(abs(value), places)
    locale = QLocale()
    return (locale.negativeSign() if value < 0 else locale.positiveSign()) + text


def qdate(day: dt.date) -> QDate:
    """The ``QDate`` of a Python date."""
    return QDate(day.year, day.month, day.day)


#: The weekday at the start of a locale's long date and what follows it ("dddd, " / "dddd ").
_WEEKDAY = re.compile(r"^dddd[\s,.\u060c]*")
#: The year at the end, with what joins it ("yyyy", ", yyyy", " 'de' yyyy").
_YEAR = re.compile(r"[\s,]*(?:'[^']*'\s*)?y+$")
FALLBACK_DATE = "d MMM yyyy"  # a locale whose long date does not start with its weekday


def _date_pattern() -> str:
    """The locale's own order and marks for day, short month and year: "d. MMM yyyy" in German.

    Taken from its long date format (weekday dropped, month shortened), so German gets
    "24. Nov. 2026", Spanish "24 de nov de 2026" and American English "Nov 24, 2026".
    """
    long_format = QLocale().dateFormat(QLocale.FormatType.LongFormat)
    pattern = _WEEKDAY.sub("", long_format).replace("MMMM", "MMM")
    if "dddd" in pattern or "d" not in pattern or "MMM" not in pattern or "yy" not in pattern:
        return FALLBACK_DATE
    return pattern


def date_text(day: dt.date) -> str:
    """Day, short month and year: 27 Oct 2026 / 27. Okt. 2026."""
    return QLocale().toString(qdate(day), _date_pattern())


def day_month_pattern() -> str:
    """The Qt pattern of ``day_month`` (chart axes take a pattern, not a text)."""
    pattern = _YEAR.sub("", _date_pattern())
    return pattern if "yy" not in pattern else "d MMM"


def day_month(day: dt.date) -> str:
    """Day and short month, for ranges within one year: 27 Oct / 27. Okt."""
    return QLocale().toString(qdate(day), day_month_pattern())


def date_span(first: dt.date, last: dt.date) -> str:
    """Two days and the year once, for a week: 17 Nov – 23 Nov 2026 / 17. Nov. – 23. Nov. 2026."""
    return f"{day_month(first)} – {date_text(last)}"


def weekday_date(day: dt.date) -> str:
    """Short weekday with the date: Wed 25 Nov 2026 / Mi. 25. Nov. 2026."""
    return QLocale().toString(qdate(day), f"ddd {_date_pattern()}")


def time_text(moment: dt.time) -> str:
    """Hours and minutes in the locale's clock (12 or 24 h)."""
    return QLocale().toString(QTime(moment.hour, moment.minute),
                              QLocale.FormatType.ShortFormat)


def hour_text(hour: int) -> str:
    """The start of an hour of the day: 9:00 AM / 09:00."""
    return time_text(dt.time(hour % 24, 0))


def date_time(moment: dt.datetime) -> str:
    """Weekday, date and time of a local moment."""
    return f"{weekday_date(moment.date())} {time_text(moment.time())}"


def short_date_time(moment: dt.datetime) -> str:
    """Day, month and time (no year), for recent events."""
    return f"{day_month(moment.date())} {time_text(moment.time())}"


def weekday_name(index: int, *, short: bool = True) -> str:
    """Monday is 0, as in Python."""
    kind = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    return QLocale().dayName(index + 1, kind)
