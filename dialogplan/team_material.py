"""The team's own material, spread over the plan: its questions, its places, its seed.

A topic's questions take turns and rest on a channel after use, a goal's places are offered
only on the channels they belong to, and each client's seed keeps two plans of one agency
from walking through the same wordings in the same order.
"""

from __future__ import annotations

import re
import zlib
from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import date, timedelta

from dialogplan.catalogue import catalogue
from dialogplan.entry import Entry
from dialogplan.seasons import question_months
from dialogplan.strategy import Event, Offer, Strategy

#: The days a question about an offer or event may be asked: from, until (None: open).
Windows = Mapping[str, tuple[date | None, date | None]]

#: The team's own posts, which may ask its question about an offer or event, and their
#: reply rounds.
OWN_QUESTION_MOVES = frozenset({"ask", "story", "article", "reply"})
#: Days a topic's own question rests on a channel after it was asked there.
QUESTION_REST_DAYS = 84
#: Client seeds run from 0 to this (a prime, so no list length of a template divides it).
CLIENT_SEEDS = 1009


#: Platforms a place may name ("the Facebook group …", "Schülerzeitungen auf Instagram"),
#: matched at the start of a word; each channel belongs to the one its name starts with, and
#: a place on a platform that is no channel here (GitHub, Discord) to none.
_PLATFORM_NAMES = (
    r"\b(linkedin|xing|facebook|instagram|mastodon|bluesky|youtube|pinterest|tiktok|reddit"
    r"|github|gitlab|discord|slack|whatsapp|telegram|nextdoor)"
)
PLATFORMS = re.compile(_PLATFORM_NAMES + r"|(?<!\w)r/", re.IGNORECASE)


#: A platform named at the end of a place ("Thornwick Bay Noticeboard on Facebook"), which a
#: prompt for that platform already says.
_ON_PLATFORM = re.compile(r"\s+(?:on|auf|bei)\s+" + _PLATFORM_NAMES + r"\s*$", re.IGNORECASE)


def named_here(place: str) -> str:
    """A place as a prompt on its own platform names it: without a trailing "on Facebook"."""
    return _ON_PLATFORM.sub("", place)


#: A fediverse handle (``@kirkstallnews@example.social``): an account on Mastodon.
FEDIVERSE_HANDLE = re.compile(r"(?<![\w@])@[\w.-]+@[\w-]+(?:\.[\w-]+)+")


def reachable_from(channel: str, place: str) -> bool:
    """Whether a goal's place can be visited from ``channel``.

    A place that names a platform belongs to it: a Facebook group is no place to look for
    Instagram comments, and a fediverse handle is no Instagram account. A hashtag belongs to
    every channel whose people browse by hashtag: on a Facebook page nobody looks for
    conversations that way.
    """
    named = {(m.group(1) or "reddit").lower() for m in PLATFORMS.finditer(place)}
    if FEDIVERSE_HANDLE.search(place):
        named.add("mastodon")
    if named:
        return channel.split("-", maxsplit=1)[0] in named
    return not place.startswith("#") or catalogue()[channel].found_by_hashtag


def client_seed(client: str) -> int:
    """A number of the client's own, the same on every run.

    Built-in templates add it to ``turn``, so two teams' plans do not walk through the same
    wordings in the same order.
    """
    return zlib.crc32(client.encode("utf-8")) % CLIENT_SEEDS


def questions_in_turn(strategy: Strategy, entries: Sequence[Entry]) -> list[str]:
    """For each entry, one of its topic's own questions, in turn and in date order; or "".

    In the team's own posts, the questions of the offers and events that list the topic count
    as its own while they are current. A question that names a month or season is asked only
    then. A question rests on a channel for :data:`QUESTION_REST_DAYS` after it was asked
    there: the next one of the topic takes its place, and when all rest the entry gets none
    (its template has lines of its own). A reply round gets the next timely question after
    its post's, to take the conversation one step further with the people who answered; none
    where the topic has no other.
    """
    questions = {t.title: t.questions for t in strategy.topics if t.questions}
    # The team's question about an offer or event belongs in its own posts on the topics the
    # offer or event lists, while the offer runs or until the event: a post about the puppy
    # classes can ask what people would most like their puppy to learn.
    own = dict(questions)
    windows: dict[str, tuple[date | None, date | None]] = {}
    items: list[Offer | Event] = [*strategy.offers, *strategy.events]
    for item in items:
        if not item.question:
            continue
        windows[item.question] = (
            (None, item.date) if isinstance(item, Event) else (item.start, item.until)
        )
        for topic in item.topics:
            own[topic] = (*own.get(topic, ()), item.question)
    seen: Counter[str] = Counter()
    asked: dict[tuple[str, str], date] = {}
    found = [""] * len(entries)
    by_uid = {entry.uid: i for i, entry in enumerate(entries)}
    for i in sorted(range(len(entries)), key=lambda i: entries[i].start):
        entry = entries[i]
        pool = (own if entry.move in OWN_QUESTION_MOVES else questions).get(entry.topic)
        if not pool:
            continue
        if entry.follows_up:
            post = by_uid.get(entry.follows_up)
            day = entry.start.date()
            found[i] = _next(pool, found[post], day, windows) if post is not None else ""
            continue
        day, rest = entry.start.date(), timedelta(days=QUESTION_REST_DAYS)
        turn = seen[entry.topic]
        for question in (pool[(turn + k) % len(pool)] for k in range(len(pool))):
            last = asked.get((entry.channel, question))
            if _timely(question, day, windows) and (last is None or day - last >= rest):
                found[i], asked[(entry.channel, question)] = question, day
                seen[entry.topic] += 1
                break
    return found


def _timely(question: str, day: date, windows: Windows) -> bool:
    """Whether ``day`` lies in the months a question names and in its offer's or event's days."""
    months = question_months(question)
    first, last = windows.get(question, (None, None))
    return (
        (months is None or day.month in months)
        and (first is None or first <= day)
        and (last is None or day <= last)
    )


def _next(pool: tuple[str, ...], question: str, day: date, windows: Windows) -> str:
    """The first timely question after ``question`` in its topic, or "" where there is none."""
    if question not in pool:
        return ""
    at = pool.index(question)
    later = (pool[(at + k) % len(pool)] for k in range(1, len(pool)))
    return next((q for q in later if _timely(q, day, windows)), "")


__all__ = [
    "CLIENT_SEEDS",
    "QUESTION_REST_DAYS",
    "client_seed",
    "named_here",
    "questions_in_turn",
    "reachable_from",
]
