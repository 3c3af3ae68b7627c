"""The documented limits on what a team's files may hold, in one place.

A strategy, an activity log and a team's templates are written by people, sometimes
carelessly and sometimes with intent. Every limit here is far beyond what a real team writes,
and small enough that planning, checking and rendering stay quick and small in memory. The
README's "Limits" lists the same figures; a test keeps them in step.
"""

from __future__ import annotations

from datetime import date

#: A strategy file may hold at most this many bytes (UTF-8).
MAX_STRATEGY_BYTES = 256 * 1024
#: ... at most this many YAML nodes (keys, values and list items together).
MAX_STRATEGY_NODES = 10_000
#: ... nested at most this deep (a strategy needs five levels).
MAX_STRATEGY_DEPTH = 20
#: ... and no single value longer than this many characters.
MAX_TEXT_CHARS = 2_000

#: Dates anywhere in a strategy or an activity log lie in these years.
FIRST_YEAR = 2000
LAST_YEAR = 2100

#: The longest horizon, for ``months`` and for ``end`` alike.
MAX_MONTHS = 24

#: An activity log may hold at most this many bytes (UTF-8) ...
MAX_LOG_BYTES = 20 * 1024 * 1024
#: ... and this many rows.
MAX_LOG_ROWS = 200_000

#: A contacts file may hold at most this many bytes (UTF-8) ...
MAX_CONTACTS_BYTES = 16 * 1024 * 1024
#: ... and this many people: LinkedIn's own limit on first-degree connections, so a whole
#: network's export fits.
MAX_CONTACTS = 30_000
#: A contact's keep-in-touch interval: at least a day, at most ten years.
MAX_INTERVAL_DAYS = 3_650

#: An error lists at most this many problems and counts the rest.
MAX_PROBLEMS_SHOWN = 50

#: A team's template may write at most this many characters for one prompt ...
MAX_PROMPT_CHARS = 20_000
#: ... build no text value longer than this ...
MAX_TEMPLATE_VALUE_CHARS = 100_000
#: ... produce at most this many numbers from one ``range()`` ...
MAX_TEMPLATE_RANGE = 1_000
#: ... and take at most this many steps (loop rounds and calls) for one prompt; the
#: built-in templates take fewer than a hundred.
MAX_TEMPLATE_STEPS = 10_000


def year_problem(year: int) -> str | None:
    """Why a year is refused, or None when dialogplan plans in it."""
    if FIRST_YEAR <= year <= LAST_YEAR:
        return None
    return f"year {year:04d} is outside the years dialogplan plans in ({FIRST_YEAR}–{LAST_YEAR})"


def months_later(start: date, months: int) -> date:
    """The same day ``months`` later, or the month's last day when it has fewer days."""
    year, month = divmod(start.month - 1 + months, 12)
    first = date(start.year + year, month + 1, 1)
    following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return first.replace(day=min(start.day, (following - first).days))
