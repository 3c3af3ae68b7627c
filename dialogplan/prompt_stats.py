"""How a plan's prompts read as a whole: repetition, pasted sentences, misplaced rules, events.

A single prompt can look fine and still be the ninth copy of itself this month, or carry the
strategy's audience sentence like every other prompt. These figures are what template authors
and reviewers look at (``dialogplan prompts STRATEGY``) and what the quality tests hold the
examples to. Pure: no clock, no files.

Repetition is judged on *masked* prompts: every string taken from the strategy (topics, goals,
audiences, groups, events, offers, the client's name) becomes ``§`` and every number ``#``, so
two prompts that differ only in what the strategy filled in count as the same text.
"""

from __future__ import annotations

import re
from collections import Counter, deque
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import timedelta

from dialogplan.entry import Entry, RenderedEntry
from dialogplan.prompt_context import PUBLISHING_MOVES, rules_for
from dialogplan.strategy import Strategy

#: A masked prompt must not come back on its channel within this span.
REPEAT_WINDOW = timedelta(days=28)
#: What a strategy string and a number become in a masked prompt.
PLACEHOLDER = "§"
NUMBER_PLACEHOLDER = "#"

_NUMBER = re.compile(r"\d+")
#: Words that state a platform rule: how many hashtags (not "find posts through hashtags"),
#: or a character limit.
_HASHTAGS = {
    "de": re.compile(
        r"\b(?:keine?n?|ohne|höchstens|maximal|max\.|bis zu|eine?n?|zwei|drei|vier|fünf|sechs|"
        r"\d+)\s+(?:\w+\s+)?Hashtags?\b",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(?:no|without|at most|up to|max\.?|maximum|one|two|three|four|five|six|\d+)\s+"
        r"(?:\w+\s+)?hashtags?\b",
        re.IGNORECASE,
    ),
}
_LENGTH = {
    "de": re.compile(r"\d[\d.]*\s*Zeichen|Zeichen(?:limit|grenze|begrenzung|zahl)", re.IGNORECASE),
    "en": re.compile(r"\d[\d,]*\s*characters|character (?:limit|count)", re.IGNORECASE),
}


def strategy_strings(strategy: Strategy) -> Iterator[str]:
    """Every text of the strategy that templates may fill in."""
    yield strategy.name
    yield strategy.client
    yield strategy.audience
    for topic in strategy.topics:
        yield topic.title
        if topic.short:
            yield topic.short
    for goal in strategy.goals:
        yield goal.text
        if goal.who:
            yield goal.who
    for plan in strategy.channels.values():
        if plan.audience:
            yield plan.audience
    for groups in strategy.groups.values():
        yield from groups
    for title, url in _links(strategy):
        yield title
        if url:
            yield url


def _links(strategy: Strategy) -> list[tuple[str, str | None]]:
    """Every offer's and event's title and link; events last, so their links win."""
    offers = [(offer.title, offer.url) for offer in strategy.offers]
    return offers + [(event.title, event.url) for event in strategy.events]


class Masker:
    """Masks prompts of one strategy: its strings become ``§``, numbers ``#``; memoised."""

    def __init__(self, strategy: Strategy) -> None:
        texts = sorted({text for text in strategy_strings(strategy) if text}, key=len, reverse=True)
        alternatives = "|".join(re.escape(text) for text in texts)
        self.pattern = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)") if texts else None
        self.done: dict[str, str] = {}

    def __call__(self, text: str) -> str:
        """The prompt with every strategy string and number replaced."""
        masked = self.done.get(text)
        if masked is None:
            masked = self.pattern.sub(PLACEHOLDER, text) if self.pattern else text
            masked = self.done[text] = _NUMBER.sub(NUMBER_PLACEHOLDER, masked)
        return masked


class RecentTexts:
    """The masked prompts a channel showed lately, for repeat checks in date order."""

    def __init__(self, window: timedelta = REPEAT_WINDOW, *, keep_last: bool = False) -> None:
        self.window = window
        #: Keep the channel's previous prompt however old it is.
        self.keep_last = keep_last
        self.recent: deque[tuple[Entry, str]] = deque()
        self.counts: Counter[str] = Counter()

    def advance(self, entry: Entry) -> None:
        """Forget what lies a full window or more before ``entry``."""
        floor = 1 if self.keep_last else 0
        while len(self.recent) > floor and entry.start - self.recent[0][0].start >= self.window:
            _, text = self.recent.popleft()
            self.counts[text] -= 1

    def __contains__(self, text: object) -> bool:
        return isinstance(text, str) and self.counts[text] > 0

    def add(self, entry: Entry, text: str) -> None:
        """Remember ``entry``'s masked prompt."""
        self.recent.append((entry, text))
        self.counts[text] += 1


@dataclass(frozen=True, slots=True)
class PromptStats:
    """Figures about all prompts of one plan."""

    entries: int
    #: Different prompt texts, unmasked.
    distinct_texts: int
    #: Share of prompts whose masked text the channel already showed in the last 28 days.
    repeat_share: float
    #: Share of prompts containing the audience sentence or a goal text verbatim.
    pasted_share: float
    #: Prompts of moves that publish nothing which still mention hashtags or a length limit.
    rules_on_silent_moves: int
    #: Per event (inside the horizon or announced at all): how many announce entries name it.
    events: Mapping[str, int]
    #: Events inside the horizon that no entry announces.
    unannounced_events: tuple[str, ...]
    #: Announce entries with a link: how many prompts show it, out of how many.
    urls_carried: tuple[int, int]
    #: Entries per (channel, place id, move).
    moves_per_place: Counter[tuple[str, str, str]] = field(default_factory=Counter)

    @property
    def urls_carried_share(self) -> float:
        """Share of announce entries with a link whose prompt shows it; 1.0 when none has one."""
        carried, total = self.urls_carried
        return carried / total if total else 1.0

    def to_text(self) -> str:
        """The figures for people, one per line."""
        carried, total = self.urls_carried
        lines = [
            f"entries: {self.entries}",
            f"distinct prompts: {self.distinct_texts}",
            f"repeated on their channel within 4 weeks (masked): {self.repeat_share:.1%}",
            f"audience or goal sentence pasted: {self.pasted_share:.1%}",
            f"platform rules on moves that publish nothing: {self.rules_on_silent_moves}",
            f"links carried into announcements: {carried} of {total}",
        ]
        if self.events:
            lines.append("events announced:")
            lines.extend(f"  {count}× {title}" for title, count in self.events.items())
        if self.unannounced_events:
            lines.append(f"events never announced: {', '.join(self.unannounced_events)}")
        lines.append("moves per place:")
        lines.extend(
            f"  {channel:<15} {place or '–':<15} {move:<13} {count}"
            for (channel, place, move), count in sorted(self.moves_per_place.items())
        )
        return "\n".join(lines)


def prompt_stats(strategy: Strategy, entries: Sequence[RenderedEntry]) -> PromptStats:
    """The figures for one rendered plan."""
    count = len(entries)
    events, unannounced = _events(strategy, entries)
    return PromptStats(
        entries=count,
        distinct_texts=len({entry.prompt for entry in entries}),
        repeat_share=_share(repeats(strategy, entries), count),
        pasted_share=_share(_pasted(strategy, entries), count),
        rules_on_silent_moves=_rules_on_silent_moves(strategy.language, entries),
        events=events,
        unannounced_events=unannounced,
        urls_carried=_urls_carried(strategy, entries),
        moves_per_place=Counter((e.channel, e.place, e.move) for e in entries),
    )


def spread(entries: Sequence[RenderedEntry], count: int) -> list[RenderedEntry]:
    """``count`` entries spread evenly over the plan, the first one included: a sample."""
    total = len(entries)
    count = min(count, total)
    return [entries[i * total // count] for i in range(count)]


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def repeats(strategy: Strategy, entries: Sequence[RenderedEntry]) -> int:
    """How many prompts repeat a masked prompt of their channel from the last 28 days."""
    mask = Masker(strategy)
    by_channel: dict[str, list[RenderedEntry]] = {}
    for entry in entries:
        by_channel.setdefault(entry.channel, []).append(entry)
    found = 0
    for rows in by_channel.values():
        recent = RecentTexts()
        for entry in sorted(rows, key=lambda e: e.start):
            recent.advance(entry)
            text = mask(entry.prompt)
            found += text in recent
            recent.add(entry, text)
    return found


def _pasted(strategy: Strategy, entries: Sequence[RenderedEntry]) -> int:
    sentences = [strategy.audience, *(goal.text for goal in strategy.goals)]
    return sum(any(s in entry.prompt for s in sentences) for entry in entries)


def mentions_rules(prompt: str, language: str) -> tuple[bool, bool]:
    """Whether a prompt mentions hashtags, and whether it mentions a character limit."""
    return bool(_HASHTAGS[language].search(prompt)), bool(_LENGTH[language].search(prompt))


def _rules_on_silent_moves(language: str, entries: Sequence[RenderedEntry]) -> int:
    """Prompts of moves that publish nothing but speak of hashtags or a length limit.

    A connection note has a limit of its own; mentioning it is right where the rules give one.
    """
    found = 0
    for entry in entries:
        if entry.move in PUBLISHING_MOVES:
            continue
        hashtags, length = mentions_rules(entry.prompt, language)
        if length and entry.move == "connect":
            length = rules_for(entry.move, entry.channel)["note_limit"] is None
        found += hashtags or length
    return found


def _events(
    strategy: Strategy, entries: Sequence[RenderedEntry]
) -> tuple[dict[str, int], tuple[str, ...]]:
    inside = [
        event.title
        for event in strategy.events
        if strategy.start <= event.date <= strategy.last_day
    ]
    named = Counter(entry.announce for entry in entries if entry.move == "announce")
    titles = [*inside, *(t for t in named if t and t not in inside)]
    counts = {title: named[title] for title in dict.fromkeys(titles)}
    return counts, tuple(title for title in dict.fromkeys(inside) if not named[title])


def _urls_carried(strategy: Strategy, entries: Sequence[RenderedEntry]) -> tuple[int, int]:
    links = {title: url for title, url in _links(strategy) if url}
    carried = total = 0
    for entry in entries:
        url = (entry.url or links.get(entry.announce, "")) if entry.move == "announce" else ""
        if url:
            total += 1
            carried += url in entry.prompt
    return carried, total


__all__ = [
    "NUMBER_PLACEHOLDER",
    "PLACEHOLDER",
    "REPEAT_WINDOW",
    "Masker",
    "PromptStats",
    "RecentTexts",
    "mentions_rules",
    "prompt_stats",
    "repeats",
    "spread",
    "strategy_strings",
]
