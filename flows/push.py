"""``dialogplan push``: make a CalDAV calendar mirror a plan, one event per resource.

The decision is :func:`dialogplan.sync.changes`; this module reads the server, applies the
decision, and turns what the server or the network says into one line for the user.
Credentials come from the environment or a netrc, never from the command line, where other
users of the machine and the shell history would see them.
"""

from __future__ import annotations

import netrc
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TypeAlias
from urllib.parse import quote, urlsplit

from caldav.calendarobjectresource import Event
from caldav.collection import Calendar as DavCalendar
from caldav.davclient import DAVClient
from caldav.elements import dav
from caldav.lib import error
from caldav.response import DAVResponse
from icalendar import Calendar

from dialogplan.revisions import CalendarReadError, Revision, Revisions, read_revisions
from dialogplan.sync import Changes, changes, event_contents, plan_uid_pattern, split_events

__all__ = [
    "PASSWORD_VARIABLE",
    "USER_VARIABLE",
    "PlanFeed",
    "PushError",
    "Pushed",
    "credentials",
    "push",
]

USER_VARIABLE = "DIALOGPLAN_CALDAV_USER"
PASSWORD_VARIABLE = "DIALOGPLAN_CALDAV_PASSWORD"  # noqa: S105 - a variable name, not a password
#: Seconds to wait for the server before giving up on a request.
TIMEOUT = 60
_ICS = {"Content-Type": "text/calendar; charset=utf-8"}
#: What a server answers to a write it made: OK, Created, No Content.
_DONE = frozenset({200, 201, 204})
_CALENDAR = "{urn:ietf:params:xml:ns:caldav}calendar"
#: Makes the plan's full calendar.ics from the revisions of the entries the server holds.
PlanFeed: TypeAlias = Callable[[Revisions], bytes]


class PushError(Exception):
    """The calendar cannot be read or written; the message is one line the user can act on."""


@dataclass(frozen=True)
class Pushed:
    """What a push changed (or, with ``dry_run``, would change), with each entry's title."""

    url: str
    changes: Changes
    titles: dict[str, str]
    unchanged: int
    dry_run: bool


def credentials(url: str) -> tuple[str | None, str | None]:
    """User and password: the environment first, then the netrc entry for the URL's host."""
    user, password = os.environ.get(USER_VARIABLE), os.environ.get(PASSWORD_VARIABLE)
    if user or password:
        return user, password
    host = urlsplit(url).hostname or ""
    try:
        entry = netrc.netrc(os.environ.get("NETRC")).authenticators(host)
    except FileNotFoundError:
        return None, None
    except (netrc.NetrcParseError, OSError) as exc:
        raise PushError(f"cannot read the netrc file for the CalDAV credentials: {exc}") from None
    if entry is None:
        return None, None
    login, _account, secret = entry
    return login or None, secret or None


def push(client: str, plan_feed: PlanFeed, url: str, *, dry_run: bool) -> Pushed:
    """Mirror the plan into the calendar at ``url``.

    The server's copies are the previous output: ``plan_feed`` makes the full calendar.ics
    from their revisions, so an unchanged entry compares equal and a changed one goes up
    with its SEQUENCE counted on (:mod:`dialogplan.revisions`).
    """
    with _translated(url):
        calendar = _calendar(url)
        server = _server_events(calendar, client)
    objects = split_events(plan_feed(server.revisions))
    plan = {uid: event_contents(ics)[uid] for uid, ics in objects.items()}
    titles = server.titles | {uid: _title(ics) for uid, ics in objects.items()}
    found = changes(plan, server.contents, client)
    if not dry_run:
        with _translated(url):
            _apply(calendar, found, objects, server.resources)
    unchanged = len(plan) - len(found.create) - len(found.update)
    return Pushed(url, found, titles, unchanged, dry_run)


def _title(ics: bytes | str) -> str:
    events = Calendar.from_ical(ics).walk("VEVENT")
    return str(events[0].get("SUMMARY", "")) if events else ""


def _calendar(url: str) -> DavCalendar:
    """The calendar at ``url``, after making sure it is one (a principal or a file is not)."""
    user, password = credentials(url)
    client = DAVClient(url=url, username=user, password=password, timeout=TIMEOUT)
    calendar = DavCalendar(client=client, url=url)
    properties = calendar.get_properties([dav.ResourceType()])
    kinds = properties.get("{DAV:}resourcetype") if isinstance(properties, dict) else None
    if not isinstance(kinds, list):
        kinds = [kinds] if kinds else []
    if _CALENDAR not in kinds:
        raise PushError(f"{url}: is not a CalDAV calendar; give the URL of the calendar itself")
    return calendar


@dataclass(frozen=True)
class _Server:
    """What the calendar holds before the push."""

    #: This client's events by UID, with their resource.
    resources: dict[str, Event]
    #: Everyone's events by UID, as :func:`dialogplan.sync.event_content`.
    contents: dict[str, str]
    #: This client's events' titles and revisions, by UID.
    titles: dict[str, str]
    revisions: dict[str, Revision]


def _server_events(calendar: DavCalendar, client: str) -> _Server:
    """The server's events: this client's by UID with their resource, and everyone's content.

    A resource counts as the plan's only when it holds nothing but one of its events; the
    others are listed by UID with their content, so that they are never taken for stale.
    """
    ours = plan_uid_pattern(client)
    server = _Server({}, {}, {}, {})
    events = calendar.events()
    if not isinstance(events, list):  # pragma: no cover - only an async client returns a coroutine
        raise TypeError("expected the events of a synchronous client")
    for event in events:
        data = event.data
        if not data:
            continue
        contents = event_contents(data)
        if len(contents) == 1 and ours.fullmatch(uid := next(iter(contents))):
            server.resources[uid] = event
            server.titles[uid] = _title(data)
            server.contents.update(contents)
            server.revisions.update(_revisions(data))
        else:
            server.contents.update((u, c) for u, c in contents.items() if not ours.fullmatch(u))
    return server


def _revisions(data: str) -> dict[str, Revision]:
    """The revision of a server's copy; none if it cannot be read, so the entry counts as new."""
    try:
        return read_revisions(data.encode("utf-8"))
    except CalendarReadError:
        return {}


def _apply(
    calendar: DavCalendar,
    found: Changes,
    objects: dict[str, bytes],
    resources: dict[str, Event],
) -> None:
    """Create, then update, then delete: an interrupted push never loses an entry first.

    The bytes go to the server as the plan made them: the library's own save would change
    them (it counts up SEQUENCE), and the next push would find every entry changed.
    """
    client = calendar.client
    if client is None:  # pragma: no cover - _calendar always gives the calendar a client
        raise TypeError("the calendar has no client")
    base = str(calendar.url).rstrip("/") + "/"
    writes = [(base + quote(uid, safe="@") + ".ics", objects[uid]) for uid in found.create]
    writes += [(str(resources[uid].url), objects[uid]) for uid in found.update]
    for url, ics in writes:
        _answered(url, client.put(url, ics.decode("utf-8"), _ICS))
    for uid in found.delete:
        url = str(resources[uid].url)
        _answered(url, client.delete(url))


def _answered(url: str, response: DAVResponse) -> None:
    """A refused write as an error, not as silence."""
    if response.status not in _DONE:
        raise PushError(f"{url}: the CalDAV server refused the change (HTTP {response.status})")


@contextmanager
def _translated(url: str) -> Iterator[None]:
    """What the server or the network said, as one line naming the calendar."""
    host = urlsplit(url).hostname or url
    try:
        yield
    except error.AuthorizationError:
        raise PushError(
            f"{url}: the server refused the credentials; set {USER_VARIABLE} and "
            f"{PASSWORD_VARIABLE}, or a netrc entry for {host}"
        ) from None
    except error.NotFoundError:
        raise PushError(f"{url}: there is no calendar at this address (404)") from None
    except error.DAVError as exc:
        raise PushError(f"{url}: the CalDAV server refused: {_first_line(exc)}") from None
    except OSError as exc:
        raise PushError(f"{url}: cannot reach the CalDAV server: {_first_line(exc)}") from None


def _first_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split("\n", 1)[0].split())
    return text or type(exc).__name__
