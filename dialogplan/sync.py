"""What a push to a CalDAV calendar must change so that the calendar mirrors the plan.

A shared calendar holds the team's plan next to people's own appointments, so only events
whose UID this client's plan could have made are ever ours to update or delete. Events are
compared by content, not by bytes: servers re-serialise what they are given (other line
order, folding and escaping), and DTSTAMP says when a copy was made, not what it holds.
Everything here is pure; :mod:`flows.push` talks to the server.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass

from icalendar import Calendar, Component

#: The property that says when a copy was made rather than what the event is. SEQUENCE and
#: LAST-MODIFIED count: an unchanged entry takes them from the server's copy
#: (:mod:`dialogplan.revisions`), so they differ only for entries that changed.
_IGNORED = frozenset({"DTSTAMP"})


@dataclass(frozen=True, slots=True)
class Changes:
    """The UIDs to create, update and delete, each in sorted order."""

    create: tuple[str, ...]
    update: tuple[str, ...]
    delete: tuple[str, ...]

    def __bool__(self) -> bool:
        return bool(self.create or self.update or self.delete)


def plan_uid_pattern(client: str) -> re.Pattern[str]:
    """The UIDs of this client's entries: ``<client>.<channel>.<yyyymmdd>.<move>[.<n>]``.

    Also the positional ``<client>.<channel>.<yyyymmdd>.<n>`` of older versions, so that a
    push deletes the events they left on the server. Each ends in ``@dialogplan``.
    """
    work = r"(?:\d+|[a-z][a-z0-9-]*(?:\.\d+)?)"
    return re.compile(rf"{re.escape(client)}\.[^.@\s]+\.\d{{8}}\.{work}@dialogplan")


def changes(plan: Mapping[str, str], server: Mapping[str, str], client: str) -> Changes:
    """What makes the server's events of ``client`` equal to ``plan``; others stay as they are.

    Both maps go from UID to the event's :func:`event_content`.
    """
    ours = plan_uid_pattern(client)
    owned = {uid for uid in server if ours.fullmatch(uid)}
    create = sorted(uid for uid in plan if uid not in server)
    update = sorted(uid for uid in plan if uid in owned and server[uid] != plan[uid])
    delete = sorted(owned - set(plan))
    return Changes(tuple(create), tuple(update), tuple(delete))


def event_contents(ics: bytes | str) -> dict[str, str]:
    """Each VEVENT's UID and :func:`event_content` in one iCalendar object."""
    calendar = Calendar.from_ical(ics)
    return {str(event["UID"]): event_content(event) for event in calendar.walk("VEVENT")}


def event_content(component: Component, ignored: Collection[str] = _IGNORED) -> str:
    """A component's properties as sorted content lines, without ``ignored``, then its children.

    Sorting makes the text independent of the order a server writes properties in; parsing
    and writing each value again makes it independent of folding and escaping.
    """
    lines = [
        str(component.content_line(name, one))
        for name, value in component.items()
        if name not in ignored
        for one in (value if isinstance(value, list) else [value])
    ]
    children = [event_content(child, ignored) for child in component.subcomponents]
    head = f"BEGIN:{component.name}"
    return "\n".join([head, *sorted(lines), *sorted(children), f"END:{component.name}"])


def split_events(ics: bytes) -> dict[str, bytes]:
    """One calendar object per event of a feed, with the feed's time zones, by UID.

    CalDAV stores one event per resource, and each must carry the VTIMEZONE its times use.
    """
    feed = Calendar.from_ical(ics)
    zones = feed.walk("VTIMEZONE")
    objects = {}
    for event in feed.walk("VEVENT"):
        single = Calendar()
        single["PRODID"] = feed["PRODID"]
        single["VERSION"] = feed["VERSION"]
        for zone in zones:
            single.add_component(zone)
        single.add_component(event)
        objects[str(event["UID"])] = single.to_ical()
    return objects


__all__ = [
    "Changes",
    "changes",
    "event_content",
    "event_contents",
    "plan_uid_pattern",
    "split_events",
]
