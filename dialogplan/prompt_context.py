"""What a prompt template knows about one entry: the render context, looked up once per plan.

The variables themselves are listed in :mod:`dialogplan.render`. Decisions live here, not in
the templates: which platform rules matter for a move (:func:`rules_for`), whom an entry is
for, which earlier entry it goes back to, which questions a monthly review looks back at.
The calendar around an entry (events, breaks) comes from :mod:`dialogplan.calendar_hooks`,
the team's own questions, places and seed from :mod:`dialogplan.team_material`. Everything a
strategy or a channel answers the same way for every entry is worked out once, when
:class:`Contexts` is built.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta
from functools import cache, cached_property, partial
from types import MappingProxyType
from typing import Any

from dialogplan.announcements import offer_runs
from dialogplan.calendar_hooks import (
    BACK_MOVES,
    EVENT_HOOK_DAYS,
    HOOKS,
    Announcement,
    Announcements,
    Breaks,
    ended_at,
    recaps,
)
from dialogplan.catalogue import catalogue
from dialogplan.contacts import Contact
from dialogplan.dates import (
    MONTH_FULL,
    WEEKDAY_FULL,
    day_and_month,
    duration,
    format_day,
    format_start,
    undated,
)
from dialogplan.details import MONTHS_BACK, names_a_month_gone
from dialogplan.duties import confidential
from dialogplan.entry import Entry
from dialogplan.event_people import BEFORE, comes_anyway, helps, of_the_past
from dialogplan.event_people import REASONS as EVENT_REASONS
from dialogplan.goal_people import GoalPeople, from_a_place
from dialogplan.labels import channel_label, move_label, platform
from dialogplan.names import (
    asked,
    first_name,
    household,
    organisation,
    person_at,
    private_matter,
    said_to,
    spoken,
    whose,
)
from dialogplan.news import news_kind, what_they_did
from dialogplan.people_plan import event_people, group_of, in_group, reason
from dialogplan.places import GROUP_MOVES, Place, channel_places
from dialogplan.prompt_text import REPEAT_WINDOW, names_event
from dialogplan.question_shapes import (
    asks_for,
    asks_the_team,
    offers_choice,
    takes_no_side,
    talk_of,
    tells,
)
from dialogplan.seasons import question_months, season_gone, tag_months
from dialogplan.strategy import Event, Goal, Strategy
from dialogplan.team_material import (
    GROUP,
    POSTED_QUESTION_MOVES,
    QUESTION_REST_DAYS,
    asked_before,
    audience_of,
    client_seed,
    local_group,
    named_here,
    names_pages,
    questions_in_turn,
    reachable_from,
    resting_hook_questions,
    town_noticeboard,
)
from dialogplan.voice import speaks_as
from dialogplan.word_stems import (
    NamedAfter,
    everyday_words,
    long_words,
    same_thing,
    squashed,
    stems,
    whole_words,
    word_stems,
)

#: Moves that publish something of the team's own, and so have the platform's rules to keep.
PUBLISHING_MOVES = frozenset({"ask", "story", "share", "article", "group-ask", "announce", "away"})
#: Long-form pieces (a LinkedIn article, a video, a blog post, a newsletter issue): no
#: practical length limit, whatever the platform allows for a short post.
LONG_FORM_MOVES = frozenset({"article"})
#: The team's own questions, which a monthly review looks back at; it names at most four.
QUESTION_MOVES = frozenset({"ask", "group-ask"})
REVIEW_ASKS = 4
#: Days from the plan's start a channel the team is only starting on (``new``) has few
#: followers and no regular commenters: a TikTok account eight weeks old was told to thank
#: its regulars.
NEW_CHANNEL_DAYS = 91
#: What comes after a break within this many days of the return comes "first" after it.
FIRST_AFTER_DAYS = 7
#: A review looks at questions asked at least this many days before it.
REVIEW_SETTLE_DAYS = 2
#: A review looks at the events of this many days before it and after it.
REVIEW_EVENT_DAYS = 28
#: A review this close to the plan's last day looks ahead to the next plan, not next month.
REVIEW_LAST_DAYS = 14
#: Moves about the people the team meets anyway (who answered, who has news, who reads the
#: notes around a break): naming the goal's people there would read as if the team went
#: looking for its customers' private news.
NO_WHO_MOVES = frozenset({"congratulate", "thank", "reply", "away", "back", "review"})
#: A congratulation names no customers, but it may look where the goal's people post news.
NO_WHERE_MOVES = NO_WHO_MOVES - {"congratulate"}
#: A place that is a group ("die Gruppe Pflegende Angehörige", "the Roseland Parents group").
#: Generic work among other people's posts, which may start with the team's own contacts there:
#: a congratulation, and a comment round on no topic ("other pages from your area" named none
#: of the family hubs a mediation service knew there, r351).
NEARBY_MOVES = frozenset({"congratulate", "comment"})
#: How many of its contacts on the channel a generic entry names as a place to start.
NEARBY = 2
#: A contact without news is named as a place to start in at most one of this many rounds.
KNOWN_EVERY = 3
#: Moves on a topic that may start with the team's contacts whose notes say they know it.
TOPIC_PEOPLE_MOVES = frozenset({"share", "comment", "ask", "story", "listen", "article"})
#: Own posts whose prompt sends the post to the topic's people or tags them: a touch.
TELLING_MOVES = frozenset({"ask", "story", "article"})
#: Days after which a post sent to a contact counts as the last touch a prompt names.
TOLD_DAYS = 7
#: A piece sent by link (an article) may go to people on any platform; the rest stay on theirs.
ANY_PLATFORM_MOVES = frozenset({"article"})
#: Days a contact rests after a prompt named them for a topic.
TOPIC_PEOPLE_REST_DAYS = 21
#: Notes that must say a word before it tells nothing about one person (a quarter of them,
#: when more).
COMMON_NOTES = 3
#: A congratulation that names nobody starts with contacts whose news is this many days old.
NEARBY_NEWS_DAYS = 45
#: A contact named in no entry this many days either side may be asked, in a round, about
#: what the team shares with them.
NEARBY_TALK_REST_DAYS = 28
#: A round that names nobody looks in on a contact's new start this many days after its news
#: at the earliest (:meth:`Contexts._look_in`).
LOOK_IN_DAYS = 21
#: … and this many days from any entry that named them: four weeks after a message that asked
#: a founder how the first months had been, a round asked it again (r664).
LOOK_IN_AFTER_NAMED_DAYS = 42
#: The news a round looks in on: a new role or a new business, weeks into it.
LOOK_IN_KINDS = frozenset({"job", "founding"})
#: … and asks about the first months, not weeks, from this many days after the news.
LOOK_IN_MONTHS_DAYS = 60
#: Breaks whose note before them may ask one of the goal's questions
#: (:meth:`Contexts._away_asks`).
PLAIN_BREAKS = frozenset({"", "rest", "busy", "holiday"})
#: Breaks whose note afterwards tells what the team brought back, with no room for more.
TOLD_BREAKS = frozenset({"conference", "learning", "fair"})

Rules = Mapping[str, Any]
_NO_RULES: Rules = MappingProxyType(
    {"hashtags": None, "max_length": None, "note_limit": None, "tags": ()}
)
#: A post names at most this many hashtags, whatever more the platform allows.
MAX_HASHTAGS = 3
_NOWHERE: Mapping[str, str] = MappingProxyType({"id": "", "kind": "", "text": "", "find": ""})


#: Character limits above this do not constrain a short post, so prompts leave them out.
BINDING_LENGTH = 1000


#: The notes before and after a break.
BREAK_NOTES = frozenset({"away", "back"})
#: Moves whose prompt tells an offer's or event's ``details`` where it points people to it: the
#: conversations, where someone may ask. In an own post told to mention it in passing, the
#: details read as a field pasted in after "in half a sentence" (r681, r687).
DETAIL_MOVES = frozenset({"reply", "thank", "group-help"})
#: Days an offer's or event's details rest on a channel after a prompt there told them: as
#: long as any sentence (:data:`~dialogplan.prompt_text.REPEAT_WINDOW`).
DETAILS_REST_DAYS = REPEAT_WINDOW.days


@cache
def rules_for(move: str, channel: str, place_id: str = "") -> Rules:
    """The platform rules that matter for ``move`` on ``channel``; None where none applies.

    ``place_id`` is where the entry happens; "" means where the channel puts the move.
    Only moves that publish something get ``hashtags`` (None where the platform takes none,
    in groups and on the notes around a break) and ``max_length`` (None for long-form
    pieces, and where the catalogue knows no limit a short post could reach: above
    :data:`BINDING_LENGTH` characters). A connection request gets the note's
    ``note_limit``. Everything else publishes nothing and gets no rules at all.
    """
    if move == "connect":
        limit = channel_places(channel).note_limit or None
        return MappingProxyType({**_NO_RULES, "note_limit": limit})
    places = channel_places(channel)
    place = places.place_for(move, place_id)
    if move not in PUBLISHING_MOVES:
        return _NO_RULES
    conventions = catalogue()[channel].conventions
    in_groups = move in GROUP_MOVES or (place is not None and place.kind == "groups")
    # A note around a break speaks to those who follow already: hashtags would only bring
    # strangers to an out-of-office, and a job tag on it promises a post that is not there.
    untagged = in_groups or move in BREAK_NOTES
    # A limit of a few thousand characters never binds a short post: only name real ones.
    no_limit = (
        move in LONG_FORM_MOVES
        or not conventions.max_length
        or conventions.max_length > BINDING_LENGTH
    )
    return MappingProxyType(
        {
            "hashtags": None if untagged or not conventions.hashtags else conventions.hashtags,
            "max_length": None if no_limit else conventions.max_length,
            "note_limit": None,
            "tags": (),
        }
    )


def title(entry: Entry, language: str) -> str:
    """The calendar title: ``Label: topic · Channel · group``, without the topic when it is "".

    An announcement names what it announces instead of the topic, a named entry its person;
    a reply round keeps its post's topic, whoever else it writes to.
    """
    what = move_label(entry.move, language)
    person = "" if entry.follows_up and entry.topic else entry.contact
    subject = entry.announce or person or entry.topic
    if subject:
        what = f"{what}: {subject}"
    where = f"{what} · {channel_label(entry.channel, language)}"
    return f"{where} · {entry.group}" if entry.group else where


class Contexts:
    """The variables each entry's template sees, for one calendar."""

    def __init__(self, strategy: Strategy, entries: Sequence[Entry]) -> None:
        self.strategy = strategy
        self.language = language = strategy.language
        self.entries = entries
        self.titles = [title(entry, language) for entry in entries]
        self.starts = [format_start(entry.start, language) for entry in entries]
        self.index = {entry.uid: i for i, entry in enumerate(entries)}
        #: The days each channel went looking for groups to join, in order.
        self.finding_groups: dict[str, list[date]] = {}
        for entry in sorted(entries, key=lambda e: e.start):
            if entry.move == "find-groups":
                self.finding_groups.setdefault(entry.channel, []).append(entry.start.date())
        self.goals = {goal.id: goal for goal in strategy.goals}
        self.sought = {goal.id: sought(goal.text, language) for goal in strategy.goals}
        self.topics = {t.title: (t.short or "", t.kind) for t in strategy.topics}
        self.talk = {t.title: t.talk or "" for t in strategy.topics}
        self.topic_goals = {t.title: set(strategy.goals_of_topic(t)) for t in strategy.topics}
        #: The goals a topic names itself: a post's hashtags follow them, not a topic left open
        #: to every goal (#fahrangst stays off a video about the theory test).
        self.declared_goals = {t.title: set(t.goals) for t in strategy.topics}
        #: Question-shaped titles that are only labels: with questions and a short form of
        #: their own, the post asks one of the questions, not the title.
        self.labels = {t.title for t in strategy.topics if t.questions and t.short}
        self.days: dict[date, str] = {}
        self.announcements = Announcements(strategy, self.day, entries)
        self.breaks = Breaks(strategy)
        self.topic_questions = self._team_questions()
        #: The themes each group is kept to, by channel and name (empty: any theme).
        self.group_topics = strategy.group_themes()
        self.asked_before = asked_before(entries, self.topic_questions)
        self.channels = {
            name: self._channel(name) for name in dict.fromkeys(e.channel for e in entries)
        }
        self.places: dict[tuple[str, str, bool], Mapping[str, str]] = {}
        self.wheres: dict[tuple[str, str, str, bool, str, bool], tuple[str, ...]] = {}
        self.questions: dict[tuple[int, int], list[int]] | None = None
        self.people = _People(strategy, entries, self.day, self.announcements)
        self.area_words = _words(strategy.area or "")
        #: The goals whose ``where`` lists a hashtag, by the hashtag in lower case.
        self.tag_goals: dict[str, set[str]] = {}
        for g in strategy.goals:
            for spot in g.where:
                if spot.startswith("#"):
                    self.tag_goals.setdefault(spot.casefold(), set()).add(g.id)
        #: The team's groups by name, with the platform each one is on.
        self.group_platforms = {
            group.name.casefold(): channel.split("-", maxsplit=1)[0]
            for channel, groups in strategy.groups.items()
            for group in groups
        }
        #: The team's groups kept to some themes: a rehab support group is no neighbourhood.
        self.subject_groups = frozenset(
            name.casefold() for (_, name), themes in self.group_topics.items() if themes
        )
        #: Channels without groups whose platform's groups another planned channel works in.
        self.groups_elsewhere = {
            name
            for name in strategy.channels
            if not channel_places(name).supports_groups()
            and any(
                other.split("-")[0] == name.split("-")[0]
                and channel_places(other).supports_groups()
                for other in strategy.channels
            )
        }
        #: The topics of each offer and event, by title: what an announcement is about.
        self.invitation_topics = {
            i.title: frozenset(i.topics) for i in (*strategy.offers, *strategy.events)
        }
        #: The topics a hashtag is named after (#puppyclass).
        self.named_after = NamedAfter(strategy.topic_nouns())
        #: The same with whole words: what a post's own hashtags say it is about.
        self.about = NamedAfter(strategy.topic_nouns(), whole=True)
        #: The topics that name each goal: its people's own subjects.
        self.goal_topics = {
            goal.id: frozenset(t.title for t in strategy.topics if goal.id in t.goals)
            for goal in strategy.goals
        }
        self.contacts_on: dict[str, list[Contact]] = {}
        #: The contacts whose notes touch a topic, per topic and platform.
        self.knowing: dict[tuple[str, str], list[Contact]] = {}
        self.common: frozenset[str] | None = None
        self.topic_people: dict[int, tuple[Mapping[str, Any], ...]] | None = None
        #: The days own posts were sent to each contact (by row), in date order.
        self.told: dict[int, list[date]] = {}
        #: The team's own hashtag, squashed, as its slug or its name says it: #meepleandmug.
        name = re.split(r" [–-] ", strategy.name, maxsplit=1)[0].replace("&", "and")
        self.own_tags = frozenset({squashed(strategy.client), squashed(name)})
        #: The days each contact is named in an entry of the plan.
        self.named_on: dict[int, list[date]] = {}
        for entry in entries:
            if entry.contact_row:
                self.named_on.setdefault(entry.contact_row, []).append(entry.start.date())
        for contact in sorted(strategy.people, key=lambda c: c.row):
            self.contacts_on.setdefault(contact.channel, []).append(contact)
        self.shared = {
            "seed": client_seed(strategy.client),
            "audience": strategy.audience,
            "language": language,
            "client": strategy.name,
            "confidential": confidential(strategy),
        }

    def _channel(self, name: str) -> dict[str, Any]:
        places = channel_places(name)
        plan = self.strategy.channels.get(name)
        voice = (plan.voice if plan else None) or self.strategy.voice
        return {
            "tags": tuple(t for t in plan.tags if reachable_from(name, t)) if plan else (),
            "meet_at": one_place((plan.meet_at if plan else None) or self.strategy.meet_at or ""),
            "we": voice == "we",
            "sie": self.strategy.says_sie(name),
            "channel": name,
            "channel_label": channel_label(name, self.language),
            "conventions": catalogue()[name].conventions.model_dump(),
            "news": places.news,
            "offline": places.offline,
            "writes_first": places.writes_first,
        }

    def day(self, day: date) -> str:
        """A day as prompts name it (``Di., 12.01.``), formatted once per day."""
        text = self.days.get(day)
        if text is None:
            text = self.days[day] = format_day(day, self.language)
        return text

    def __call__(self, i: int) -> dict[str, Any]:
        """The variables the template of the ``i``-th entry sees."""
        entry = self.entries[i]
        goal = self.goals.get(entry.goal)
        if goal is None:
            raise ValueError(f"calendar entry {entry.uid} names unknown goal {entry.goal!r}")
        place = self._place(entry)
        followed = self.index.get(entry.follows_up) if entry.follows_up else None
        noun, kind = self._topic(entry.topic)
        if kind == "theme" and entry.move in AMONG_OTHERS:
            noun = self._anywhere(_theirs_too(noun, self.language))
        channel = self.channels[entry.channel]
        where = () if entry.move in NO_WHERE_MOVES else self._where(entry, goal)
        where = tuple(p for p in where if _tag_in_season(p, entry.start.date()))
        joined = _groups_joined(entry, place)
        ahead = self.breaks.ahead(entry, self.day)
        skipped = self._skipped(entry)
        # No next question before days without answers: "post the next question" beside
        # "you won't be answering here from tomorrow" (r622).
        question = "" if ahead else self.topic_questions[i]
        person = self.people.of(i, self._told())
        return {
            **self.shared,
            **channel,
            # A message from a personal profile speaks as one person, whatever the posts say:
            # "from your own profile" beside "We're looking forward to it" (r622).
            "we": channel["we"]
            and not (place["kind"] == "dm" and catalogue()[entry.channel].personal)
            and not (person and person.get("own_profile")),
            "move": entry.move,
            "move_label": move_label(entry.move, self.language),
            "topic": entry.topic,
            "topic_noun": noun,
            "topic_kind": kind,
            "topic_search": search_words(entry.topic, noun) if kind == "theme" else "",
            "topic_talk": self._talk(i, entry),
            "topic_question": entry.topic.strip().endswith("?") and entry.topic not in self.labels,
            "question": question,
            "question_faq": asks_the_team(question, self.language),
            "question_talk": talk_of(question, self.language),
            "question_for": self._question_for(i, entry),
            "question_seeks": i in self.seeking,
            "asked_before": self._asked_before(i),
            "goal": entry.goal,
            "goal_text": goal.text,
            "goal_question": self._goal_question(entry, goal, sie=channel["sie"]),
            "goal_who": goal.who or "",
            "area": self._area(goal),
            "goal_sought": self.sought[goal.id],
            "who": "" if entry.move in NO_WHO_MOVES else self._who(entry.channel, goal),
            "where": where,
            "where_groups": tuple(p for p in where if self._a_group(p)),
            "tags": self._tags(entry, channel["tags"], place),
            "place": place,
            **self._angle(entry, where),
            "rules": self._rules(entry, goal, place),
            "group": entry.group,
            "group_on_topic": bool(entry.group)
            and self.group_topics.get((entry.channel, entry.group)) == frozenset({entry.topic}),
            # A town's noticeboard is asked what people of the place know, the area named or not.
            "noticeboard": town_noticeboard(self.strategy, entry.group),
            "local_group": local_group(self.strategy, entry.group, goal.who or ""),
            "groups_joined": joined,
            "groups_found": self._groups_found(entry) if joined else "",
            **_in_register(
                {
                    "announce": self._announce(entry, goal, sie=channel["sie"]),
                    **self._hooks(i),
                },
                sie=channel["sie"],
            ),
            "follows_up_title": self.titles[followed] if followed is not None else "",
            "follows_up_start": self.starts[followed] if followed is not None else "",
            "earlier": self._earlier(entry),
            "later": self._later(entry),
            "start": self.starts[i],
            "minutes": entry.minutes,
            "hour": entry.start.hour,
            "warm_up": entry.warm_up,
            "new_channel": self._new_channel(entry),
            "occasion": entry.occasion,
            "pause": self.breaks.pause(entry, self.day),
            "skips": skipped[0] if skipped else None,
            "after_break": self._after_break(entry, skipped[1] if skipped else None),
            "break_ahead": ahead,
            "meet_week": self.breaks.meet_week(entry.start.date()),
            "meet_next": self._meet_next(entry) if entry.move == "meet" else None,
            "review": self._review(i) if entry.move == "review" else None,
            "turn": entry.seq,
            "variant": entry.seq % 3,
            "person": person,
            "nearby": self.nearby.get(i, ()),
            "look_in": self._rounds[1].get(i),
            "topic_people": self._topic_people(i),
        }

    def _anywhere(self, noun: str) -> str:
        """A theme's short form without the team's own place, as others write about it.

        "Posts about circular walks from Caldersett" sent a B&B looking for posts about its
        own village in a walkers' group of the whole Dales (r509): "circular walks" exist.
        """
        found = _FROM_HERE.search(noun)
        if found is None or found.group(1).casefold() not in self.area_words:
            return noun
        return noun[: found.start()]

    def _announce(self, entry: Entry, goal: Goal, *, sie: bool) -> Announcement | str:
        """What an ``announce`` entry invites to; work a seeking goal invites to is a job.

        „Einladung zu eurem Angebot „Ausbildung und Stelle als ZFA““ with „statt Leistungen
        aufzuzählen“ introduced a dental practice's opening as a product; an animal shelter's
        appeal for its new cat house was an „Angebot“ too. Without a question of its own, it
        ends with the question of the goal that invites to it: a butcher's club catering
        asked „Was würdet ihr als Erstes fragen?“ where the goal had „Was plant euer Verein in
        diesem Jahr, und wie viele Gäste erwartet ihr?“; else with one of its topics'. Not a
        sale of tickets: a pub's early-bird tickets ended with the festival goal's other ask,
        "Would you pull pints for a shift?" (r508).
        """
        found = self.announcements.of(entry)
        if not isinstance(found, Announcement):
            return found
        found = self._offered(found)
        if found.question:
            return found
        goals = found.title in goal.invite and not found.tickets
        asked = self._goal_question(entry, goal, sie=sie) if goals else ""
        return replace(found, question=asked or self._topic_question(found.title, entry))

    def _topic_question(self, title: str, entry: Entry) -> str:
        """A question of the offer's or event's topics, in turn by day; "" when they have none.

        A canoe rental's early-booking offer for camping tours asked „Was hat euch bisher davon
        abgehalten, so etwas auszuprobieren?“ where its topic had „Zwei Tage oder gleich eine
        ganze Woche – wie lang sollte die erste Mehrtagestour sein?“ (r268).
        """
        item = self.announcements.offers.get(title) or self.announcements.events.get(title)
        listed = item.topics if item else []
        sie = self.strategy.says_sie(entry.channel)
        # Never one people ask the team: a diving club's newsletter ended its invitation to a
        # taster dive with „Ab welchem Alter darf man bei euch mit dem Tauchen anfangen?“
        # (r344); nor one that only tells, or speaks in the other register.
        questions = [
            q
            for t in self.strategy.topics
            if t.title in listed
            for q in t.questions
            if not asks_the_team(q, self.language)
            and not tells(q, self.language)
            and speaks_as(q, sie)
        ]
        # The one the channel's posts ask furthest from it: „Welcher Wanderweg im Elztal …?“
        # closed a farm café's announcement and its own question post five weeks later (r691).
        apart = self._days_apart(entry)
        furthest = max((apart.get(q, QUESTION_REST_DAYS) for q in questions), default=0)
        fresh = [q for q in questions if apart.get(q, QUESTION_REST_DAYS) >= furthest]
        return fresh[entry.start.toordinal() % len(fresh)] if fresh else ""

    def _days_apart(self, entry: Entry) -> dict[str, int]:
        """The days between the entry and the nearest post on its channel asking each question.

        Only those asked within :data:`QUESTION_REST_DAYS` of it.
        """
        today = entry.start.date()
        apart: dict[str, int] = {}
        for other, q in zip(self.entries, self.topic_questions, strict=True):
            days = abs((other.start.date() - today).days)
            if q and other.channel == entry.channel and days < QUESTION_REST_DAYS:
                apart[q] = min(days, apart.get(q, days))
        return apart

    def _invited(self, entry: Entry, question: str, day: date) -> Announcement | str | None:
        """What an earlier entry invited to or asked about, an opening as the job it is."""
        found = self.announcements.of(entry) or self.announcements.asked_about(question, day)
        return self._offered(found) if isinstance(found, Announcement) else found or None

    def _question_for(self, i: int, entry: Entry) -> Announcement | None:
        """The offer or event whose own question the ``i``-th entry asks, or None.

        A dental practice's patients read its question for applicants („Was wäre für Sie beim
        Wechsel in eine neue Praxis das Wichtigste?“) as one about changing dentists: a post
        asking it says whom the team is looking for.
        """
        found = self.announcements.asked_about(self.topic_questions[i], entry.start.date())
        return self._offered(found) if found is not None else None

    def _offered(self, found: Announcement) -> Announcement:
        """An offer as invitations see it: a job where a seeking goal invites to it.

        An event is a day of work where its name says so (a work party, an Arbeitseinsatz):
        helpers are asked to lend a hand, not what they would like to try there (r345, r346).
        Either is booked first where its name or details say so (r355), or a last day to sign
        up: after it, nobody is invited any more.
        """
        said = f"{found.title} {found.noun} {found.details}"
        booking = found.title in self.announcements.sign_up_ends or needs_booking(said)
        tickets = bool(_offer_words("tickets").search(said))
        found = replace(found, booking=booking, tickets=tickets)
        if found.kind != "offer":
            helping = _offer_words("helping").search(f"{found.title} {found.noun}")
            return replace(found, helping=bool(helping))
        sought_by = [self.sought[g] for g in self.strategy.goals_invited_to(found.title)]
        # Whom a goal seeks says what the offer is only where the goal invites to it: studio
        # bursaries on a topic a mentors' goal shares were announced as a volunteer's job.
        inviting = [self.sought[g.id] for g in self.goals.values() if found.title in g.invite]
        work = any(_offer_words("work").search(text) for text in [found.title, *inviting] if text)
        named = f"{found.title} {found.noun}"
        service = _offer_words("service").search(named)
        membership = bool(_offer_words("membership").search(named)) and not service
        appeal = membership or (bool(_offer_words("appeal").search(named)) and not service)
        taster = bool(_offer_words("taster").search(named))
        job = work and any(sought_by) and not appeal and not taster
        unpaid = _offer_words("volunteer")
        volunteer = job and any(unpaid.search(text) for text in [named, *inviting] if text)
        return replace(found, job=job, volunteer=volunteer, appeal=appeal, membership=membership)

    def _meet_next(self, entry: Entry) -> Announcement | None:
        """The team's next occasion a meeting invites to, or None (see ``next_steps``).

        Never a job or an appeal, which are no place to meet, nor a show on the air; an event
        on the internet also where the platform is no place to move people offline.
        """
        offline = channel_places(entry.channel).offline
        for found in map(self._offered, self.announcements.next_steps(entry)):
            if not (found.job or found.appeal or found.on_air) and (offline or found.online):
                return found
        return None

    def _asked_before(self, i: int) -> dict[str, Any] | None:
        """The last post that asked the ``i``-th entry's question before it, or None.

        Its ``day``, and its ``channel`` (label, and ``channel_id``) and ``group`` when it was
        asked to other people, with ``in_groups`` when that was in the groups the team found:
        the answers from there open the post. ``thread`` when it was asked in the comments
        under an earlier post: "the question went out here on 2 March too" read as a slip to
        a reviewer who saw a different question posted that day (r409).
        """
        j = self.asked_before[i]
        if j is None:
            return None
        entry, before = self.entries[i], self.entries[j]
        # "Here" is the same people: LinkedIn's groups are not the profile's followers.
        here = audience_of(before) == audience_of(entry)
        return {
            "day": self.day(before.start.date()),
            "channel": "" if here else channel_label(before.channel, self.language),
            "channel_id": "" if here else before.channel,
            "group": "" if here else before.group,
            "in_groups": not here and not before.group and _place_kind(before) == "groups",
            "thread": before.move not in POSTED_QUESTION_MOVES,
        }

    def _groups_found(self, entry: Entry) -> str:
        """The day the channel last went looking for groups before this entry, or "".

        "One of the groups you joined" left the team to remember which; the day points to
        the entry where it chose them.
        """
        days = self.finding_groups.get(entry.channel, [])
        before = bisect.bisect_left(days, entry.start.date())
        return self.day(days[before - 1]) if before else ""

    def _area(self, goal: Goal) -> str:
        """The strategy's area, unless the goal's people come from a place its ``who`` names.

        „Familien aus Berlin und Brandenburg“ are a lakeside campsite's guests: „accounts from
        Lindow first“ would send the team looking for them in the wrong place.
        """
        return "" if goal.who and from_a_place(goal.who) else self.strategy.area or ""

    def _talk(self, i: int, entry: Entry) -> str:
        """How people talk about the entry's topic: about the question it asks or goes back to.

        A thank-you round after „Lohnt sich eine Blühwiese auch auf ein paar Quadratmetern?“
        sums up sides taken, not favourites, whatever the topic's ``talk``; only a topic of
        problems keeps its own (:mod:`dialogplan.question_shapes`) unless the question asks
        for a memory, and a debate one whose
        question offers two options. An open question under a topic of debates took no
        sides, and one under a topic of stories or tastes asked for a place, a person or a way
        (:func:`~dialogplan.question_shapes.asks_for`): their rounds have no ``talk``.
        """
        talk = self.talk.get(entry.topic, "")
        back = entry.follows_up or entry.continues
        # A question put to people is framed by what it asks: „Ab welcher Temperatur …?“
        # under a topic of debates asks for a fact, and nobody takes a side (r389).
        j = self.index.get(back) if back else (i if entry.move in QUESTION_MOVES else None)
        if j is None:
            return talk
        question = self.topic_questions[j]
        shape = talk_of(question, self.language)
        # Names or questions come back: the reply round takes them up itself. Under a look
        # back on an event, what people took from it: no pick, no side.
        if shape in ("referral", "questions") or (j != i and j in self.recaps):
            return ""
        asks = asks_for(question, self.language)
        # „Was war dein allererstes Strickstück?“ draws memories, under a topic of problems too.
        # "How do you keep your phone battery alive on a cold day out?" draws people's own
        # ways, tips to take up, not problems to help with: "help each person with one concrete
        # step" answered them (r556).
        if talk == "problem" and shape != "story":
            return "" if asks == "way" else talk
        # „Wohin weicht ihr aus, wenn die Felsen gesperrt sind?“ under a topic of debates draws
        # places, not sides: „Was spricht für dich am meisten dafür?“ answered them (r419). A
        # yes or no, or a reason, still takes a side.
        if talk == "debate" and (
            takes_no_side(question, self.language) or asks not in ("", "thing", "yesno", "reason")
        ):
            return ""
        # "Where do young bands get their first gig?" under a topic of stories draws places,
        # not stories: the round takes them up by what the question asked (r329).
        # A question for a thing („Was hätte dir vor der ersten Tour jemand sagen sollen?“)
        # still draws what the topic's talk says.
        if talk in ("story", "taste") and asks not in ("", "thing"):
            return ""
        # "On the job or at college?" under a debate: the two options are sides, not picks.
        return talk if talk == "debate" and shape == "taste" else shape or talk

    @cached_property
    def recaps(self) -> frozenset[int]:
        """The own posts that look back on an event just gone, by index."""
        return recaps(self.announcements, self.entries)

    @cached_property
    def seeking(self) -> dict[int, str]:
        """The group posts on no topic that say whom the team looks for, with what they ask.

        In the group of a goal that looks for someone, every third such post asks who would
        join, and on a town's noticeboard, where people post what they look for, every other
        one (r414): the goal's own question, or "" where it has none to ask then (the post
        asks for tips on the search). Decided here, for the post and for the rounds after it:
        a winery's call for waiting staff was answered under the question about the town's
        favourite walk the template had replaced (r482).
        """
        found: dict[int, str] = {}
        count: Counter[tuple[str, str]] = Counter()
        for i in sorted(range(len(self.entries)), key=lambda i: self.entries[i].start):
            entry = self.entries[i]
            if entry.move != "group-ask" or entry.topic or not self.sought.get(entry.goal):
                continue
            key = (entry.channel, entry.group)
            if count[key] % (2 if town_noticeboard(self.strategy, entry.group) else 3) == 0:
                sie = self.strategy.says_sie(entry.channel)
                found[i] = self._goal_question(entry, self.goals[entry.goal], sie=sie)
            count[key] += 1
        return found

    @cached_property
    def _resting_hooks(self) -> frozenset[int]:
        """The entries whose event's own question rests among their readers."""
        return resting_hook_questions(
            self.strategy, self.entries, self.topic_questions, self._soon_question
        )

    def _soon_question(self, entry: Entry) -> str:
        """The own question of the event an entry would invite to, or ""."""
        soon = self.announcements.soon(entry)
        return soon.question if soon is not None else ""

    def _hooks(self, i: int) -> dict[str, Any]:
        """The calendar's hooks of the ``i``-th entry (:attr:`_all_hooks`)."""
        return self._all_hooks[i]

    @cached_property
    def _all_hooks(self) -> list[dict[str, Any]]:
        """Each entry's hooks, an offer's or event's details told once in four weeks a channel.

        "Bring your own cup and get 30p off" made a pointer to a market stall worth following
        (r680); in every reply round of a week it would read as pasted.
        """
        found = [self._own_hooks(i, entry) for i, entry in enumerate(self.entries)]
        told: dict[tuple[str, str], date] = {}
        for entry, hooks in zip(self.entries, found, strict=True):
            if entry.move not in DETAIL_MOVES:
                continue
            for name in ("event_soon", "invite"):
                hook = hooks[name]
                if not isinstance(hook, Announcement) or not hook.details:
                    continue
                key, today = (entry.channel, hook.title), entry.start.date()
                if key in told and (today - told[key]).days < DETAILS_REST_DAYS:
                    hooks[name] = replace(hook, details="")
                else:
                    told[key] = today
        return found

    def _own_hooks(self, i: int, entry: Entry) -> dict[str, Any]:
        """The calendar's hooks, without an event's question that rests among the readers.

        See :func:`~dialogplan.team_material.resting_hook_questions`.
        """
        # An appeal is given to and a job applied for, whichever hook names it: "if someone
        # could use the spring supplies drive" (r241) read it as something to book.
        hooks = {
            name: self._offered(hook) if isinstance(hook, Announcement) else hook
            for name, hook in self.announcements.hooks(entry).items()
        }
        soon = hooks["event_soon"]
        if i in self._resting_hooks and isinstance(soon, Announcement):
            hooks["event_soon"] = replace(soon, question="")
        if self._bolted_on(i, entry, hooks["event_soon"]):
            hooks["event_soon"] = None
        # A post that answers a question people ask about an offer or event says where to
        # sign up: a hospice answered „Brauche ich Vorkenntnisse?“ about its volunteers'
        # course on the day sign-up for it opened, without a word of it (r483).
        faq = entry.move == "ask" and asks_the_team(self.topic_questions[i], self.language)
        found = self.announcements.on_topic(entry) if faq else None
        if found is not None and not any(hooks[name] for name in HOOKS):
            hooks["invite"] = self._offered(found)
        hooks["resumes"] = self._resumes(entry) if hooks["event_soon"] is None else None
        # One reason to speak: a booked-up event or the coming one only where no hook gave one.
        hooked = any(hooks[name] for name in HOOKS)
        hooks["event_booked"] = None if hooked else self.announcements.booked(entry)
        reason = None if hooked else self.announcements.reason(entry)
        hooks["why_now"] = self._offered(reason) if reason is not None else None
        return hooks

    def _skipped(self, entry: Entry) -> tuple[dict[str, Any], date | None] | None:
        """For the note before a break, the weekly offer it calls off and when it meets again.

        See :meth:`~dialogplan.calendar_hooks.Announcements.skipped`.
        """
        span = self.breaks.span(entry) if entry.move == "away" else None
        if span is None:
            return None
        return self.announcements.skipped(entry, span.first, span.last)

    def _after_break(self, entry: Entry, resumes: date | None) -> dict[str, Any] | None:
        """For the note before a break, what comes first after it, or None.

        ``item``, the event or offer (:meth:`~dialogplan.calendar_hooks.Announcements.after_break`),
        and ``day``, its day (an offer's first). Never a job, which is no occasion. ``first``,
        whether it comes within a week of the return and before the next time of a weekly
        offer the break calls off: „was nach der Pause als Erstes kommt: der Astronomietag am
        13. März“ stood beside „das nächste Mal am 5. März“ (r567). ``closes``, the last day
        to sign up for an event where that comes before it: "sign-ups stay open
        meanwhile" told a consultant's followers nothing of a clinic's booking closing on the
        day she was back (r530). ``resumes``: the day the weekly offer the break calls off
        meets again (:meth:`_skipped`).
        """
        span = self.breaks.span(entry) if entry.move == "away" else None
        if span is None:
            return None
        back = span.last + timedelta(days=1)
        found = self.announcements.after_break(entry, back)
        if found is None:
            return None
        # First only before the weekly offer meets again (r567), and within a week: "what comes
        # first after the break: the open evening on Thursday 25 February" came two weeks after
        # a heating firm was back (r660).
        soon = (found[1] - back).days < FIRST_AFTER_DAYS
        first = soon and not (resumes and resumes < found[1])
        item = self._offered(found[0])
        if item.job:
            return None
        # Its question as people ask the team is answered in a post, never put to the
        # followers: "How many pots will I actually take home after eight weeks?" closed a
        # pottery's Easter greeting (r550).
        if asks_the_team(item.question, self.language):
            item = replace(item, question="")
        closes = self.announcements.sign_up_ends.get(item.title)
        last = ""
        if closes is not None and item.kind == "event" and closes < found[1]:
            last = self.day(closes)
        return {"item": item, "day": self.day(found[1]), "closes": last, "first": first}

    def _team_questions(self) -> list[str]:
        """Each entry's question of the team's (:func:`questions_in_turn`), "" for none.

        A recap asks none, nor a note before a break that asks nothing (:meth:`_away_asks`).
        """
        quiet = frozenset(
            i for i, e in enumerate(self.entries) if e.move == "away" and not self._away_asks(e)
        )
        found = questions_in_turn(self.strategy, self.entries, self.recaps | quiet, self.seeking)
        # The note before a break closes only with a question that fits it.
        return [
            "" if entry.move == "away" and not self._fits_the_note(entry, question) else question
            for entry, question in zip(self.entries, found, strict=True)
        ]

    def _fits_the_note(self, away: Entry, question: str) -> bool:
        """Whether a topic's question may close the note before a break.

        Never one people ask the team: "How many pots will I actually take home after eight
        weeks?" closed a pottery's Easter greeting (r550). Before a public holiday, only one
        of its season: a greeting for the Easter weekend that ended in "Which lesson about
        energy or the weather made your class sit up?" read as pasted (r548, r546, r523); the
        greeting asks about the days themselves.
        """
        if not question or asks_the_team(question, self.language):
            return False
        pause = self.breaks.pause(away, self.day)
        if pause is None or pause["kind"] != "holiday":
            return True
        months = question_months(question)
        return months is not None and away.start.month in months

    def _away_asks(self, away: Entry) -> bool:
        """Whether a note before a break asks one of its goal's questions.

        Before a short break or a public holiday, where nothing after it has a question or
        day of its own: "What should our first post after the break be about?" and "How are
        you spending the Easter weekend?" read as lines any account could post (r500, r503,
        r497). A break for a course, a fair or works has questions of its own; before a long
        one, answers would wait too long.
        """
        pause = self.breaks.pause(away, self.day)
        if pause is None or pause["kind"] not in PLAIN_BREAKS:
            return False
        if not (pause["short"] or pause["kind"] == "holiday"):
            return False
        span = self.breaks.span(away)
        after = span.last + timedelta(days=1) if span else None
        return after is None or self.announcements.after_break(away, after) is None

    def _resumes(self, entry: Entry) -> Announcement | None:
        """For the note after a break, the weekly offer people can come to in its week, or None.

        A run club back on a Saturday at eleven asked "what you're picking up first", an hour
        after its first run since Easter (r316): this morning's run, or the next time, is the
        news. Never a job or an appeal, which are no place to come back to; nor after a
        course, a conference or a fair, whose post tells what the team brought back.
        """
        if entry.move not in BACK_MOVES:
            return None
        pause = self.breaks.pause(entry, self.day)
        if pause is not None and pause["kind"] in TOLD_BREAKS:
            return None
        for found in map(self._offered, self.announcements.weekly(entry)):
            soon = found.met_today or 0 <= found.session_in <= EVENT_HOOK_DAYS
            if soon and not (found.job or found.appeal):
                return found
        return None

    def _bolted_on(self, i: int, entry: Entry, hook: object) -> bool:
        """Whether a coming event would be a second message in a question post.

        A vernissage in a post asking about clay, the holiday workshop beside a question to a
        parents' group (r291, r290): a question post carries one message, and an event comes
        into it only where it lists the post's topic. Where the post has no question of its
        own, or the event is days away and has one, the event's question is the post's; a
        channel whose pieces are rare (a newsletter) has room for more; and on the event's
        first day it is never bolted on.
        """
        if not isinstance(hook, Announcement) or entry.move not in ONE_MESSAGE_MOVES:
            return False
        # On its day, the team's event is what the day is about: a lifeguards' question post
        # on the morning of their own info evening said nothing of it (r640).
        if hook.days_until == 0 and not hook.running:
            return False
        event = self.announcements.events.get(hook.title)
        on_topic = event is not None and entry.topic in event.topics
        its_own = bool(hook.question) and (hook.days_until <= OWN_QUESTION_DAYS)
        asks = bool(self.topic_questions[i]) or entry.move == "group-ask"
        return asks and not (on_topic or its_own) and entry.channel not in self.announcements.rare

    def _new_channel(self, entry: Entry) -> bool:
        """Whether the entry is on a channel the team is only starting, in its first months."""
        days = (entry.start.date() - self.strategy.start).days
        return self.strategy.channels[entry.channel].new and days < NEW_CHANNEL_DAYS

    def _goal_question(self, entry: Entry, goal: Goal, *, sie: bool) -> str:
        """The goal's question, where it can still be asked on the entry's channel.

        Not in a reply round on a topic for everyone where the goal has topics of its own
        (:meth:`_elsewhere`), not in the other register, and not once everything the goal
        invites to is over: "Would you like to come to our open studio evening?" is stale the
        day after it, "Would you like to guide with us this summer?" once the job offer has
        closed. Nor once an event it names is over or closed to sign-ups, whatever else the
        goal invites to: a dance school asked „Hättet ihr Lust, beim Schnupperabend
        mitzutanzen?“ three weeks after the taster evening, because its spring courses still
        ran.
        """
        question = goal.question or ""
        if entry.move == "reply" and entry.topic and self._elsewhere(goal, entry.topic):
            return ""
        today = entry.start.date()
        invited = [e for e in self.strategy.events if e.title in goal.invite]
        last = self.strategy.invites_until(goal)
        if last is not None and last < today:
            return ""
        # … nor on its last day once the events of that day are over: a guide-dog group's
        # reply round, the evening after its fair stall, still asked for stall helpers.
        ending = [e for e in invited if e.last_day == last]
        open_offer = any(o.until == last for o in self.strategy.offers if o.title in goal.invite)
        over = bool(ending) and all(ended_at(e, entry.start) for e in ending)
        if last == today and over and not open_offer:
            return ""
        # … nor once sign-up for it has closed: a guitar teacher asked „… oder wäre der
        # Bandworkshop das erste Mal?“ on the workshop's first day, eleven days after the last
        # day to sign up (r388).
        closes = self.announcements.sign_up_ends
        if any(
            min(e.last_day, closes.get(e.title, e.last_day)) < today and names_event(question, e)
            for e in invited
        ):
            return ""
        return question if speaks_as(question, sie) else ""

    def _elsewhere(self, goal: Goal, topic: str) -> bool:
        """Whether the goal has topics of its own and ``topic`` is not one of them.

        Its people answer those: „Wann planen Sie an Ihrer Schule den Abschlussball?“ went to
        someone who had told of their first Discofox, under a post for everyone.
        """
        own = self.goal_topics.get(goal.id, frozenset())
        return bool(own) and topic not in own

    def _angle(self, entry: Entry, where: Sequence[str]) -> dict[str, str]:
        """For work on a neighbourhood's pages and groups, the kind of post it looks for.

        Where the goal's places there are all pages, or the entry works on pages only (its
        platform's groups have a channel of their own), only the kinds pages carry.
        """
        place = _place_of(entry)
        if place is not None and not place.local and town_noticeboard(self.strategy, entry.group):
            # A town's noticeboard is where neighbours write: comments there looked for
            # "one thing nobody has said yet" under lost cats and roadworks (r428).
            place = NEIGHBOURHOOD
        pages = (bool(where) and all(names_pages(p) for p in where)) or not self._groups_here(entry)
        saving = entry.move == "listen"
        angle = (
            place.angle(entry.seq, pages=pages, saving=saving)
            if place is not None and not entry.topic
            else ""
        )
        text = place.angles[angle][self.language] if place is not None and angle else ""
        return {"local_angle": text, "local_angle_id": angle}

    @property
    def nearby(self) -> dict[int, tuple[Mapping[str, Any], ...]]:
        """For each congratulation that names nobody, the contacts it starts with."""
        return self._rounds[0]

    @cached_property
    def _rounds(
        self,
    ) -> tuple[dict[int, tuple[Mapping[str, Any], ...]], dict[int, Mapping[str, Any]]]:
        """For each round that names nobody, the contacts it starts with and who to look in on.

        Worked out in date order: a round that named someone's news congratulated them: a
        football club's next round, a week later, congratulated the café owner on her opening
        again (r277).
        """
        congratulated = {row: list(days) for row, days in self.named_on.items()}
        talked: set[int] = set()
        found: dict[int, tuple[Mapping[str, Any], ...]] = {}
        since: dict[int, Mapping[str, Any]] = {}
        entries = self.entries
        for i in sorted(range(len(entries)), key=lambda i: entries[i].start):
            entry = entries[i]
            if entry.move not in NEARBY_MOVES or entry.contact_row or _on_something(entry):
                continue
            found[i], told = self._nearby(entry, congratulated, talked)
            for row in told:
                congratulated.setdefault(row, []).append(entry.start.date())
            if entry.move == "congratulate" and not told:
                looked_in = self._look_in(entry, found[i], talked)
                if looked_in is not None:
                    since[i] = looked_in
        return found, since

    def _look_in(
        self, entry: Entry, shown: Sequence[Mapping[str, Any]], talked: set[int]
    ) -> Mapping[str, Any] | None:
        """A contact whose new start is weeks old, for a round's quiet week to ask about.

        The news was congratulated when it came (or before the plan); weeks later the round
        that names nobody is where to ask how it has gone since. A pub's, an optician's and a
        woodworking school's rounds sent the team to "people around you" while the contacts
        there held a new taproom, a new consulting room and a new drying store (r508, r513,
        r515). Once a plan, and not within weeks of an entry that names them. Where the team
        writes as a page, not a person alone: the page comments under the posts of the
        organisation of a person known there (a tearoom's owner, at the tearoom's page).
        """
        today = entry.start.date()
        names = {c["name"] for c in shown}
        for contact in sorted(self.contacts_on.get(entry.channel, []), key=_latest_news_first):
            if (
                contact.row in talked
                or spoken(contact.name, self.language) in names
                or not _settled(contact, today)
                or (_own_profile(contact) and person_at(contact.name) is None)
                or (entry.group and self.people.groups[contact.row] not in ("", entry.group))
                or any(
                    abs((today - day).days) < LOOK_IN_AFTER_NAMED_DAYS
                    for day in self.named_on.get(contact.row, ())
                )
            ):
                continue
            talked.add(contact.row)
            return MappingProxyType(
                {
                    "name": spoken(contact.name, self.language),
                    "first": spoken(first_name(contact.name), self.language),
                    "their": _their(contact, self.language),
                    "news": news_of(contact, today, self.language),
                    # "how have the first months gone?" from two months on
                    "months": contact.news is not None
                    and (today - contact.news.day).days >= LOOK_IN_MONTHS_DAYS,
                }
            )
        return None

    def _nearby(
        self, entry: Entry, congratulated: Mapping[int, Sequence[date]], talked: set[int]
    ) -> tuple[tuple[Mapping[str, Any], ...], list[int]]:
        """A congratulation that names nobody starts with the team's contacts there who have news.

        News makes a name worth reading: recent (:data:`NEARBY_NEWS_DAYS`) and not yet
        congratulated, the latest first, with its kind, so the example line fits it. Short of
        two, one of the organisations the team knows there, in turn, as where to look first;
        without any, one of the people with a profile there. Also the rows whose news it tells.
        Not one whose recent news was congratulated on. A contact without news brings what
        the team shares with them (``said``), once a plan (``talked`` holds who did), for
        the quiet week.
        """
        today = entry.start.date()
        # In a group, only those the notes place there or in none of the channel's groups.
        here = [
            c
            for c in self.contacts_on.get(entry.channel, [])
            if not entry.group or self.people.groups[c.row] in ("", entry.group)
        ]
        # A comment round congratulates nobody by name: it only starts where the team knows
        # people.
        greets = entry.move == "congratulate"
        fresh = sorted(
            (
                c
                for c in here
                if greets and _uncongratulated(c, today, congratulated.get(c.row, ()))
            ),
            key=_latest_news_first,
        )
        # Without news, the clubs and businesses the team knows there are where news turns
        # up: "the pages of Café Kaskade and the Kulturzentrum" beat "clubs, shops or firms";
        # without any, the people it knows there with a profile to look at ("people and
        # organisations around you" named nobody for a goldsmith who knows a photographer).
        # Nor one whose recent news the plan congratulated on: "look whether Mert has
        # something to celebrate" three weeks after his master craftsman's exam (r299).
        # Not a person where the team writes as a page: a page cannot comment under a
        # person's posts (r391, r399).
        # Nor one whose news is still to come: "look whether Carola has news" three days before
        # the award the plan congratulates her on (r454).
        # Nor one whose new start is weeks old: the round asks how it has gone since
        # (:meth:`_look_in`), not whether there is news: "if there's news in the latest posts"
        # about a baker whose second bakery the plan knew of read as not knowing (r554).
        rest = [
            c
            for c in here
            if c not in fresh
            and not _recent_news(c, today)
            and not _news_ahead(c, today)
            and not (greets and _settled(c, today))
        ]
        # Not a loose acquaintance's own profile to look for news on, unless the team shares
        # something with them: a firm's account going through the posts of a pupil who had
        # asked about a placement, for something to celebrate, read as prying (r580).
        pages = [c for c in rest if organisation(c.name)] or [
            c
            for c in rest
            if c.profile
            and not _own_profile(c)
            and not (greets and c.tier == "loose" and not _shared(c))
        ]
        # One a round, in turn, and each at most every KNOWN_EVERY rounds: the same page in
        # every round read as pasted, "look at Lena's too" with nothing to do there (r230).
        every = max(len(pages), KNOWN_EVERY)
        turn = entry.seq % every
        known = [pages[turn]] if turn < len(pages) and len(fresh) < NEARBY else []
        shown = [*fresh, *known][:NEARBY]
        told = [c.row for c in shown if c in fresh]
        return tuple(
            MappingProxyType(
                {
                    "name": spoken(c.name, self.language),
                    "first": spoken(first_name(c.name), self.language),
                    "profile": c.profile,
                    # Only fresh news is told: a page's news from last month, or next, is none.
                    "news": (news_kind(c.news.text) or "other") if c.news and c in fresh else "",
                    # "check her latest posts" where the notes say "she", as named entries do.
                    "their": _their(c, self.language),
                    "said": self._round_talk(c, today, talked) if greets and c not in fresh else "",
                }
            )
            for c in shown
        ), told

    def _round_talk(self, contact: Contact, today: date, talked: set[int]) -> str:
        """What a round without news asks a contact about: what the team shares with them.

        "A quiet week? Then ask Lynne what she's working on" ignored the practice challenge
        the team's notes had for her (r300); once a plan, and not within weeks of an entry
        that names them: the same question twice in a month reads as not listening.
        """
        named = self.named_on.get(contact.row, ())
        recent = any(abs((today - day).days) < NEARBY_TALK_REST_DAYS for day in named)
        stale = self.people.events.shared_past(contact, today)
        mute = recent or stale or contact.row in talked
        said = "" if mute else said_to(_shared(contact), self.language)
        if said:
            talked.add(contact.row)
        return said

    def _told(self) -> Mapping[int, Sequence[date]]:
        """The days own posts were sent to each contact, worked out with the topics' people."""
        self._topic_people(0)
        return self.told

    def _topic_people(self, i: int) -> tuple[Mapping[str, Any], ...]:
        """The team's contacts whose notes touch the ``i``-th entry's topic, worked out once."""
        if self.topic_people is None:
            self.topic_people = self._all_topic_people()
        return self.topic_people.get(i, ())

    def _all_topic_people(self) -> dict[int, tuple[Mapping[str, Any], ...]]:
        """For entries on a topic, the contacts on their platform whose note touches it.

        "Runs a neighbourhood podcast" touches "Podcasts or live radio?": their posts are
        where a round on it starts, and they are the first to ask. Each person rests
        :data:`TOPIC_PEOPLE_REST_DAYS` after being named, so a plan does not lean on one
        name. In a group, only people the note places there: "start with Sophie" sends nobody
        to a group she is not in. A reply round gets its post's people, to ask when nobody
        answers. Notes stay out of prompts.
        """
        found: dict[int, tuple[Mapping[str, Any], ...]] = {}
        named: dict[int, date] = {}
        rounds: Counter[tuple[str, str]] = Counter()
        for i in sorted(range(len(self.entries)), key=lambda i: self.entries[i].start):
            entry = self.entries[i]
            post = self.index.get(entry.follows_up) if entry.follows_up else None
            if entry.move == "reply" and post in found:
                # Told about the post: the ones to ask if it stays quiet, but not the person
                # the round writes to anyway, nor one it cannot reach where it answers (an
                # article's Instagram contact is no one to e-mail after the newsletter), nor
                # a business, tagged to get the comments going (:meth:`_regulars`), nor
                # someone waiting on an answer to a question of their own.
                here = reached(entry.channel, self.language)
                found[i] = tuple(
                    p
                    for p in found[post]
                    if p["name"] != entry.contact
                    and p["on"] == here
                    and not organisation(p["name"])
                    and not p["asked"]
                )
                continue
            if entry.move == "reply":
                regulars = self._regulars(entry, rounds[(entry.channel, entry.group)])
                rounds[(entry.channel, entry.group)] += 1
                if regulars:
                    found[i] = tuple(self._named(c, channel=entry.channel) for c in regulars)
                continue
            if entry.move not in TOPIC_PEOPLE_MOVES or not entry.topic or entry.contact_row:
                continue
            # A post that looks back on an event is about the event, not its topic: an
            # orchard's thanks for its wassail went to a contact who posts about small
            # gardens' fruit trees (r480).
            if i in self.recaps:
                continue
            today = entry.start.date()
            people = [c for c in self._knowing(entry) if self._may_name(c, entry, named)][:NEARBY]
            # What the team shares with someone goes with the first post sent to them: a youth
            # centre's second post to a school's teacher, two months on, brought up the same
            # homework club in the same words (r320).
            again = {c.row for c in people if c.row in self.told}
            for c in people:
                named[c.row] = today
                if entry.move in TELLING_MOVES:
                    self.told.setdefault(c.row, []).append(today)
            if people:
                found[i] = tuple(
                    self._named(c, today, talk=c.row not in again, channel=entry.channel)
                    for c in people
                )
        return found

    def _may_name(self, contact: Contact, entry: Entry, named: Mapping[int, date]) -> bool:
        """Whether the entry may name the contact as one of its topic's people.

        Only someone rested since last named, and in a group only someone the note places
        there. A post is sent to nobody an entry of their own writes to from a week after it
        (when the post counts as the last touch) to the end of the rest: a forge's regular
        was asked to meet "twelve days after your last contact", which was that post (r372,
        r375 writers).
        """
        today = entry.start.date()
        rest = timedelta(days=TOPIC_PEOPLE_REST_DAYS)
        if contact.row in named and today - named[contact.row] < rest:
            return False
        if entry.group and not in_group(contact, entry.group):
            return False
        # In the groups the team joined, not a page it knows: a groomer was sent to look for
        # posts by the vets' practice manager, a contact of its Facebook page (r473).
        if _place_kind(entry) == "groups" and contact.channel != entry.channel:
            return False
        if entry.move not in TELLING_MOVES:
            return True
        first, until = today + timedelta(days=TOLD_DAYS), today + rest
        return not any(first <= day < until for day in self._personal_days.get(contact.row, ()))

    @cached_property
    def _personal_days(self) -> dict[int, list[date]]:
        """The days of the entries written to each contact, by row."""
        days: dict[int, list[date]] = {}
        for entry in self.entries:
            if entry.contact_row:
                days.setdefault(entry.contact_row, []).append(entry.start.date())
        return days

    def _named(
        self,
        contact: Contact,
        today: date | None = None,
        *,
        talk: bool = True,
        channel: str = "",
    ) -> Mapping[str, Any]:
        """A contact named in a prompt; with ``today``, their news while it is fresh.

        A bookshop asked a bookstagrammer for a first answer three days after he opened a
        shop, without a word about it. Named in work on ``channel``: a post on a Facebook page
        cannot tag a person, whatever channel the file gives them (r647).
        """
        fresh = (
            news_of(contact, today, self.language)
            if today and _fresh(contact, today) and not self.people.congratulated(contact, today)
            else None
        )
        return MappingProxyType(
            {
                "name": spoken(contact.name, self.language),
                "first": spoken(first_name(contact.name), self.language),
                # "a post of hers" where the notes say "she", as in a round's contacts.
                "their": _their(contact, self.language),
                "profile": contact.profile,
                "on": reached(contact.channel, self.language),
                "page": not channel_places(contact.channel).writes_first,
                "own_profile": _own_profile(contact, channel),
                "fresh": fresh,
                # A school or a shop passes a post on to its people; it does not answer it.
                "org": organisation(contact.name),
                # What the team shares with them makes the line to them personal; their own
                # open question is answered elsewhere.
                # Not a month gone by: „bei Konzerten im März“ on 2 April (r463).
                "talk": _shared(contact)
                if talk and not (today and names_a_month_gone(contact.talk_about, today))
                else "",
                # A reader of the newsletter gets the issue anyway: no need to send it.
                "mail": contact.channel in _BY_MAIL,
                # Someone waiting on an answer to their own question is sent the post, never
                # named under it: a law firm was to tag a man under a post on the very
                # contract he had asked it about in private (r318).
                "asked": asked(contact.talk_about),
            }
        )

    def _regulars(self, entry: Entry, turn: int) -> list[Contact]:
        """Two of the team's contacts on a reply round's channel (and in its group), in turn.

        Where nobody was told about the post, they are whom to ask when nothing has come in:
        "e-mail two readers you know" leaves the reader to think of whom. On a topic, only
        those whose note touches it: a workshop venue has no view on picture-book fees (a
        newsletter's readers read the whole issue). Never the person the round already
        writes to, nor anyone the team cannot find there (:meth:`_findable`). Where some of
        them have talked with the team, only those, closest first: a care home never written
        to is no one to ask for a first answer. Only people: a dog school tagged under the
        shelter's post to get the comments going reads as spam; nor anyone waiting on an
        answer to a question of their own. At most half of them at
        once, so that a channel with two readers does not ask the same two after every issue.
        """
        place = _place_of(entry)
        inbox = place is not None and place.kind == "inbox"
        # Under an invitation on no topic nobody's notes say they have a view: a zero-waste
        # shop's invitation to a bathroom workshop was to have a miller tagged under it (r499).
        # In a group, its own members may still start the thread.
        post = self.index.get(entry.follows_up) if entry.follows_up else None
        invitation = post is not None and self.entries[post].move == "announce"
        if invitation and not entry.topic and not inbox and not entry.group:
            return []
        topical = entry.topic and not inbox
        people = [
            c
            for c in (self._knowing(entry) if topical else self.strategy.people)
            if c.channel == entry.channel
            and self._findable(c)
            and (not entry.group or in_group(c, entry.group))
            and not organisation(c.name)
            and not asked(c.talk_about)
        ]
        if any(c.last_contact for c in people):
            people = sorted((c for c in people if c.last_contact), key=lambda c: c.interval)
        people = [c for c in people if c.row != entry.contact_row]
        if not people:
            return []
        named = min(NEARBY, max(1, len(people) // 2))
        start = turn * named % len(people)
        return [people[(start + j) % len(people)] for j in range(named)]

    def _findable(self, contact: Contact) -> bool:
        """Whether a prompt can send the team to a contact, to tag or write to them.

        By the profile in the file, on the list of a channel whose readers write to the
        team's inbox, or by name in a group of theirs the note names. A family who once rang
        the team has none of these, and is no one to tag on its page.
        """
        places = channel_places(contact.channel).places.values()
        return (
            bool(contact.profile)
            or any(place.kind == "inbox" for place in places)
            or any(in_group(contact, g) for g in self.strategy.group_names(contact.channel))
        )

    def _knowing(self, entry: Entry) -> list[Contact]:
        """The contacts on the entry's platform whose note touches its topic.

        An article goes out as a link: its people may be on any planned platform. The note
        that names most of the topic's words comes first: "writes about native form controls
        and custom widgets" before "support-contract customer". Only people the team can
        find there (:meth:`_findable`).
        """
        anywhere = entry.move in ANY_PLATFORM_MOVES
        key = (entry.topic, "" if anywhere else platform(entry.channel, "en"))
        if key not in self.knowing:
            short = self._topic(entry.topic)[0]
            # The team's town says nothing about anyone there: a carpenter "from a small
            # Bremen firm" was sent to for posts on working as a physiotherapist in Bremen
            # (r663).
            text = " ".join(
                word
                for word in f"{entry.topic} {short}".split()
                if not word.casefold().startswith(self.area_words)
            )
            common = self._common_words()
            touching = [
                (-_touching(c.note, text, short or entry.topic, common), c.row, c)
                for c in self.strategy.people
                if (anywhere or platform(c.channel, "en") == key[1])
                and c.channel in self.strategy.channels
                and self._findable(c)
            ]
            self.knowing[key] = [c for n, _, c in sorted(touching, key=lambda t: t[:2]) if n]
        return self.knowing[key]

    def _common_words(self) -> frozenset[str]:
        """Words that tell nothing about one person, so no topic is close to them for it.

        The team's own name ("Sailing" in "Carrow Water Sailing School") and what many notes
        say ("course" in "Did the Start Sailing course", "Parent of a teenager from the
        summer course").
        """
        if self.common is None:
            notes = [whole_words(c.note) for c in self.strategy.people if c.note]
            counts = Counter(w for words in notes for w in words)
            many = max(COMMON_NOTES, len(notes) / 4)
            self.common = whole_words(self.strategy.name) | {
                w for w, n in counts.items() if n >= many
            }
        return self.common

    def _rules(self, entry: Entry, goal: Goal, place: Mapping[str, str]) -> Rules:
        """The platform's rules for the entry, with the hashtags its post should carry."""
        rules = rules_for(entry.move, entry.channel, place["id"])
        if not rules["hashtags"]:
            return rules
        return MappingProxyType({**rules, "tags": self._hashtags(entry, goal, rules["hashtags"])})

    def _hashtags(self, entry: Entry, goal: Goal, limit: int) -> tuple[str, ...]:
        """The hashtags a post carries, as the strategy spells them.

        The ones naming the team's area come first (neighbours find the post there), then
        those named after the post's topic (#finelinetattoo on fine-line tattoos, which took
        its turn behind two other styles, r371), then the goal's own, then the channel's,
        taking turns; each once, whatever its case. A
        hashtag named after another of the team's topics stays off, even one the goal lists:
        #puppyclass does not belong on a post about ticks, nor #part2 on one about heat pumps.
        """
        spots = (*self._where(entry, goal), *self.channels[entry.channel]["tags"])
        seen: set[str] = set()
        area: list[str] = []
        topical: list[str] = []
        own: list[str] = []
        rest: list[str] = []
        for spot in spots:
            if not spot.startswith("#") or " " in spot or spot.casefold() in seen:
                continue
            if not _tag_in_season(spot, entry.start.date()):
                continue  # #secondhandseptember in February
            if self._about_other_topic(spot, entry):
                continue  # even the goal's own: #part2 says what a post is about
            area_tag = self._names_area(spot)
            # Where the team's area is, all its goals' people are: #mühlstetten went on none
            # of a volleyball club's posts about its beach cup, kept to its juniors' goal (r374).
            if spot not in goal.where and not area_tag and self._others(spot, entry, declared=True):
                continue
            seen.add(spot.casefold())
            if area_tag:
                area.append(spot)
            elif self._named_for(spot, entry.topic):
                topical.append(spot)
            elif spot in goal.where:
                own.append(spot)
            else:
                rest.append(spot)
        turn = entry.seq % len(rest) if rest else 0
        chosen = [*area, *topical, *own, *rest[turn:], *rest[:turn]]
        return tuple(chosen[: min(limit, MAX_HASHTAGS)])

    def _others(self, spot: str, entry: Entry, *, declared: bool = False) -> bool:
        """Whether a hashtag is where another goal's people are, not the entry's goal's or topic's.

        A channel's tags serve all its goals: posts about children's lunchboxes are not
        found under the apprenticeship hashtag a practice lists for its trainees. With
        ``declared``, for the hashtags a post carries, only the goals a topic names count.
        """
        owners = self.tag_goals.get(spot.casefold())
        if not owners or entry.goal in owners:
            return False
        goals = self.declared_goals if declared else self.topic_goals
        return not owners & goals.get(entry.topic, set())

    def _tags(self, entry: Entry, tags: Sequence[str], place: Mapping[str, str]) -> tuple[str, ...]:
        """The channel's hashtags as places to look, where the entry looks elsewhere.

        Work among others' posts leaves out the team's own hashtag (#meepleandmug for Meeple
        & Mug): under it are the team's posts, not the people it looks for. Looking for posts
        on a topic leaves out those named after another one: talk about leading and following
        in a dance is not found under #hiphopkids. Looking for new contacts leaves out where
        another goal's people are: a hearing-aid shop looked for people over 50 under
        #azubi2027.
        """
        day = entry.start.date()
        tags = [t for t in tags if _tag_in_season(t, day)]
        # A piece to share is looked for among others' posts on its topic, though it is posted
        # on the team's own page: "search for Trefaen" found no piece on films shot in Wales
        # (r581).
        sharing = entry.move == "share" and bool(entry.topic)
        if place["kind"] in ("own", "inbox") and not sharing:
            return tuple(tags)
        found = tuple(t for t in tags if squashed(t) not in self.own_tags)
        if self._searching(entry, place) or sharing:
            if entry.topic:
                found = tuple(t for t in found if not self._about_other_topic(t, entry))
            kept = self._not_others(found, entry)
            return (
                self._off_area(kept, entry.topic)
                or self._topic_tag(entry)
                or self._field_in_area(kept)
            )
        if entry.move == "connect":  # the goal's people, whatever the topic
            return tuple(
                t for t in found if entry.goal in self.tag_goals.get(t.casefold(), {entry.goal})
            )
        return found

    def _topic_tag(self, entry: Entry) -> tuple[str, ...]:
        """A theme's one-word short form as the hashtag to read and comment under, if need be.

        Where no hashtag of the team's is left, reading "what is written on the Kliniktasche in
        your Instagram feed" found nothing: a home feed is not searched by topic, and people
        post under #kliniktasche (r446).
        """
        noun, kind = self._topic(entry.topic)
        word = noun or entry.topic
        reading = entry.move in ("listen", "comment") and kind == "theme" and word.isalpha()
        found = catalogue()[entry.channel].found_by_hashtag
        return (f"#{word.casefold()}",) if reading and found else ()

    def _not_others(self, spots: Sequence[str], entry: Entry) -> tuple[str, ...]:
        return tuple(s for s in spots if not self._others(s, entry))

    @staticmethod
    def _searching(entry: Entry, place: Mapping[str, str]) -> bool:
        """Whether the entry looks for posts on its topic in other people's places.

        Looking for new contacts looks for the goal's people: #leedscreatives is where the
        makers of Leeds are, whatever the entry's topic.
        """
        elsewhere = place["kind"] not in ("own", "inbox")
        return bool(entry.topic) and elsewhere and entry.move != "connect"

    def _names_other_topic(self, spot: str, topic: str) -> bool:
        """Whether a hashtag is named after one of the team's topics, but not ``topic``."""
        named = self.named_after(spot)
        return bool(topic and named) and topic not in named and not self._names_area(spot)

    def _about_other_topic(self, spot: str, entry: Entry) -> bool:
        """Whether a hashtag is named after a topic the post is not about.

        An announcement is about its offer's or event's topics: #heuschnupfen stays off the
        invitation to a medication check.
        """
        named = self.about(self._without_area(spot))
        if len(named) != 1:
            # Named after none, or after several by different parts: #geigenkinder shares
            # "Geige" with the attic violins and "Kinder" with practising with children, and
            # is where a violin maker's parents are, on any post for them (r258).
            return False
        about = {entry.topic} if entry.topic else self.invitation_topics.get(entry.announce, ())
        return not named & set(about)

    def _names_area(self, spot: str) -> bool:
        return any(w in squashed(spot) for w in self.area_words)

    def _off_area(self, spots: Sequence[str], topic: str = "") -> tuple[str, ...]:
        """The spots that name a subject, not only the team's area.

        A topic is not found under #leipziggohlis, and a neighbourhood group does not talk
        about rowing technique; #ehrenamtgöttingen names the topic too, and stays.
        """
        return tuple(s for s in spots if self._named_for(s, topic) or not self._names_area(s))

    def _field_in_area(self, spots: Sequence[str]) -> tuple[str, ...]:
        """The spots that name the team's area and something more, where nothing else is left.

        A sailmaker's comments on winter storage were sent "über die Hashtags rund um eure
        Themen und euren Ort" though it listed #kielsegeln (r653): sailing in Kiel is the
        field, if not the topic, and better than a hint that names nothing.
        """
        return tuple(s for s in spots if self._names_area(s) and self._without_area(s))

    def _topic(self, topic: str) -> tuple[str, str]:
        """The topic's noun form and kind; a title the strategy does not know counts as own."""
        if not topic:
            return "", ""
        return self.topics.get(topic, ("", "own"))

    def _where(self, entry: Entry, goal: Goal) -> tuple[str, ...]:
        """The goal's places that can be visited from the entry's channel, worked out once.

        Work on a topic keeps the goal's communities but not its hashtags, except those named
        after the topic: a hashtag is a subject of its own, and posts about flat tyres are not
        found under #volunteering, but posts about volunteering are.
        A channel kept for that goal alone keeps them: its hashtags are where its people are;
        so does looking for new contacts, which looks for the goal's people, not a subject.
        Searching others' posts on a topic leaves out the places named after the team's area:
        those talk about the area. A congratulation leaves out groups: news of clubs, shops
        and firms is posted on their pages, and a support group is no place to cheer. Looking
        for neighbours' questions (a newcomer asking where to start) keeps to the groups where
        there are any: a page of walking routes carries its own posts; and never to a group
        kept to some themes, where nobody posts the street party. A platform named at a
        place's end is dropped: the prompt already says where. Where the team also works a
        platform's groups on a channel of their own, its page only listens in them: a page
        takes part in a group only where the admins allow pages, and the group channel does.
        A piece to share is not sought in groups, whose posts stay among the members and
        cannot be shared to a profile; one on a topic is not sought on pages either: the
        pages of pubs and cafés carry their own news, not articles on getting back into
        chess. Nor are posts on a topic sought under a hashtag about another one: not
        Bristol's music under #bristolbusiness. Never the team's own hashtag, where its own
        posts are: listening on meeting places for teenagers started at #jugendtreffgleis7.
        """
        searching = self._searching(entry, self._place(entry))
        news = entry.move == "congratulate"
        no_groups = news or entry.move == "share" or not self._groups_here(entry)
        place = _place_of(entry)
        asking = not news and not entry.topic and place is not None and bool(place.angles)
        key = (entry.channel, goal.id, entry.topic, searching, entry.move, asking)
        if key not in self.wheres:
            tags_too = (
                not entry.topic
                or entry.move == "connect"
                or self.strategy.channels[entry.channel].goals == [goal.id]
            )
            reachable = tuple(
                named_here(p)
                for p in goal.where
                if squashed(p) not in self.own_tags
                and reachable_from(entry.channel, p)
                and self._on_platform_of_group(entry.channel, p)
                and (
                    tags_too
                    or not p.startswith("#")
                    or self._fits_topic(p, entry, searching=searching)
                )
                and not (no_groups and self._a_group(p))
                and not (entry.move == "share" and entry.topic and names_pages(p))
                and not (searching and p.startswith("#") and self._about_other_topic(p, entry))
            )
            if asking:  # the neighbourhood's own posts: not in a group kept to some themes
                reachable = tuple(p for p in reachable if not self._subject_group(p))
            groups = tuple(p for p in reachable if self._a_group(p))
            reachable = groups if asking and groups else reachable
            self.wheres[key] = self._off_area(reachable, entry.topic) if searching else reachable
        return self.wheres[key]

    def _a_group(self, spot: str) -> bool:
        """Whether a place is a group: said so, or one of the team's own by its name.

        "Wyebank Village Noticeboard" is a Facebook group where the strategy lists it so,
        and a piece posted there cannot be shared outside it.
        """
        folded = spot.casefold()
        return bool(GROUP.search(spot)) or any(name in folded for name in self.group_platforms)

    def _subject_group(self, spot: str) -> bool:
        """Whether a place names one of the team's groups that keeps to some themes."""
        spot = spot.casefold()
        return any(name in spot for name in self.subject_groups)

    def _on_platform_of_group(self, channel: str, spot: str) -> bool:
        """Whether a place that names one of the team's groups is on the channel's platform.

        "Meanwood Community Noticeboard", written without its platform, is the team's
        Facebook group: no place to look for Instagram posts.
        """
        spot = spot.casefold()
        platforms = {p for name, p in self.group_platforms.items() if name in spot}
        return not platforms or channel.split("-", maxsplit=1)[0] in platforms

    def _fits_topic(self, spot: str, entry: Entry, *, searching: bool) -> bool:
        """Whether a hashtag fits work on the entry's topic.

        One named after it does; on an own post, so does one about the team's whole field,
        which several topics name (#sussextattoo on a post about fine-line tattoos).
        """
        field = not searching and self.named_after.of_field(self._without_area(spot))
        return field or self._named_for(spot, entry.topic)

    def _named_for(self, spot: str, topic: str) -> bool:
        """Whether a place is named after the topic: #ehrenamtgöttingen for volunteering."""
        return bool(topic) and topic in self.named_after(self._without_area(spot))

    def _without_area(self, spot: str) -> str:
        """A place's name without the team's area: that says nothing about a topic.

        #bristolbusiness is about businesses, not about Bristol's music scene, though that
        topic names Bristol too; #bristol is about no topic in particular.
        """
        rest = squashed(spot)
        for word in self.area_words:
            rest = rest.replace(word, "")
        return f"#{rest}" if rest else ""

    def _who(self, channel: str, goal: Goal) -> str:
        plan = self.strategy.channels.get(channel)
        return (plan.audience if plan is not None else None) or goal.who or ""

    def _place(self, entry: Entry) -> Mapping[str, str]:
        """Where the entry happens, as templates see it."""
        place = _place_of(entry)
        if place is None:
            return _NOWHERE
        # A page that takes part in groups only through a channel of groups of its own says
        # no groups where it does more than listen (:meth:`_where`).
        pages = bool(place.pages_text) and not self._groups_here(entry)
        key = (entry.channel, place.id, pages)
        if key not in self.places:
            self.places[key] = MappingProxyType(
                {
                    "id": place.id,
                    "kind": place.kind,
                    "text": place.text_in(self.language, pages=pages),
                    "find": place.find_in(self.language, pages=pages),
                }
            )
        return self.places[key]

    def _groups_here(self, entry: Entry) -> bool:
        """Whether the entry's work may take place in its platform's groups."""
        return entry.move == "listen" or entry.channel not in self.groups_elsewhere

    @cached_property
    def carried(self) -> dict[str, int]:
        """The first entry that carries each entry's work on, by the UID it carries on."""
        return _carried(self.entries)

    def _later(self, entry: Entry) -> dict[str, Any] | None:
        """The entry that carries on this one's work, or None.

        Saving posts "for later" told a brass band's reviewer nothing of what they were for
        (r269): the listening round says on which day the comments follow.
        """
        j = self.carried.get(entry.uid)
        if j is None:
            return None
        after = self.entries[j]
        day = after.start.date()
        return {
            "move": after.move,
            "weekday": WEEKDAY_FULL[self.language][day.weekday()],
            "day": self.day(day),
            "days_later": (day - entry.start.date()).days,
        }

    def _earlier(self, entry: Entry) -> dict[str, Any] | None:
        """The entry this one goes back to: a reply round's post, or the work it carries on."""
        uid = entry.follows_up or entry.continues
        j = self.index.get(uid) if uid else None
        if j is None:
            return None
        before = self.entries[j]
        day = before.start.date()
        place = self._place(before)
        question = self.topic_questions[j]
        offer = self.announcements.asked_about(question, day)
        noun = (offer and offer.noun) or self._topic(before.topic)[0]
        if j in self.recaps:  # the post was about the event it looked back on
            event = self.announcements.hooks(before)["event_past"]
            noun = event.noun or undated(event.title)
        return {
            **self._angle_of(before),
            "move": before.move,
            "weekday": WEEKDAY_FULL[self.language][day.weekday()],
            "day": self.day(day),
            "days_ago": (entry.start.date() - day).days,
            "topic": before.topic,
            # A post that asked an offer's own question was about the offer: "your question
            # about the Fahrdienst" quoted a question about the office hours (r257).
            "topic_noun": noun,
            "group": before.group,
            # "in the “Yorkshire Homebrewers” group about homebrewing" said the subject twice
            # (r577).
            "group_names_topic": _names_topic(before.group, noun),
            "announce": before.announce,
            "invited": self._invited(before, question, day),
            "question": question,
            "seeks": j in self.seeking,
            "question_talk": talk_of(question, self.language),
            "question_choice": offers_choice(question, self.language),
            "question_asks": asks_for(question, self.language),
            "question_faq": asks_the_team(question, self.language),
            "place": place["id"],
            "place_kind": place["kind"],
        }

    def _angle_of(self, entry: Entry) -> dict[str, str]:
        """The kind of neighbourhood post earlier work looked for (``angle``, ``angle_id``).

        Posts saved while listening for local events are answered as events are, days later.
        """
        goal = self.goals.get(entry.goal)
        if goal is None or entry.topic or entry.move in NO_WHERE_MOVES:
            return {"angle": "", "angle_id": ""}
        found = self._angle(entry, self._where(entry, goal))
        return {"angle": found["local_angle"], "angle_id": found["local_angle_id"]}

    def _review(self, i: int) -> dict[str, Any]:
        """A monthly review: the month's own questions, and the planned channels.

        The month is the review's own when questions were asked in it before the review,
        else the month before (a review at the start of a month looks back).
        """
        entry = self.entries[i]
        year, month = entry.start.year, entry.start.month
        # Answers take a day or two to come in: a question asked since is not judged yet.
        settled = entry.start - timedelta(days=REVIEW_SETTLE_DAYS)
        asked = [j for j in self._questions(year, month) if self.entries[j].start <= settled]
        if not asked:
            year, month = (year, month - 1) if month > 1 else (year - 1, 12)
            asked = self._questions(year, month)
        return {
            "month": MONTH_FULL[self.language][month - 1],
            "asks": self._asks([self.entries[j] for j in self._latest_per_topic(asked)]),
            "channels": [channel_label(name, self.language) for name in self.strategy.channels],
            "events": self._events_around(entry.start),
            "offers": self._offers_in(year, month),
            "last": (self.strategy.last_day - entry.start.date()).days < REVIEW_LAST_DAYS,
        }

    def _latest_per_topic(self, asked: list[int]) -> list[int]:
        """The last few questions, one per topic and channel.

        A topic asked twice on one channel is one line of thought; asked on two channels,
        leaving one out would make the review forget a question the team did ask.
        """
        latest = {(self.entries[j].topic, self.entries[j].channel): j for j in asked}
        return sorted(latest.values())[-REVIEW_ASKS:]

    def _events_around(self, now: datetime) -> list[dict[str, Any]]:
        """The events of the four weeks before a review and of the four weeks after it.

        One that ended earlier on the review's own day is past: an hour after the open
        afternoon, "note two people who should hear about it" told nobody anything (r468).
        ``closes``, the last day to sign up where that is still to come before the event: "whom
        will you invite before then" named the evening, not the booking closing five days
        earlier (r626). ``closed`` once that day has passed: „Wen willst du bis dahin
        persönlich einladen?“ came two days after sign-up closed (r655).
        """
        today, window = now.date(), timedelta(days=REVIEW_EVENT_DAYS)
        events = sorted(self.strategy.events, key=lambda e: (e.date, e.title))
        return [
            {
                "title": event.title,
                "noun": undated(event.short or ""),
                "day": self.day(event.date),
                "last": self.day(event.until) if event.until else "",
                "days": event.length,
                "past": past,
                "running": event.date <= today and not past,
                "closes": self.day(ends) if ends and today <= ends < event.date else "",
                "closed": ends is not None and ends < today < event.date,
            }
            for event in events
            if today - window <= event.last_day and event.date <= today + window
            for past in [_gone(event, now)]
            for ends in [self.announcements.sign_up_ends.get(event.title)]
        ]

    def _offers_in(self, year: int, month: int) -> list[dict[str, str]]:
        """The offers available in the reviewed month, to ask whether conversations led there."""
        first = date(year, month, 1)
        last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
        return [
            {"title": offer.title, "noun": offer.short or ""}
            for offer in self.strategy.offers
            if offer_runs(offer, first, last)
        ]

    def _questions(self, year: int, month: int) -> list[int]:
        """The own questions of a calendar month on any channel, in date order."""
        if self.questions is None:
            self.questions = {}
            for j in sorted(range(len(self.entries)), key=lambda j: self.entries[j].start):
                other = self.entries[j]
                if other.move in QUESTION_MOVES:
                    key = (other.start.year, other.start.month)
                    self.questions.setdefault(key, []).append(j)
        return self.questions.get((year, month), [])

    def _asks(self, asked: list[Entry]) -> list[dict[str, Any]]:
        """The questions a review names, one per topic, with the days and places it was asked.

        A question put on the page and in a group on one day is one question: listed twice,
        „Handyhilfe in der Familie (23. April, Facebook) oder Handyhilfe in der Familie (23.
        April, „Du bist Elmshagener, wenn …“)“ read as a slip (r407); so did a topic asked in
        a group and, eight days later, in the newsletter (r431). Where the month asked on one
        topic only, its questions are told apart by their days.
        """
        by_topic = len({ask.topic for ask in asked}) > 1
        asks: list[dict[str, Any]] = []
        for ask in asked:
            said = self._ask(ask)
            key = ask.topic if by_topic else (ask.topic, said["day"])
            same = next((a for a in asks if ask.topic and a["key"] == key), None)
            if same is None:
                asks.append(said | {"key": key, "also": []})
            else:
                same["also"].append(
                    {"channel_label": said["channel_label"], "group": ask.group, "day": said["day"]}
                )
        return asks

    def _ask(self, ask: Entry) -> dict[str, str]:
        return {
            "weekday": WEEKDAY_FULL[self.language][ask.start.weekday()],
            "day": self.day(ask.start.date()),
            "channel_label": channel_label(ask.channel, self.language),
            "group": ask.group,
            "topic": ask.topic,
            "topic_noun": self._topic(ask.topic)[0],
        }


#: Where a contact is reached on channels that are no platform of profiles.
_REACHED = {
    ("newsletter", "en"): "by e-mail",
    ("newsletter", "de"): "per E-Mail",
    ("blog", "en"): "on the blog of that person",
    ("blog", "de"): "auf dem Blog der Person",
}


#: Channels whose contacts the team reaches by e-mail.
_BY_MAIL = frozenset({"newsletter"})


def reached(channel: str, language: str) -> str:
    """Where a contact is reached, after a verb: ``on LinkedIn``, ``auf XING``, ``by e-mail``."""
    preposition = "auf" if language == "de" else "on"
    return _REACHED.get((channel, language), f"{preposition} {platform(channel, language)}")


class _People:
    """What a named entry's template knows of its person: who, where, why, since when.

    Notes stay out: the team wrote them for itself, and a prompt is read on a phone in a
    café. What to talk about (``talk_about``) is written for prompts, and shown. The time
    since the last touch counts from the person's last planned touch in this plan, else from
    their ``last_contact``.
    """

    def __init__(
        self,
        strategy: Strategy,
        entries: Sequence[Entry],
        day: Callable[[date], str],
        announcements: Announcements,
    ) -> None:
        self.strategy, self.entries, self.day = strategy, entries, day
        self.announcements = announcements
        self.events = event_people(strategy)
        self.language = strategy.language
        self.rows = {c.row: c for c in strategy.people}
        #: The group of its channel the team's note places each contact in, by row.
        self.groups = {c.row: group_of(strategy, c) for c in strategy.people}
        #: The goals whose people the team's notes say each contact is one of.
        self.goal_people = GoalPeople(strategy)
        self.before: dict[int, date | None] = {}
        #: How many entries named the person before this one.
        self.touches: dict[int, int] = {}
        last: dict[int, date] = {}
        count: Counter[int] = Counter()
        for i in sorted(range(len(entries)), key=lambda i: entries[i].start):
            entry = entries[i]
            if entry.contact_row in self.rows:
                self.before[i] = last.get(entry.contact_row)
                self.touches[i] = count[entry.contact_row]
                last[entry.contact_row] = self._day_of(entry)
                count[entry.contact_row] += 1

    def _day_of(self, entry: Entry) -> date:
        return entry.start.astimezone(self.strategy.zone).date()

    def of(self, i: int, told: Mapping[int, Sequence[date]]) -> dict[str, Any] | None:
        """The person the ``i``-th entry is for, or None for generic work.

        ``told`` holds the days own posts were sent to each contact: a touch too, so the time
        since the last one counts from it ("eight weeks" for a co-organiser sent a post four
        weeks before was wrong), once it is :data:`TOLD_DAYS` old: "a day since you were
        last in touch" is no reason to write.
        """
        entry = self.entries[i]
        contact = self.rows.get(entry.contact_row)
        if contact is None:
            return None
        today = self._day_of(entry)
        why = reason(self.strategy, contact, entry, today)
        planned = self.before.get(i)
        touches = [day for day in told.get(contact.row, ()) if (today - day).days >= TOLD_DAYS]
        if planned is not None:
            touches.append(planned)
        # An event of the plan the notes have them make happen, over by now, was a meeting
        # too: "your last contact was on 11 February" to the woman who taught at the workshop
        # day on 27 February (r503).
        if self._helps(contact):
            notes = f"{contact.note} {contact.talk_about}"
            touches += [
                e.last_day
                for e in self.events.named(contact)
                if e.last_day < today and not self.events.recalls(e, notes)
            ]
        last = max(touches, default=None)
        # What to talk about (by the touch it is): brought up, or their own open question
        # answered, at the first touch in the plan; followed up at the next; then done with.
        # A vet was asked "what's happened with the spring health checks since we last
        # spoke?" twice, six weeks apart (r424).
        own, nth = asked(contact.talk_about), self.touches.get(i, 0)
        # Nor the plan's event it names, once it is over: „Gesprächsstoff habt ihr schon: die
        # Tagesordnung für den Elternabend“ three weeks after the evening (r495).
        done = (
            nth > 1
            or names_a_month_gone(contact.talk_about, today)
            or self._gone(contact, today, why)
        )
        event = self._event(contact, entry, today, why)
        return {
            "name": spoken(contact.name, self.strategy.language),
            "first": spoken(first_name(contact.name), self.strategy.language),
            "household": household(contact.name),
            "talk": "" if done else contact.talk_about.rstrip(" ."),
            # A private matter to talk about goes in a message, not under their post (r629);
            # so does a personal invitation: "a personal invitation … under a recent post of
            # hers" (r643).
            "private": (not done and private_matter(contact.talk_about))
            or (event is not None and event.days_until >= 0),
            # The same, as a line to them says it: the example line picks it up.
            # Not something of the past: "And how are things with the bacon rolls for last
            # year's sunrise swim?" (r433), „wie steht es um die Bassproben vor dem
            # Adventssingen?“ in April (r669).
            "said": ""
            if done
            or self._gone(contact, today, why)
            or of_the_past(contact.talk_about)
            or season_gone(contact.talk_about, today, MONTHS_BACK)
            else said_to(_shared(contact), self.language),
            "asked": own and nth == 0,
            "answered": own and nth == 1,
            # "her" where the team's notes say "she": "a recent post of hers", not "theirs".
            "their": _their(contact, self.language),
            "profile": contact.profile,
            # The goal's question goes to a person once: asked again weeks later, it nags.
            "fits": self._fits(contact) if planned is None else None,
            "platform": platform(contact.channel, self.language),
            "on": reached(contact.channel, self.language),
            "page": not channel_places(contact.channel).writes_first,
            "own_profile": _own_profile(contact),
            # Someone the team reaches by e-mail has no posts to answer under.
            "mail": contact.channel in _BY_MAIL,
            "group": self.groups[contact.row],
            "tier": contact.tier or "",
            "reason": why,
            "event": event,
            "event_helps": why in EVENT_REASONS and self._helps(contact),
            "event_regular": why in EVENT_REASONS and comes_anyway(contact),
            "event_said": self._event_said(
                contact, today, why, first=planned is None, thanks=entry.move == "thank"
            ),
            "news": news_of(contact, today, self.language) if why == "news" else None,
            "fresh": news_of(contact, today, self.language)
            if why != "news"
            and (
                (_fresh(contact, today) and not self.congratulated(contact, today))
                or (entry.move in SETTLING_IN_MOVES and _settling_in(contact, today))
            )
            else None,
            "coming": news_of(contact, today, self.language)
            if why != "news" and _news_coming(contact, today, self.language)
            else None,
            "since": self._since(last or contact.last_contact, today, planned=bool(last)),
        }

    @cached_property
    def _congratulations(self) -> dict[int, list[date]]:
        """The days of the entries that congratulate each contact on their news, by row."""
        found: dict[int, list[date]] = {}
        for entry in self.entries:
            if entry.contact_row and entry.contact_reason == "news":
                found.setdefault(entry.contact_row, []).append(self._day_of(entry))
        return found

    def congratulated(self, contact: Contact, today: date) -> bool:
        """Whether the plan congratulated the contact on their news already, by today.

        A youth group's post, a week after congratulating a baker on thirty years, told the
        team to congratulate him again as it sent him the post (r547).
        """
        news = contact.news
        return news is not None and any(
            news.day <= day < today for day in self._congratulations.get(contact.row, ())
        )

    def _gone(self, contact: Contact, today: date, why: str) -> bool:
        """Whether what the team shares with the contact is an event of the plan that is over.

        „Und wie steht es um den Infoabend im März?“ five weeks after the evening she ran with
        the team (r313): only the entries about that event (:data:`EVENT_REASONS`) speak of it.
        """
        return why not in EVENT_REASONS and self.events.shared_past(contact, today)

    def _helps(self, contact: Contact) -> bool:
        """Whether the notes say the contact makes one of the events they name happen."""
        return helps(contact, partial(self.events.names_one, contact))

    def _event(self, contact: Contact, entry: Entry, today: date, why: str) -> Announcement | None:
        """The event the team's notes tie the contact to, when it is the reason to write."""
        event = self._event_of(contact, today, why)
        return None if event is None else self.announcements.event(event, entry)

    def _event_of(self, contact: Contact, today: date, why: str) -> Event | None:
        return self.events.of(contact, today, why) if why in EVENT_REASONS else None

    def _event_said(
        self, contact: Contact, today: date, why: str, *, first: bool, thanks: bool
    ) -> str:
        """What the team and the person share, for the line about the event to start from.

        Before the event, what they share about an earlier one (the cake for last year's
        street party) is thanked for; what they share about this one (the tasting they plan
        together) is not thanked for before it has happened, only thought of, and after it is
        thanked for in place of the event's name. What they share about anything else opens
        an invitation at the first touch in the plan, but not a thank-you, which would thank
        for it as a favour: "Thanks again for your biscuit-tin pinhole cameras!" to the maker
        of them (r317). Their own open question never does.
        """
        event = self._event_of(contact, today, why)
        talk = contact.talk_about
        if event is None or not talk or asked(talk):
            return ""
        if self.events.told(event, talk):
            earlier = self.events.recalls(event, talk)
            keep = (earlier or not thanks) if why == BEFORE else not earlier
        else:
            keep = first and why == BEFORE and not thanks
        return said_to(_shared(contact), self.language) if keep else ""

    def _fits(self, contact: Contact) -> dict[str, str] | None:
        """The goal with a question whose people the team's note says the contact is one of."""
        goal = next((g for g in self.goal_people.of(contact) if g.question), None)
        return None if goal is None else {"who": goal.who or "", "question": goal.question or ""}

    def _since(self, last: date | None, today: date, *, planned: bool) -> dict[str, Any] | None:
        if last is None:
            return None
        return {
            "days": (today - last).days,
            "text": duration((today - last).days, self.language),
            "day": day_and_month(last, self.language),
            "planned": planned,
        }


#: Work among other people's posts, where a theme's short form is theirs as much as the
#: team's: "posts about your film nights" sent a village hall looking for posts nobody
#: writes; "posts about film nights" exist.
AMONG_OTHERS = frozenset({"comment", "listen", "share", "group-help"})
#: The team's own word at the start of a short form: "our", „unsere“.
_OWN_WORD = re.compile(r"^(?:our|my|unser(?:e[nmrs]?)?|mein(?:e[nmrs]?)?)\s+", re.IGNORECASE)


#: A short form's closing place: "… from Caldersett", „… rund um Kirchbrunn“.
_FROM_HERE = re.compile(
    r"\s+(?:from|in|around|round|near|aus|in|im|um|rund um|bei)\s+(?:the\s+)?([\w-]+)$",
    re.IGNORECASE,
)


def _theirs_too(noun: str, language: str) -> str:
    """A theme's short form without the team's "our": "film nights", "the lunch club"."""
    bare = _OWN_WORD.sub("", noun)
    if bare == noun or language != "en" or bare.endswith("s"):
        return bare
    return f"the {bare}"


#: Question posts: one message each (:meth:`Contexts._bolted_on`).
ONE_MESSAGE_MOVES = frozenset({"ask", "group-ask"})
#: Days before an event within which a question post asks the event's own question.
OWN_QUESTION_DAYS = 3
#: News at most this many days old is worth a word in any entry named for the person: a
#: comment three days after someone launched something starts under that post.
FRESH_NEWS_DAYS = 21
#: News this many days ahead at most is a thing to ask about in an entry named for the person:
#: a comment to a pet shop's owner a week before its tenth anniversary never mentioned it
#: (r687).
COMING_NEWS_DAYS = 14
#: The kinds of news (:func:`news_kind`) a team knows are coming.
COMING_KINDS = frozenset({"founding", "anniversary", "job", "milestone"})
#: News of a start (:data:`SETTLING_IN_KINDS`) stays the way in this long: the team asks
#: how the first weeks or months have gone.
SETTLING_IN_DAYS = 120
SETTLING_IN_KINDS = frozenset({"job", "founding", "milestone"})
#: The work that asks it: a comment under their posts, a message proposing to meet. A
#: thank-you has its own reason to write.
SETTLING_IN_MOVES = frozenset({"comment", "meet"})
#: A note's word touches a topic when one of the topic's words names the same thing:
#: "podcast" and "Podcasts oder Radio", "snacks" and „Kinosnacks“. Shorter words say too
#: little.
_TOUCH_MIN = 6


def _touching(note: str, topic: str, core: str, common: frozenset[str]) -> int:
    """How many of the topic's words a contact's note names, of those not ``common``.

    A word of everyday life (:func:`everyday_words`) counts only where it is what the topic is
    about (its ``core``, the short form or else the title): "family" ties a note to "Family
    rides", but not "old fishing family" to "Fitting volunteering around work and family",
    whose short form is "volunteering around a day job" (r319).
    """
    said = [w for w in long_words(note, _TOUCH_MIN) if not whole_words(w) <= common]
    kept = set(long_words(core, _TOUCH_MIN))
    words = {
        t
        for t in long_words(topic, _TOUCH_MIN)
        if t in kept or not whole_words(t) <= everyday_words()
    }
    return sum(any(same_thing(w, t) for w in said) for t in words)


def _words(area: str) -> tuple[str, ...]:
    """The names in an area ("Leipzig-Gohlis"), to tell a place named after it."""
    return tuple(long_words(area, 4))


def _own_profile(contact: Contact, channel: str = "") -> bool:
    """Whether the team answers under the contact's posts, or tags them, from its own profile.

    A Facebook page comments on and tags other pages, not people: a pottery studio's page
    was sent to thank a member under his own posts. So where the contact's channel, or the
    ``channel`` the work is on, is such a page.
    """
    pages = [c for c in (contact.channel, channel) if c and not channel_places(c).writes_first]
    return bool(pages) and not organisation(contact.name)


#: The most words of a theme's title a search for it takes as they stand.
SEARCH_WORDS = 6


def search_words(title: str, noun: str) -> str:
    """What to type to find others' posts on a theme: its title where short, else its noun.

    "Search for “first-time tips”" finds tips on driving and mortgages; "First-timer tips
    for escape rooms", the title it was short for, finds the posts (r625). A title of two
    subjects ("Cornish stories and harbour history") is searched for the one its noun names.
    """
    words = title.split()
    if title.strip().endswith("?") or len(words) > SEARCH_WORDS or {"and", "und"} & {*words}:
        return noun
    return title


def _gone(event: Event, now: datetime) -> bool:
    """Whether an event is over at ``now``: its last day is past, or it ended earlier today."""
    today = now.date()
    return event.last_day < today or (event.last_day == today and ended_at(event, now))


def _place_kind(entry: Entry) -> str:
    """The kind of place the entry's work happens in ("own", "groups" …), or ""."""
    place = _place_of(entry)
    return place.kind if place is not None else ""


#: The place whose kinds of post a town's noticeboard carries: a neighbourhood's pages and
#: groups, where people ask for a tradesman, welcome newcomers and tell what is on.
NEIGHBOURHOOD = channel_places("facebook").places["local"]


def _place_of(entry: Entry) -> Place | None:
    """Where the entry happens: its own place, else where the channel puts the move."""
    place = channel_places(entry.channel).place_for(entry.move, entry.place)
    if place is None and entry.place:
        raise ValueError(
            f"calendar entry {entry.uid} names unknown place {entry.place!r} on {entry.channel}"
        )
    return place


def news_of(contact: Contact, today: date, language: str) -> dict[str, Any] | None:
    """A contact's news as templates see it (``person.news``), or None without any."""
    news = contact.news
    if news is None:
        return None
    return {
        "text": news.text,
        # "opened a second-hand music shop", to follow their name; "" for a cell that says
        # no deed of theirs.
        "done": what_they_did(news.text, language),
        "kind": news_kind(news.text),
        "day": day_and_month(news.day, language),
        "days_ago": (today - news.day).days,
    }


def _fresh(contact: Contact, today: date) -> bool:
    """Whether the contact's news is recent enough to be the way into any conversation."""
    return contact.news is not None and 0 <= (today - contact.news.day).days <= FRESH_NEWS_DAYS


def _settling_in(contact: Contact, today: date) -> bool:
    """Whether the contact is in the first months of something new their news told.

    A new role, an opening or a book out is still the way in weeks later ("how have the
    first months gone?"); a comment on a café owner's posts that never mentions the café
    she opened ten weeks ago reads as if the team had not noticed.
    """
    news = contact.news
    return (
        news is not None
        and FRESH_NEWS_DAYS < (today - news.day).days <= SETTLING_IN_DAYS
        and news_kind(news.text) in SETTLING_IN_KINDS
    )


#: A goal that looks for someone, and what for: "Recruit a Part 2 assistant", „Zwei Azubis
#: finden“. The group of the goal's people is where to ask who might fit.
_SEEKING = {
    # "Recruit, train and keep community volunteers": the verbs after the first are not sought.
    "en": re.compile(
        r"^(?:recruit|hire|find|attract)(?:(?:,\s*|\s+and\s+)[a-z]+)*\s+(?P<sought>.+?)\.?$",
        re.IGNORECASE,
    ),
    "de": re.compile(
        r"^(?P<sought>.+?)\s+(?:gewinnen|finden|einstellen)(?:(?:,\s*|\s+und\s+)[a-zäöü]+)*"
        r"(?P<clause>,\s.+?)?\.?$",
        re.IGNORECASE,
    ),
}
#: A clause that tells who the people sought are („…, die samstags Zeit haben“, „…, mit denen
#: wir …“); any other („…, damit der Keller nicht an fünf Leuten hängt“) says why, and is left
#: out.
_WHO_CLAUSE = re.compile(
    r"^,\s+(?:(?:mit|für|bei|von|zu|an|in|auf|aus|über|unter|neben)\s+)?"
    r"(?:die|der|das|denen|deren|dessen|welche[rsnm]?)\b",
    re.IGNORECASE,
)
#: What a goal does with them once found ("… volunteers and keep them"): not part of a search.
_KEEP_THEM = re.compile(r",?\s+and\s+\w+\s+(?:them|it)$", re.IGNORECASE)
#: Words that start a German noun phrase in lower case inside a sentence: an article, a number
#: or a preposition („Wir suchen gerade für die Straußwirtschaft zwei Aushilfen“, r482).
_LOWER_STARTS = frozenset(
    {"ein", "eine", "einen", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "zehn"}
    | {"neue", "neuen", "weitere"}
    | {"für", "zum", "zur", "im", "in", "ab", "bis", "als", "mit", "aus", "vor", "nach"}
)


#: What a growth target names rather than someone sought: more of something, or the kinds of
#: people in ``dialogplan/data/offer_words.yaml`` who buy or take part.
_MORE = re.compile(r"^(?:mehr|more)\b", re.IGNORECASE)
#: A range the team aims for ("zwei bis drei Firmen"): its target, not how a post says it.
_RANGE = re.compile(
    r"^(?:\d+|ein(?:e|en)?|zwei|drei|vier|fünf|one|two|three|four|five)\s+(?:bis|to|or|oder|-|–)\s+"
    r"(?:\d+|zwei|drei|vier|fünf|sechs|zehn|two|three|four|five|six|ten)\s+",
    re.IGNORECASE,
)
#: How many the team aims for, not whom it seeks: „Genug Streckenposten … finden“ read
#: „Wir suchen gerade Genug Streckenposten“ (r414).
_ENOUGH = re.compile(r"^(?:genug|genügend|ausreichend|enough|sufficient)\s+", re.IGNORECASE)
#: A count the team aims for, not one a post says: „Wir suchen gerade 40 neue Mitglieder“
#: published a tax-help club's internal target (r557). Small counts name real openings („zwei
#: Übungsleiter“) and stay; written out, „Zehn neue Kinder … gewinnen“ is a target too (r613).
_TARGET = re.compile(
    r"^(?:\d{2,}|zehn|elf|zwölf|(?:drei|vier|fünf|sech|sieb|acht|neun)zehn|"
    r"(?:zwan|vier|fünf|sech|sieb|acht|neun)zig|dreißig|hundert|ten|eleven|twelve|"
    r"(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty|"
    r"a dozen|dozen|a hundred|hundred)\s+",
    re.IGNORECASE,
)
#: Why the team seeks them, after whom ("…, so the branch still has wallers in twenty years"):
#: a prompt that says whom it seeks leaves the reason to the team (r457).
_WHY_CLAUSE = re.compile(r",?\s+(?:so that|so|because|in order to)\s.*$", re.IGNORECASE)
#: When the team wants them, ahead of whom it seeks: „Bis Sommer 2027 einen Auszubildenden …
#: gewinnen“ read „Wir suchen gerade Bis Sommer 2027 einen Auszubildenden“ (r451 writer).
_BY_WHEN = re.compile(
    r"^(?:bis|ab|im|noch)(?:\s+(?:zum|zur|ende|anfang|mitte|in|diese[mnrs]?))*"
    r"\s+(?:\d{1,2}\.\s+)?[\wäöü]+(?:\s+\d{4})?,?\s+"
    r"(?=ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf|\d|neue)",
    re.IGNORECASE,
)
#: … and after it: "We're looking for eight new volunteers for the kitchen rota by the end of
#: March" told neighbours the team's target date (r635).
_BY_WHEN_AFTER = re.compile(
    r"\s+(?:by|before|until|bis|vor)\s+(?:the\s+|zum\s+|zur\s+)?"
    r"(?:(?:end|start|beginning|middle)\s+of\s+|(?:ende|anfang|mitte)\s+)?(?:this\s+|next\s+)?"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
    r"januar|februar|märz|mai|juni|juli|oktober|dezember|spring|summer|autumn|winter|easter|"
    r"christmas|frühjahr|frühling|sommer|herbst|ostern|weihnachten|\d{4})(?:\s+\d{4})?$",
    re.IGNORECASE,
)
#: The kinds of ``dialogplan/data/offer_words.yaml``.
OFFER_WORDS = (
    "customers",
    "appeal",
    "membership",
    "booking",
    "open",
    "tickets",
    "service",
    "work",
    "volunteer",
    "taster",
    "helping",
)


def _on_something(entry: Entry) -> bool:
    """Whether a comment round has its own posts to go to: a topic, or posts saved for it."""
    return entry.move == "comment" and bool(entry.topic or entry.follows_up or entry.continues)


def _latest_news_first(contact: Contact) -> tuple[int, int]:
    """Sort key: the contacts with the latest news first, then in the file's order."""
    return (-contact.news.day.toordinal() if contact.news else 0, contact.row)


def _settled(contact: Contact, today: date) -> bool:
    """Whether a contact's new start is past its news and still in its first months.

    Only news of a new start (:data:`LOOK_IN_KINDS`): "how have the first weeks gone?" fits an
    opening or a new role, not a bookshop turning ten.
    """
    news = contact.news
    return (
        news is not None
        and LOOK_IN_DAYS <= (today - news.day).days <= SETTLING_IN_DAYS
        and news_kind(news.text) in LOOK_IN_KINDS
    )


def _recent_news(contact: Contact, today: date) -> bool:
    """Whether a contact's news is at most :data:`NEARBY_NEWS_DAYS` old."""
    news = contact.news
    return news is not None and 0 <= (today - news.day).days <= NEARBY_NEWS_DAYS


def _news_coming(contact: Contact, today: date, language: str) -> bool:
    """Whether a contact's news comes within :data:`COMING_NEWS_DAYS` after ``today``.

    Only news one sees coming (an opening, an anniversary, a new role), never an award; and
    only as the notes say it of the day, not as done: "Coming up for Priya on 20 January:
    “Opened a second shop”" read as a seam (r690).
    """
    news = contact.news
    return (
        news is not None
        and 0 < (news.day - today).days <= COMING_NEWS_DAYS
        and news_kind(news.text) in COMING_KINDS
        and not what_they_did(news.text, language)
    )


def _news_ahead(contact: Contact, today: date) -> bool:
    """Whether a contact's news comes after ``today``."""
    return contact.news is not None and contact.news.day > today


def _uncongratulated(contact: Contact, today: date, named: Sequence[date]) -> bool:
    """Whether a contact's news is recent and nothing named them since it came out."""
    news = contact.news
    if news is None or not _recent_news(contact, today):
        return False
    return not any(news.day <= day < today for day in named)


def _carried(entries: Sequence[Entry]) -> dict[str, int]:
    """The first entry that carries on each entry's work, by the UID it carries on.

    A comment round carries on the listening round whose saved posts it answers.
    """
    carried: dict[str, int] = {}
    for i in sorted(range(len(entries)), key=lambda i: entries[i].start):
        if entries[i].continues:
            carried.setdefault(entries[i].continues, i)
    return carried


def _names_topic(group: str, noun: str) -> bool:
    """Whether a group's name already says what a post in it was about: "Homebrewers"."""
    found = word_stems(noun)
    return bool(group and found) and all(stem in squashed(group) for stem in found)


def _shared(contact: Contact) -> str:
    """What the team and the contact share, to bring up; "" where it is their own question."""
    return "" if asked(contact.talk_about) else contact.talk_about.rstrip(" .")


def _their(contact: Contact, language: str) -> str:
    """The English possessive the team's notes on a contact use; "" in German."""
    if language != "en":
        return ""
    return whose(contact.note, contact.talk_about, contact.news.text if contact.news else "")


#: Where a meeting place offers a choice of its own: „… auf einen Kaffee – oder wir kommen zu
#: Ihnen auf den Hof“.
_CHOICE_OF_PLACES = re.compile(r"\s+(?:–|-)\s+(?:oder|or)\s+|\s*,?\s+(?:oder|or) (?:wir|we)\b")


def one_place(meet_at: str) -> str:
    """A meeting place as sentences take it: the first where it offers a choice of its own.

    „kommen Sie … auf einen Kaffee – oder wir kommen zu Ihnen auf den Hof vorbei“ ran the
    second place into the frame's „vorbei“ (r671).
    """
    return _CHOICE_OF_PLACES.split(meet_at, maxsplit=1)[0].strip()


def needs_booking(said: str) -> bool:
    """Whether an offer's or event's words say people book first (``offer_words.yaml``).

    Words that say no booking is needed outweigh the booking words they contain.
    """
    return bool(_offer_words("booking").search(said)) and not _offer_words("open").search(said)


@cache
def _offer_words(kind: str) -> re.Pattern[str]:
    """The stems of one kind of ``offer_words.yaml``, anywhere in a word."""
    return dict(stems("offer_words.yaml", OFFER_WORDS, inside=True))[kind]


def sought(text: str, language: str) -> str:
    """What a goal looks for, as a sentence says it: "a Part 2 assistant"; "" for other goals.

    Only people the team looks for to join it (trainees, volunteers, a sponsor): a goal to
    win more customers is no search to ask a group's help with.
    """
    found = _SEEKING[language].match(text.strip())
    if (
        found is None
        or _MORE.search(found["sought"])
        or _offer_words("customers").search(found["sought"])
    ):
        return ""
    clause = found.groupdict().get("clause") or ""
    bare = _BY_WHEN_AFTER.sub("", _BY_WHEN.sub("", found["sought"]))
    bare = _WHY_CLAUSE.sub("", bare) if language == "en" else bare
    phrase = _TARGET.sub("", _ENOUGH.sub("", _RANGE.sub("", _KEEP_THEM.sub("", bare)))) + (
        clause if _WHO_CLAUSE.match(clause) else ""
    )
    first = phrase.split(" ", 1)[0]
    lower = (
        first.casefold() in _LOWER_STARTS if language == "de" else first[1:] == first[1:].lower()
    )
    return _inner_quotes(phrase[:1].lower() + phrase[1:] if lower else phrase, language)


def _inner_quotes(phrase: str, language: str) -> str:
    """A phrase with its quotation marks as they read inside a quoted line.

    „neue Mitglieder für Laufgruppe und "Fit ab 60"“ put straight quotes inside German ones
    (r293's reviewer): inside „…“ a name stands in ‚…‘, inside “…” in ‘…’.
    """
    inner = "‚\\1‘" if language == "de" else "‘\\1’"
    return _QUOTED.sub(inner, phrase)


#: A name in quotation marks, straight or typographic.
_QUOTED = re.compile(r'["„“”]([^"„“”]+)["“”]')


def _in_register(hooks: dict[str, Any], *, sie: bool) -> dict[str, Any]:
    """The hooks, with the team's question dropped where it speaks in the other register.

    „Welches Stück würden Sie gern hören?“ on a channel that says „du“ would mix both in one
    prompt; the template asks a question of its own instead.
    """
    return {
        name: replace(hook, question="")
        if isinstance(hook, Announcement) and not speaks_as(hook.question, sie)
        else hook
        for name, hook in hooks.items()
    }


def _tag_in_season(spot: str, day: date) -> bool:
    """Whether a place may be named on ``day``: a hashtag of a month or season only then."""
    months = tag_months(spot) if spot.startswith("#") else None
    return months is None or day.month in months


def _groups_joined(entry: Entry, place: Mapping[str, str]) -> bool:
    """Group work without a named group: it happens in the groups the team joined."""
    in_groups = entry.move in GROUP_MOVES or place["kind"] == "groups"
    return in_groups and not entry.group and entry.move != "find-groups"


__all__ = [
    "LONG_FORM_MOVES",
    "PUBLISHING_MOVES",
    "QUESTION_MOVES",
    "Announcement",
    "Contexts",
    "Rules",
    "rules_for",
    "title",
]
