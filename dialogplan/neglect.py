"""Plan checks: find neglected channels before the quarter starts.

A half-kept or orphaned presence looks worse than none, so the checks look for what
followers would notice (stretches of silence, channels kept on too little time) and for
what turns dialogue back into advertising. Each finding says what to do about it.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from datetime import date, timedelta
from functools import cache

from dialogplan.announcements import (
    ANNOUNCE_LEAD_DAYS,
    Tally,
    Window,
    event_windows,
    invited_weekly,
    offer_span,
    public_invitations,
    sign_up_closes,
    sign_up_ends,
    weekly_invitations_needed,
)
from dialogplan.catalogue import WEEKDAYS
from dialogplan.closed_days import blocked_days
from dialogplan.dates import days, months, silences
from dialogplan.entry import Calendar, Entry, RenderedEntry
from dialogplan.findings import FINDINGS_LANGUAGE, Finding, Severity, sort_findings
from dialogplan.labels import channel_label, platform
from dialogplan.moves import MOVES
from dialogplan.pinned import AWAY_SAID
from dialogplan.places import channel_places, moves_of
from dialogplan.prompt_stats import mentions
from dialogplan.question_shapes import asks_the_team, tells
from dialogplan.question_supply import few_questions
from dialogplan.render import render
from dialogplan.schedule import (
    DIALOGUE_SHARE,
    OWN_POST_CYCLE,
    POSTS_PER_ANNOUNCEMENT,
    capped_minutes,
    channel_minutes,
    schedule_work,
)
from dialogplan.strategy import Goal, Offer, Strategy
from dialogplan.team_material import GROUP, named_groups, reachable_from
from dialogplan.trials import (
    MORE_MINUTES,
    Extras,
    Keeps,
    budget_after,
    budget_with,
    fewest_extras,
    hundredths,
    idle_minutes,
    more_minutes,
    more_posts,
    with_more_minutes,
)
from dialogplan.voice import both_forms, register_words, speaks_as

#: Months of the horizon shorter than this are too short to expect every goal in them.
MIN_DAYS_FOR_A_MONTH = 14


def check_plan(strategy: Strategy, entries: Sequence[Entry]) -> list[Finding]:
    """Every finding about a planned calendar, most severe first."""
    events = _EventFixes(strategy, entries)
    return sort_findings(
        [
            *_gaps(strategy, entries),
            *_thin(strategy, entries),
            *_unsustainable(strategy),
            *_idle_minutes(strategy),
            *_capped_channels(strategy),
            *_monologue(strategy, entries),
            *_announcing(strategy, entries),
            *_unannounced(strategy, events),
            *_unannounced_offers(strategy, entries),
            *_starved_goals(strategy, entries),
            *_unused_topics(strategy, entries),
            *_unreachable_places(strategy),
            *_idle_groups(strategy, entries),
            *_themes_in_every_group(strategy, entries),
            *_no_reply(entries),
            *_other_register(strategy),
            *_telling_questions(strategy),
            *few_questions(strategy, entries, events.extras()),
        ]
    )


def _gaps(strategy: Strategy, entries: Sequence[Entry]) -> Iterator[Finding]:
    """Silences longer than a channel tolerates, each with the time that would end them.

    "Give it more time" named no figure, unlike every other suggestion, and left a writer
    guessing at the cause (r349): the fewest more minutes a week that end a channel's
    silences are tried, as for thin channels.
    """
    found = list(_silences(strategy, entries))
    capped = capped_minutes(strategy)
    loud = {f.channel for f in found if f.severity is Severity.ERROR and f.channel not in capped}
    fixes = {c: _gap_fix(strategy, c) for c in strategy.channels if c in loud}
    said: set[str] = set()
    for finding in found:
        fix = fixes.get(finding.channel) if finding.severity is Severity.ERROR else None
        if fix is None:
            yield finding
            continue
        extra, advice = fix
        label = channel_label(finding.channel, FINDINGS_LANGUAGE)
        # Said in full once; each later silence of the channel points back to it.
        again = f"The {extra} more minutes a week suggested above for {label} end this one too."
        yield dataclasses.replace(finding, suggestion=again if finding.channel in said else advice)
        said.add(finding.channel)


def _gap_fix(strategy: Strategy, channel: str) -> tuple[int, str] | None:
    """The fewest more minutes a week that keep the channel within its tolerance, and advice.

    None where even the most minutes tried leave it silent too long.
    """

    def keeps(trial: Strategy, calendar: Calendar) -> bool:
        silences = _silences(trial, calendar)
        return not any(f.channel == channel and f.severity is Severity.ERROR for f in silences)

    found = fewest_extras(strategy, [{channel: extra} for extra in MORE_MINUTES], keeps)
    if found is None:
        return None
    label = channel_label(channel, FINDINGS_LANGUAGE)
    tolerance = strategy.channel(channel).max_silence_days
    return found[channel], (
        f"Give {label} {found[channel]} more minutes a week ({budget_with(strategy, found)}): "
        f"it then never stays silent longer than {tolerance} days (tried on a copy of your "
        "plan). Or give it other days and windows, or drop it openly: a half-kept presence "
        "looks worse than none."
    )


def _silences(strategy: Strategy, entries: Sequence[Entry]) -> Iterator[Finding]:
    """Silences longer than a channel tolerates; a declared break said ahead is none.

    A break is said ahead when an ``away`` note went out in the days before the silence, or
    when the channel is one of groups, which has no feed of the team's own to say it in and
    no followers waiting for it.
    """
    closed = blocked_days(strategy)
    capped = capped_minutes(strategy)
    days_by_channel: dict[str, set[date]] = {}
    away: dict[str, set[date]] = {}
    for entry in entries:
        if MOVES[entry.move].visible:
            days_by_channel.setdefault(entry.channel, set()).add(entry.start.date())
        if entry.move == "away":
            away.setdefault(entry.channel, set()).add(entry.start.date())
    for channel in strategy.channels:
        tolerance = strategy.channel(channel).max_silence_days
        active = days_by_channel.get(channel, set())
        no_feed = channel_places(channel).place_of("away") is None
        for start, end in silences(active, strategy.start, strategy.last_day, tolerance):
            gap = _gap(strategy, channel, start, end, closed, capped=channel in capped)
            said = no_feed or any(
                start - d <= AWAY_SAID for d in away.get(channel, ()) if d < start
            )
            if not (gap.declared and said):
                yield gap


def _gap(
    strategy: Strategy,
    channel: str,
    start: date,
    end: date,
    closed: Mapping[date, str],
    *,
    capped: bool,
) -> Finding:
    """One silence: a warning when declared breaks explain it, else an error.

    ``capped``: the channel's posts_per_week holds its posts down, so more time adds none.
    """
    tolerance = strategy.channel(channel).max_silence_days
    length = (end - start).days + 1
    closed_in = [d for d in days(start, end) if d in closed]
    reasons = ", ".join(sorted({closed[d] for d in closed_in}))
    label = channel_label(channel, FINDINGS_LANGUAGE)
    message = f"{label} stays silent for {length} days ({start} – {end})"
    if reasons and length - len(closed_in) <= tolerance:
        return Finding(
            "gap", Severity.WARNING, channel, start, end,
            f"{message}; declared: {reasons}",
            "Followers see the silence all the same: before the break, post when you "
            "will be back, or plan one short reply round during it.",
            declared=True,
        )  # fmt: skip
    during = f", {reasons} included" if reasons else ""
    more = f"raise channels.{channel}.posts_per_week" if capped else "give it more time"
    return Finding(
        "gap", Severity.ERROR, channel, start, end,
        f"{message}{during}, longer than the {tolerance} days its followers tolerate",
        f"For {label}, {more} or other days and windows, or drop it openly: "
        "a half-kept presence looks worse than none.",
    )  # fmt: skip


def open_weeks(strategy: Strategy, channel: str, closed: Mapping[date, str] | None = None) -> float:
    """How many full weeks of work a channel's open days add up to.

    Holidays and blackouts are declared breaks, so they count as neither time nor silence
    here; the gap check speaks for the followers who notice them. ``closed`` is
    :func:`~dialogplan.closed_days.blocked_days`, where the caller has it already.
    """
    return _open_weeks(strategy, channel, blocked_days(strategy) if closed is None else closed)


def _open_weeks(strategy: Strategy, channel: str, closed: Mapping[date, str]) -> float:
    weekdays = strategy.channel(channel).days
    open_days = sum(
        1
        for d in days(strategy.start, strategy.last_day)
        if d not in closed and WEEKDAYS[d.weekday()] in weekdays
    )
    return open_days / len(weekdays)


def _thin(strategy: Strategy, entries: Sequence[Entry]) -> Iterator[Finding]:
    closed = blocked_days(strategy)
    planned = _weekly_minutes(strategy, entries, closed)
    given = channel_minutes(strategy)
    thin = [c for c in strategy.channels if _thin_channel(strategy, c, planned[c], given[c])]
    advice, together = _thin_advice(strategy, thin, closed, planned)
    for channel in thin:
        needed = strategy.channel(channel).min_minutes_per_week
        label = channel_label(channel, FINDINGS_LANGUAGE)
        cap = capped_minutes(strategy).get(channel)
        # Held back by its posts only where they fill less than its minutes: "0.5 posts a
        # week, about 48 minutes each … lets the plan fill only 12 of its 15 minutes" blamed
        # the posts for what the 15 minutes did (r555 writer).
        capped = cap is not None and cap[0] < cap[1]
        # A channel held back by its posts_per_week says so first: "gets 13 minutes" read as
        # a sum gone wrong to writers who had given it 30 (r318, r325, r327 writers); the
        # figure is the one its advice builds on ("14 of them", then "min_minutes_per_week
        # 12" left a writer asking which, r345).
        filled = math.floor(min(cap[0], planned[channel])) if cap else planned[channel]
        posts = strategy.channels[channel].posts_per_week if capped else None
        post = _each_post(strategy, channel) if capped else ""
        size = _post_size(entries, channel) if capped else None
        gets = _gets(label, filled, given[channel], needed, posts=posts, post=post, size=size)
        # "its min_minutes_per_week" read as a setting of the writer's own, never set (r378,
        # r383 writers): where the strategy does not set it, the built-in figure says so.
        own = strategy.channels[channel].min_minutes_per_week is not None
        # "min_minutes_per_week changes it" read as an invitation to lower it (r580 writer).
        source = (
            "your min_minutes_per_week"
            if own
            else f"the built-in minimum for {label}, which min_minutes_per_week overrides"
        )
        yield Finding(
            "thin", Severity.ERROR, channel, strategy.start, strategy.last_day,
            f"{gets}; to count as kept alive it needs at least {needed} minutes a week "
            f"({source})",
            advice[channel],
        )  # fmt: skip
    if together:
        yield _thin_together(strategy, together)


#: The share of its minimum a channel given at least that minimum must plan to stay alive: its
#: work comes in whole pieces, and "Instagram gets 57 minutes per week … needs at least 60"
#: met five teams in one week that had written exactly the minimum.
PIECES_SLACK = 0.9


def _thin_channel(strategy: Strategy, channel: str, planned: int, given: float) -> bool:
    """Whether a channel plans less than it needs to stay alive (see :data:`PIECES_SLACK`)."""
    needed = strategy.channel(channel).min_minutes_per_week
    return planned < (needed * PIECES_SLACK if round(given) >= needed else needed)


def _thin_advice(
    strategy: Strategy, thin: Sequence[str], closed: Mapping[date, str], planned: Mapping[str, int]
) -> tuple[dict[str, str], Extras | None]:
    """What each thin channel is told, and the minutes tried for all of them at once.

    Channels thin together are raised together, in one plan per step: a plan for each of
    them alone made a 14-channel strategy's check take seconds, and ten suggestions, each
    tried alone, told nothing of following them all.
    """
    if _over_budget(strategy):
        return dict.fromkeys(thin, _OVER_BUDGET), None
    advice = {}
    caps = capped_minutes(strategy)
    for channel in thin:
        # A channel whose ``posts_per_week`` leaves its minutes free gets more posts.
        capped = caps.get(channel)
        needed = strategy.channel(channel).min_minutes_per_week
        spent = min(capped[0], planned[channel]) if capped is not None else 0
        if capped is None or not 0 < spent < needed:
            continue
        if needed <= capped[1]:
            advice[channel] = _more_posts(strategy, channel, closed, spent, capped[1])
        elif not _minutes_help(strategy, channel, closed):
            # Given less than its minimum and held back by its posts: "give it 8 more minutes"
            # was followed, and the next run said more minutes add no posts (r484 writer).
            advice[channel] = _more_posts_and_minutes(strategy, channel, closed, spent)
    raised = [c for c in thin if c not in advice]
    if len(raised) == 1:
        return {**advice, raised[0]: _thicker(strategy, raised[0], closed)}, None
    together = _together(strategy, raised, closed) if raised else None
    for channel in raised:
        advice[channel] = _raised_with(strategy, channel, together)
    return advice, together


def _together(
    strategy: Strategy, channels: Sequence[str], closed: Mapping[date, str]
) -> Extras | None:
    """The fewest more minutes, tried, with which all of ``channels`` stay alive at once."""
    tries = {channel: _minutes_to_try(strategy, channel) for channel in channels}
    steps = max(len(t) for t in tries.values())
    return fewest_extras(
        strategy,
        [{c: t[min(step, len(t) - 1)] for c, t in tries.items()} for step in range(steps)],
        lambda trial, calendar: _alive(trial, calendar, channels, closed),
    )


def _alive(
    strategy: Strategy,
    entries: Sequence[Entry],
    channels: Sequence[str],
    closed: Mapping[date, str],
) -> bool:
    """Whether a plan spends at least each of ``channels``' minimum on it."""
    planned = _weekly_minutes(strategy, entries, closed)
    return all(planned[c] >= strategy.channel(c).min_minutes_per_week for c in channels)


#: Minutes a week a suggestion raises a thin channel to a multiple of: hours a team types.
QUARTER_HOUR = 15


def _minutes_to_try(strategy: Strategy, channel: str) -> tuple[int, ...]:
    """More minutes a week to try on a thin channel, fewest first.

    Each brings the channel to a quarter hour at or above its minimum: below it, raising it
    to the minimum may still plan a little less (a break, a piece of work that does not
    fit), and "0.25 → 0.59" was a number a brass band's writer would never type, where 0.5
    worked too.
    """
    given = channel_minutes(strategy)[channel]
    floor = max(given + 1, strategy.channel(channel).min_minutes_per_week)
    first = math.ceil(floor / QUARTER_HOUR) * QUARTER_HOUR
    return tuple(round(first + QUARTER_HOUR * k - given) for k in range(len(MORE_MINUTES) + 1))


def _short_of_minimum(strategy: Strategy, channel: str) -> int:
    """How many minutes a week a channel is given short of its minimum (none, below 1)."""
    given = round(channel_minutes(strategy)[channel])
    return strategy.channel(channel).min_minutes_per_week - given


def _raised_with(strategy: Strategy, channel: str, together: Extras | None) -> str:
    """A thin channel's suggestion where others are thin too: its part of raising them all."""
    label = channel_label(channel, FINDINGS_LANGUAGE)
    if together is None:
        return _untried(strategy, channel)
    return (
        f"Give {label} {together[channel]} more minutes a week along with the other thin "
        "channels (the whole change is under thin-channels): the plan then keeps all of them "
        f"alive (tried on a copy of your plan). Or widen its days and windows, or drop {label}."
    )


def _thin_together(strategy: Strategy, together: Extras) -> Finding:
    """The change that keeps every thin channel alive at once (tried on a copy of your plan)."""
    labels = ", ".join(channel_label(c, FINDINGS_LANGUAGE) for c in together)
    return Finding(
        "thin-channels", Severity.INFO, "", strategy.start, strategy.last_day,
        f"{len(together)} channels get less than they need to stay alive: {labels}",
        f"Give them more minutes a week at once ({budget_with(strategy, together)}): the plan "
        "then spends each one's minimum on it (tried on a copy of your plan). Or drop some "
        "of them: a half-kept presence looks worse than none.",
    )  # fmt: skip


#: A thin channel's suggestion while the budget cannot keep every channel alive: more minutes
#: for one channel, tried, would only take them from the others.
_OVER_BUDGET = (
    "The budget cannot keep all its channels alive (see unsustainable): drop the channels "
    "named there, or raise hours_per_week, and validate again."
)


def _over_budget(strategy: Strategy) -> bool:
    """Whether the channels' minimums together need more than the weekly budget."""
    needs = sum(strategy.channel(name).min_minutes_per_week for name in strategy.channels)
    return needs > strategy.hours_per_week * 60


def _gets(  # noqa: PLR0913 - the figures of one sentence
    label: str,
    planned: int,
    given: float,
    needed: int,
    *,
    posts: float | None,
    post: str = "",
    size: int | None = None,
) -> str:
    """What a thin channel gets, said so that the figures add up for the writer.

    A channel its posts_per_week holds back says so first: "gets 13 minutes" read as a sum
    gone wrong to writers who had given it 30 (r318, r325, r327). One given less than its
    minimum says what it is given: "gets 16 minutes" left a writer who had written 0.25
    hours unsure the hours were read at all (r332). One given its minimum plans less since
    its work comes in whole pieces: "Pinterest gets 41 minutes per week; it needs at least
    45" puzzled a florist who had given it exactly 45. ``posts`` is the posts_per_week that
    holds a channel back, said with it: "lets the plan fill only 12" left a writer who had
    written 0.25 posts a week asking where the 12 came from (r351); ``post`` says what
    a post's minutes are made of (:func:`_each_post`), ``size`` how long the plan's posts are
    (:func:`_post_size`).
    """
    if posts is not None:
        each = f", about {size} minutes each{post}" if size else ""
        return (
            f"{label} is given {given:.0f} minutes a week, but its posts_per_week "
            f"({posts:g} posts a week{each}) lets the plan fill only {planned} of its "
            f"{given:.0f} minutes"
        )
    if given < needed:
        # "given 45, of which the plan fills 44" left writers asking where the minute went.
        if planned == round(given):
            return f"{label} is given {given:.0f} minutes a week, of which the plan fills {planned}"
        pieces = (
            f"of which the plan fills {planned}"
            if planned < given
            else f"and the plan fills {planned}"
        )
        return (
            f"{label} is given {given:.0f} minutes a week, {pieces} (its work comes in whole "
            "pieces)"
        )
    return (
        f"{label} gets {planned} minutes per week (its work comes in whole pieces, which do "
        f"not fill the {round(given)} it is given)"
    )


def _each_post(strategy: Strategy, channel: str) -> str:
    """What a post's minutes are made of, for the average said with posts_per_week.

    "About 48 minutes each" left writers who had read that an article is 60 minutes asking
    where the 48 came from: it averages the channel's kinds of own post, each with its reply
    round (r464 writer).
    """
    own = {MOVES[m].minutes for m in OWN_POST_CYCLE if m in moves_of(strategy, channel)}
    if not own:
        return ""
    size = f"{min(own)}" if len(own) == 1 else f"{min(own)} to {max(own)}"
    return (
        f" on average: a post of {size} minutes and its {MOVES['reply'].minutes}-minute reply round"
    )


#: Moves that are a capped channel's posts, each followed by its reply round.
_POSTS = frozenset({*OWN_POST_CYCLE, "announce"})


def _post_size(entries: Sequence[Entry], channel: str) -> int | None:
    """The average minutes of a channel's planned posts, each with its reply round.

    Worked back from the minutes a week, the figure moved with the hours: 28 minutes each
    at 12 minutes a week, 24 at 9, where an away note had dropped out, not a post grown
    shorter (r484 writer). None where the plan holds no post.
    """
    mine = [e for e in entries if e.channel == channel]
    posts = sum(1 for e in mine if e.move in _POSTS)
    if not posts:
        return None
    minutes = sum(e.minutes for e in mine if e.move in _POSTS or e.move == "reply")
    return round(minutes / posts)


def _weekly_minutes(
    strategy: Strategy, entries: Sequence[Entry], closed: Mapping[date, str]
) -> dict[str, int]:
    """Each channel's planned minutes per open week, as the plan really spends them."""
    minutes: Counter[str] = Counter()
    for entry in entries:
        minutes[entry.channel] += entry.minutes
    weeks = {channel: _open_weeks(strategy, channel, closed) for channel in strategy.channels}
    return {c: round(minutes[c] / weeks[c]) if weeks[c] else 0 for c in strategy.channels}


def _every(per_week: float) -> str:
    """A rate under one a week as people picture it: ", one post about every 2.5 weeks".

    "posts_per_week 0.41" was hard to picture for a newsletter's writer.
    """
    if not 0 < per_week < 1:
        return ""
    return f", one post about every {1 / per_week:.2g} weeks"


def _rate(per_week: float) -> str:
    """Posts a week with the rhythm people picture: "0.25 (one post about every 4 weeks)"."""
    every = _every(per_week)
    return f"{per_week:g} ({every[2:]})" if every else f"{per_week:g}"


def _thicker(strategy: Strategy, channel: str, closed: Mapping[date, str]) -> str:
    """The fewest more minutes, tried, with which the one thin channel stays alive.

    Its work comes in pieces (a newsletter issue is an hour), so a budget a little above the
    minimum can still plan less than it: "raise it to 20 minutes" was no help at 24, and
    "hours_per_week 1.5 to reach its 90" planned 87.
    """
    label = channel_label(channel, FINDINGS_LANGUAGE)
    extra = more_minutes(
        strategy,
        [channel],
        lambda trial, calendar: _alive(trial, calendar, [channel], closed),
        _minutes_to_try(strategy, channel),
    )
    if extra is None:
        return _untried(strategy, channel)
    return (
        f"Give {label} {extra} more minutes a week ({budget_after(strategy, [channel], extra)}): "
        f"the plan then spends at least {strategy.channel(channel).min_minutes_per_week} on "
        f"it (tried on a copy of your plan). Or widen its days and windows, or drop {label}."
    )


def _untried(strategy: Strategy, channel: str) -> str:
    """A thin channel's suggestion where no more minutes tried kept it alive."""
    needed = strategy.channel(channel).min_minutes_per_week
    label = channel_label(channel, FINDINGS_LANGUAGE)
    short = _short_of_minimum(strategy, channel)
    if short > 0:
        return (
            f"Give {label} at least {short} more minutes a week "
            f"({budget_after(strategy, [channel], short)}) to reach its {needed}, widen its "
            f"days and windows, or drop {label}."
        )
    return (
        f"Raise its share to at least {needed} minutes per week, widen its days and "
        f"windows, or drop {label}."
    )


#: Posts a week as teams plan them: monthly, every three weeks, fortnightly, weekly and so on.
RHYTHMS = (0.25, 1 / 3, 0.5, 1.0, 1.5, 2.0, 3.0, 4.0, 5.0, 7.0)


def _more_posts(
    strategy: Strategy, channel: str, closed: Mapping[date, str], spent: float, given: float
) -> str:
    """More posts a week, tried, for a channel whose cap leaves its minutes free.

    More minutes add no posts while the cap holds: a tutoring school's newsletter, given 36
    minutes and half an issue a week, planned 19 and was told to "raise its share to at least
    20 minutes".
    """
    needed = strategy.channel(channel).min_minutes_per_week
    label = channel_label(channel, FINDINGS_LANGUAGE)
    posts = strategy.channels[channel].posts_per_week or 0.0
    least, most = posts * needed / spent, posts * given / spent
    # A rhythm people keep first: "one issue about every 1.9 weeks" is nobody's plan. Where
    # none lies below the most the minutes pay for, the next one up spends them all.
    rhythms = [r for r in RHYTHMS if least <= r <= most] or [r for r in RHYTHMS if r > most][:2]
    tries = sorted({math.ceil(least * step * 100) / 100 for step in (1, 1.1, 1.25, 1.5)})
    found = more_posts(
        strategy,
        channel,
        lambda trial, calendar: _weekly_minutes(trial, calendar, closed)[channel] >= needed,
        rhythms + [t for t in tries if t <= most] or [math.ceil(most * 100) / 100],
    )
    value = f"{found:g}{_every(found)}" if found else f"{least:.2g}{_every(least)}"
    # The cap is said as the cause: a refugee charity's writer did not see that its own
    # posts_per_week of 0.25 held the newsletter back, and "(0.94 and more spend all its 30
    # minutes)" was a figure nobody acts on.
    more = (
        f"raise channels.{channel}.posts_per_week to at least {value}"
        f"{' (tried on a copy of your plan)' if found else ''}: more minutes add no posts "
        "while posts_per_week holds it back"
    )
    keep = (
        f"if {_rate(posts)} is the rhythm you want, lower the minimum it must reach to what "
        f"its posts fill with the {round(given)} minutes it is given now: "
        f"channels.{channel}.min_minutes_per_week {math.floor(spent)}"
    )
    # A monthly newsletter was first told to go weekly, which no volunteer team can do
    # (r341, r343, r345 writers): a rhythm slower than weekly is kept first.
    drop = f"drop posts_per_week, or the {label} channel"
    if posts < 1:
        return f"{keep[:1].upper()}{keep[1:]}. Or {more}. Or {drop}."
    return f"{more[:1].upper()}{more[1:]}. Or, {keep}. Or {drop}."


def _minutes_help(strategy: Strategy, channel: str, closed: Mapping[date, str]) -> bool:
    """Whether the most more minutes tried keep a capped channel alive without more posts."""
    most = _minutes_to_try(strategy, channel)[-1:]
    alive = more_minutes(
        strategy, [channel], lambda trial, plan: _alive(trial, plan, [channel], closed), most
    )
    return alive is not None


def _more_posts_and_minutes(
    strategy: Strategy, channel: str, closed: Mapping[date, str], spent: float
) -> str:
    """More posts a week and the minutes they take, tried, for a channel given too little.

    Its posts_per_week holds it below its minimum, so more minutes alone add nothing, and
    more posts alone find no minutes: both are raised together, the fewest minutes first,
    then the slowest rhythm that keeps it alive.
    """
    needed = strategy.channel(channel).min_minutes_per_week
    label = channel_label(channel, FINDINGS_LANGUAGE)
    posts = strategy.channels[channel].posts_per_week or 0.0

    def alive(trial: Strategy, plan: Calendar) -> bool:
        return _weekly_minutes(trial, plan, closed)[channel] >= needed

    found = None
    for extra in _minutes_to_try(strategy, channel)[:2]:
        rhythm = more_posts(
            with_more_minutes(strategy, [channel], extra),
            channel,
            alive,
            [r for r in RHYTHMS if r > posts],
        )
        if rhythm is not None:
            found = (extra, rhythm)
            break
    given = round(channel_minutes(strategy)[channel])
    keep = (
        f"If {_rate(posts)} is the rhythm you want, lower the minimum it must reach to what "
        f"its posts fill with the {given} minutes it is given now: "
        f"channels.{channel}.min_minutes_per_week {math.floor(spent)}"
    )
    held = f"more minutes alone add no posts while posts_per_week {posts:g} holds it back"
    if found is None:
        return f"{keep}. Or drop {label}: {held}."
    extra, rhythm = found
    more = (
        f"raise channels.{channel}.posts_per_week to {_rate(rhythm)} and give it "
        f"{extra} more minutes a week ({budget_after(strategy, [channel], extra)}): the plan "
        f"then spends at least {needed} on it (tried on a copy of your plan); {held}"
    )
    if posts < 1:
        return f"{keep}. Or {more}. Or drop {label}."
    return f"{more[:1].upper()}{more[1:]}. Or, {keep[:1].lower()}{keep[1:]}. Or drop {label}."


def _unsustainable(strategy: Strategy) -> Iterator[Finding]:
    if not _over_budget(strategy):
        return
    needs = {name: strategy.channel(name).min_minutes_per_week for name in strategy.channels}
    budget = strategy.hours_per_week * 60
    total = sum(needs.values())
    # Drop first what serves the fewest goals and costs the most time to keep alive.
    order = sorted(needs, key=lambda n: (len(strategy.goals_of(n)), -needs[n], n))
    dropped: list[str] = []
    while sum(needs[n] for n in needs if n not in dropped) > budget and len(dropped) < len(needs):
        dropped.append(order[len(dropped)])
    # Keep any channel the budget can carry after all, so no more is dropped than needed.
    for name in reversed(dropped[:-1]):
        if sum(needs[n] for n in needs if n not in dropped or n == name) <= budget:
            dropped.remove(name)
    labels = ", ".join(channel_label(n, FINDINGS_LANGUAGE) for n in dropped)
    yield Finding(
        "unsustainable", Severity.ERROR, "", strategy.start, strategy.last_day,
        f"Keeping all {len(needs)} channels alive needs {_hours(total)} hours per week; the "
        f"budget is {strategy.hours_per_week:g}: short by {_hours(total - budget)} hours",
        f"Drop {labels} (fewest goals served, most time needed), or raise hours_per_week to "
        f"{_hours(total)}. Do a channel properly or not at all.",
    )  # fmt: skip


def _idle_minutes(strategy: Strategy) -> Iterator[Finding]:
    """Minutes of the budget that no channel gets: every channel has hours or a share."""
    idle = idle_minutes(strategy)
    if idle < 1:
        return
    given = strategy.hours_per_week - idle / 60
    yield Finding(
        "idle-minutes", Severity.INFO, "", strategy.start, strategy.last_day,
        f"{idle:.0f} minutes of the {strategy.hours_per_week:g} hours a week go to no channel: "
        f"the channels' own hours and shares add up to {_hours(given * 60)}",
        f"Give them to a channel's hours_per_week, or lower hours_per_week to "
        f"{_hours(given * 60)}. Suggestions for more time use them first.",
    )  # fmt: skip


#: Free minutes a week under a posts cap worth a finding: less is rounding.
MIN_IDLE_MINUTES = 15


def _capped_channels(strategy: Strategy) -> Iterator[Finding]:
    """Minutes a channel cannot spend: it has no work besides posts the team capped."""
    for channel, (used, weekly) in capped_minutes(strategy).items():
        if not used or weekly - used < MIN_IDLE_MINUTES:
            continue  # no posts at all: the channel's silence is its own finding
        if used < strategy.channel(channel).min_minutes_per_week <= weekly:
            continue  # too thin to stay alive: `thin` says how far to raise the cap
        label = channel_label(channel, FINDINGS_LANGUAGE)
        posts = strategy.channels[channel].posts_per_week or 0.0
        # Lower, but not below what keeps the channel alive.
        kept = max(used, strategy.channel(channel).min_minutes_per_week)
        yield Finding(
            "idle-minutes", Severity.INFO, channel, strategy.start, strategy.last_day,
            f"{label} has no work besides its posts: {posts:g} a week (posts_per_week) take "
            f"about {used:.0f} of its {weekly:.0f} minutes a week; the rest stays free",
            f"Raise channels.{channel}.posts_per_week to {posts * weekly / used:.2g}, which "
            f"the minutes pay for, or lower channels.{channel}.hours_per_week to "
            f"{hundredths(kept):g} and give the rest to another channel.",
        )  # fmt: skip


def _hours(minutes: float) -> str:
    """Minutes as hours people can read: 2.75, not 2.7499999."""
    return f"{round(minutes / 60, 2):g}"


def _monologue(strategy: Strategy, entries: Sequence[Entry]) -> Iterator[Finding]:
    """Too few of the planned minutes are dialogue."""
    total = sum(entry.minutes for entry in entries)
    # Whole minutes times weights of 1, 0.5 or 0: the float sum is exact in any order.
    dialogue = sum(entry.minutes * MOVES[entry.move].dialogue for entry in entries)
    if not total:
        return  # nothing planned, or nothing that takes time: no share to judge
    share = dialogue / total
    if share < DIALOGUE_SHARE:
        yield Finding(
            "monologue", Severity.ERROR, "", strategy.start, strategy.last_day,
            f"Only {share:.0%} of the planned minutes are dialogue; at least "
            f"{DIALOGUE_SHARE:.0%} should be",
            "Replace long pieces and announcements with questions, comments and reply rounds.",
        )  # fmt: skip


def _announcing(strategy: Strategy, entries: Sequence[Entry]) -> Iterator[Finding]:
    """Own posts too often announcements, on a channel or in all: monologue too.

    A channel may make one in ten of its own posts announcements, or one from four own posts
    (:func:`allowed_announcements`); the plan one in ten of all of them.
    """
    tally = Tally.of(entries)
    posts, announced = tally.posts, tally.announced
    fix = "Turn announcements into invitations that ask something, or announce less."
    over = tally.over()
    for channel in over:
        label = channel_label(channel, FINDINGS_LANGUAGE)
        yield Finding(
            "monologue", Severity.ERROR, channel, strategy.start, strategy.last_day,
            f"{announced[channel]} of {posts[channel]} own posts on {label} are announcements; "
            f"at most one in {POSTS_PER_ANNOUNCEMENT} should be",
            fix,
        )  # fmt: skip
    total, count = sum(announced.values()), sum(posts.values())
    if not over and total > tally.plan_allows():
        yield Finding(
            "monologue", Severity.ERROR, "", strategy.start, strategy.last_day,
            f"{total} of the plan's {count} own posts are announcements; at most one in "
            f"{POSTS_PER_ANNOUNCEMENT} should be",
            fix,
        )  # fmt: skip


class _EventFixes:
    """The events announced too seldom, and the minutes that would announce each, worked out once.

    Both the `unannounced` warning and the questions wanted for the plan it suggests need
    them (:func:`few_questions`).
    """

    def __init__(self, strategy: Strategy, entries: Sequence[Entry]) -> None:
        self.windows = event_windows(strategy)
        self.invited = public_invitations(self.windows, entries)
        self.short = [w for w in self.windows if self.invited[w.title] < w.needed]
        self.fixes = _announcing_time(strategy, self.windows, self.short) if self.short else {}

    def extras(self) -> dict[str, Extras]:
        """The minutes each suggestion adds, as a team would follow it, and all of them at once.

        Each by the warnings that suggest it: "the `unannounced` warning" under two of them
        left a writer guessing which one was meant (r654 writer).
        """
        titles: dict[tuple[str, int], list[str]] = {}
        for title, fix in self.fixes.items():
            titles.setdefault(fix, []).append(repr(title))
        each: dict[str, Extras] = {
            f"the `unannounced` {'warning' if len(named) == 1 else 'warnings'} on "
            f"{_in_a_row(named)}": {channel: extra}
            for (channel, extra), named in titles.items()
        }
        # All at once is another trial only for two or more.
        if len(each) < 2:
            return each
        both: dict[str, int] = {}
        for channel, extra in self.fixes.values():
            both[channel] = max(both.get(channel, 0), extra)
        return {**each, "the `unannounced` warnings together": both}


def _unannounced(strategy: Strategy, events: _EventFixes) -> Iterator[Finding]:
    """Events the plan cannot invite to as often as they deserve, and what would change it.

    Own posts that invite to an event count as announcements (:func:`public_invitations`).
    """
    windows, invited, short, fixes = events.windows, events.invited, events.short, events.fixes
    together = _all_together(strategy, windows, short, fixes)
    # The sum of the suggestions stands once, under the last event it names: the same
    # paragraph under two warnings in a row was hard to read twice (r352).
    last_fixed = [w.title for w in short if w.title in fixes][-1:]
    for window in short:
        count = invited[window.title]
        fix = fixes.get(window.title)
        yield Finding(
            "unannounced", Severity.WARNING, "", window.first, window.last,
            f"{window.title!r} gets {_invitations(count)} in {_lead(strategy, window)} (an "
            "announcement, or an own post that gives its day; one a week per channel); it "
            f"needs {_invitations(window.needed)}{_why_twice(window.needed)}"
            f"{_lead_start(strategy, window)}",
            _more_time(strategy, fix, window, windows)
            + (together if [window.title] == last_fixed else "")
            + _break_hint(strategy, window),
        )  # fmt: skip


def _all_together(
    strategy: Strategy,
    windows: Sequence[Window],
    short: Sequence[Window],
    fixes: Mapping[str, tuple[str, int]],
) -> str:
    """The events' suggestions followed together, tried, where they name different changes.

    Each was tried alone; a team that followed two of them at once saw a third event lose
    its second announcement and went round again. Together they are tried as they stand,
    then with :data:`TOGETHER_MORE` more on one of their channels or on all, fewest first.
    """
    if len(set(fixes.values())) < 2:  # one change, or none, is no sum
        return ""
    base: dict[str, int] = {}
    for channel, extra in fixes.values():
        base[channel] = max(base.get(channel, 0), extra)
    # The events no suggestion could help stay short; every other one must be announced enough.
    kept = {w.title for w in windows} - {w.title for w in short if w.title not in fixes}

    def keeps(trial: Strategy, calendar: Calendar) -> bool:
        return not kept & _announced_too_seldom(trial, calendar)

    tries = [base] + [
        {c: extra + (more if c in bumped else 0) for c, extra in base.items()}
        for more in TOGETHER_MORE
        for bumped in [*([c] for c in base), list(base)]
    ]
    found = fewest_extras(strategy, sorted(tries, key=lambda t: sum(t.values())), keeps)
    if found is None:
        return (
            f" Each suggestion for an event was tried alone; followed together, even with up "
            f"to {TOGETHER_MORE[-1]} more minutes a week on each of their channels, they "
            "would not announce all of them often enough (tried on a copy of your plan)."
        )
    labels = " and ".join(f"{channel_label(c, FINDINGS_LANGUAGE)} {m}" for c, m in found.items())
    # "For both events at once" named neither: a writer guessed which two (r305).
    events = " and ".join(repr(title) for title in fixes)
    # Each suggestion above was tried alone; a writer added them up and found another sum (r339).
    return (
        f" Each suggestion was tried alone, and followed together they take announcements "
        f"from each other. For {events} at once, give {labels} more minutes a week "
        f"({budget_with(strategy, found)}; tried on a copy of your plan, all together)."
    )


#: More minutes a week tried on the events' channels when their suggestions together fall short.
TOGETHER_MORE = (15, 30)

#: An offer running this many days inside the horizon is worth one announcement at least.
OFFER_DAYS = 14


def _unannounced_offers(strategy: Strategy, entries: Sequence[Entry]) -> Iterator[Finding]:
    """Offers that run for weeks inside the horizon and that no post announces.

    Events come first under the one-in-ten rule, so an offer of a busy plan can go without
    any announcement: the team should hear of it from the check, not from the figures.
    """
    announced = Counter(entry.announce for entry in entries if entry.announce)
    pointing = Counter(entry.invites for entry in entries if isinstance(entry, RenderedEntry))

    # Said as `prompts` says it: "3 prompts invite to it in passing" here and "named or linked
    # in 6 more prompts" there read as two counts of one thing (five writers, r353–r367).
    # Counted only for a plan with an offer to report.
    @cache
    def named_in() -> dict[str, int]:
        return mentions(strategy, [e for e in entries if isinstance(e, RenderedEntry)])

    # What the plan, made as the trials make it, announces too seldom: made once, for all
    # the offers whose going first is tried against it.
    @cache
    def short() -> frozenset[str]:
        return frozenset(_announced_too_seldom(strategy, schedule_work(strategy)))

    for offer in strategy.offers:
        first, last = offer_span(offer, strategy.start, strategy.last_day)
        if not _long_enough(strategy, offer) or announced[offer.title]:
            continue
        named = invited_weekly(strategy, offer, pointing[offer.title])
        why = "" if named or not offer.every else _fortnightly(strategy, offer)
        yield Finding(
            "unannounced", Severity.INFO if named else Severity.WARNING, "", first, last,
            f"{offer.title!r} runs {_span_in_plan(strategy, offer, first, last)} and has no "
            "announcement of its own (an entry with move `announce`)"
            + _named_in(named_in().get(offer.title, 0), pointing[offer.title], why),
            _offer_time(strategy, offer.title, short, frozenset(announced)),
        )  # fmt: skip


def _fortnightly(strategy: Strategy, offer: Offer) -> str:
    """Why a weekly offer named in many prompts still warns: few of them invite to it.

    A midwives' café named in 23 prompts, mostly posts on its topic, warned where the README
    says a weekly offer named once a fortnight gets a note; 3 of them pointed people to it
    (r446 writer).
    """
    needed = weekly_invitations_needed(strategy, offer)
    return f"; with {needed} that do, one a fortnight, this would be a note rather than a warning"


def _named_in(others: int, pointed: int, fortnightly: str) -> str:
    """The prompts that name an offer, and for a weekly one why that is not enough, or "".

    Said apart from the announcement it lacks: "no post announces it (named or linked in
    6 prompts …)" read as a contradiction, and the counts in one bracket ran together
    (r464, r467 writers). Not "other" prompts: three writers asked other than what.
    """
    if not others:
        return ""
    named = (
        f". {others} prompt{' mentions' if others == 1 else 's mention'} it in passing "
        "(named or linked, as `prompts` counts them)"
    )
    if not fortnightly:
        return named
    points, invite = ("points", "invites") if pointed == 1 else ("point", "invite")
    # "mention it in passing" and "point people to it" read as one thing to four writers
    # (r541, r542, r544, r547): the second is said as what it is; "only 0 of them" as none
    # (r675 writer).
    some = f"only {pointed} of them {points}" if pointed else "none of them points"
    invite = invite if pointed else "invites"
    return (
        f"{named}, but {some} people to it ({invite} them to come; the "
        f"{'rest' if pointed else 'prompts'} only name it){fortnightly}"
    )


def _span_in_plan(strategy: Strategy, offer: Offer, first: date, last: date) -> str:
    """The days an offer runs within the plan, saying so where it runs on past them.

    "runs from 2027-03-01 to 2027-05-31" for an offer until 23 July read as its `until`
    ignored, and "from 2027-01-11 to 2027-04-10" for one without `until` as a typo.
    """
    goes_on = (
        f"; it goes on until {offer.until}"
        if offer.until is not None and offer.until > strategy.last_day
        else ""
    )
    if first == strategy.start and last == strategy.last_day:
        return f"through the whole plan ({first} to {last}{goes_on})"
    if last == strategy.last_day:
        return f"from {first} to the plan's last day ({last}{goes_on})"
    return f"from {first} to {last}"


def _offer_time(
    strategy: Strategy,
    title: str,
    short: Callable[[], frozenset[str]],
    own: AbstractSet[str] = frozenset(),
) -> str:
    """The channel and the fewest more minutes, tried, with which the plan announces an offer.

    Only channels that announce and serve the offer's people (all, when it names none).
    ``short``: what the plan announces too seldom now (:func:`_announced_too_seldom`); ``own``:
    the events and offers it gives an announcement of their own now.
    """
    goals = strategy.goals_invited_to(title)
    channels = [
        c
        for c in strategy.channels
        if "announce" in moves_of(strategy, c) and (not goals or goals & set(strategy.goals_of(c)))
    ]

    def announces(_trial: Strategy, calendar: Sequence[Entry]) -> bool:
        return any(entry.announce == title for entry in calendar)

    if not channels:
        return (
            "No channel that announces serves the goals inviting to it: add one of them to "
            "a channel's goals, or tell people in person."
        )
    first, needs = _first_fix(strategy, title, announces, channels, short(), own)
    tried = [(extra, c) for c in channels if (extra := more_minutes(strategy, [c], announces))]
    # Going first with as many minutes as announcing it without adds nothing: writers asked
    # what `announce_first` was for (r578, r587 writers).
    if tried and needs >= min(tried)[0]:
        first = ""
    if not tried:
        return first or (
            "With at most one post in ten announcing something, the plan's announcements all go "
            "to its events, and up "
            f"to {MORE_MINUTES[-1]} more minutes a week on a channel that serves its people "
            "would not change that: post about it once yourself, besides the plan, or plan "
            "fewer events, or tell people in person."
        )
    extra, channel = min(tried)
    more = (
        f"{channel_label(channel, FINDINGS_LANGUAGE)} {extra} more minutes a week "
        f"({budget_after(strategy, [channel], extra)}): the plan then announces it, as a trial "
        "plan showed."
    )
    # Said as one or the other: a winery that did both found another event short, a cost
    # neither suggestion had named, since each was tried alone (r667 writer).
    return f"{first} Or, instead, give {more}" if first else f"Give {more}"


def _first_fix(
    strategy: Strategy,
    title: str,
    announces: Keeps,
    channels: Sequence[str],
    before: AbstractSet[str],
    own: AbstractSet[str] = frozenset(),
) -> tuple[str, int]:
    """The suggestion to announce an offer before the events, and the minutes it asks for.

    The team knows which matters more: the free consultation that brings the enquiries may
    be worth more to it than a second event's announcement, which own posts make anyway.
    Another offer's ``announce_first`` stays: two offers may both go first. Where going first
    leaves another event or offer announced too seldom (``before``: those that are now), more
    minutes on one of ``channels`` are tried with it: teams that followed one suggestion at a
    time went round in circles. An event or offer of ``own`` (announced in a post of its own
    now) that keeps only the invitations in other posts is named: a children's flea market,
    the quarter's main event, had lost its own post to a stall sign-up unsaid. "" where it was
    not tried or does not work; the minutes are 0 where it asks for none.
    """
    if any(o.announce_first for o in strategy.offers if o.title == title):
        return "", 0
    # "too" alone made a writer wonder what else had it: the offers that do are named.
    first = [o.title for o in strategy.offers if o.announce_first and o.title != title]
    has = "has" if len(first) == 1 else "have"
    too = f" (as {' and '.join(repr(t) for t in first)} {has})" if first else ""
    offers = [
        o.model_copy(update={"announce_first": True}) if o.title == title else o
        for o in strategy.offers
    ]
    trial = strategy.model_copy(update={"offers": offers}).with_people(strategy.people)
    calendar = schedule_work(trial)
    if not announces(trial, calendar):
        return "", 0
    short = {*before, title}
    lost = sorted(_announced_too_seldom(trial, calendar) - short)
    if not lost:
        return (
            f"Give it `announce_first: true`{too}: the plan then announces it before the "
            f"events (tried on a copy of your plan).{_own_post_lost(trial, own, calendar, title)}"
        ), 0

    def keeps_all(changed: Strategy, plan: Calendar) -> bool:
        return announces(changed, plan) and not _announced_too_seldom(changed, plan) - short

    tried = [(extra, c) for c in channels if (extra := more_minutes(trial, [c], keeps_all))]
    names = " and ".join(repr(name) for name in lost)
    if not tried:
        # Said as a choice, not as a fix: writers read "Give it …, but …" as advice that
        # makes things worse. "leave it as it is: the prompts that invite to it in passing
        # then carry it" left a writer asking what "it" was (r672 writer).
        return (
            f"You can choose. With `announce_first: true`{too} the plan announces it before "
            f"the events (tried on a copy of your plan), but then {names} would be announced "
            f"too seldom, even with up to {MORE_MINUTES[-1]} more minutes a week on one "
            f"channel. Where {'that event matters' if len(lost) == 1 else 'those events matter'} "
            f"more, leave `announce_first` out: {title!r} is then invited to only in passing, "
            "in other posts."
        ), 0
    extra, channel = min(tried)
    plan = schedule_work(with_more_minutes(trial, [channel], extra))
    # Said as two steps, each with what it does: "… and Blog 15 more minutes" left a writer
    # asking why the blog, and whether going first would do alone (r664 writer); "the minutes
    # are for it" left another asking what "it" was (r666 writer).
    return (
        f"Give it `announce_first: true`{too} and {channel_label(channel, FINDINGS_LANGUAGE)} "
        f"{extra} more minutes a week ({budget_after(trial, [channel], extra)}). Going first "
        f"alone announces it before the events, but leaves {names} invited too seldom; with "
        f"the minutes as well, {names} still {'gets' if len(lost) == 1 else 'get'} "
        "invitations often enough (tried on a copy of your plan)."
        + _own_post_lost(trial, own, plan, title)
    ), extra


def _own_post_lost(
    strategy: Strategy, own: AbstractSet[str], calendar: Sequence[Entry], title: str
) -> str:
    """Those of ``own`` a plan announces only in other posts now, said as a cost; or "".

    "Its invitations all come from other posts" left a writer unsure whether that was
    acceptable, or whether the event then had too few (r484 writer): the cost says whether
    they are still enough, and where they are, that either choice is fine.
    """
    kept = {entry.announce for entry in calendar if entry.announce}
    lost = sorted(t for t in own - kept if t != title)
    if not lost:
        return ""
    names = " and ".join(repr(t) for t in lost)
    one = len(lost) == 1
    # "still invites to it often enough", then "no announcement of its own", read as a
    # contradiction (r467 writer): what it loses is the entry of its own, not invitations.
    loses = "loses its own announcement entry" if one else "lose their own announcement entries"
    short = sorted(set(lost) & _announced_too_seldom(strategy, calendar))
    if short:
        # Naming the same event twice in one sentence read oddly (r579 writer).
        if short == lost:
            few = "it gets" if one else "they get"
        else:
            few = " and ".join(repr(t) for t in short) + (" gets" if len(short) == 1 else " get")
        return (
            f" The cost: {names} then {loses}, and {few} fewer invitations than needed from "
            "other posts."
        )
    # "Either choice is fine: set it if …" read oddly inside a warning, and "it" after a
    # suggestion of minutes too left a writer unsure what it meant (r664 writer); "Which to
    # keep is yours to choose" after three options, which one (r678 writer).
    return (
        f" The cost: {names} then {loses}, but still {'gets' if one else 'get'} the "
        f"invitations needed, from other posts. Set `announce_first` if {title!r} matters "
        f"more to you; leave it out if {names} should keep "
        f"{'its' if one else 'their'} own announcement."
    )


def _announced_too_seldom(strategy: Strategy, calendar: Sequence[Entry]) -> set[str]:
    """The events and offers a plan announces less often than the checks ask."""
    windows = event_windows(strategy)
    invited = public_invitations(windows, render(strategy, calendar))
    announced = Counter(entry.announce for entry in calendar if entry.announce)
    return {w.title for w in windows if invited[w.title] < w.needed} | {
        offer.title
        for offer in strategy.offers
        if not announced[offer.title] and _long_enough(strategy, offer)
    }


def _long_enough(strategy: Strategy, offer: Offer) -> bool:
    """Whether an offer runs long enough inside the horizon to be worth an announcement."""
    first, last = offer_span(offer, strategy.start, strategy.last_day)
    return (last - first).days + 1 >= OFFER_DAYS


def _announcing_time(
    strategy: Strategy, windows: Sequence[Window], short: Sequence[Window]
) -> dict[str, tuple[str, int]]:
    """For each event, the channel and the fewest extra minutes a week that announce it enough.

    Tried, not guessed: the plan is made and written again with :data:`MORE_MINUTES` more on
    one channel that announces at a time, fewest minutes first, among the channels serving the
    events' goals where one does, in the strategy's order. Its own posts that invite count, as
    they do in the plan: more minutes bring more of them. A trial counts only when no event
    loses an invitation it needed.
    """
    channels = _announcers(strategy, short)
    found: dict[str, tuple[str, int]] = {}
    for extra in MORE_MINUTES:
        for channel in channels:
            trial = with_more_minutes(strategy, [channel], extra)
            counts = public_invitations(windows, render(trial, schedule_work(trial)))
            if any(counts[w.title] < w.needed for w in windows if w not in short):
                continue
            for window in short:
                if window.title not in found and counts[window.title] >= window.needed:
                    found[window.title] = (channel, extra)
            if len(found) == len(short):
                return found
    return found


def _none_of(labels: Sequence[str]) -> str:
    """The channels tried, with "would": "Neither Instagram nor Newsletter would"."""
    if len(labels) == 1:
        return f"{labels[0]}, the one channel that announces to its people, would not"
    if len(labels) == 2:  # "neither … nor" takes two
        return f"Neither {labels[0]} nor {labels[1]} would"
    return f"None of {', '.join(labels[:-1])} and {labels[-1]} would"


def _silent(strategy: Strategy, window: Window) -> str:
    """Why the channels serving the event's people that never announce were not tried.

    Two writers whose Facebook groups served the event's goal could not tell why only the
    other channels were named (r600, r601 writers).
    """
    goals = strategy.goals_invited_to(window.title)
    labels = [
        channel_label(c, FINDINGS_LANGUAGE)
        for c in strategy.channels
        if "announce" not in moves_of(strategy, c)
        and (not goals or goals & set(strategy.goals_of(c)))
    ]
    if not labels:
        return ""
    return (
        f" (not tried: {' and '.join(labels)}, where posts ask and answer, and name an event "
        "only in the week before it)"
    )


def _announcers(strategy: Strategy, windows: Sequence[Window]) -> list[str]:
    """The channels that announce and serve the events' people, where one does; else all.

    Practices' events are not for the families' page, however few minutes it would take there.
    """
    channels = [c for c in strategy.channels if "announce" in moves_of(strategy, c)]
    goals = frozenset().union(*(strategy.goals_invited_to(w.title) for w in windows))
    serving = [c for c in channels if goals & set(strategy.goals_of(c))]
    return serving or channels


def _more_time(
    strategy: Strategy, fix: tuple[str, int] | None, window: Window, windows: Sequence[Window]
) -> str:
    title = window.title
    if fix is None:
        # "The events around it take those posts" puzzled a writer with no other event near
        # (r611 writer): where none is, the channels post too seldom in those weeks.
        near = any(
            w.title != title and w.first <= window.last and window.first <= w.last for w in windows
        )
        why = (
            "the events around it take those posts"
            if near
            else "the channels post too seldom in those weeks"
        )
        # "No channel has room" left a team that had given its newsletter to the event's
        # goal asking which channel was meant and why (r352).
        tried = [channel_label(c, FINDINGS_LANGUAGE) for c in _announcers(strategy, [window])]
        advice = (
            f"{_none_of(tried)} announce it often enough, even with up to "
            f"{MORE_MINUTES[-1]} more minutes a week: at most one post in ten announces "
            f"something, and {why}{_silent(strategy, window)}. "
            "Invite people to it yourself, in conversations and messages of your own."
        )
    else:
        channel, extra = fix
        # Said only of a channel with a cap on its posts: writers who had never set
        # posts_per_week read it as a riddle (r537, r540, r552 writers).
        capped = (
            "; more posts_per_week alone would not: every post takes minutes from the "
            "channel's hours"
            if strategy.channels[channel].posts_per_week is not None
            else ""
        )
        advice = (
            f"Give {channel_label(channel, FINDINGS_LANGUAGE)} {extra} more minutes a week "
            f"({budget_after(strategy, [channel], extra)}): the plan then announces it often "
            f"enough (tried on a copy of your plan{capped}). Or invite people to it yourself, in "
            "conversations and messages of your own."
        )
    return advice + _topics_hint(strategy, title)


def _break_hint(strategy: Strategy, window: Window) -> str:
    """Breaks that take days from the weeks an event is announced in: often the real cause."""
    spans = [
        (b, (min(b.end, window.last) - max(b.start, window.first)).days + 1, index)
        for index, b in enumerate(strategy.blackout)
        if b.start <= window.last and window.first <= b.end
    ]
    if not spans:
        return ""
    days = sum(taken for _, taken, _ in spans)
    breaks = " and ".join(f"blackout[{i}] ({_days_of(b.start, b.end)})" for b, _, i in spans)
    verb = "takes" if len(spans) == 1 else "take"
    weeks = (window.last - window.first).days + 1
    # "A break that ends or starts earlier" read oddly for works nobody can move (r317 writer).
    # The weeks' own dates: "takes 2 of the 28 days" of a five-day break left a writer
    # guessing which days counted (r544 writer).
    return (
        f" {breaks} {verb} {days} of the {weeks} days {_before(strategy, window)} in which its "
        f"invitations go out ({_days_of(window.first, window.last)}): a break outside those "
        "weeks, or a shorter one, leaves room for them."
    )


def _before(strategy: Strategy, window: Window) -> str:
    """What an event's invitations go out before: the event, or the last day to sign up.

    "5 of the 22 days before 'Blockparty 2027'", after "the four weeks before it", left two
    writers working out that sign-up closed first (r463, r471 writers).
    """
    event = next(e for e in strategy.events if e.title == window.title)
    closes = sign_up_ends(strategy).get(event.title)
    if closes is None or closes >= event.date - timedelta(days=1) or window.last != closes:
        return f"before {window.title!r}"
    said = (
        "as its details say"
        if closes == sign_up_closes(event, strategy.language)
        else "as the offer that leads to it ends then"
    )
    return f"before sign-up for {window.title!r} closes on {closes.day} {closes:%B} ({said})"


def _days_of(first: date, last: date) -> str:
    """A break's days as a writer reads them: "7 May", "3 May to 7 May"."""
    if first == last:
        return f"{first.day} {first:%b}"
    return f"{first.day} {first:%b} to {last.day} {last:%b}"


def _topics_hint(strategy: Strategy, title: str) -> str:
    """For an event on no topic: own posts invite to it once it names the ones it is about."""
    index = next(i for i, e in enumerate(strategy.events) if e.title == title)
    if strategy.events[index].topics:
        return ""
    return (
        f" Or name the topics it is about (events[{index}].topics): own posts on them then "
        "point to it from four weeks ahead, where no nearer event takes their mention."
    )


def _lead(strategy: Strategy, window: Window) -> str:
    """The days an event is announced in: its four weeks, or those the plan has of them.

    "The four weeks before it" of an event twelve days into the plan left three writers
    wondering why it could not be invited to twice, with the plan's start never named (r370,
    r376, r377 writers): :func:`_lead_start` names it.
    """
    if _cut_short(strategy, window):
        return f"the {_window_days(window)} days before it"
    return "the four weeks before it"


def _why_twice(needed: int) -> str:
    """Why an event needs more than one invitation: "it needs two" alone left writers asking."""
    return ", so that people who miss one post see another" if needed > 1 else ""


def _lead_start(strategy: Strategy, window: Window) -> str:
    """The plan's start, where it cuts the event's four weeks short, said as the cause.

    ", and the plan starts on 1 March" left writers asking whether that was the reason
    (r426, r428, r431 writers).
    """
    if not _cut_short(strategy, window):
        return ""
    start = f"{window.first.day} {window.first:%B}"
    return f": the plan starts on {start}, which leaves it only those days"


def _cut_short(strategy: Strategy, window: Window) -> bool:
    """Whether the plan's start leaves the event less than its four weeks of announcing."""
    return window.first == strategy.start and _window_days(window) < ANNOUNCE_LEAD_DAYS


def _window_days(window: Window) -> int:
    return (window.last - window.first).days + 1


def _invitations(count: int) -> str:
    """How many, in words a reader takes in at a glance: "one invitation", "no invitation".

    Not "announced once": `prompts` said "no announcement of its own" of the same event, and
    writers could not tell which was true (r333–r340).
    """
    return {0: "no invitation", 1: "one invitation", 2: "two"}.get(count, str(count))


def _starved_goals(strategy: Strategy, entries: Sequence[Entry]) -> Iterator[Finding]:
    """Months in which a goal gets no work with people: a review for oneself is none."""
    served_on: dict[str, set[date]] = {}
    for entry in entries:
        if entry.move != "review":
            served_on.setdefault(entry.goal, set()).add(entry.start.date())
    for goal in strategy.goals:
        served = served_on.get(goal.id, set())
        # Its work is done a week after what it invites to (Strategy.work_ends): a football
        # club's referees goal was "starved" after its only information evening (r245).
        last = min(strategy.work_ends(goal) or strategy.last_day, strategy.last_day)
        starved = [
            (start, end)
            for start, end in months(strategy.start, last, MIN_DAYS_FOR_A_MONTH)
            if not any(start <= d <= end for d in served)
        ]
        served_by = [n for n in strategy.channels if goal.id in strategy.goals_of(n)]
        for start, end in _merged(starved):
            if not served_by:
                hint = f"No channel serves it: add {goal.id!r} to a channel's goals."
            elif unnamed := _groups_left_to_others(strategy, goal, served_by):
                channel, group = unnamed
                index = strategy.goals.index(goal)
                hint = (
                    f"Work in groups on {channel_label(channel, FINDINGS_LANGUAGE)} goes to the "
                    "goals whose where names one of them: name one for this goal too "
                    f"(goals[{index}].where: [{group}])."
                )
            else:
                hint = _starved_fix(strategy, goal.id, (start, end), served_by)
            yield Finding(
                "starved-goal", Severity.WARNING, "", start, end,
                f"Goal {goal.id!r} ({goal.text}) gets no move from {start} to {end}",
                hint,
            )  # fmt: skip


def _starved_fix(
    strategy: Strategy, goal: str, month: tuple[date, date], channels: Sequence[str]
) -> str:
    """The fewest more minutes on one of the goal's channels with which it gets work that month.

    "Give Newsletter more time." named no figure and no field where every other suggestion
    did, and a writer could not tell what had starved the goal (r657 writer).
    """
    start, end = month

    def keeps(_trial: Strategy, calendar: Calendar) -> bool:
        return any(
            e.goal == goal and e.move != "review" and start <= e.start.date() <= end
            for e in calendar
        )

    tries = [{channel: extra} for extra in MORE_MINUTES for channel in channels]
    found = fewest_extras(strategy, tries, keeps)
    labels = " or ".join(channel_label(n, FINDINGS_LANGUAGE) for n in channels)
    if found is None:
        return (
            f"Even {MORE_MINUTES[-1]} more minutes a week on {labels} would not give it work "
            "then (tried on a copy of your plan): check the blackouts in that month, or serve "
            "the goal on another channel too."
        )
    (channel, extra), *_ = found.items()
    return (
        f"Give {channel_label(channel, FINDINGS_LANGUAGE)} {extra} more minutes a week "
        f"({budget_with(strategy, found)}): the goal then gets work that month too (tried on a "
        "copy of your plan)."
    )


def _groups_left_to_others(
    strategy: Strategy, goal: Goal, channels: Sequence[str]
) -> tuple[str, str] | None:
    """A channel of the goal whose groups other goals name and it does not, with one group.

    Work in groups goes to the goals that name one of them, where any does: a goal that
    names none gets no turn there, and more time would not change that.
    """
    for channel in channels:
        groups = strategy.group_names(channel)
        if not groups or named_groups(goal.where, groups):
            continue
        if any(named_groups(other.where, groups) for other in strategy.goals):
            return channel, groups[0]
    return None


def _merged(spans: Iterable[tuple[date, date]]) -> list[tuple[date, date]]:
    """Neighbouring spans as one: neighbouring starved months read as one finding."""
    merged: list[tuple[date, date]] = []
    for start, end in spans:
        if merged and merged[-1][1] + timedelta(days=1) == start:
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _unused_topics(strategy: Strategy, entries: Sequence[Entry]) -> Iterator[Finding]:
    used = {entry.topic for entry in entries}
    for i, topic in enumerate(strategy.topics):
        if topic.title not in used:
            goal = None if topic.goals else _goal_for(strategy, i, used)
            named = (
                f"Name the goal it serves (topics[{i}].goals: [{goal}]): tried, it then comes "
                "up. Or drop it, or give the plan more time."
                if goal
                else "Drop it from the strategy, or give the plan more time so every topic "
                "gets a turn."
            )
            yield Finding(
                "unused-topic", Severity.INFO, "", strategy.start, strategy.last_day,
                f"Topic {topic.title!r} never comes up in the plan", named,
            )  # fmt: skip


def _goal_for(strategy: Strategy, index: int, used: set[str]) -> str | None:
    """The first goal which, named by the topic, gives it a turn, tried; None if none does.

    Topics take turns with every goal; a topic meant for one goal gets that goal's turns.
    Dropping a topic only handed the finding to the next one, so a goal counts only where
    every topic used now still is.
    """
    title = strategy.topics[index].title
    for goal in strategy.goals:
        topics = list(strategy.topics)
        topics[index] = topics[index].model_copy(update={"goals": (goal.id,)})
        trial = strategy.model_copy(update={"topics": topics}).with_people(strategy.people)
        if {e.topic for e in schedule_work(trial)} >= used | {title}:
            return goal.id
    return None


def _unreachable_places(strategy: Strategy) -> Iterator[Finding]:
    """A goal's places that none of the goal's channels can visit: no prompt ever names them.

    A hashtag on channels nobody browses by hashtag, a Facebook group without a Facebook
    channel, „die Seiten der Tierarztpraxen“ without a platform that has pages.
    """
    for goal in strategy.goals:
        channels = [c for c in strategy.channels if goal.id in strategy.goals_of(c)]
        for place in goal.where:
            if not any(_visits(c, place, strategy.group_names(c)) for c in channels):
                yield Finding(
                    "unused-place", Severity.INFO, "", strategy.start, strategy.last_day,
                    f"Goal {goal.id!r}: no channel of it can visit {place!r}, so no prompt "
                    "names it",
                    "Name it as a place the goal's channels have (a hashtag where people "
                    "browse by hashtag, a group of a platform you work on, pages on Facebook, "
                    "LinkedIn or XING), or add a channel that has it.",
                )  # fmt: skip


def _idle_groups(strategy: Strategy, entries: Sequence[Entry]) -> Iterator[Finding]:
    """The strategy's groups that no entry works in.

    Work in groups goes to the groups a goal's places name, where any goal names one: a
    group listed under ``groups`` but named by no goal then gets nothing, silently. A
    channel without work in groups (a Facebook page) only looks into a group its goals
    name among their places: advice to name it there must not go round in circles.
    """
    worked = {(e.channel, e.group) for e in entries if e.group}
    for channel in strategy.groups:
        if channel not in strategy.channels:
            continue
        in_groups = any(p.kind == "groups" for p in channel_places(channel).places.values())
        served = set(strategy.goals_of(channel))
        places = [w for goal in strategy.goals if goal.id in served for w in goal.where]
        for group in strategy.group_names(channel):
            named = bool(named_groups(places, [group]))
            if (channel, group) in worked or (not in_groups and named):
                continue
            # A goal that names the group but is not among the channel's goals.
            elsewhere = [
                g.id
                for g in strategy.goals
                if g.id not in served and named_groups(list(g.where), [group])
            ]
            if in_groups and not named and elsewhere:
                yield _group_of_other_goal(strategy, channel, group, elsewhere)
                continue
            if in_groups and named and (taken := _themes_taken(strategy, channel, group)):
                yield _group_without_themes(strategy, channel, group, taken)
                continue
            yield _idle_group(strategy, channel, group, in_groups=in_groups, named=named)


def _themes_taken(strategy: Strategy, channel: str, group: str) -> dict[str, str]:
    """The themes of the goals naming a group, when other groups that list them take all.

    A group that lists no themes gets those no other group of the channel lists: a goal
    whose every theme is listed elsewhere leaves its own group without work, and more
    minutes do not change that. Theme title to the group that lists it; else empty.
    """
    groups = strategy.groups.get(channel, [])
    if any(g.name == group and g.topics for g in groups):
        return {}
    listed = {t: g.name for g in groups if g.name != group for t in g.topics}
    naming = [g.id for g in strategy.goals if named_groups(list(g.where), [group])]
    themes = [
        t.title
        for t in strategy.topics
        if t.kind == "theme" and set(strategy.goals_of_topic(t)) & set(naming)
    ]
    if not themes or any(t not in listed for t in themes):
        return {}
    return {t: listed[t] for t in themes}


def _group_without_themes(
    strategy: Strategy, channel: str, group: str, taken: Mapping[str, str]
) -> Finding:
    """An idle group whose goal's themes all go to groups that list them."""
    label = channel_label(channel, FINDINGS_LANGUAGE)
    where = "; ".join(f"{theme!r} to {other!r}" for theme, other in taken.items())
    return Finding(
        "unused-place", Severity.INFO, channel, strategy.start, strategy.last_day,
        f"The group {group!r} never gets work on {label}: the themes of the goal that names "
        f"it go to the groups that list them ({where})",
        f"List one of them under this group's topics too ({{name: {group}, topics: "
        f'["{next(iter(taken))}"]}}), or give the goal a theme of its own.',
    )  # fmt: skip


def _group_of_other_goal(
    strategy: Strategy, channel: str, group: str, goals: Sequence[str]
) -> Finding:
    """An idle group whose goal the channel does not serve: naming it again would not help."""
    label = channel_label(channel, FINDINGS_LANGUAGE)
    served = [*strategy.goals_of(channel), *goals]
    return Finding(
        "unused-place", Severity.INFO, channel, strategy.start, strategy.last_day,
        f"The group {group!r} never gets work on {label}: goal {goals[0]!r} names it, but "
        f"{label} does not serve that goal",
        f"Add it to the channel's goals (channels.{channel}.goals: [{', '.join(served)}]), "
        "or drop the group from groups.",
    )  # fmt: skip


def _idle_group(
    strategy: Strategy, channel: str, group: str, *, in_groups: bool, named: bool
) -> Finding:
    """The finding for an idle group; ``named`` when a goal's places already name it."""
    label = channel_label(channel, FINDINGS_LANGUAGE)
    site = platform(channel, strategy.language)
    place = (
        f"die {site}-Gruppe {group}" if strategy.language == "de" else f"the {site} group {group}"
    )
    if in_groups and named:
        message = f"The group {group!r} never gets work on {label}, though a goal names it"
        advice = _minutes_for_group(strategy, channel, group)
    elif in_groups:
        message = f"The group {group!r} never gets work on {label}"
        advice = f"Name it in the where of the goal whose people are there ({place!r}), or "
    else:
        message = f"{label} does no work in groups, so the group {group!r} gets none"
        advice = (
            "List it under facebook-group, Facebook groups as a channel of its own; or name "
            f"it in the where of the goal whose people are there ({place!r}), and the page's "
            "work on the neighbourhood starts in it; or "
            if channel == "facebook"
            else ""
        )
    suggestion = f"{advice}drop it from groups." if advice else "Drop it from groups."
    # A team that listed its groups under a page expects work there: validate, which leaves
    # notes out, said nothing to a recording studio whose two groups got none.
    severity = Severity.INFO if in_groups else Severity.WARNING
    return Finding(
        "unused-place", severity, channel, strategy.start, strategy.last_day,
        message, suggestion,
    )  # fmt: skip


def _minutes_for_group(strategy: Strategy, channel: str, group: str) -> str:
    """The fewest more minutes, tried, that bring work into an idle group; or what does not.

    "Give Facebook groups more minutes" named no number, and two teams found a quarter of an
    hour more changed nothing.
    """
    label = channel_label(channel, FINDINGS_LANGUAGE)
    extra = more_minutes(
        strategy,
        [channel],
        lambda _, work: any(e.channel == channel and e.group == group for e in work),
    )
    if extra is None:
        return (
            f"Up to {MORE_MINUTES[-1]} more minutes a week on {label} do not bring work into "
            "it (tried on a copy of your plan): name fewer groups in the goals' where, or "
        )
    return (
        f"Give {label} {extra} more minutes a week ({budget_after(strategy, [channel], extra)}): "
        "the plan then works in it (tried on a copy of your plan); or "
    )


def _themes_in_every_group(strategy: Strategy, entries: Sequence[Entry]) -> Iterator[Finding]:
    """Themes that name no goal, worked in groups kept for one goal's people.

    A theme without goals goes with every goal, so into every goal's groups: mending clothes
    in a cycling group, vocabulary for pupils in the students' group. Only the team knows
    whose theme it is, or which themes a group talks about: a group that lists its themes
    gets no others.
    """
    kept = {
        g: goal.id
        for goal in strategy.goals
        for channel in strategy.groups
        for g in named_groups(goal.where, strategy.group_names(channel))
    }
    listing = {g.name for groups in strategy.groups.values() for g in groups if g.topics}
    if len(set(kept.values())) < 2:  # groups are not kept for different goals' people
        return
    loose = [
        t.title
        for t in strategy.topics
        if t.kind == "theme"
        and not t.goals
        and any(e.topic == t.title and e.group in kept and e.group not in listing for e in entries)
    ]
    if loose:
        yield Finding(
            "theme-in-every-group", Severity.INFO, "", strategy.start, strategy.last_day,
            f"{len(loose)} {'theme names' if len(loose) == 1 else 'themes name'} no goal, so "
            f"{'it goes' if len(loose) == 1 else 'they go'} to the groups each goal names for "
            f"its own people: {', '.join(repr(t) for t in loose)}",
            "Where a theme is only for some goals' people, name those goals in its goals, or "
            "list the themes each group talks about ({name: ..., topics: [...]}), so it stays "
            "out of groups where nobody talks about it.",
        )  # fmt: skip


def _visits(channel: str, place: str, groups: Sequence[str]) -> bool:
    """Whether work on ``channel`` goes to ``place``: a channel of groups only to groups.

    A channel without a place among others' posts (Facebook groups: the groups, the team's
    own posts there, messages) visits no page, however much its platform has them. A group
    the strategy lists for the channel is one, whatever its name says ("Yorkshire Wedding
    Planning Chat").
    """
    in_groups = all(p.kind != "others" for p in channel_places(channel).places.values())
    is_group = bool(GROUP.search(place) or named_groups([place], groups))
    return reachable_from(channel, place) and (not in_groups or is_group)


def _in_a_row(names: Sequence[str]) -> str:
    """Names as a sentence lists them: "'A'", "'A' and 'B'", "'A', 'B' and 'C'"."""
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


_BOTH_FORMS = (
    "Write both forms in braces, „{du|Sie}“ as in „Was hat {dir|Ihnen} geholfen?“, or word it "
    "without addressing anyone."
)
#: The short way, under the others: "As above" pointed past other warnings shown between
#: them (r557 writer), so it says itself what to do.
_BOTH_AGAIN = "Both forms in braces, „{du|Sie}“, or a question that addresses no one."
#: The same for a question to several people: "{du|Sie}" beside „würdet ihr“ left a writer
#: guessing how to brace the verb (r624 writer).
_BOTH_FORMS_IHR = (
    "Write both forms in braces, the „ihr“ form first, as in „Was hat {euch|Ihnen} "
    "geholfen?“ or „{Würdet ihr|Würden Sie} …?“, or word it without addressing anyone."
)
_BOTH_IHR = "Both forms in braces, the „ihr“ form first („{euch|Ihnen}“), or no one addressed."
#: The plural „du“: a question to several people the team says „du“ to.
_IHR = re.compile(r"\b(?:ihr|euch|euer|eure|euren|eurem|eurer|eures)\b", re.IGNORECASE)


def _other_register(strategy: Strategy) -> Iterator[Finding]:
    """The team's questions that say „du“ or „Sie“ where a channel addresses people otherwise.

    Such a question is never asked on that channel; forms for both make it fit everywhere.
    A question people ask the team is quoted as they ask it („Nehmt ihr auch Kühlware
    mit?“), in any register. The way to write both forms is said in full once, under the
    first of them as the report shows them: under every one it buried the rest, and under
    the first one found, a forge's writer read "As above" with nothing above (r372 writer).
    """
    found = sort_findings(_other_registers(strategy))
    if found:
        first = found[0].suggestion
        full, short = (
            (_BOTH_FORMS_IHR, _BOTH_IHR)
            if first.startswith(_BOTH_IHR)
            else (_BOTH_FORMS, _BOTH_AGAIN)
        )
        found[0] = dataclasses.replace(found[0], suggestion=full + first.removeprefix(short))
    yield from found


def _other_registers(strategy: Strategy) -> Iterator[Finding]:
    """Each question in the other register, with the short way to write both forms."""
    for question, (goals, field) in _team_questions(strategy).items():
        if asks_the_team(question, strategy.language):
            continue
        found, words = register_words(question) or (None, "")
        elsewhere = [
            c
            for c in strategy.channels
            if goals & set(strategy.goals_of(c)) and not speaks_as(question, strategy.says_sie(c))
        ]
        if not found or not elsewhere:
            continue
        labels = " and ".join(channel_label(c, FINDINGS_LANGUAGE) for c in elsewhere)
        other = "du" if found == "Sie" else "Sie"
        # „says „du““ about a question that says „euch“ left two writers looking for a „du“
        # that was not there (r350, r354 writers).
        ihr = found == "du" and _IHR.search(question) is not None
        said = "„ihr“, the „du“ of several people," if ihr else f"„{found}“"
        # Where braces are there already, the words outside them are what to change (r663).
        said += f" („{words}“, outside the braces)" if "{" in question else ""
        # The braces for the very word it says: „{du|Sie}“ for a question that said „dich“
        # left a writer to find the case (r697 writer).
        pair = both_forms(words)
        here = (
            f" For this one: „{pair}“, and the verb's two forms where it changes." if pair else ""
        )
        yield Finding(
            "other-register", Severity.WARNING, elsewhere[0] if len(elsewhere) == 1 else "",
            strategy.start, strategy.last_day,
            f"{field}: {question!r} says {said} where {labels} "
            f"{'says' if len(elsewhere) == 1 else 'say'} „{other}“: it is never asked there",
            (_BOTH_IHR if ihr else _BOTH_AGAIN) + here,
        )  # fmt: skip


def _telling_questions(strategy: Strategy) -> Iterator[Finding]:
    """The team's questions that tell a fact and ask only whether people knew it.

    "Did you know the plan can protect a green space for good?" draws "no", and a reply
    round had nothing to take up: prompts leave such a question out.
    """
    for question, (_, field) in _team_questions(strategy).items():
        if tells(question, strategy.language):
            yield Finding(
                "telling-question", Severity.WARNING, "", strategy.start, strategy.last_day,
                f"{field}: {question!r} tells people something and asks only whether they "
                "knew it; the answer is yes or no, so prompts leave it out",
                "Tell it in a post of your own, and end with a question about people's own "
                "experience of it: what they have seen, tried or would choose.",
            )  # fmt: skip


def _team_questions(strategy: Strategy) -> dict[str, tuple[set[str], str]]:
    """Every question the team wrote, in the order of the strategy, with its goals and field.

    The field is the one it was first written in (``topics[2].questions[0]``). A topic's
    questions serve its goals, a goal's question that goal; an offer's question the goals
    inviting to it, where any does, else those of its topics, as it is announced and asked
    (every goal when it names none: a garage's tyre offer, for its regular customers, was
    flagged for the Instagram it kept for apprentices), an event's the goals it is for:
    those inviting to it and those of its topics, as its invitations go. A channel that
    serves none of a question's goals never asks it, whatever it says.
    """
    every = {g.id for g in strategy.goals}
    found: dict[str, tuple[set[str], str]] = {}

    def add(question: str, goals: Iterable[str], field: str) -> None:
        found.setdefault(question, (set(), field))[0].update(goals)

    for t, topic in enumerate(strategy.topics):
        for q, question in enumerate(topic.questions):
            add(question, strategy.goals_of_topic(topic), f"topics[{t}].questions[{q}]")
    for g, goal in enumerate(strategy.goals):
        if goal.question:
            add(goal.question, [goal.id], f"goals[{g}].question")
    for o, offer in enumerate(strategy.offers):
        if offer.question:
            topics = [t for t in strategy.topics if t.title in offer.topics]
            goals = set(strategy.goals_invited_to(offer.title)) or set().union(
                *(strategy.goals_of_topic(t) for t in topics)
            )
            add(offer.question, goals or every, f"offers[{o}].question")
    for e, event in enumerate(strategy.events):
        if event.question:
            add(event.question, strategy.goals_of_event(event) or every, f"events[{e}].question")
    return found


def _no_reply(entries: Sequence[Entry]) -> Iterator[Finding]:
    followed = {entry.follows_up for entry in entries}
    for entry in entries:
        if not MOVES[entry.move].own_post or entry.uid in followed:
            continue
        day = entry.start.date()
        label = channel_label(entry.channel, FINDINGS_LANGUAGE)
        yield Finding(
            "no-reply", Severity.ERROR, entry.channel, day, day,
            f"The {entry.move} post on {label} on {day} has no reply round",
            "Plan a reply round on the same channel a few hours or a working day later: "
            "comments left unanswered end the conversation.",
        )  # fmt: skip
