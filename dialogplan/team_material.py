"""The team's own material, spread over the plan: its questions, its places, its seed.

A topic's questions take turns and rest on a channel after use, a goal's places are offered
only on the channels they belong to, and each client's seed keeps two plans of one agency
from walking through the same wordings in the same order.
"""

from __future__ import annotations

import re
import zlib
from collections import Counter
from collections.abc import Sequence
from datetime import date, timedelta

from dialogplan.catalogue import catalogue
from dialogplan.entry import Entry
from dialogplan.strategy import Strategy

#: Days a topic's own question rests on a channel after it was asked there.
QUESTION_REST_DAYS = 84
#: Client seeds run from 0 to this (a prime, so no list length of a template divides it).
CLIENT_SEEDS = 1009


#: Platforms a place may name ("the Facebook group …", "Schülerzeitungen auf Instagram"),
#: matched at the start of a word; each channel belongs to the one its name starts with, and
#: a place on a platform that is no channel here (GitHub, Discord) to none.
PLATFORMS = re.compile(
    r"\b(linkedin|xing|facebook|instagram|mastodon|bluesky|youtube|pinterest|tiktok|reddit"
    r"|github|gitlab|discord|slack|whatsapp|telegram|nextdoor)"
    r"|(?<!\w)r/",
    re.IGNORECASE,
)


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

    A question rests on a channel for :data:`QUESTION_REST_DAYS` after it was asked there:
    the next one of the topic takes its place, and when all rest the entry gets none (its
    template has lines of its own). A reply round gets the question after its post's, to
    take the conversation one step further with the people who answered; none where the
    topic has no other.
    """
    questions = {t.title: t.questions for t in strategy.topics if t.questions}
    seen: Counter[str] = Counter()
    asked: dict[tuple[str, str], date] = {}
    found = [""] * len(entries)
    by_uid = {entry.uid: i for i, entry in enumerate(entries)}
    for i in sorted(range(len(entries)), key=lambda i: entries[i].start):
        entry = entries[i]
        pool = questions.get(entry.topic)
        if not pool:
            continue
        if entry.follows_up:
            post = by_uid.get(entry.follows_up)
            found[i] = _next(pool, found[post]) if post is not None else ""
            continue
        day, rest = entry.start.date(), timedelta(days=QUESTION_REST_DAYS)
        turn = seen[entry.topic]
        for question in (pool[(turn + k) % len(pool)] for k in range(len(pool))):
            last = asked.get((entry.channel, question))
            if last is None or day - last >= rest:
                found[i], asked[(entry.channel, question)] = question, day
                seen[entry.topic] += 1
                break
    return found


def _next(pool: tuple[str, ...], question: str) -> str:
    """The question after ``question`` in its topic, or "" where there is no other."""
    if question not in pool or len(pool) < 2:
        return ""
    return pool[(pool.index(question) + 1) % len(pool)]


__all__ = [
    "CLIENT_SEEDS",
    "QUESTION_REST_DAYS",
    "client_seed",
    "questions_in_turn",
    "reachable_from",
]
