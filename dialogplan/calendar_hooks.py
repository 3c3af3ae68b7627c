"""The calendar around an entry: the events it may invite to or look back on, and breaks.

An announcement names the event or offer it invites to; an own post or a reply round in the
week before an event (or on its day) knows it, and so does a thank-you round or a story in
the week after. ``away`` and ``back`` notes know the break they stand next to: its days, and
the first working day after it. Where a goal names what its people are invited to, or an
offer or event names its topics, some conversations point the interested ones to it; a season
of the team's year colours the entries it touches. An entry gets at most one of these hooks,
so that a prompt has one reason to speak, not four.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import cache
from operator import attrgetter
from typing import Any, Literal

from dialogplan.announcements import (
    ANNOUNCE_LEAD_DAYS,
    led_to,
    offer_runs,
    sign_up_ends,
)
from dialogplan.catalogue import WEEKDAYS
from dialogplan.closed_days import Break, blocked_days, breaks, feast, public_holidays
from dialogplan.dates import (
    WEEKDAY_FULL,
    day_and_month,
    days,
    format_clock,
    minutes_long,
    parse_clock,
    past_midnight,
    series_name,
    undated,
)
from dialogplan.duties import urgent_duties
from dialogplan.entry import Entry
from dialogplan.names import noticeboard
from dialogplan.places import channel_places
from dialogplan.strategy import Event, Offer, Strategy
from dialogplan.word_stems import Stems, kind_of, stems

#: Own posts, shares, reply rounds, thank-you rounds, questions to a group and the note after
#: a break in the days before an event may mention it: people who answer are the likeliest
#: to come. Only this many days ahead, so the hint stays timely.
EVENT_HOOK_MOVES = frozenset(
    {"ask", "story", "article", "share", "reply", "listen", "thank", "back", "group-ask", "away"}
)
#: Work in other people's spaces that may point a person to the team's event of the coming
#: week in a message, never under their post: a football club's round of new contacts three
#: days before its referee evening never mentioned it (r245), nor a workshop's congratulations
#: the day before its health fair (r244).
PRIVATE_INVITE_MOVES = frozenset({"connect", "comment", "congratulate"})
#: Moves that name an event only on its eve and its day: the note before a break, posted the
#: evening before a rowing club's regatta, said nothing of it.
CLOSE_ONLY_MOVES = frozenset({"away"})
#: The note after a break names the coming week's event whatever its topic: an orchestra's
#: "we're back" a week before its string play day said nothing of it (r300).
BACK_MOVES = frozenset({"back"})
#: Moves that name an event only in the week before it, never weeks ahead on its topic: a
#: question to a gig-goers' group three days before the live session is where its keenest
#: people answer; a month ahead the invitation would be an advert in someone else's room.
WEEK_ONLY_MOVES = frozenset({"group-ask"})
#: Work in the team's own spaces that says, on the eve and the day of an event people can no
#: longer sign up for, that it is on (:meth:`Announcements.booked`).
BOOKED_MOVES = frozenset({"reply", "thank", "ask", "story"})
EVENT_HOOK_DAYS = 7
#: Minutes after an event's end before the same day's work looks back on it.
AFTERGLOW_MINUTES = 60
#: A weekly time that starts at this hour or later is "tonight".
EVENING_HOUR = 17
#: An event this many hours long or longer is one people drop in on while it runs.
DROP_IN_HOURS = 3
#: Minutes before a shorter event starts after which the same day's work no longer invites.
LAST_CALL_MINUTES = 60
#: How an event's place starts when it happens on the internet.
ONLINE_PLACES = ("online", "per zoom", "via zoom", "on zoom", "im netz")
#: How a place starts when it is the air a show goes out on: a request show "on Wyvern
#: Hospital Radio, bedside channel 2" is listened to, and no place to meet (r444).
BROADCAST_PLACES = re.compile(
    r"^(?:live\s+)?(?:on|im|auf|über)\b[^,]*\b(?:radio|air|livestream|stream|sendung|podcast)\b",
    re.IGNORECASE,
)
#: Words in the name of an event without a place that say it happens on the internet: nobody
#: "comes along" to a webinar or „kommt vorbei“ to an Online-Stammtisch.
ONLINE_NAMES = re.compile(
    r"\b(?:online|webinar|livestream|live-stream|zoom|virtual|virtuell)", re.IGNORECASE
)
#: An entry about one of an event's own topics mentions it from as far ahead as the event is
#: announced: it is the same conversation, and the people in it are the ones it is for.
EVENT_TOPIC_DAYS = 28
#: In the week after an event, thanks, stories, questions and reply rounds may look back on
#: it: the people who came are the warmest contacts a team has.
EVENT_PAST_MOVES = frozenset({"thank", "story", "ask", "reply", "comment", "listen", "article"})
#: Conversations with people who already talk with the team, and its own pieces, where
#: pointing the interested ones to an offer or event is help rather than advertising.
INVITE_MOVES = frozenset({"reply", "thank", "meet", "group-help", "article", "story"})
#: Other people's spaces, where a link to the team's offer undoes the thanks: a thank-you
#: under someone's blog post stays a thank-you. (Group help points people to it in private.)
FOREIGN_PLACES = frozenset({"others", "other-blogs"})
#: On an event's day after it ends and on the day after, which events an entry looks back on
#: whatever its topic: own posts, any for their goal's people (a post about mowing the
#: evening after the open day that never mentions it reads as if the team had not been
#: there); conversations, one their goal invites to (its people are the ones answering); rounds
#: under others' posts, where the people who came post about it, one their goal invites to, or
#: one for their goal's people that no goal invites to (a piano workshop's comment round on
#: the evening of its fair stand never mentioned the fair).
FRESH_PAST: dict[str, Match] = {
    "ask": "goal",
    "story": "goal",
    "article": "goal",
    "reply": "ours",
    "thank": "ours",
    "comment": "invited",
    "listen": "invited",
}
#: Rounds under others' posts that, on the evening of an event, look back on it for the
#: people of any goal their channel serves: a village shop's Instagram round on the evening of
#: its Easter market, for the members' goal, commented on winter vegetables (r522). The day
#: after, only their goal's (a couriers' round for shops keeps to its topic).
SAME_DAY_PAST_MOVES = frozenset({"comment", "listen"})
#: Own pieces, which in an offer's last days all say so.
OWN_PIECES = frozenset({"article", "story"})
#: Own posts, of which a channel's first after an event for their goal's people looks back on
#: it all week, whatever its topic: a food truck's question post two days after its spring
#: festival never thanked the people who came.
FIRST_AFTER_MOVES = frozenset({"ask", "story", "article"})
#: Own posts that look back on an event just gone (``event_past``), the first after it only.
RECAP_MOVES = frozenset({"story", "ask"})
#: This close to an event (0: its day, 1: the eve), it comes up whatever an entry's topic.
CLOSE_DAYS = 1
#: A channel with fewer own posts a week than this (a newsletter, a blog, a video channel)
#: names the coming week's event whatever its topic: the next piece may come too late.
RARE_POSTS_PER_WEEK = 1
#: … and, where its next own piece comes after the event, any event up to this many days
#: ahead: a fortnightly issue eleven days before the family concert was the last before it.
RARE_AHEAD_DAYS = 21
#: Events are invited to at most this many days ahead.
INVITE_DAYS = 42
#: An offer in its last days is worth saying so ("last week to sign up").
ENDING_DAYS = 7
#: An offer's last day is said only this close to it: "(open until 31 May)" on 8 March read
#: to a tenants' association as a data field, for a drop-in that simply goes on.
UNTIL_SAID_DAYS = 28
#: … unless the offer runs no longer than this from its first day: an early-booking discount
#: for March is its deadline, and its announcement on 1 March said nothing of it.
SHORT_OFFER_DAYS = 61
#: Which events go with an entry: those for its goal's people, those that belong in its thread
#: too (``people``), those its goal invites to (``ours``; ``invited`` also those no goal invites
#: to), those that may come up in work on its topic, those that list its topic, those for the
#: people of any goal its channel serves (``channel``), or any.
Match = Literal[
    "goal", "people", "ours", "invited", "fits", "topic", "listed", "channel", "everyone"
]
#: Days at either end of a season in which it is said to begin or to end, not to be under way.
SEASON_EDGE = 7
#: Days before an event the entry's goal invites to (its ``invite``) that the entry names it
#: whatever its own topic: replies about the school ponies four days before the open stable
#: day are the people to invite.
GOAL_EVENT_DAYS = 4
#: Conversations with the people who answer the team, and listening for them, which name the
#: coming week's event for their goal's people: a reply round about swap nights three days
#: before the open day that never mentions it leaves the warmest people uninvited; an event
#: that lists their topic comes first. An own post stays on its topic (the puppy class does
#: not belong in a post about the dental suite).
WEEK_AHEAD_MOVES = frozenset({"reply", "thank", "listen"})
#: Days ahead within which a meeting proposes the team's own event rather than a visit some
#: day: an introduction evening in three weeks is a date for the diary, and „Komm doch mal
#: vorbei“ beside it left a food-sharing group's keenest neighbour without one.
NEXT_STEP_DAYS = 21
#: A break this long or shorter is short: its note may ask a question whose answers wait until
#: the team is back (a plain note without one drew "no dialogue" from five reviewers, r445,
#: r448, r450, r457, r460; after two weeks, an answer waits too long).
SHORT_BREAK_DAYS = 7
#: How far past a break the note before it looks for what comes first once the team is back.
AFTER_BREAK_DAYS = 14
#: Own posts whose question may give the coming event as its reason (:meth:`Announcements.reason`).
REASON_MOVES = frozenset({"ask"})
#: The hooks an entry may get, in order of precedence.
HOOKS = ("event_soon", "event_past", "invite", "moment")


@dataclass(frozen=True, slots=True)
class Announcement:
    """The event or offer an ``announce`` entry invites to; prints as its title.

    Templates written when ``announce`` was the plain title keep working: ``{{ announce }}``
    still prints the title.
    """

    title: str
    kind: str  # "event" or "offer"
    url: str
    #: The event's (first) day (``format_day``); "" for offers.
    day: str
    #: Days from the entry to the event's first day, or, once it is over, back from its last
    #: day (-1: it ended yesterday); 0 for offers.
    days_until: int
    #: The last day an offer runs (``format_day``), or "".
    until: str
    #: The strategy's short noun phrase for it ("the spring clinic"), or "".
    noun: str = ""
    #: The team's own question to people about it, or "".
    question: str = ""
    #: True in an offer's last :data:`ENDING_DAYS` days.
    ending: bool = False
    #: An event's time as people say it ("19 Uhr", "7–9 pm"), or "".
    at: str = ""
    #: Where an event happens, as the strategy says it, or "".
    place: str = ""
    #: True when the event ended earlier on the entry's own day (``days_until`` 0).
    over: bool = False
    #: After an event of a series (a goal's ``invite`` list): the day of the next one, so
    #: whoever missed this one hears when to come; else "".
    next_day: str = ""
    #: True for an event on the internet (its place starts "online", "per Zoom" …): people
    #: join it; nobody comes by.
    online: bool = False
    #: True where its place is a broadcast ("on Wyvern Hospital Radio"): people tune in,
    #: and nobody is invited to carry a conversation on there.
    on_air: bool = False
    #: True for an offer a goal that looks for someone invites to: a job or a trainee
    #: place, introduced as the work it is, not as something to book.
    job: bool = False
    #: True for a job nobody is paid for (a volunteer role): told of as a session to join,
    #: never as "a day in the job" or an application.
    volunteer: bool = False
    #: True for an offer that asks people to give (a donation campaign, a sponsorship):
    #: introduced as what the money is for, not as something to book.
    appeal: bool = False
    #: True for an appeal that asks people to join (a membership): introduced as what
    #: members make possible and how to join.
    membership: bool = False
    #: True where people must book or sign up first, by its title, short form or details:
    #: replies say how to get a place rather than "come along".
    booking: bool = False
    #: True where people come with a ticket (a play, a concert): lines offer tickets, not a
    #: sign-up.
    tickets: bool = False
    #: The last day of an event over several days (``format_day``), else "".
    last: str = ""
    #: Days from the entry to that last day; 0 without one.
    days_left: int = 0
    #: True while an event over several days runs: past its first day, not over yet.
    running: bool = False
    #: How many days an event runs: 2 reads "on Saturday and Sunday", more "from … to …".
    days: int = 1
    #: For an event of several days: the days until it is next open to people (1 on an
    #: evening of it after its hours: "tomorrow, its last day"); 0 without one.
    opens_in: int = 0
    #: True for an event people drop in on (:data:`DROP_IN_HOURS` or longer, as an open
    #: day): an invitation gives its end too, since "at 10" reads as an appointment.
    drop_in: bool = False
    #: For an offer that leads to an event (they share a topic, and the event comes on the
    #: offer's last day or within :data:`LEADS_TO_DAYS` after it, or for an offer without an
    #: end, within four weeks): that event, whose day and place the announcement says. Stall
    #: sign-ups for a flea market never said when it was.
    event: Announcement | None = None
    #: True for an event ahead in a later calendar week than the entry: "am Mittwoch" said on
    #: a Thursday reads as the day before, so its date comes with it.
    later_week: bool = False
    #: For an offer that meets every week (``every``): its weekdays, full names in the plan's
    #: language ("Thursday"); else ().
    weekly: tuple[str, ...] = ()
    #: Days from the entry to its next weekly time on a day the team is open, within two
    #: weeks (0: today, still to come); -1 without one. Its weekday is ``session_weekday``,
    #: ``evening`` when it starts at 17:00 or later ("tonight").
    session_in: int = -1
    session_weekday: str = ""
    #: That next time's day (``format_day``), or "": from two days ahead, invitations give
    #: the date ("next: Saturday at 11 am" left people counting).
    session_date: str = ""
    evening: bool = False
    #: True where its time today has begun, on a day the team is open: the note after a
    #: break, at eleven on a run club's Saturday, shows this morning's run.
    met_today: bool = False
    #: The short form (else the title) of the first topic it lists, or "": an announcement
    #: tells its anecdote about that, not about "what it is about".
    about: str = ""
    #: What people need to know before they come or sign up, in the team's words, or "".
    details: str = ""
    #: True for an event that is a day of work (a work party, an Arbeitseinsatz): its
    #: invitations ask people to lend a hand.
    helping: bool = False
    #: True on the last day to sign up that its details give („Anmeldung bis 15. März“):
    #: invitations that day say so, as a newsletter inviting on it without a word read as a
    #: day late (r407).
    closes_today: bool = False
    #: True on the day before that last day: listening that day asks to invite people today,
    #: not to note them for later (r446).
    closes_tomorrow: bool = False
    #: For an event on its eve in a conversation with another goal's people: whom it is for
    #: (the ``who`` of a goal it is for), so only they are invited; else "". A city farm's
    #: reply round under parents' winter tips invited them all to its volunteers' taster
    #: morning (r542).
    for_whom: str = ""

    def __str__(self) -> str:
        return self.title


def _clashes(event: Event, offer: Offer) -> bool:
    """Whether the event keeps the team from the offer's weekly time: elsewhere, at that hour.

    An event at the offer's own place (an open day at the shop on its Saturday) is no clash,
    and neither is one whose hours end before the offer's begin, or begin after they end.
    """
    if (event.place or "").strip().casefold() == (offer.place or "").strip().casefold():
        return False
    if not (event.time and offer.time):
        return True
    start, end = parse_clock(event.time)
    begin, until = parse_clock(offer.time)
    return (end is None or begin < end) and (until is None or start < until)


class Announcements:
    """The strategy's events and offers by title, as ``announce`` entries name them."""

    def __init__(
        self, strategy: Strategy, day: Callable[[date], str], entries: Sequence[Entry] = ()
    ) -> None:
        self.events = {event.title: event for event in strategy.events}
        #: The themes each group talks about (empty: any), by channel and name.
        self.group_themes = strategy.group_themes()
        self.offers = {offer.title: offer for offer in strategy.offers}
        self.topic_nouns = strategy.topic_nouns()
        self.by_topic: dict[str, list[str]] = {}
        items: list[Offer | Event] = [*strategy.offers, *strategy.events]
        for item in items:
            for topic in item.topics:
                self.by_topic.setdefault(topic, []).append(item.title)
        self.moments = strategy.moments
        #: Seasons of the team's own year only (all their topics its own subjects): league
        #: sign-up is nothing to a stranger asking for a plumber in the town's noticeboard.
        own = {t.title for t in strategy.topics if t.kind == "own"}
        self.own_moments = {m.title for m in strategy.moments if m.topics and set(m.topics) <= own}
        self.goal_invites = {goal.id: goal.invite for goal in strategy.goals}
        #: The goals inviting to each event (none: no goal does).
        self.inviting = {
            e.title: frozenset(g.id for g in strategy.goals if e.title in g.invite)
            for e in strategy.events
        }
        self.for_goals = {e.title: strategy.goals_of_event(e) for e in strategy.events}
        #: Whom each event is for, as the first goal it is for with a ``who`` says it, or "".
        self.for_whom = {
            title: next((g.who for g in strategy.goals if g.id in goals and g.who), "")
            for title, goals in self.for_goals.items()
        }
        #: The goals each channel serves.
        self.channel_goals = {c: frozenset(strategy.goals_of(c)) for c in strategy.channels}
        #: The goals each topic names, and all the goals some topic names.
        self.topic_goals = {t.title: frozenset(t.goals) for t in strategy.topics}
        self.goals_with_topics = frozenset().union(*self.topic_goals.values())
        #: The topics each offer and event may come up in work on (none: any).
        self.fit_topics = {item.title: _fit_topics(strategy, item) for item in items}
        self.next_in_series = _successors(strategy)
        #: The goals each offer is for (none: everyone), so that its last days reach its people.
        self.offer_goals = {o.title: strategy.goals_invited_to(o.title) for o in strategy.offers}
        #: The channels whose pieces are rare: the coming week's event is theirs to tell.
        self.rare = {
            c for c in strategy.channels if strategy.channel(c).posts_per_week < RARE_POSTS_PER_WEEK
        }
        self.day = day
        self.language = strategy.language
        #: The days the team keeps free: a weekly offer does not meet on them.
        self.closed = blocked_days(strategy)
        #: The days whose break closes what the team runs (:func:`_closes`).
        self.shut = frozenset(public_holidays(strategy)).union(
            *(days(b.start, b.end) for b in strategy.blackout if _closes(b.reason or ""))
        )
        #: For events people sign up for by a given day (:func:`sign_up_ends`): that day.
        self.sign_up_ends = sign_up_ends(strategy)
        #: The days of each channel's own posts, in date order.
        self.own_days: dict[str, list[date]] = {}
        for entry in entries:
            if entry.move in FIRST_AFTER_MOVES:
                self.own_days.setdefault(entry.channel, []).append(entry.start.date())
        #: The invitations ``entries`` (the calendar, in date order) make, by entry UID.
        self.invited = self._invitations(entries)

    def hooks(self, entry: Entry) -> dict[str, Any]:
        """``event_soon``, ``event_past``, ``invite`` and ``moment``: the first that applies.

        Invitations are those :meth:`_invitations` chose for the calendar.
        """
        found: dict[str, Any] = dict.fromkeys(HOOKS)
        for name, look in (
            ("event_soon", self.soon),
            ("event_past", self.past),
            ("invite", lambda e: self.invited.get(e.uid)),
            ("moment", self.moment),
        ):
            if (hook := look(entry)) is not None and self._in_group(entry, hook):
                found[name] = hook
                break
        return found

    def _in_group(self, entry: Entry, hook: object) -> bool:
        """Whether an event belongs in the entry's group: one without topics, or on its themes.

        A speech therapy practice thanked the people at its reading hour for children in a
        jobs group for therapists (r303): they were not there.
        """
        themes = self.group_themes.get((entry.channel, entry.group), frozenset())
        event = self.events.get(hook.title) if isinstance(hook, Announcement) else None
        return not themes or event is None or not event.topics or bool(themes & {*event.topics})

    def reason(self, entry: Entry) -> Announcement | None:
        """For an own question post, the next event on its topic in four weeks, or None.

        The reason a question comes now, which "say why you're asking now" left to the reader
        to make up (r450, r459, r462, r463, r467): a music club's question about children's
        instruments twelve days before its instrument day. Only an event that lists the post's
        topic, which people can still sign up for: a winery's question about where its readers
        stop after a hike came "because" of its pruning walk (r482).
        """
        if entry.move not in REASON_MOVES:
            return None
        return self._nearest(entry, range(1, ANNOUNCE_LEAD_DAYS + 1), min, "topic")

    def soon(self, entry: Entry) -> Announcement | None:
        """The next event within a week (four, on its topic) of an entry that can invite to it.

        Only an event for the entry's goal (:meth:`Strategy.goals_of_event`); on its eve and its
        day, in the conversations around the team's posts, for any of the channel's people: a
        software firm's reply round the day before its Dev Night said nothing of it, the round
        being for juniors (r485), while an own post for firms booking team days still invites
        no HR manager to a setters' evening. Within the week,
        only an event that may come up in work on the entry's topic, or, in the last
        :data:`GOAL_EVENT_DAYS`, one the entry's goal invites to: an
        invitation to the puppy class does not belong in a post about the dental suite.
        Conversations with the people who answer (:data:`WEEK_AHEAD_MOVES`) take an event on
        their topic within four weeks first, else any. On
        the eve of the event and on its day, before it ends, the event whatever the topic; so
        in the week before it on a channel whose pieces are rare (:data:`RARE_POSTS_PER_WEEK`),
        and up to :data:`RARE_AHEAD_DAYS` before it where the channel's next piece is later,
        an event on the entry's topic first, for whichever of the channel's people it is: an
        issue on growing oysters at home invited to a food festival, not to the oyster kit
        workshop six days off (r405).
        A question to a group names only an event of the coming week (:data:`WEEK_ONLY_MOVES`),
        the note before a break only one on its eve or its day (:data:`CLOSE_ONLY_MOVES`), the
        note after one any of the coming week for its goal's people (:data:`BACK_MOVES`).
        Never in what the team writes in someone else's space: a thank-you under their blog
        post is no place for the team's webinar; under posts that mention the team it is.
        Work there that may point a person to it in a message (:data:`PRIVATE_INVITE_MOVES`)
        knows the week's event for its goal's people, unless it looks back on one.
        """
        if entry.move in PRIVATE_INVITE_MOVES and not entry.announce:
            return self._in_private(entry)
        outside = entry.move != "listen" and not _mentions_team(entry)
        if entry.announce or entry.move not in EVENT_HOOK_MOVES or outside:
            return None
        close_only = entry.move in CLOSE_ONLY_MOVES
        close = self._nearest(entry, range(CLOSE_DAYS + 1), min)
        if close is None and entry.move not in FIRST_AFTER_MOVES:
            close = self._nearest(entry, range(CLOSE_DAYS + 1), min, "channel")
            if close is not None:  # another goal's people's event: for them alone
                close = replace(close, for_whom=self.for_whom[close.title])
        if close is None and entry.channel in self.rare and not close_only:
            ahead = range(self._rare_ahead(entry) + 1)
            close = self._nearest(entry, ahead, min, "listed") or self._nearest(
                entry, ahead, min, "people"
            )
        if close is not None or close_only:  # the team's own event is what these days are about
            return close
        if entry.move in BACK_MOVES:  # what the team is back for: the coming week's event
            return self._nearest(entry, range(EVENT_HOOK_DAYS + 1), min, "channel")
        ours = self._nearest(entry, range(GOAL_EVENT_DAYS + 1), min, "ours")
        if ours is not None:  # an event for this goal's people, in a few days
            return ours
        return self._closing(entry) or self._ahead(entry)

    def _closing(self, entry: Entry) -> Announcement | None:
        """An event the entry's goal invites to whose sign-up closes on the entry's day.

        The last day to book is news for the goal's people whatever the topic: an escape
        room's reply round with the HR managers it asked about first games said nothing of
        its taster afternoon, bookable until that evening (r625).
        """
        today = entry.start.date()
        closing = [
            e
            for e in self.events.values()
            if self.sign_up_ends.get(e.title) == today < e.date
            and e.title in self.goal_invites.get(entry.goal, ())
        ]
        if not closing:
            return None
        event = min(closing, key=lambda e: (e.date, e.title))
        return self._event(event, today, now=entry.start)

    def booked(self, entry: Entry) -> Announcement | None:
        """An event of the entry's day (before it ends) or of the next, whose sign-up has closed.

        Sign-up has closed, so nobody is invited; but the people in the team's own threads are
        the ones who come. A brewery's reply round on the day of its pie night, bookings closed
        three days before, never said it was on (r577): a line for those coming is the thread's
        natural close. Only an event for the people of a goal the channel serves.
        """
        if entry.move not in BOOKED_MOVES or entry.announce or not _mentions_team(entry):
            return None
        today = entry.start.date()
        near = [
            e
            for e in self.events.values()
            if _days_to(e, today, back=False) in (0, 1)
            and not self.open_to(e, today)
            and self._on_channel(e, entry)
            and not (e.last_day == today and _ended(e, entry))
        ]
        if not near:
            return None
        event = min(near, key=lambda e: (e.date, e.title))
        return self._event(event, today, now=entry.start)

    def _rare_ahead(self, entry: Entry) -> int:
        """How far ahead a piece on a rare channel names an event: up to its next piece.

        Only a week where it looks back on one: thanking the people who came to last week's
        webinar comes before a fair three weeks off.
        """
        if self.past(entry) is not None:
            return EVENT_HOOK_DAYS
        today = entry.start.date()
        days = self.own_days.get(entry.channel, [])
        following = days[bisect.bisect_right(days, today)] if days and days[-1] > today else None
        until = RARE_AHEAD_DAYS if following is None else (following - today).days - 1
        return max(EVENT_HOOK_DAYS, min(until, RARE_AHEAD_DAYS))

    def _ahead(self, entry: Entry) -> Announcement | None:
        """The event of the coming weeks an entry names, once none is days away.

        A thread on a topic an event lists leads to that event first: a cello being built
        led to a children's instrument carousel, with the open workshop days on the cello
        three weeks off (r258).
        """
        ahead = entry.move in WEEK_AHEAD_MOVES
        on_topic = self._on_topic(entry) if ahead else None
        if on_topic is not None:
            return on_topic
        near = self._nearest(entry, range(EVENT_HOOK_DAYS + 1), min, "people" if ahead else "fits")
        if near is not None or not entry.topic or entry.move in WEEK_ONLY_MOVES or ahead:
            return near
        return self._on_topic(entry)

    def _on_topic(self, entry: Entry) -> Announcement | None:
        """The next event within :data:`EVENT_TOPIC_DAYS` that lists the entry's topic."""
        return self._nearest(entry, range(EVENT_TOPIC_DAYS + 1), min, "topic")

    def _in_private(self, entry: Entry) -> Announcement | None:
        """The coming week's event for work in someone else's space, unless it looks back."""
        if self.past(entry) is not None:
            return None
        return self._nearest(entry, range(1, EVENT_HOOK_DAYS + 1), min)

    def past(self, entry: Entry) -> Announcement | None:
        """The latest event of the week before an entry that can look back on it.

        An event that ended earlier the same day counts: the evening after an open day is
        the time to thank the people who came. Only an event that may come up in work on the
        entry's topic: a reply round about leftovers is no bridge to the volunteers' evening.
        Two exceptions: on its day and the day after, some moves look back on an event
        whatever their topic (:data:`FRESH_PAST`), all week on a channel whose pieces are
        rare (:data:`RARE_POSTS_PER_WEEK`); and a thank-you in the team's own space
        does so all week: the morning after its midsummer fire, the mentions are about the
        fire, whatever the round's topic and goal; unless it thanks for one post, whose
        sharers came for its question, not for the reading. Without its link: it invites to
        a day that is gone, so whoever missed it hears of the next one. A reply round in a
        group, only on an event that lists the thread's topic.
        An invitation looks back only on the event of its series just gone
        (:meth:`_series_past`).
        """
        if entry.announce:
            return self._series_past(entry)
        if entry.move in CLOSE_ONLY_MOVES:
            return self._before_a_break(entry)
        if entry.move not in EVENT_PAST_MOVES:
            return None
        about_a_post = bool(entry.follows_up or entry.continues)
        everyone = entry.move == "thank" and _mentions_team(entry) and not about_a_post
        match: Match = "everyone" if everyone else "fits"
        # In a group, the people answering the team's question are its members, not its guests:
        # one about charging e-bikes was followed by „Waren Sie dabei?“ about the team's
        # evening. Only an event on the thread's own topic comes up in the replies there.
        answers = bool(entry.group) and entry.move == "reply"
        match = "topic" if answers else match
        found = self._nearest(entry, range(-EVENT_HOOK_DAYS, 1), max, match, over=True)
        if entry.move in FRESH_PAST and not answers:
            # A channel whose pieces are rare looks back all week: a pool association's
            # newsletter, two days after its spring clean-up, never thanked the helpers.
            # … in its own space for the people of any goal it serves: its issue the day
            # after a swap meet was about landscaping for the other clubs, and never
            # mentioned it (r301).
            rare = entry.channel in self.rare
            wide = rare and _mentions_team(entry)
            days = range(-(EVENT_HOOK_DAYS if rare else CLOSE_DAYS), 1)
            fresh = self._nearest(
                entry, days, max, "channel" if wide else FRESH_PAST[entry.move], over=True
            )
            if fresh is None and entry.move in SAME_DAY_PAST_MOVES:
                fresh = self._nearest(entry, range(1), max, "channel", over=True)
            if fresh is None and entry.move in FIRST_AFTER_MOVES:
                fresh = self._first_since(entry)
            found = max(
                (f for f in (found, fresh) if f), key=attrgetter("days_until"), default=None
            )
        if found is None or (entry.move in RECAP_MOVES and self._told_since(entry, found)):
            return None
        following = self.next_in_series.get(found.title)
        return replace(found, url="", next_day=self.day(following.date) if following else "")

    def _before_a_break(self, entry: Entry) -> Announcement | None:
        """For the note before a break, the week's event for the channel's people, or None.

        The note is the last post for days: a library's, the day after its crime reading,
        said only that it would go quiet (r475), a basketball club's five days after its
        tournament wished a good Easter (r448). Not where an own post since looked back on it.
        """
        found = self._nearest(entry, range(-EVENT_HOOK_DAYS, 1), max, "channel", over=True)
        if found is None or self._told_since(entry, found):
            return None
        return replace(found, url="")

    def _told_since(self, entry: Entry, event: Announcement) -> bool:
        """Whether an own post of the entry's channel came between the event and the entry.

        That one looked back on it: a newsletter thanked the people at a fair in two issues
        in three days.
        """
        last = self.events[event.title].last_day
        today = entry.start.date()
        return any(last < day < today for day in self.own_days.get(entry.channel, ()))

    def _first_since(self, entry: Entry) -> Announcement | None:
        """The week's event for the entry's goal, if no own post of its channel came since.

        Only for :data:`FIRST_AFTER_MOVES`: the first post after an event is the one that
        looks back on it; the next ones are about their own topics again.
        """
        week = self._nearest(entry, range(-EVENT_HOOK_DAYS, 1), max, "goal", over=True)
        if week is None:
            return None
        last = self.events[week.title].last_day
        today = entry.start.date()
        if any(last < day < today for day in self.own_days.get(entry.channel, ())):
            return None
        return week

    def _series_past(self, entry: Entry) -> Announcement | None:
        """The event of a series that ended in the last day, for the invitation to the next.

        An invitation to March's breakfast on the evening of February's that never mentions
        it reads as if the team had not noticed its own morning.
        """
        today = entry.start.date()
        for title, following in self.next_in_series.items():
            event = self.events[title]
            days = (event.last_day - today).days
            if following.title != entry.announce or not -CLOSE_DAYS <= days <= 0:
                continue
            if days < 0 or _over(event, entry):
                return replace(self._event(event, today, over=days == 0), url="")
        return None

    def of(self, entry: Entry) -> Announcement | str:
        """The announcement an entry makes, or "" when it makes none."""
        name = entry.announce
        if not name:
            return ""
        event = self.events.get(name)
        if event is not None:
            return self._event(event, entry.start.date(), entry.url, now=entry.start)
        return self._offer(name, entry.start.date(), entry.url, entry.start)

    def event(self, event: Event, entry: Entry) -> Announcement:
        """An event as an entry on its day tells it: a message asking a contact about it."""
        return self._event(event, entry.start.date(), now=entry.start)

    def asked_about(self, question: str, today: date) -> Announcement | None:
        """The offer or event whose own question an entry asked, as of ``today``; else None.

        A question such as "What would you like measured at the health day?" invites as
        much as an announcement does: the answers are the people to welcome. Events of a
        series may share one question: it is about the next of them still to come (a post on
        25 June about the scanning mornings asks about 10 July's, not 15 May's).
        """
        if not question:
            return None
        asking = [e for e in self.events.values() if e.question == question]
        coming = sorted((e for e in asking if e.last_day >= today), key=lambda e: e.date)
        event = coming[0] if coming else (asking[0] if asking else None)
        if event is not None:
            return self._event(event, today)
        offer = next((o for o in self.offers.values() if o.question == question), None)
        return self._offer(offer.title, today) if offer is not None else None

    def next_steps(self, entry: Entry) -> list[Announcement]:
        """The team's dated occasions a person met through the entry could come to, soonest first.

        Events within :data:`NEXT_STEP_DAYS`, and the next time of offers that meet every
        week, for the entry's goal's people (or for everyone). From tomorrow on: today is
        short notice for a first meeting.
        """
        today = entry.start.date()
        steps = [
            self._event(event, today, now=entry.start)
            for event in self.events.values()
            if 0 < (event.date - today).days <= NEXT_STEP_DAYS
            and self.open_to(event, today)
            and _for(entry.goal, self.for_goals[event.title])
        ]
        for title, offer in self.offers.items():
            if offer.every and offer_runs(offer, today, today):
                found = self._offer(title, today, now=entry.start)
                if found.session_in > 0 and _for(entry.goal, self.offer_goals[title]):
                    steps.append(found)
        return sorted(steps, key=lambda s: s.session_in if s.kind == "offer" else s.days_until)

    def skipped(
        self, entry: Entry, first: date, last: date
    ) -> tuple[dict[str, Any], date | None] | None:
        """The first weekly offer for the channel's people that a break skips, or None.

        ``off``, the first of its times from ``first`` to ``last`` on a day the team keeps
        free (a run on the Saturday between Good Friday and Easter Monday still runs), and
        ``offer``, as of the day after: a law firm's note before Ascension Day never said
        that its Thursday drop-in was off that week (r318). With them, the day it meets again:
        the first after ``off`` the team does not keep free (a farm shop open on Fridays and
        Saturdays was said to be off on Good Friday and open "next on 2 April", though it opened
        on Easter Saturday, r657); None where that is more than two weeks off.
        """
        for title, offer in self.offers.items():
            if not offer.every or not self._reaches(title, entry.channel):
                continue
            off = next(
                (
                    d
                    for d in days(first, last)
                    if d in self.closed and offer.meets_on(d) and offer_runs(offer, d, d)
                ),
                None,
            )
            if off is not None:
                after = self._offer(title, off + timedelta(days=1))
                fields = {"off": self.day(off), "offer": after, "sure": off in self.shut}
                again = after.session_in >= 0
                return fields, off + timedelta(days=1 + after.session_in) if again else None
        return None

    def after_break(self, entry: Entry, back: date) -> tuple[Announcement, date] | None:
        """The first event, or offer that begins, in :data:`AFTER_BREAK_DAYS` from ``back``.

        With its day; only one for the channel's people, and an event people can still sign
        up for. Followers of the note before a break need what comes first once the team is
        back: a winery's note before Easter never said its wine tavern opened on the Thursday
        after (r482), an orchard's that sign-ups for its pruning day stayed open (r480).
        """
        today = entry.start.date()
        until = back + timedelta(days=AFTER_BREAK_DAYS)
        ahead = [
            (event.date, title, self._event(event, today, now=entry.start))
            for title, event in self.events.items()
            if back <= event.date <= until
            and self.open_to(event, today)
            and self._on_channel(event, entry)
        ]
        ahead += [
            (offer.start, title, self._offer(title, offer.start))
            for title, offer in self.offers.items()
            if offer.start and back <= offer.start <= until and self._reaches(title, entry.channel)
        ]
        if not ahead:
            return None
        day, _, found = min(ahead, key=lambda item: item[:2])
        return found, day

    def open_to(self, event: Event, today: date) -> bool:
        """Whether people can still sign up for an event on ``today`` (:attr:`sign_up_ends`)."""
        return today <= self.sign_up_ends.get(event.title, date.max)

    def weekly(self, entry: Entry) -> list[Announcement]:
        """The weekly offers running on the entry's day, for people its channel serves.

        As of the entry's time: the note after a break, read by all the channel's followers,
        says when people can come again.
        """
        today = entry.start.date()
        return [
            self._offer(title, today, now=entry.start)
            for title, offer in self.offers.items()
            if offer.every
            and offer_runs(offer, today, today)
            and self._reaches(title, entry.channel)
        ]

    def _invitations(self, entries: Sequence[Entry]) -> dict[str, Announcement]:
        """Which entries point the interested ones to an offer or event, and to which.

        Each week, the first fitting entry of a channel outside other people's spaces (or
        among the posts that mention the team) points to each current offer or event it may
        name: the one its goal invites to, or one that belongs to its topic. In an offer's last
        days every own piece says so. An entry that already invites to an event, or looks back
        on one, points nowhere else; nor does one for a named person, which is about that
        person: the week's pointer goes to the next.
        """
        done: set[tuple[str, int, int, str]] = set()
        invited: dict[str, Announcement] = {}
        for entry in entries:
            if entry.announce or entry.move not in INVITE_MOVES or not _mentions_team(entry):
                continue
            if entry.contact_row or self.soon(entry) or self.past(entry):
                continue
            # A thread under the team's question about the town, on its noticeboard, is no
            # place for the team's offer: a garden club pointed people who named their
            # rainy-day spots to its plot viewing (r486), a butcher thanked those who named
            # their walks with its confirmation buffets (r599). Help there answers others'
            # questions, which may be about just what the team offers, and a thank-you to
            # members who helped others thanks for no thread of the team's.
            in_thread = entry.move == "reply" or bool(entry.follows_up or entry.continues)
            if in_thread and not entry.topic and noticeboard(entry.group):
                continue
            today = entry.start.date()
            for title in self._invitable(entry, today):
                found = self._current(title, entry.start)
                if found is None:
                    continue
                week = (entry.channel, *today.isocalendar()[:2], title)
                if week not in done or (found.ending and entry.move in OWN_PIECES):
                    done.add(week)
                    invited[entry.uid] = found
                    break
        return invited

    def _invitable(self, entry: Entry, today: date) -> list[str]:
        """The titles an entry may point to: its goal's, its topic's, an offer ending.

        The goal's offer or event comes up only in work on no topic or on one of its own:
        a sprint offer under a thread about unwelcome findings reads as a sales pitch. An
        offer's last days come up in pieces for its people: school workshops do not close a
        story for would-be volunteers.
        """
        invites = self.goal_invites.get(entry.goal, ())
        names = [title for title in invites if self._fits(title, entry.topic)]
        names += [t for t in self.by_topic.get(entry.topic, []) if self._reaches(t, entry.channel)]
        # What belongs to the entry's topic comes first: a thread about walks round the town
        # pointed to the volunteers' taster evening, not to the weekly walk (r343).
        on_topic = set(self.by_topic.get(entry.topic, ()))
        names = sorted(dict.fromkeys(names), key=lambda title: title not in on_topic)
        if entry.move in OWN_PIECES:
            names += [
                title
                for title, offer in self.offers.items()
                if _ending(offer, today)
                and (not self.offer_goals[title] or entry.goal in self.offer_goals[title])
            ]
        return names

    def _reaches(self, title: str, channel: str) -> bool:
        """Whether a channel serves any of the goals an offer or event is for (none: everyone).

        A reply on LinkedIn, kept for care homes' staff, invited to a Death Café for families
        on the same topic (r272).
        """
        goals = self.for_goals.get(title, self.offer_goals.get(title, frozenset()))
        return not goals or bool(goals & self.channel_goals[channel])

    def _fits(self, title: str, topic: str) -> bool:
        """Whether an offer or event may come up in work on ``topic`` (:func:`_fit_topics`)."""
        fit = self.fit_topics.get(title)
        return not topic or not fit or topic in fit

    def moment(self, entry: Entry) -> dict[str, str] | None:
        """The season of the team's year that touches the entry (the one begun last), or None.

        A season touches the entries about its topics and those without a topic; one of the
        team's own year only, not work among strangers' posts.
        """
        day = entry.start.date()
        strangers = _among_strangers(entry)
        now = [
            m
            for m in self.moments
            if m.start <= day <= m.end
            and (not entry.topic or entry.topic in m.topics)
            and not (strangers and m.title in self.own_moments)
        ]
        if not now:
            return None
        moment = max(now, key=lambda m: (m.start, m.title))
        return {
            "title": moment.title,
            "noun": moment.short or "",
            "until": self.day(moment.end),
            "phase": _phase(moment.start, day, moment.end),
        }

    def on_topic(self, entry: Entry) -> Announcement | None:
        """The first current offer or event that lists the entry's topic, for its channel's people.

        Where an own post answers a question people ask about it, the answer is where its link
        goes (``Contexts._hooks``).
        """
        for title in self.by_topic.get(entry.topic, ()):
            if self._reaches(title, entry.channel):
                found = self._current(title, entry.start)
                if found is not None:
                    return found
        return None

    def _current(self, title: str, now: datetime) -> Announcement | None:
        """The offer running on ``now``'s day, or the event ahead within :data:`INVITE_DAYS`."""
        today = now.date()
        event = self.events.get(title)
        if event is not None:
            ahead = 0 < (event.date - today).days <= INVITE_DAYS and self.open_to(event, today)
            return self._event(event, today, now=now) if ahead else None
        offer = self.offers.get(title)
        if offer is None or not offer_runs(offer, today, today):
            return None
        return self._offer(title, today, now=now)

    def _offer(
        self, name: str, today: date, url: str = "", now: datetime | None = None
    ) -> Announcement:
        """An offer as templates see it on ``today``; the title alone when none has it.

        ``now`` is the entry's time, when known. Its ``until`` only within
        :data:`UNTIL_SAID_DAYS` of its last day, or for a short offer
        (:data:`SHORT_OFFER_DAYS`); for one that meets every week, its next time
        (:meth:`_weekly`).
        """
        offer = self.offers.get(name)
        if offer is None:
            return Announcement(name, "offer", url, "", 0, "")
        last = offer.until
        brief = bool(last and offer.start and (last - offer.start).days <= SHORT_OFFER_DAYS)
        until = self.day(last) if last and (brief or (last - today).days <= UNTIL_SAID_DAYS) else ""
        ending = _ending(offer, today)
        url = url or offer.url or ""
        short, question = offer.short or "", offer.question or ""
        # Something held every week is its own occasion: a market stall on weekends does not
        # lead to the shop's clear-out weekend.
        led = None if offer.every else self._led_to(offer, today)
        event = self._event(led, today) if led is not None else None
        found = Announcement(
            name, "offer", url, "", 0, until, short, question, ending, event=event,
            about=self._about(offer), details=offer.details or "",
        )  # fmt: skip
        return self._weekly(found, offer, today, now) if offer.every else found

    def _weekly(
        self, found: Announcement, offer: Offer, today: date, now: datetime | None
    ) -> Announcement:
        """An offer that meets every week, with its days, time, place and next time.

        A run club's reply round on Wednesday says "tomorrow at 6:30 pm, from the shop", not
        a bare link: the next time is what people need to come. Today's counts until it starts.
        """
        begin = parse_clock(offer.time)[0] if offer.time else None
        started = begin is not None and now is not None and now.time() >= begin
        # Two weeks: a week whose only time falls on a day the team keeps free (a trial
        # shift on Ascension Day, r289) names the one after it.
        ahead = days(today + timedelta(days=started), today + timedelta(days=14))
        off = self.closed.keys() | self._elsewhere(offer)
        next_day = next((day for day in ahead if offer.meets_on(day) and day not in off), None)
        names = WEEKDAY_FULL[self.language]
        return replace(
            found,
            # Its start is what people come for: "tomorrow at 6:30 pm", not "from 6:30 to 7:30";
            # the hours of a longer one, though: "every Tuesday at 4 pm" made a consultation
            # from four to six an appointment (r312, r335, r338).
            at=format_clock(
                offer.time if _said_with_end(offer) else offer.time.split("-")[0], self.language
            )
            if offer.time
            else "",
            place=offer.place or "",
            on_air=_on_air(offer.place),
            weekly=tuple(names[WEEKDAYS.index(day)] for day in offer.every),
            session_in=(next_day - today).days if next_day else -1,
            session_weekday=names[next_day.weekday()] if next_day else "",
            session_date=self.day(next_day) if next_day else "",
            evening=begin is not None and begin.hour >= EVENING_HOUR,
            met_today=started and offer.meets_on(today) and today not in off,
        )

    def _elsewhere(self, offer: Offer) -> frozenset[date]:
        """The days its weekly time falls while the team is at one of its events elsewhere.

        A watch repairer's free Saturday estimates at the workshop were offered for the
        Saturday she had a stand at an antiques fair (r337).
        """
        return frozenset(
            day
            for event in self.events.values()
            if _clashes(event, offer)
            for day in days(event.date, event.last_day)
            if offer.meets_on(day)
        )

    def _led_to(self, offer: Offer, today: date) -> Event | None:
        """The first event ahead that the offer leads to (:func:`led_to`), or None."""
        return led_to(self.events.values(), offer, today, self.language)

    def _nearest(
        self,
        entry: Entry,
        days_until: range,
        pick: Callable[..., Event],
        match: Match = "goal",
        *,
        over: bool = False,
    ) -> Announcement | None:
        """Of the events ``days_until`` days from the entry, the one ``pick`` (min, max) takes.

        Only events that ``match`` the entry (:meth:`_matches`). Looking back, days count
        from an event's last day, which counts only once it is ``over`` (:func:`_over`);
        looking ahead, an event of several days that runs counts as one of today, and its
        last day only while people can still come (:func:`_still_open`), and only while
        people can still sign up for it (:meth:`open_to`).
        """
        today = entry.start.date()
        near = [
            e
            for e in self.events.values()
            if _days_to(e, today, back=over) in days_until
            and (over or self.open_to(e, today))
            and self._matches(e, entry, match)
            and (e.last_day != today or (_over(e, entry) if over else _still_open(e, entry)))
        ]
        if not near:
            return None
        event = pick(near, key=lambda e: (e.date, e.title))
        return self._event(event, today, over=over and event.last_day == today, now=entry.start)

    def _matches(self, event: Event, entry: Entry, match: Match) -> bool:
        """Whether an event belongs with an entry: for ``everyone``, always.

        For ``channel``, an event for the people of any goal the entry's channel serves; for
        ``listed``, such an event that lists the entry's topic.
        Else only an event for the entry's goal's people (for ``ours``, one the goal invites
        to; for ``invited``, one it invites to or that no goal invites to), and for ``fits`` one
        that may come up in work on the entry's topic
        (:meth:`_fits`), for ``topic`` one that lists it. For ``people``, one that belongs in a
        thread on the entry's topic (:meth:`_in_thread`) and lists topics of its own or fits
        (an open workshop on one topic is for anyone the goal reaches). ``ours`` keeps to the
        thread too in the conversations with the people who answer (:data:`WEEK_AHEAD_MOVES`);
        an own post names the goal's event of the coming days whatever its topic, as it speaks
        to all followers.
        """
        if match in ("everyone", "channel", "listed"):
            listed = bool(entry.topic) and entry.topic in event.topics
            return match == "everyone" or (
                self._on_channel(event, entry) and (match == "channel" or listed)
            )
        in_thread = match == "people" or (match == "ours" and entry.move in WEEK_AHEAD_MOVES)
        thread = not in_thread or self._in_thread(event, entry)
        if not thread or not _for(entry.goal, self.for_goals[event.title]):
            return False
        if match == "ours":
            return event.title in self.goal_invites.get(entry.goal, ())
        if match == "invited":
            inviting = self.inviting[event.title]
            return not inviting or entry.goal in inviting
        if match in ("fits", "people"):
            own = match == "people" and bool(event.topics)
            return own or self._fits(event.title, entry.topic)
        return match == "goal" or entry.topic in event.topics

    def _on_channel(self, event: Event, entry: Entry) -> bool:
        """Whether an event is for the people of any goal the entry's channel serves."""
        goals = self.for_goals[event.title]
        return not goals or bool(goals & self.channel_goals[entry.channel])

    def _in_thread(self, event: Event, entry: Entry) -> bool:
        """Whether an event may come up in a thread on the entry's topic, whoever it is for.

        An event for the people of one goal with topics of its own (a trial day for seasonal
        staff) comes up on its own topics and on those meant for that goal: a thread on boat
        care speaks to every paddler. A goal no topic names reaches its people on any topic.
        """
        goals = self.for_goals[event.title]
        return (
            len(goals) != 1
            or not goals <= self.goals_with_topics
            or not entry.topic
            or entry.topic in event.topics
            or goals <= self.topic_goals.get(entry.topic, frozenset())
        )

    def _event(
        self,
        event: Event,
        today: date,
        url: str = "",
        *,
        over: bool = False,
        now: datetime | None = None,
    ) -> Announcement:
        """An event as templates see it, counted from ``today`` (at ``now``, when known)."""
        left = (event.last_day - today).days
        ended = left < 0 or over
        days = left if ended else (event.date - today).days
        # An event of several days whose hours today are over opens again tomorrow.
        closed = now is not None and event.runs_on(today) and ended_at(event, now)
        opens_in = max(days, 0) + (1 if closed and left > 0 else 0)
        return Announcement(
            event.title,
            "event",
            url or event.url or "",
            self.day(event.date),
            days,
            "",
            # Prompts say the day themselves: "the taster evening on 14 April on Wednesday
            # 14 April" said it twice.
            undated(event.short or ""),
            event.question or "",
            at=format_clock(event.time, self.language) if event.time else "",
            place=event.place or "",
            over=over,
            online=_online(event),
            on_air=_on_air(event.place),
            last=self.day(event.until) if event.until else "",
            days_left=left if event.until else 0,
            running=bool(event.until) and days < 0 and not ended,
            days=event.length,
            opens_in=opens_in if event.until else 0,
            drop_in=_drop_in(event),
            later_week=event.date.isocalendar()[:2] > today.isocalendar()[:2],
            about=self._about(event),
            details=event.details or "",
            closes_today=today < event.date and self.sign_up_ends.get(event.title) == today,
            closes_tomorrow=(
                today + timedelta(days=1) < event.date
                and self.sign_up_ends.get(event.title) == today + timedelta(days=1)
            ),
        )

    def _about(self, item: Offer | Event) -> str:
        """The short form of the first topic an offer or event lists, or ""."""
        return next((self.topic_nouns[t] for t in item.topics if t in self.topic_nouns), "")


def recaps(announcements: Announcements, entries: Sequence[Entry]) -> frozenset[int]:
    """The indices of the stories and questions that look back on an event just gone.

    They ask none of the topic's questions, but what people took from the event: a tennis
    club's post thanking the people at its open day asked who they were backing on clay,
    and a youth club's reply round quoted a maypole question its barn-party post never
    asked (r369, r370).
    """
    return frozenset(
        i
        for i, entry in enumerate(entries)
        if entry.move in RECAP_MOVES and announcements.hooks(entry)["event_past"] is not None
    )


def _successors(strategy: Strategy) -> dict[str, Event]:
    """Each event of a series and the next one after it.

    A series is what a goal invites to, one event of the same kind after another: the same
    short form, or the same title but for its date. A goal that invites to a cupping evening
    and then a barista course has no series: "whoever missed it gets the next date,
    Saturday 24 April" sent people to the course.
    """
    events = {event.title: event for event in strategy.events}
    following: dict[str, Event] = {}
    for goal in strategy.goals:
        invited = sorted((events[t] for t in goal.invite if t in events), key=lambda e: e.date)
        for earlier in invited:
            later = next(
                (e for e in invited if e.date > earlier.date and _same_series(earlier, e)), None
            )
            if later is not None:
                following.setdefault(earlier.title, later)
    return following


def _same_series(one: Event, other: Event) -> bool:
    """Whether two events are dates of one series: one short form, or one title but the date."""
    if one.short and other.short:
        return one.short == other.short
    return series_name(one.title) == series_name(other.title)


def _online(event: Event) -> bool:
    """Whether an event happens on the internet: its place says so, or, without one, its name."""
    place = (event.place or "").strip().lower()
    return place.startswith(ONLINE_PLACES) or (not place and bool(ONLINE_NAMES.search(event.title)))


def _on_air(place: str | None) -> bool:
    """Whether a place is the air a show goes out on, where people listen rather than talk."""
    return bool(BROADCAST_PLACES.search((place or "").strip()))


def _for(goal: str, goals: frozenset[str]) -> bool:
    """Whether an offer or event for ``goals`` (none: everyone) is for the goal's people."""
    return not goals or goal in goals


def _days_to(event: Event, today: date, *, back: bool) -> int:
    """Days from ``today`` to an event: looking ``back``, to its last day; else to its first.

    Looking ahead, an event of several days that has begun and still runs is 0 days away: a
    festival week's Wednesday is as good a day to invite to it as its Monday.
    """
    if back:
        return (event.last_day - today).days
    if event.date < today <= event.last_day:
        return 0
    return (event.date - today).days


def _mentions_team(entry: Entry) -> bool:
    """Whether the entry's work is among what people say to or about the team.

    Its own space, and others' posts that mention it (a place ``known``), not the posts of
    strangers.
    """
    place = channel_places(entry.channel).place_for(entry.move, entry.place)
    return place is not None and (place.kind not in FOREIGN_PLACES or place.known)


def _among_strangers(entry: Entry) -> bool:
    """Whether the entry's work is under posts of people who need not know the team.

    Others' posts, and those in groups, unless they mention the team.
    """
    place = channel_places(entry.channel).place_for(entry.move, entry.place)
    foreign = FOREIGN_PLACES | {"groups"}
    return place is not None and place.kind in foreign and not place.known


def _ended(event: Event, entry: Entry, *, since: int = 0) -> bool:
    """Whether an event with a known end time ended ``since`` minutes before the entry starts."""
    return ended_at(event, entry.start, since=since)


def ended_at(event: Event, now: datetime, *, since: int = 0) -> bool:
    """Whether an event with a known end time ended, on ``now``'s day, ``since`` minutes ago.

    One that ends after midnight has not ended on its day.
    """
    start, end = parse_clock(event.time) if event.time else (None, None)
    if start is None or end is None or past_midnight(start, end):
        return False
    ended = now.replace(hour=end.hour, minute=end.minute, second=0, microsecond=0)
    return now - ended >= timedelta(minutes=since)


def _still_open(event: Event, entry: Entry) -> bool:
    """Whether people invited by the entry, on the event's day, can still come.

    A day people drop in on (:data:`DROP_IN_HOURS` or longer) until it ends; a shorter one,
    as a workshop, only until :data:`LAST_CALL_MINUTES` before it starts: "the wreath-making
    workshop today from 6:30 pm" at 6:15 pm invites nobody.
    """
    if _ended(event, entry):
        return False
    if not event.time:
        return True
    start, _ = parse_clock(event.time)
    starts = entry.start.replace(hour=start.hour, minute=start.minute, second=0, microsecond=0)
    if _drop_in(event):
        return True
    return starts - entry.start >= timedelta(minutes=LAST_CALL_MINUTES)


#: A weekly time this long or longer is said with its end: people may come any time in it.
WEEKLY_HOURS_SAID_MINUTES = 90


def _said_with_end(offer: Offer) -> bool:
    """Whether a weekly offer's invitations give its end: it lasts long enough to drop in."""
    start, end = parse_clock(offer.time) if offer.time else (None, None)
    if start is None or end is None:
        return False
    return minutes_long(start, end) >= WEEKLY_HOURS_SAID_MINUTES


def _drop_in(item: Event | Offer) -> bool:
    """Whether people drop in on an event or offer any time in its hours: it lasts long enough."""
    start, end = parse_clock(item.time) if item.time else (None, None)
    return start is not None and end is not None and minutes_long(start, end) >= DROP_IN_HOURS * 60


def _over(event: Event, entry: Entry) -> bool:
    """Whether the same day's work can look back on an event: an hour after it ended.

    Right at the end the team is still clearing up, and nobody has posted about it yet.
    """
    return _ended(event, entry, since=AFTERGLOW_MINUTES)


def _ending(offer: Offer, today: date) -> bool:
    """Whether ``today`` is one of an offer's last :data:`ENDING_DAYS` days."""
    return offer.until is not None and 0 <= (offer.until - today).days < ENDING_DAYS


#: What a break can be for (``dialogplan/data/break_words.yaml``): a post after it says so.
BREAK_KINDS = ("onsite", "busy", "conference", "learning", "fair", "works", "rest")
#: Words after which a reason names what comes before or after the break, not the break:
#: „Urlaub nach dem Ostermarkt“ is a holiday, and the post after it told of a fair.
AROUND_A_BREAK = re.compile(r"\b(nach|vor|after|before|following)\b", re.IGNORECASE)


#: The days a break must last beyond its first for a reply round the working day before it
#: to say when the team answers again: a bank holiday Monday is no news.
AHEAD_LENGTH_DAYS = 2
#: ``date.weekday()`` of the first day of a weekend.
SATURDAY = 5


class Breaks:
    """The plan's breaks (:func:`~dialogplan.closed_days.breaks`), for ``away`` and ``back``."""

    def __init__(self, strategy: Strategy) -> None:
        self.strategy = strategy
        self.spans = breaks(strategy)
        self.urgent = urgent_duties(strategy)
        self.blocked: set[date] | None = None
        self.meet_weeks: dict[date, str] = {}

    def pause(self, entry: Entry, day: Callable[[date], str]) -> dict[str, Any] | None:
        """For ``away`` the next break, for ``back`` the last declared one: days, return, why.

        ``kind`` tells from the reason what the break was for (``onsite``, ``busy``, ``conference``,
        ``learning``, ``fair``, ``works``, ``rest``, or ""), so that the post after it has
        something true to say; ``holiday`` for public holidays, whose names stay out of a post
        (followers know them), but ``feast`` names the one people keep (``easter``,
        ``whitsun``, ``christmas``, or ""). ``short`` for a break of a week or less, whose note
        may ask a question that can wait until the team is back. ``closed`` where a plain
        break's reason says the place is shut (a Betriebsurlaub): the note says so. ``urgent``
        where the team's name says people may need it on any day
        (:func:`~dialogplan.duties.urgent_duties`).
        """
        span = self.span(entry)
        if span is None:
            return None
        reason = "" if span.holiday else span.reason
        kind = "holiday" if span.holiday else _break_kind(reason)
        return {
            "first": day(span.first),
            "last": day(span.last),
            "back": day(self._open(entry, span.last)),
            "reason": reason,
            "kind": kind,
            "feast": feast(span.first, span.last) if span.holiday else "",
            "short": (span.last - span.first).days < SHORT_BREAK_DAYS,
            "closed": kind in ("rest", "busy", "") and _shut(reason),
            "urgent": self.urgent,
        }

    def ahead(self, entry: Entry, day: Callable[[date], str]) -> dict[str, Any] | None:
        """For a reply round the working day before a break of some days: its first day, the return.

        A pool club's reply round on the eve of its board's winter week said "Still quiet?
        Check back tomorrow", and whoever answered later waited a week without a word (r507).
        """
        if entry.move != "reply":
            return None
        today = entry.start.date()
        span = next(
            (
                s
                for s in self.spans
                if today < s.first <= _next_weekday(today)
                and (s.last - s.first).days >= AHEAD_LENGTH_DAYS
            ),
            None,
        )
        if span is None:
            return None
        return {
            "first": day(span.first),
            "back": day(self._open(entry, span.last)),
            "tomorrow": (span.first - today).days == 1,
        }

    def span(self, entry: Entry) -> Break | None:
        """For ``away`` the next break, for ``back`` the last declared one; else None."""
        if entry.move not in ("away", "back"):
            return None
        today = entry.start.date()
        if entry.move == "away":
            return next((s for s in self.spans if s.first > today), None)
        return next((s for s in reversed(self.spans) if s.last < today and not s.holiday), None)

    def meet_week(self, today: date) -> str:
        """When to propose meeting someone: "next week", or the first week a blackout leaves free.

        "Shall we find a time? Next week works for us" was planned for the Tuesday before a
        bakery's week of oven maintenance.
        """
        week = today + timedelta(days=7 - today.weekday())
        if week not in self.meet_weeks:
            self.meet_weeks[week] = self._free_week(week)
        return self.meet_weeks[week]

    def _free_week(self, week: date) -> str:
        """``week`` (a Monday) as "next week", or the first later week no blackout takes."""
        first = week
        while any(
            s.first <= week + timedelta(days=4) and s.last >= week
            for s in self.spans
            if not s.holiday
        ):
            week += timedelta(days=7)
        if week == first:
            return "nächste Woche" if self.strategy.language == "de" else "next week"
        said = day_and_month(week, self.strategy.language)
        return (
            f"in der Woche ab dem {said}"
            if self.strategy.language == "de"
            else f"in the week of {said}"
        )

    def _open(self, entry: Entry, last: date) -> date:
        """The first day after ``last`` the channel works that is neither blocked nor a holiday."""
        if self.blocked is None:
            self.blocked = set(blocked_days(self.strategy))
        plan = self.strategy.channels.get(entry.channel)
        days = self.strategy.channel(entry.channel).days if plan is not None else WEEKDAYS
        working = {WEEKDAYS.index(d) for d in days}
        candidate = last + timedelta(days=1)
        for _ in range(366):
            if candidate not in self.blocked and candidate.weekday() in working:
                return candidate
            candidate += timedelta(days=1)
        return last + timedelta(days=1)


def _next_weekday(day: date) -> date:
    """The next day from Monday to Friday after ``day``."""
    after = day + timedelta(days=1)
    while after.weekday() >= SATURDAY:
        after += timedelta(days=1)
    return after


def _closes(reason: str) -> bool:
    """Whether a blackout closes what the team runs too, by its reason.

    Where the reason says so (``closure_words.yaml``) or the break is for works. A community
    manager's leave does not: a note before it said the Tuesday taster sessions were off
    (r448).
    """
    return _break_kind(reason) == "works" or bool(kind_of(reason, _closure_words()))


def _shut(reason: str) -> bool:
    """Whether a blackout's reason says the place itself is shut (``closure_words.yaml``)."""
    return bool(dict(_closure_words())["shut"].search(reason))


@cache
def _closure_words() -> Stems:
    return stems("closure_words.yaml", ("closes", "shut"), inside=True)


#: A workshop as a place, not a course: "the workshop floor refit" is works (r570).
_WORKSHOP = re.compile(
    r"\b(?:the|our|my) workshop\b|\bworkshop (?:floor|space|roof|room)", re.IGNORECASE
)


def _break_kind(reason: str) -> str:
    """What a break was for, by the words before any that name what lies around it."""
    known = stems("break_words.yaml", BREAK_KINDS, inside=True)
    before = AROUND_A_BREAK.split(reason, maxsplit=1)[0]
    return kind_of(_WORKSHOP.sub("", before), known) or kind_of(_WORKSHOP.sub("", reason), known)


def _fit_topics(strategy: Strategy, item: Offer | Event) -> frozenset[str]:
    """The topics an offer or event may come up in work on; empty: any.

    Its own topics, else those of the goals inviting to it that have topics of their own: a
    trial day for seasonal staff belongs with the posts about summer jobs, not with boat care.
    """
    if item.topics:
        return frozenset(item.topics)
    inviting = strategy.goals_invited_to(item.title)
    return frozenset(t.title for t in strategy.topics if inviting & set(t.goals))


def _phase(start: date, day: date, end: date) -> str:
    """``begins``, ``ends`` or ``middle``: five days into a season is not its middle.

    An edge is at most :data:`SEASON_EDGE` days and a third of the season long.
    """
    edge = min(SEASON_EDGE, ((end - start).days + 1) / 3)
    if (day - start).days < edge:
        return "begins"
    if (end - day).days < edge:
        return "ends"
    return "middle"


__all__ = [
    "AFTERGLOW_MINUTES",
    "EVENT_HOOK_DAYS",
    "EVENT_HOOK_MOVES",
    "EVENT_PAST_MOVES",
    "Announcement",
    "Announcements",
    "Breaks",
    "ended_at",
    "recaps",
]
