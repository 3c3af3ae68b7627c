"""The calendar entry: the one contract every stage of the core shares.

The scheduler decides an :class:`Entry`; the renderer adds the words and makes a
:class:`RenderedEntry`. Exports take rendered entries only, so handing them a calendar
that has no prompts yet is a type error, not a surprise at run time.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields
from datetime import datetime
from typing import TYPE_CHECKING, TypeAlias

if TYPE_CHECKING:
    import pandas as pd

#: Entries are the team's working notes (prompts, people to follow up), not appointments for
#: whoever shares the calendar: private in every export, CLASS:PRIVATE in the .ics files and
#: ``Private`` in Google's CSV, so neither import shows more than the other.
PRIVATE = True


@dataclass(frozen=True, slots=True, kw_only=True)
class Entry:
    """One piece of planned work on one channel, as the scheduler decides it."""

    #: Names the piece of work, stable across reruns: client, channel, day and move, and a
    #: number from the second entry of that move there that day (``assignment.entry_uid``).
    uid: str
    #: Aware datetimes in the strategy's time zone.
    start: datetime
    end: datetime
    channel: str
    move: str
    #: The goal id and the topic the entry serves.
    goal: str
    topic: str
    minutes: int
    #: For a reply round, the uid of the own post it follows up; else "".
    follows_up: str = ""
    #: The community group work happens in, or "".
    group: str = ""
    #: The offer or event an ``announce`` entry invites to, or "".
    announce: str = ""
    #: How many entries of this move this channel had before: picks a template's phrasing.
    seq: int = 0
    #: True during a new channel's listening weeks.
    warm_up: bool = False
    #: Where on the channel the move happens: a place id of ``dialogplan/data/places.yaml``.
    place: str = ""
    #: The uid of an earlier entry whose work this one carries on (saved posts, new
    #: contacts, a question that drew answers, a break announced); else "".
    continues: str = ""
    #: The link of the event or offer the entry invites to: an ``announce`` entry's, and
    #: once rendered, one its prompt carries (a post on the event's topic); else "".
    url: str = ""
    #: A season or moment of the year that may colour the prompt: "", "year-end",
    #: "new-year" or "summer".
    occasion: str = ""
    #: The person the entry is for, as the contacts file names them; "" for generic work.
    contact: str = ""
    #: That person's row in the contacts file (0 for none): two people may share a name.
    contact_row: int = 0
    #: Why the entry names that person: "news", "birthday" or "due" (keeping in touch);
    #: decided when the person is planned, since a birthday may fall in a news window.
    contact_reason: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class RenderedEntry(Entry):
    """An entry with the words a person reads: the calendar title and the prompt."""

    title: str
    prompt: str
    #: The event or offer the prompt invites to besides an announcement (an own post on its
    #: topic, a reply round pointing to it), by title; else "".
    invites: str = ""


#: A scheduled calendar, ordered by start and channel.
Calendar: TypeAlias = tuple[Entry, ...]
#: A calendar ready for export.
RenderedCalendar: TypeAlias = tuple[RenderedEntry, ...]

ENTRY_COLUMNS = tuple(f.name for f in fields(Entry))
RENDERED_COLUMNS = tuple(f.name for f in fields(RenderedEntry))


def to_frame(entries: Iterable[Entry]) -> pd.DataFrame:
    """The entries as a table, one row each, for Prefect artifacts and people's notebooks."""
    import pandas as pd  # noqa: PLC0415 - pandas only for frames, not for planning

    rows = list(entries)
    rendered = bool(rows) and all(isinstance(e, RenderedEntry) for e in rows)
    columns = RENDERED_COLUMNS if rendered else ENTRY_COLUMNS
    return pd.DataFrame([[getattr(e, c) for c in columns] for e in rows], columns=list(columns))


__all__ = [
    "ENTRY_COLUMNS",
    "PRIVATE",
    "RENDERED_COLUMNS",
    "Calendar",
    "Entry",
    "RenderedCalendar",
    "RenderedEntry",
    "to_frame",
]
