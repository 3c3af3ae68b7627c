"""How a plan's prompts read as a whole: repetition, pasted sentences, misplaced rules, events.

A single prompt can look fine and still be the ninth copy of itself this month, or carry the
strategy's audience sentence like every other prompt. These figures are what template authors
and reviewers look at (``dialogplan prompts STRATEGY``) and what the quality tests hold the
examples to. Pure: no clock, no files.

Repetition is judged on masked prompts and sentences (:mod:`dialogplan.prompt_text`): whole
prompts rarely repeat once they are composed from parts; single sentences do.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from dialogplan.announcements import (
    event_windows,
    invited_weekly,
    offer_runs,
    public_invitations,
)
from dialogplan.entry import RenderedEntry
from dialogplan.prompt_context import PUBLISHING_MOVES, rules_for
from dialogplan.prompt_text import (
    Masker,
    RecentSentences,
    RecentTexts,
    Sentences,
    links,
    mentions_rules,
    named_in,
)
from dialogplan.strategy import Event, Offer, Strategy


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
    #: Events inside the horizon that no announcement or own post invites to.
    unannounced_events: tuple[str, ...]
    #: Announce entries with a link: how many prompts show it, out of how many.
    urls_carried: tuple[int, int]
    #: Share of masked sentences (of :data:`MIN_SENTENCE` characters or more, no rules
    #: sentence) that their channel already showed in the 28 days before.
    sentence_repeat_share: float = 0.0
    #: The most prompts of the plan any such masked sentence appears in, and that sentence.
    max_sentence_uses: tuple[int, str] = (0, "")
    #: Share of prompts naming a goal's people (``who``) or a channel's audience word for
    #: word: meant to be built into sentences, but a long phrase in many prompts reads pasted.
    who_share: float = 0.0
    #: Entries per (channel, place id, move).
    moves_per_place: Counter[tuple[str, str, str]] = field(default_factory=Counter)
    #: Per event whose four weeks before it overlap the horizon: the channel-weeks with an
    #: announcement of it or an own post inviting to it, as ``check`` counts them.
    event_invitations: Mapping[str, int] = field(default_factory=dict)
    #: Per event: how many prompts other than its announcements name it (title or short
    #: form), as own posts, replies and thank-you rounds before and after it do.
    event_mentions: Mapping[str, int] = field(default_factory=dict)
    #: The weekly offers that posts giving their next time invite to often enough, as
    #: ``check`` counts them (:func:`invited_weekly`).
    weekly: frozenset[str] = frozenset()

    def _event_line(self, title: str, count: int) -> str:
        """One event's figures, each named for what it counts.

        "0× announced; counted by check as announced 4×" read as a contradiction: the check
        counts the weeks of each channel with an announcement or an own post that invites.
        "0 announcements" before those weeks still alarmed writers whose `validate` was clean.
        """
        weeks = self.event_invitations.get(title)
        told = f"{count} {'announcement' if count == 1 else 'announcements'}"
        invitations = f"{weeks} invitation{'' if weeks == 1 else 's'}"
        if weeks and count:
            told += (
                f"; {invitations} as validate counts them (announcements and own posts with its "
                "day, one a week per channel)"
            )
        elif weeks:
            told = (
                f"no announcement of its own; {invitations} as validate counts them (own posts "
                "with its day, one a week per channel)"
            )
        named = self.event_mentions.get(title, 0)
        if title in self.weekly and not count:
            # "0 announcements" beside a clean `validate` puzzled four writers of weekly
            # offers in a row: posts that give its next time invite to it.
            return (
                f"  {title}: no announcement of its own; a weekly offer, named with its next "
                f"time or linked in {named} prompts, which invite to it"
            )
        return f"  {title}: {told}, named or linked in {named} more prompts"

    @property
    def urls_carried_share(self) -> float:
        """Share of announce entries with a link whose prompt shows it; 1.0 when none has one."""
        carried, total = self.urls_carried
        return carried / total if total else 1.0

    def _most_used(self) -> str:
        uses, sentence = self.max_sentence_uses
        return f"{uses}× {sentence}" if uses else "–"

    def to_text(self) -> str:
        """The figures for people, one per line."""
        carried, total = self.urls_carried
        lines = [
            f"entries: {self.entries}",
            f"distinct prompts: {self.distinct_texts}",
            f"repeated on their channel within 4 weeks (masked): {self.repeat_share:.1%}",
            f"sentences repeated on their channel (masked): {self.sentence_repeat_share:.1%}",
            f"most-used sentence (masked): {self._most_used()}",
            f"audience or goal sentence pasted: {self.pasted_share:.1%}",
            f"goal's people named word for word: {self.who_share:.1%}",
            f"platform rules on moves that publish nothing: {self.rules_on_silent_moves}",
            f"announcements with a link that show it: {carried} of {total}",
        ]
        if self.events:
            lines.append("events and offers:")
            lines.extend(self._event_line(title, count) for title, count in self.events.items())
        if self.unannounced_events:
            never = ", ".join(self.unannounced_events)
            lines.append(f"events no post announces or invites to: {never}")
        lines.append("moves per place:")
        lines.extend(
            f"  {channel:<15} {place or '–':<15} {move:<13} {count}"
            for (channel, place, move), count in sorted(self.moves_per_place.items())
        )
        return "\n".join(lines)


def prompt_stats(strategy: Strategy, entries: Sequence[RenderedEntry]) -> PromptStats:
    """The figures for one rendered plan."""
    count = len(entries)
    invited = public_invitations(event_windows(strategy), entries)
    events, unannounced = _events(strategy, entries, invited)
    repeated, total, most_used = _sentence_figures(strategy, entries)
    return PromptStats(
        entries=count,
        distinct_texts=len({entry.prompt for entry in entries}),
        repeat_share=_share(repeats(strategy, entries), count),
        pasted_share=_share(_pasted(strategy, entries), count),
        rules_on_silent_moves=_rules_on_silent_moves(strategy.language, entries),
        events=events,
        unannounced_events=unannounced,
        urls_carried=_urls_carried(strategy, entries),
        sentence_repeat_share=_share(repeated, total),
        max_sentence_uses=most_used,
        who_share=_share(_who_named(strategy, entries), count),
        moves_per_place=Counter((e.channel, e.place, e.move) for e in entries),
        event_invitations=dict(invited),
        event_mentions=mentions(strategy, entries),
        weekly=_invited_weekly(strategy, entries),
    )


def _invited_weekly(strategy: Strategy, entries: Sequence[RenderedEntry]) -> frozenset[str]:
    """The weekly offers that posts giving their next time invite to often enough."""
    pointing = Counter(entry.invites for entry in entries)
    return frozenset(
        o.title for o in strategy.offers if invited_weekly(strategy, o, pointing[o.title])
    )


def spread(entries: Sequence[RenderedEntry], count: int) -> list[RenderedEntry]:
    """``count`` entries spread evenly over the plan, the first one included: a sample."""
    total = len(entries)
    count = min(count, total)
    return [entries[i * total // count] for i in range(count)]


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def _by_channel(entries: Sequence[RenderedEntry]) -> list[list[RenderedEntry]]:
    """Each channel's entries in date order: repeats are judged per channel."""
    channels: dict[str, list[RenderedEntry]] = {}
    for entry in entries:
        channels.setdefault(entry.channel, []).append(entry)
    return [sorted(rows, key=lambda e: e.start) for rows in channels.values()]


def repeats(strategy: Strategy, entries: Sequence[RenderedEntry]) -> int:
    """How many prompts repeat a masked prompt of their channel from the last 28 days."""
    mask = Masker(strategy)
    found = 0
    for rows in _by_channel(entries):
        recent = RecentTexts()
        for entry in rows:
            recent.advance(entry)
            text = mask(entry.prompt)
            found += text in recent
            recent.add(entry, text)
    return found


def _sentence_figures(
    strategy: Strategy, entries: Sequence[RenderedEntry]
) -> tuple[int, int, tuple[int, str]]:
    """Sentences repeated on their channel within 28 days, all sentences, the most used one.

    Each prompt counts a sentence once. Ties for the most used: the one the plan shows first.
    """
    mask, split = Masker(strategy), Sentences(strategy.language)
    uses: Counter[str] = Counter()
    for entry in entries:
        uses.update(split(mask(entry.prompt)))
    repeated = 0
    for rows in _by_channel(entries):
        recent = RecentSentences()
        for entry in rows:
            recent.advance(entry)
            sentences = split(mask(entry.prompt))
            repeated += recent.count(sentences)
            recent.add(entry, sentences)
    most = uses.most_common(1)
    return repeated, sum(uses.values()), (most[0][1], most[0][0]) if most else (0, "")


def _pasted(strategy: Strategy, entries: Sequence[RenderedEntry]) -> int:
    sentences = [strategy.audience, *(goal.text for goal in strategy.goals)]
    return sum(any(s in entry.prompt for s in sentences) for entry in entries)


def _who_named(strategy: Strategy, entries: Sequence[RenderedEntry]) -> int:
    people = {goal.who for goal in strategy.goals if goal.who}
    people |= {plan.audience for plan in strategy.channels.values() if plan.audience}
    return sum(any(who in entry.prompt for who in people) for entry in entries)


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
    strategy: Strategy, entries: Sequence[RenderedEntry], invited: Mapping[str, int]
) -> tuple[dict[str, int], tuple[str, ...]]:
    inside = [
        event.title
        for event in strategy.events
        if strategy.start <= event.date <= strategy.last_day
    ]
    # An offer that runs inside the horizon is listed too, announced or not: a summer
    # course the plan never announces is what an author needs to see.
    running = [
        offer.title
        for offer in strategy.offers
        if offer_runs(offer, strategy.start, strategy.last_day)
    ]
    named = Counter(entry.announce for entry in entries if entry.move == "announce")
    titles = [*inside, *running, *(t for t in named if t and t not in inside)]
    counts = {title: named[title] for title in dict.fromkeys(titles)}
    never = tuple(t for t in dict.fromkeys(inside) if not named[t] and not invited.get(t))
    return counts, never


def mentions(strategy: Strategy, entries: Sequence[RenderedEntry]) -> dict[str, int]:
    """How many prompts besides its announcements name each event and offer, or link to it.

    A short form or a link several of them share (six open days, each "our open day") names
    none by itself; a prompt that invites to one of them (``invites``) names that one.
    """
    invitations: list[Event | Offer] = [*strategy.events, *strategy.offers]
    shared = Counter(n for e in invitations for n in {e.short, e.url} if n)
    names = {
        e.title: [n for n in (e.title, e.short, e.url) if n and (n == e.title or shared[n] < 2)]
        for e in invitations
    }
    return {
        title: sum(
            entry.move != "announce"
            and (entry.invites == title or any(named_in(name, entry.prompt) for name in forms))
            for entry in entries
        )
        for title, forms in names.items()
    }


def _urls_carried(strategy: Strategy, entries: Sequence[RenderedEntry]) -> tuple[int, int]:
    by_title = {title: url for title, url in links(strategy) if url}
    carried = total = 0
    for entry in entries:
        url = (entry.url or by_title.get(entry.announce, "")) if entry.move == "announce" else ""
        if url:
            total += 1
            carried += url in entry.prompt
    return carried, total


__all__ = ["PromptStats", "prompt_stats", "repeats", "spread"]
