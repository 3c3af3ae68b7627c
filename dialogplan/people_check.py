"""Findings about people: who the budget cannot keep in touch with, and who was not reached.

The planner names contacts in entries (:mod:`dialogplan.people_plan`); this module holds the
named plan against the contacts file, and, with an activity log that has a ``contact``
column, against what the team did:

- ``losing-touch``: contacts on planned channels who go longer than their interval without
  a touch, counting from their last contact or from the plan's start, whichever is later:
  how many, which tier, and what it would take (more minutes a week, or a longer interval);
- ``out-of-touch``: contacts whose last contact lies more than twice their interval back at
  the plan's start;
- ``contacts-elsewhere``: contacts due during the plan on channels it does not work on;
- ``missed-news``: news inside the plan that no congratulation could be planned for;
- with a log: ``not-reached`` (named entries up to the check day whose person no row of the
  log names since a week before the entry) and ``overdue`` (contacts whose last contact,
  recorded or logged, lies more than their interval before the check day).

Findings carry counts only, never a name, because they go to Prefect's artifacts and logs;
the names are kept apart (:class:`PeopleCheck`) for the team's own report.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, cast

from dialogplan.activity_log import LoggedActivity
from dialogplan.contacts import TIERS, Contact, Tier
from dialogplan.entry import Calendar, Entry
from dialogplan.findings import FINDINGS_LANGUAGE, Finding, Severity
from dialogplan.labels import channel_label
from dialogplan.people_plan import (
    name_people,
    news_channels,
    news_window,
    planned_people,
    reason,
    touch_moves,
)
from dialogplan.places import moves_of
from dialogplan.schedule import schedule_work
from dialogplan.strategy import Strategy
from dialogplan.trials import MORE_MINUTES, budget_after, more_minutes

#: How a row with its own number of days shows in the per-tier table.
OWN_DAYS = "own days"
#: The tiers in table order.
TIER_ORDER = (*TIERS, OWN_DAYS)
#: The moves that keep people in touch, as a finding names them.
TOUCH_NOUNS = {
    "meet": "meetings",
    "thank": "thank-yous",
    "comment": "comment rounds",
    "reply": "rounds of answering the replies to an issue",
}
#: How many longer intervals are tried before the finding suggests none.
INTERVAL_TRIES = 8
#: The tier to move contacts to when the plan cannot keep them all in theirs.
LOWER_TIER: dict[str, Tier] = {"close": "regular", "regular": "loose"}
#: A logged touch counts for a named entry from this many days before it.
REACHED_BEFORE = timedelta(days=7)


@dataclass(frozen=True, slots=True)
class TierRow:
    """One line of the per-tier table: counts only, safe for any log."""

    tier: str
    contacts: int
    due: int
    planned: int
    losing: int


@dataclass(frozen=True, slots=True)
class PeopleCheck:
    """The per-tier table, the findings (counts only) and, for the report, who is meant."""

    tiers: tuple[TierRow, ...]
    findings: tuple[Finding, ...]
    losing: tuple[Contact, ...] = ()
    out_of_touch: tuple[Contact, ...] = ()
    elsewhere: tuple[Contact, ...] = ()
    missed_news: tuple[Contact, ...] = ()
    not_reached: tuple[Contact, ...] = ()
    overdue: tuple[Contact, ...] = ()


#: A plan without contacts has nothing to say about people.
NO_PEOPLE = PeopleCheck((), ())


def tier_of(contact: Contact) -> str:
    """The contact's tier as the table shows it."""
    return contact.tier or OWN_DAYS


@dataclass(frozen=True, slots=True)
class _Kept:
    """How the plan keeps one contact: its touches and the longest stretch without one."""

    contact: Contact
    touches: tuple[date, ...]
    longest: int
    #: Whether the contact's interval runs out before the plan ends (or was never started).
    due: bool

    @property
    def losing(self) -> bool:
        """Too long a stretch, or due and never named: the plan cannot wait for them."""
        return self.longest > self.contact.interval.days or (self.due and not self.touches)


def _kept(strategy: Strategy, contact: Contact, touches: Sequence[date]) -> _Kept:
    """The longest stretch without a touch in the plan.

    Stretches run from the last contact or the plan's start, whichever is later, to each
    touch, and from the last touch to the day after the plan's last day.
    """
    since = max(contact.last_contact or strategy.start, strategy.start)
    longest = 0
    for day in (*touches, strategy.last_day + timedelta(days=1)):
        longest = max(longest, (day - since).days)
        since = day
    return _Kept(contact, tuple(touches), longest, _due_in_plan(strategy, contact))


def _due_in_plan(strategy: Strategy, contact: Contact) -> bool:
    return contact.due is None or contact.due <= strategy.last_day


def check_people(
    strategy: Strategy,
    entries: Sequence[Entry],
    log: Sequence[LoggedActivity] | None = None,
    as_of: date | None = None,
    *,
    work: Calendar | None = None,
) -> PeopleCheck:
    """The people findings of a named plan, and with a log, of what the team did.

    ``work`` is the same plan before anyone was named in it
    (:func:`dialogplan.schedule.schedule_work`), which the suggestions are tried on; without
    it, it is made again when a finding needs it.
    """
    people = tuple(strategy.people)
    if not people:
        return NO_PEOPLE
    touches = _touches(strategy, entries)
    congratulated = _congratulated(strategy, entries)
    losing = [k for k in _kept_all(strategy, touches) if k.losing]
    check = PeopleCheck(
        tiers=_tiers(strategy, people, touches, losing),
        findings=(),
        losing=tuple(k.contact for k in losing),
        out_of_touch=tuple(c for c in people if _long_ago(strategy, c)),
        elsewhere=tuple(
            c for c in people if c.channel not in strategy.channels and _due_in_plan(strategy, c)
        ),
        missed_news=tuple(
            c
            for c in planned_people(strategy)
            if _news_in_plan(strategy, c) and c.row not in congratulated
        ),
    )
    if log is not None and as_of is not None:
        check = _with_log(strategy, check, entries, log, as_of)
    return _with_findings(strategy, check, losing, work)


def _touches(strategy: Strategy, entries: Iterable[Entry]) -> dict[int, list[date]]:
    """The days each contact (by row) is named in the plan."""
    touches: dict[int, list[date]] = {}
    for entry in entries:
        if entry.contact_row:
            touches.setdefault(entry.contact_row, []).append(
                entry.start.astimezone(strategy.zone).date()
            )
    return touches


def _congratulated(strategy: Strategy, entries: Iterable[Entry]) -> set[int]:
    """The rows of the contacts an entry congratulates on their news."""
    rows = {c.row: c for c in strategy.people}
    return {
        entry.contact_row
        for entry in entries
        if entry.contact_row in rows
        and reason(
            strategy, rows[entry.contact_row], entry, entry.start.astimezone(strategy.zone).date()
        )
        == "news"
    }


def _kept_all(strategy: Strategy, touches: dict[int, list[date]]) -> list[_Kept]:
    return [_kept(strategy, c, touches.get(c.row, ())) for c in planned_people(strategy)]


def _tiers(
    strategy: Strategy,
    people: Sequence[Contact],
    touches: dict[int, list[date]],
    losing: Sequence[_Kept],
) -> tuple[TierRow, ...]:
    contacts = Counter(tier_of(c) for c in people)
    due = Counter(tier_of(c) for c in people if _due_in_plan(strategy, c))
    planned = Counter(tier_of(c) for c in people if c.row in touches)
    lost = Counter(tier_of(k.contact) for k in losing)
    return tuple(
        TierRow(tier, contacts[tier], due[tier], planned[tier], lost[tier])
        for tier in TIER_ORDER
        if contacts[tier]
    )


def _long_ago(strategy: Strategy, contact: Contact) -> bool:
    last = contact.last_contact
    return last is not None and (strategy.start - last) > 2 * contact.interval


def _news_in_plan(strategy: Strategy, contact: Contact) -> bool:
    window = news_window(contact)
    return window is not None and window[1] >= strategy.start and window[0] <= strategy.last_day


def _with_log(
    strategy: Strategy,
    check: PeopleCheck,
    entries: Sequence[Entry],
    log: Sequence[LoggedActivity],
    as_of: date,
) -> PeopleCheck:
    """Who was planned but not reached, and who is overdue, by the log's ``contact`` column."""
    logged: dict[str, list[date]] = {}
    for row in log:
        if row.contact and row.day <= as_of:
            logged.setdefault(row.contact.casefold(), []).append(row.day)
    if not logged:
        return check  # a log without the column says nothing about people
    rows = {c.row: c for c in strategy.people}
    zone = strategy.zone
    missed: dict[int, Contact] = {}
    for entry in entries:
        contact = rows.get(entry.contact_row)
        day = entry.start.astimezone(zone).date()
        if contact is None or day > as_of:
            continue
        days = logged.get(contact.name.casefold(), [])
        if not any(day - REACHED_BEFORE <= d <= as_of for d in days):
            missed[contact.row] = contact
    overdue = []
    for contact in planned_people(strategy):
        seen = logged.get(contact.name.casefold(), [])
        recorded = [contact.last_contact] if contact.last_contact else []
        last = max([*seen, *recorded], default=None)
        if last is None or as_of - last > contact.interval:
            overdue.append(contact)
    not_reached = tuple(missed[row] for row in sorted(missed))
    return dataclasses.replace(check, not_reached=not_reached, overdue=tuple(overdue))


def _by_tier(contacts: Iterable[Contact]) -> str:
    counts = Counter(tier_of(c) for c in contacts)
    return ", ".join(f"{tier} {counts[tier]}" for tier in TIER_ORDER if counts[tier])


def _plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def _who(count: int, tier: str) -> str:
    """``3 close contacts go``, ``1 contact with days of its own goes``."""
    if tier == OWN_DAYS:
        noun = _plural(count, "contact with days of its own", "contacts with days of their own")
    else:
        noun = _plural(count, f"{tier} contact", f"{tier} contacts")
    return f"{noun} {'goes' if count == 1 else 'go'}"


def _losing_findings(
    strategy: Strategy, losing: Sequence[_Kept], work: Calendar | None
) -> Iterable[Finding]:
    """One ``losing-touch`` finding per tier, with what keeping them would take."""
    for tier in TIER_ORDER:
        group = [k for k in losing if tier_of(k.contact) == tier]
        if not group:
            continue
        reachable = [
            k
            for k in group
            if touch_moves(k.contact.channel, k.contact.tier)
            & moves_of(strategy, k.contact.channel)
        ]
        yield Finding(
            code="losing-touch",
            severity=Severity.WARNING,
            channel="",
            start=strategy.start,
            end=strategy.last_day,
            message=f"{_who(len(group), tier)} longer than the interval without a touch "
            f"({len(group)} of the {len(planned_people(strategy))} contacts on planned channels)",
            suggestion=_keeping(strategy, group, reachable, work),
        )


def _keeping(
    strategy: Strategy, group: Sequence[_Kept], reachable: Sequence[_Kept], work: Calendar | None
) -> str:
    """What would keep a tier in touch, each way tried before it is given.

    More minutes and a longer interval where the plan can reach them, each only when the
    plan with it keeps them and loses nobody else; by hand where it has no entry that could.
    """
    tier = tier_of(group[0].contact)
    moves = _nouns(set().union(*(touch_moves(k.contact.channel, k.contact.tier) for k in group)))
    ways: list[str] = []
    if reachable:
        trials = _Trials(
            strategy, work or schedule_work(strategy), {k.contact.row for k in reachable}
        )
        channels = sorted({k.contact.channel for k in reachable})
        extra = trials.more_minutes(channels)
        days = trials.interval(tier)
        lower = LOWER_TIER.get(tier)
        if days and lower and days > _tier_limit(strategy, tier, lower):
            days = None  # near the next tier's interval: they are that tier in all but name
        if extra:
            ways.append(
                f"{extra} more minutes a week on {_each(channels)} "
                f"({budget_after(strategy, channels, extra)}), for more {moves}"
            )
        if days:
            ways.append(
                f"keep_in_touch: {{{tier}: {days}}} in the strategy (now "
                f"{strategy.keep_in_touch.days(cast('Tier', tier))})"
                if tier != OWN_DAYS
                else f"{days} days in their rows of the contacts file"
            )
        ways = ways or [_fewer(strategy, tier, reachable, trials)]
    ways = [", or ".join(ways)] if ways else []
    unreachable = [k for k in group if k not in reachable]
    if unreachable:
        ways.append(
            f"the plan has no {moves} on {_labels(unreachable)}: write to "
            f"{'that contact' if len(unreachable) == 1 else 'those contacts'} yourself, or "
            "give them a channel where it has"
        )
    return "; ".join(ways) + "; their names are under People in the report"


def _tier_limit(strategy: Strategy, tier: str, lower: Tier) -> float:
    """The longest interval worth suggesting for a tier: halfway to the next tier's.

    Three teams were told `{close: 87}` or `{close: 88}` beside regular's 90 days (one after
    setting 60 itself): close in name only. Beyond halfway, the suggestion is the next tier.
    """
    keep = strategy.keep_in_touch
    return (keep.days(cast("Tier", tier)) + keep.days(lower)) / 2


def _fewer(strategy: Strategy, tier: str, reachable: Sequence[_Kept], trials: _Trials) -> str:
    """The way left when neither more time nor a longer interval keeps a tier: fewer in it.

    Making the contacts who lose touch the next tier down is tried too: a team that moved
    two close contacts to regular saw a third, regular one lose touch instead.
    """
    lower = LOWER_TIER.get(tier)
    fewer = "contacts with days of their own" if tier == OWN_DAYS else f"{tier} contacts"
    longer = (
        f"an interval up to {lower}'s {strategy.keep_in_touch.days(lower)} days"
        if lower
        else "a longer interval"
    )
    rows = {k.contact.row for k in reachable}
    if lower and trials.demoted(rows, lower):
        them = "that contact" if len(rows) == 1 else f"those {len(rows)} contacts"
        return (
            f"make {them} {lower} in the contacts file: tried, the plan then keeps everyone; "
            f"neither {MORE_MINUTES[-1]} more minutes a week nor {longer} keeps them as {tier}"
            + _kept_by(reachable, tier, lower)
        )
    demoting = f" (making them all {lower} was tried: not everyone is kept then either)"
    demoting = demoting if lower else ""
    return (
        f"fewer {fewer} on {_labels(reachable)}{demoting}: neither "
        f"{MORE_MINUTES[-1]} more minutes a week nor {longer} keeps them all"
        + _why_not(reachable, tier)
    )


def _why_not(reachable: Sequence[_Kept], tier: str) -> str:
    """What holds a tier back: the longest stretch, and the only entries that touch them.

    "Neither 60 more minutes nor a longer interval" alone left five teams with no idea why:
    on a newsletter, only the rounds after an issue name a close contact, and two of them
    share every such round.
    """
    worst = max(reachable, key=lambda k: k.longest - k.contact.interval.days)
    moves = set().union(*(touch_moves(k.contact.channel, tier) for k in reachable))
    return (
        f" (the longest stretch without a touch is {worst.longest} days against "
        f"{worst.contact.interval.days}; only {_nouns(moves)} name a {tier} contact there, "
        "and each names one)"
    )


def _kept_by(reachable: Sequence[_Kept], tier: str, lower: str) -> str:
    """Why the next tier down keeps contacts the same interval did not: it has more moves.

    Teams read "neither an interval up to regular's 90 days nor …, but make them regular" as
    a contradiction: close contacts are kept by fewer kinds of entry than regular ones.
    """
    channels = {k.contact.channel for k in reachable}
    moves = set().union(*(touch_moves(c, tier) for c in channels))
    more = set().union(*(touch_moves(c, lower) for c in channels)) - moves
    if not more:
        return ""
    return (
        f" (as {tier} contacts only {_nouns(moves)} keep them in touch, as {lower} ones "
        f"{_nouns(more)} too)"
    )


def _nouns(moves: Iterable[str]) -> str:
    nouns = [TOUCH_NOUNS[m] for m in TOUCH_NOUNS if m in set(moves)]
    return " or ".join([", ".join(nouns[:-1]), nouns[-1]] if len(nouns) > 1 else nouns)


def _each(channels: Sequence[str]) -> str:
    """Channels that each get the extra minutes, as a suggestion names them."""
    labels = sorted(channel_label(c, FINDINGS_LANGUAGE) for c in channels)
    return ("each of " if len(labels) > 1 else "") + ", ".join(labels)


def _labels(kept: Iterable[_Kept]) -> str:
    return ", ".join(sorted({channel_label(k.contact.channel, FINDINGS_LANGUAGE) for k in kept}))


class _Trials:
    """The plan with one change a finding would suggest, to see whether it keeps its promise.

    A suggestion that was never tried sent teams round in circles: more minutes that went to
    other moves, a longer interval that moved turns later still, or kept these contacts and
    lost others. A change counts when it keeps the contacts in ``rows`` and everyone the plan
    keeps now.
    """

    def __init__(self, strategy: Strategy, work: Calendar, rows: set[int]) -> None:
        self.strategy, self.work, self.rows = strategy, work, rows
        kept = self._kept(strategy, work)
        self.watched = rows | {k.contact.row for k in kept if not k.losing}

    @staticmethod
    def _kept(strategy: Strategy, work: Calendar) -> list[_Kept]:
        return _kept_all(strategy, _touches(strategy, name_people(strategy, work)))

    def _losing(self, strategy: Strategy, work: Calendar) -> list[_Kept]:
        kept = self._kept(strategy, work)
        return [k for k in kept if k.losing and k.contact.row in self.watched]

    def more_minutes(self, channels: Sequence[str]) -> int | None:
        """The fewest of :data:`MORE_MINUTES` a week on each channel that keep them all."""
        return more_minutes(
            self.strategy, channels, lambda trial, work: not self._losing(trial, work)
        )

    def interval(self, tier: str) -> int | None:
        """The shortest interval found that keeps them all, or None (also when they need none).

        A tier's interval applies to every contact of the tier, so it is tried on all of
        them; "own days" only on the contacts that lose touch. Longer intervals are tried
        until one holds, then shorter ones between it and the last that did not: the
        longest stretch a contact had is an upper bound, not the least that works. Longer
        than the plan keeps nobody in touch: None.
        """
        strategy = self.strategy
        changed = (
            self.rows if tier == OWN_DAYS else {c.row for c in strategy.people if c.tier == tier}
        )
        plan_days = (strategy.last_day - strategy.start).days + 1
        failed, days = 0, 0
        for _ in range(INTERVAL_TRIES):
            losing = self._losing_with(changed, days)
            if not losing:
                return self._shortest(changed, failed, days) if days else None
            failed = days
            # Others who lose their turns get more room as the changed contacts need fewer.
            needed = (_needed(strategy, k) for k in losing if k.contact.row in changed)
            days = max([days + 1, days * 5 // 4, *needed])
            if days > plan_days:
                return None
        return None

    def demoted(self, rows: set[int], tier: Tier) -> bool:
        """Whether the plan keeps everyone once the contacts in ``rows`` are ``tier``."""
        days = timedelta(days=self.strategy.keep_in_touch.days(tier))
        trial = _with_contacts(self.strategy, rows, tier=tier, interval=days)
        return not self._losing(trial, self.work)

    def _losing_with(self, changed: set[int], days: int) -> list[_Kept]:
        interval = timedelta(days=days)
        trial = _with_contacts(self.strategy, changed, interval=interval) if days else self.strategy
        return self._losing(trial, self.work)

    def _shortest(self, changed: set[int], failed: int, holds: int) -> int:
        """The shortest interval between one that failed and one that holds, halving."""
        low = max(failed, min(c.interval.days for c in self.strategy.people if c.row in changed))
        for _ in range(INTERVAL_TRIES):
            if holds - low <= 1:
                break
            middle = (low + holds) // 2
            if self._losing_with(changed, middle):
                low = middle
            else:
                holds = middle
        return holds


def _needed(strategy: Strategy, kept: _Kept) -> int:
    """The interval that would have covered this contact's stretches in the plan."""
    if kept.touches:
        return kept.longest
    since = kept.contact.last_contact or strategy.start
    return (strategy.last_day - since).days + 1


def _with_contacts(strategy: Strategy, rows: set[int], **fields: Any) -> Strategy:
    """The strategy with ``fields`` changed for the contacts in ``rows``, as a trial has it."""
    people = strategy.people
    changed = tuple(dataclasses.replace(c, **fields) if c.row in rows else c for c in people)
    return strategy.with_people(dataclasses.replace(people, people=changed))


def _with_findings(
    strategy: Strategy, check: PeopleCheck, losing: Sequence[_Kept], work: Calendar | None
) -> PeopleCheck:
    """The check with its findings: counts, tiers and channels, never a name."""
    found = list(_losing_findings(strategy, losing, work))
    if check.out_of_touch:
        found.append(
            _info(
                strategy,
                "out-of-touch",
                f"{_plural(len(check.out_of_touch), 'contact was', 'contacts were')} last in "
                f"touch more than twice their interval before the plan starts "
                f"({_by_tier(check.out_of_touch)})",
                "a warm line first, before any request; planning ahead, a touch before the "
                "plan starts counts once it is in last_contact: their names are under People in "
                "the report",
            )
        )
    if check.elsewhere:
        channels = Counter(c.channel for c in check.elsewhere)
        found.append(
            _info(
                strategy,
                "contacts-elsewhere",
                f"{_plural(len(check.elsewhere), 'contact is', 'contacts are')} due on "
                f"channels this plan does not work on "
                f"({', '.join(f'{ch} {n}' for ch, n in sorted(channels.items()))})",
                "reach them there yourself, or add the channel to the strategy",
            )
        )
    if check.missed_news:
        # The finding spans the news it is about, not the plan: "18 January", not the start.
        days = sorted(c.news.day for c in check.missed_news if c.news is not None)
        found.append(
            Finding(
                "missed-news", Severity.INFO, "", days[0], days[-1],
                f"{_plural(len(check.missed_news), 'piece', 'pieces')} of news (from two "
                "weeks before the plan on) found no congratulation within 14 days on a channel "
                "that shows it",
                _congratulating(strategy, check.missed_news),
            )
        )  # fmt: skip
    if check.not_reached:
        found.append(
            Finding(
                "not-reached", Severity.WARNING, "", strategy.start, None,
                f"{_plural(len(check.not_reached), 'person', 'people')} planned up to the "
                "check day no row of the activity log names since a week before the entry",
                "write to them now, or log the contact column when you do",
            )
        )  # fmt: skip
    if check.overdue:
        found.append(
            Finding(
                "overdue", Severity.WARNING, "", strategy.start, None,
                f"{_plural(len(check.overdue), 'contact is', 'contacts are')} overdue on the "
                f"check day by the contacts file and the log ({_by_tier(check.overdue)})",
                "the most overdue first; their names are under People in the report",
            )
        )  # fmt: skip
    return dataclasses.replace(check, findings=tuple(found))


def _congratulating(strategy: Strategy, missed: Sequence[Contact]) -> str:
    """What would plan a congratulation on each piece of news: tried, or by hand.

    More minutes count only when the plan made with them misses no news at all: they move
    entries, and a congratulation that now fits may push another one out.
    """
    news = {c.row for c in planned_people(strategy) if _news_in_plan(strategy, c)}
    channels = sorted({ch for c in missed for ch in news_channels(strategy, c)})
    extra = more_minutes(
        strategy,
        channels,
        lambda trial, work: news <= _congratulated(trial, name_people(trial, work)),
    )
    if extra is None:
        return "congratulate by hand: their names are under People in the report"
    return (
        f"congratulate by hand, or give {_each(channels)} {extra} more minutes a week "
        f"({budget_after(strategy, channels, extra)}): the plan then congratulates on all of "
        "it; their names are under People in the report"
    )


def _info(strategy: Strategy, code: str, message: str, suggestion: str) -> Finding:
    return Finding(code, Severity.INFO, "", strategy.start, None, message, suggestion)


__all__ = [
    "NO_PEOPLE",
    "OWN_DAYS",
    "TIER_ORDER",
    "PeopleCheck",
    "TierRow",
    "check_people",
    "tier_of",
]
