"""The calendar as iCalendar files people subscribe to.

A subscribed feed is re-read every few hours and replaces what the reader saw before, so every
byte must be reproducible: UIDs come from the plan, and SEQUENCE, DTSTAMP and LAST-MODIFIED
from the previous output and the run's revision moment, both handed in
(:mod:`dialogplan.revisions`): an entry nobody changed keeps its bytes. Besides
``calendar.ics`` with everything, each channel gets its own file so that a team member who
only looks after LinkedIn can subscribe to just that. Every feed carries
the VTIMEZONE of :mod:`dialogplan.vtimezone`, since calendar apps disagree about time zones.

An entry points back with ``RELATED-TO`` to the post a reply round follows up and to the
earlier entry it carries on (so it may carry two), and an entry that invites to an event or
offer with a link (an announcement, or a prompt that carries it) has it as ``URL``. Each
entry has its channel's ``COLOR`` (RFC 7986), is ``CLASS:PRIVATE`` as the Google CSV's rows
are, and has a ``VALARM`` where the strategy asks for a reminder; each calendar says what it
holds in ``DESCRIPTION`` and ``X-WR-CALDESC``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime, timedelta
from typing import TypeVar
from zoneinfo import ZoneInfo

from icalendar import Alarm, Calendar, Event, vCategory, vDDDTypes, vDuration, vInt, vText, vUri

from dialogplan.catalogue import catalogue
from dialogplan.entry import PRIVATE, RenderedEntry
from dialogplan.folding import to_ical
from dialogplan.labels import channel_label, move_label
from dialogplan.revisions import Revision, Revisions, in_utc, revise, stamp_lines, without_stamps
from dialogplan.strategy import Strategy
from dialogplan.vtimezone import vtimezone_bytes

PRODID = "-//dialogplan//dialogplan//EN"
#: How often subscribers are asked to re-read the feed; Google polls at its own pace anyway.
REFRESH = timedelta(hours=12)
#: Where each channel's own feed goes, relative to the output folder.
CHANNELS_DIR = "channels"

#: What a calendar holds, in the plan's language, for the calendar app's info panel.
_DESCRIPTIONS = {
    "de": (
        (
            "Social-Media-Arbeit für {name}{on}, geplant mit dialogplan: Jeder Eintrag sagt, "
            "was zu tun ist und wie."
        ),
        " auf {label}",
    ),
    "en": (
        (
            "Social-media work for {name}{on}, planned with dialogplan: each entry says what "
            "to do and how."
        ),
        " on {label}",
    ),
}

_END = b"END:VCALENDAR\r\n"
_V = TypeVar("_V")


def calendar_files(
    strategy: Strategy,
    entries: Sequence[RenderedEntry],
    *,
    revised_at: datetime,
    earlier: Revisions | None = None,
) -> dict[str, bytes]:
    """``calendar.ics`` with every entry and ``channels/<name>.ics`` for each planned channel.

    ``earlier`` holds the previous output's events by UID, and ``revised_at`` is the moment
    new and changed entries are stamped with (:func:`dialogplan.revisions.revise`). Each
    event is serialised once and its bytes are shared by the full and the channel file.
    """
    zone = strategy.zone
    moment = in_utc(revised_at)
    new = _events(strategy, entries, vDDDTypes(moment), zone)
    events = _revised(new, earlier or {}, moment)
    vtimezone = _vtimezone(strategy, entries, zone)
    files = {"calendar.ics": _wrap(strategy, strategy.name, vtimezone, events, None)}
    files.update(_channel_feeds(strategy, strategy.channels, vtimezone, events))
    return files


def empty_feeds(strategy: Strategy, channels: Iterable[str]) -> dict[str, bytes]:
    """Calendars without events for channels the strategy no longer plans.

    A subscribed feed is a full snapshot, so an empty one makes the dropped channel's entries
    disappear on the next refresh; a missing file is an error to calendar apps, and some keep
    showing the last copy they fetched. The bytes are those :func:`calendar_files` writes for
    those channels with nothing planned.
    """
    names = sorted(channels)
    if not names:
        return {}
    vtimezone = _vtimezone(strategy, (), strategy.zone)
    return _channel_feeds(strategy, names, vtimezone, [])


def _vtimezone(strategy: Strategy, entries: Sequence[RenderedEntry], zone: ZoneInfo) -> bytes:
    """The VTIMEZONE for every year the plan and its entries touch."""
    # From the year before the plan, so that its first days lie after the rules' DTSTART.
    first, last = strategy.start.year - 1, strategy.last_day.year
    if entries:
        first = min(first, min(e.start for e in entries).astimezone(zone).year - 1)
        last = max(last, max(e.end for e in entries).astimezone(zone).year)
    return vtimezone_bytes(strategy.timezone, first, last)


def _channel_feeds(
    strategy: Strategy,
    channels: Iterable[str],
    vtimezone: bytes,
    events: Sequence[tuple[str, bytes]],
) -> dict[str, bytes]:
    """``channels/<name>.ics`` for each channel, with only that channel's events."""
    files = {}
    for name in channels:
        title = f"{strategy.name} – {channel_label(name, strategy.language)}"
        files[f"{CHANNELS_DIR}/{name}.ics"] = _wrap(strategy, title, vtimezone, events, name)
    return files


def _revised(
    events: Iterable[tuple[str, str, bytes]], earlier: Revisions, moment: datetime
) -> list[tuple[str, bytes]]:
    """Each event's channel and bytes, with the stamps of its revision.

    Events come stamped as new (``moment``, SEQUENCE 0); one that keeps or counts on an
    earlier revision has those three lines replaced, made once per distinct revision.
    """
    new = Revision(0, moment, b"")
    provisional = [b"\n" + line for line in stamp_lines(new)]
    lines: dict[tuple[int, datetime], list[bytes]] = {}
    stamped = []
    for channel, uid, ics in events:
        previous = earlier.get(uid)
        if previous is None:  # new: as it is, and no need to look at its bytes
            stamped.append((channel, ics))
            continue
        revision = revise(without_stamps(ics), previous, moment)
        key = (revision.sequence, revision.stamp)
        if key == (0, moment):
            stamped.append((channel, ics))
            continue
        if key not in lines:
            lines[key] = [b"\n" + line for line in stamp_lines(revision)]
        stamped.append((channel, _restamped(ics, provisional, lines[key])))
    return stamped


def _restamped(ics: bytes, old: list[bytes], new: list[bytes]) -> bytes:
    """The event with its stamp lines replaced: each stands once, right after a line break."""
    for before, after in zip(old, new, strict=True):
        ics = ics.replace(before, after, 1)
    return ics


def _events(
    strategy: Strategy, entries: Iterable[RenderedEntry], stamp: vDDDTypes, zone: ZoneInfo
) -> Iterator[tuple[str, str, bytes]]:
    """Each entry's channel, UID and VEVENT, stamped as new, in the calendar's order."""
    opaque, sequence = vText("OPAQUE"), vInt(0)
    privacy = vText("PRIVATE" if PRIVATE else "PUBLIC")
    shared = _Shared(stamp, opaque, sequence, privacy)
    categories: dict[tuple[str, str], vCategory] = {}
    colours: dict[str, vText] = {}
    language = strategy.language
    for entry in entries:
        channel, move = entry.channel, entry.move
        if channel not in colours:
            colours[channel] = shared.add(vText(catalogue()[channel].colour))
        event = _Event(shared)
        event["UID"] = vText(entry.uid)
        event["DTSTAMP"] = stamp
        event["LAST-MODIFIED"] = stamp
        event["DTSTART"] = vDDDTypes(entry.start.astimezone(zone))
        event["DTEND"] = vDDDTypes(entry.end.astimezone(zone))
        event["SUMMARY"] = vText(entry.title)
        event["DESCRIPTION"] = vText(entry.prompt)
        if (channel, move) not in categories:
            both = vCategory([channel_label(channel, language), move_label(move, language)])
            categories[(channel, move)] = shared.add(both)
        event["CATEGORIES"] = categories[(channel, move)]
        related = [vText(uid) for uid in (entry.follows_up, entry.continues) if uid]
        if related:
            event["RELATED-TO"] = related[0] if len(related) == 1 else related
        if entry.url:
            event["URL"] = vUri(entry.url)
        event["SEQUENCE"] = sequence
        # Work blocks: the time is really spent, so it shows as busy.
        event["TRANSP"] = opaque
        event["CLASS"] = privacy
        event["COLOR"] = colours[channel]
        minutes = strategy.reminder_of(channel)
        if minutes is not None:
            event.add_component(_alarm(entry.title, minutes))
        yield channel, entry.uid, to_ical(event)


def _alarm(title: str, minutes: int) -> Alarm:
    """A notification ``minutes`` before the entry; DISPLAY needs a text, so it is the title."""
    alarm = Alarm()
    alarm["ACTION"] = vText("DISPLAY")
    alarm["DESCRIPTION"] = vText(title)
    alarm["TRIGGER"] = vDuration(-timedelta(minutes=minutes))
    return alarm


class _Shared:
    """Property values every event of one export shares, and their content lines once made."""

    def __init__(self, *values: object) -> None:
        self.values: dict[int, object] = {}  # by id; holding them keeps the ids unique
        self.lines: dict[tuple[str, int], str] = {}
        for value in values:
            self.add(value)

    def add(self, value: _V) -> _V:
        """Mark a value as shared; returns it."""
        self.values[id(value)] = value
        return value


class _Event(Event):
    """An event that turns shared values into content lines once per export, not per event.

    DTSTAMP, LAST-MODIFIED, SEQUENCE, TRANSP and the CATEGORIES pairs repeat in every event;
    formatting them again each time costs about a quarter of the export. icalendar builds
    every property's line through ``content_line``, so the text stays icalendar's own.
    """

    def __init__(self, shared: _Shared) -> None:
        super().__init__()
        self._shared = shared

    def content_line(self, name: str, value: object, sorted: bool = True) -> str:  # noqa: A002, FBT001, FBT002 - icalendar's own signature
        """The property as a content line; taken from the cache when the value is shared."""
        key = (name, id(value))
        lines = self._shared.lines
        if key in lines:
            return lines[key]
        line: str = super().content_line(name, value, sorted=sorted)
        if key[1] in self._shared.values:
            lines[key] = line
        return line


def _wrap(
    strategy: Strategy,
    name: str,
    vtimezone: bytes,
    events: Iterable[tuple[str, bytes]],
    channel: str | None,
) -> bytes:
    """A VCALENDAR around already serialised events, keeping only ``channel``'s if given."""
    cal = Calendar()
    cal["PRODID"] = vText(PRODID)
    cal["VERSION"] = vText("2.0")
    cal["CALSCALE"] = vText("GREGORIAN")
    cal["NAME"] = vText(name)
    cal["X-WR-CALNAME"] = vText(name)
    description = _description(strategy, channel)
    cal["DESCRIPTION"] = vText(description)
    cal["X-WR-CALDESC"] = vText(description)
    if channel is not None:
        # The whole calendar's colour too, for apps that colour calendars rather than events.
        cal["COLOR"] = vText(catalogue()[channel].colour)
    cal["X-WR-TIMEZONE"] = vText(strategy.timezone)
    # RFC 7986 requires VALUE=DURATION here, and icalendar only writes it when asked.
    cal.add("REFRESH-INTERVAL", REFRESH, parameters={"VALUE": "DURATION"})
    cal["X-PUBLISHED-TTL"] = vDuration(REFRESH)
    head: bytes = cal.to_ical()
    if not head.endswith(_END):  # pragma: no cover - icalendar always closes the calendar
        raise AssertionError("unexpected calendar serialisation")
    body = b"".join(ics for ch, ics in events if channel is None or ch == channel)
    return head[: -len(_END)] + vtimezone + body + _END


def _description(strategy: Strategy, channel: str | None) -> str:
    """What the calendar holds, so whoever finds it in their calendar app knows what it is.

    It names no dates: a live feed joins several quarters under one description.
    """
    text, on = _DESCRIPTIONS[strategy.language]
    label = "" if channel is None else on.format(label=channel_label(channel, strategy.language))
    return text.format(name=strategy.name, on=label)


__all__ = ["CHANNELS_DIR", "PRODID", "REFRESH", "calendar_files", "empty_feeds"]
