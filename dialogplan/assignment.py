"""What each placed entry is about: its goal, topic, group and place, taking turns fairly.

Goals take turns per month on each channel, then across the plan, and topics so that every
goal meets every topic (work in groups among the goals whose places name one of the
channel's groups, where any does); a reply round continues the conversation of the post it
follows up. Which topics an entry may have depends on where its work happens. Own posts and
their reply rounds may be about anything the team speaks about, its own subjects included.
Work in other people's conversations (listening, comments, thanks, shares of others' pieces,
groups and questions to them, contact requests, finding groups) is about themes others
discuss too, or has no topic when the strategy names no themes: nobody else writes about the
team's own series; on platforms where people talk about work, a theme of taste stays on own
posts. Work on a neighbourhood's pages and groups has no topic either: people there talk
about the area, not about rowing technique. A review, the notes around a break, a meeting
and a congratulation are about people and the plan itself: no topic. A topic takes turns
only in its season and between its first and last day (:mod:`dialogplan.seasons`), and only
with the goals it names, if it names any; in the groups a goal's places name, the goal's own
topics get extra turns, and work under members' posts there takes only those, where any. A
goal whose places name only groups that list their themes has those themes, not the ones for
no goal: its people talk about them.

Every entry also gets the place it happens at (``dialogplan/data/places.yaml``), a named
group when it happens in groups, and a UID that names the piece of work: client, channel, day
and move. It stays the same across reruns, so calendar subscribers see no churn, and a slot
that now holds other work gets a new one, so no calendar takes a "comment" turned "connect"
for the same event edited.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from functools import partial

from dialogplan.catalogue import catalogue
from dialogplan.entry import Calendar, Entry
from dialogplan.names import local_words, noticeboard
from dialogplan.placement import Placed
from dialogplan.places import channel_places
from dialogplan.seasons import still_on
from dialogplan.strategy import Strategy
from dialogplan.team_material import (
    QUESTION_REST_DAYS,
    goals_own_questions,
    named_groups,
    town_noticeboard,
)
from dialogplan.word_stems import NamedAfter

#: Own posts that may be about any topic, the team's own subjects included. A question to a
#: group is about a theme: the team's own subjects are not the members' business.
ANY_TOPIC = frozenset({"ask", "story", "article"})
#: A channel's own posts come back to a topic only after this many days, where another fits:
#: followers who saw the same subject twice in a month stop answering it.
TOPIC_REST_DAYS = 28
#: Questions to a group, which come back to a topic on their channel only after
#: :data:`TOPIC_REST_DAYS`, where another fits.
GROUP_QUESTIONS = frozenset({"group-ask"})
#: Extra turns a goal's own topics get in the groups its places name, per turn of the others.
GOAL_GROUP_TURNS = 1
#: Help in groups answers what members ask: nobody asks for help with a theme people tell
#: stories about ("village life and how people pull together"), so those stay out of it.
HELP_MOVES = frozenset({"group-help"})
#: Work under members' own posts: a goal's group talks about what the goal is about, so
#: posts on a topic that names no goal (the breakfast menu in a walkers' group) are rare.
FOUND_MOVES = frozenset({"comment", "listen", "group-help"})
#: Moves about people, an event or the plan itself, never about a topic.
NO_TOPIC = frozenset({"review", "away", "back", "meet", "congratulate", "announce"})


def assign(strategy: Strategy, placed: list[Placed]) -> Calendar:
    """Give every entry its goal, topic, group and place, fairly per month, and a stable UID."""
    order = sorted(range(len(placed)), key=lambda i: (placed[i].start, placed[i].channel))
    turns = _Turns(strategy)
    per_day: Counter[tuple[str, date, str]] = Counter()
    seq: Counter[tuple[str, str]] = Counter()
    zone = strategy.zone
    done: dict[int, Entry] = {}
    for i in order:
        entry = placed[i]
        if entry.follows is not None:
            post = done[entry.follows]
            goal, topic, group, follows_up = post.goal, post.topic, post.group, post.uid
        else:
            goal, topic, group = turns.next(entry)
            follows_up = ""
        day = entry.start.date()
        key = (entry.channel, day, entry.move)
        per_day[key] += 1
        # Placement never picks a wall-clock time the clocks skip or repeat: one instant each.
        start = entry.start.replace(tzinfo=zone)
        done[i] = Entry(
            uid=entry_uid(strategy.client, entry.channel, day, entry.move, per_day[key]),
            start=start,
            end=(entry.start + timedelta(minutes=entry.minutes)).replace(tzinfo=zone),
            channel=entry.channel,
            move=entry.move,
            goal=goal,
            topic=topic,
            minutes=entry.minutes,
            follows_up=follows_up,
            group=group,
            announce=entry.announce,
            seq=seq[(entry.channel, entry.move)],
            warm_up=entry.warm_up,
            place=turns.place(entry.channel, entry.move),
            url=entry.url,
        )
        seq[(entry.channel, entry.move)] += 1
    return tuple(done[i] for i in order)


def entry_uid(client: str, channel: str, day: date, move: str, n: int = 1) -> str:
    """The UID of the ``n``-th entry of ``move`` on ``channel`` that day, counted in start order.

    The first has no number: most days hold one entry of a move on a channel, and its UID
    reads as what it is (``acme.linkedin.20270104.comment@dialogplan``).
    """
    number = f".{n}" if n > 1 else ""
    return f"{client}.{channel}.{day:%Y%m%d}.{move}{number}@dialogplan"


class _Turns:
    """Whose turn it is: goals fairly per month, topics so that each goal meets each topic."""

    def __init__(self, strategy: Strategy) -> None:
        self.strategy = strategy
        self.goal_ids = [g.id for g in strategy.goals]
        self.all_topics = strategy.topic_titles
        self.themes = [t.title for t in strategy.topics if t.kind == "theme"]
        self.rank = {t: i for i, t in enumerate(self.all_topics)}
        self.season = {
            t.title: partial(still_on, t, ends=strategy.topic_ends(t)) for t in strategy.topics
        }
        self.serves = {t.title: frozenset(t.goals) for t in strategy.topics}
        #: How many questions the topics naming each goal have for its people.
        self.own_questions = {
            g.id: len(goals_own_questions(strategy, g.id)) for g in strategy.goals
        }
        #: The days a group question on no topic went to each (channel, goal) for them.
        self.own_asked: dict[tuple[str, str], list[date]] = {}
        self.talk = {t.title: t.talk for t in strategy.topics}
        invitations = (*strategy.offers, *strategy.events)
        self.invited = {i.title: strategy.goals_invited_to(i.title) for i in invitations}
        self.where = {g.id: tuple(g.where) for g in strategy.goals}
        self.last_days = {g.id: strategy.work_ends(g) for g in strategy.goals}
        #: What each group's members talk about; empty for a group open to every theme.
        self.group_topics = strategy.group_themes()
        #: The themes some group of the channel lists: the team has said where they are talked.
        self.listed_on: dict[str, frozenset[str]] = {}
        for (channel, _), topics in self.group_topics.items():
            self.listed_on[channel] = self.listed_on.get(channel, frozenset()) | topics
        #: The themes the groups a goal's places name list: what its people talk about.
        self.listed_for = {g.id: self._listed_for(g.id) for g in strategy.goals}
        self.named_after = NamedAfter(strategy.topic_nouns())
        self.month_goals: Counter[tuple[str, str]] = Counter()
        self.channel_goals: Counter[tuple[str, str, str]] = Counter()
        #: Work in groups per channel and goal: the goals that name groups take turns there.
        self.group_goals: Counter[tuple[str, str]] = Counter()
        self.month_topics: Counter[tuple[str, str, str]] = Counter()
        self.pairs: Counter[tuple[str, str, str]] = Counter()
        #: The same, per channel: a goal that meets every topic across the plan could still
        #: hear one of them in nearly every group question (15 of 26 on one channel).
        self.here: Counter[tuple[str, str, str, str]] = Counter()
        self.topic_total: Counter[tuple[str, str]] = Counter()
        self.group_use: Counter[tuple[str, str]] = Counter()
        self.places: dict[tuple[str, str], tuple[str, str]] = {}
        #: The day of each channel's latest own post on each topic.
        self.own_posts: dict[tuple[str, str], date] = {}
        #: The day of each channel's latest question to a group on each topic.
        self.group_questions: dict[tuple[str, str], date] = {}

    def _fresh_on(self, channel: str, topic: str, day: date) -> bool:
        """Whether the channel posted on the topic within :data:`TOPIC_REST_DAYS`."""
        last = self.own_posts.get((channel, topic))
        return last is not None and (day - last).days < TOPIC_REST_DAYS

    def _asked_lately(self, channel: str, topic: str, day: date) -> date:
        """When the channel's groups were last asked about the topic, if within the rest.

        A food truck asked the same neighbourhood group about vegan food that keeps people
        full twice in a week; where every topic was asked lately, the one asked longest ago
        comes first.
        """
        rested = day - timedelta(days=TOPIC_REST_DAYS)
        return max(self.group_questions.get((channel, topic), rested), rested)

    def next(self, entry: Placed) -> tuple[str, str, str]:
        """The goal, topic and group of the next entry that starts a piece of work."""
        strategy, month = self.strategy, f"{entry.start:%Y-%m}"
        # A goal whose offers and events are over has done its work (Strategy.work_ends).
        eligible = [
            g for g in strategy.goals_of(entry.channel) if self._open(g, entry.start.date())
        ] or strategy.goals_of(entry.channel)
        in_groups = self._place(entry.channel, entry.move)[1] == "groups"
        if in_groups:
            # Work in groups goes to the goals that name one of them, where any does: a
            # question about barista training has no place on a community noticeboard.
            eligible = [g for g in eligible if self._named_groups(g, entry.channel)] or eligible
        if entry.announce:
            # An invitation speaks to the people it is meant for: its hashtags and words follow
            # the goal that invites to it, else the goals its topics name.
            eligible = [g for g in eligible if g in self.invited[entry.announce]] or eligible
        # Each channel's goals take turns on it, then across the plan: a group channel serving
        # parents and student tutors works for both, whatever the other channels serve.
        # Those goals take turns at the group work itself first: counted only with the
        # channel's other work, one goal could lose every turn in the groups to another.
        goal = min(
            eligible,
            key=lambda g: (
                self.group_goals[(entry.channel, g)] if in_groups else 0,
                self.channel_goals[(entry.channel, month, g)],
                self.month_goals[(month, g)],
                self.goal_ids.index(g),
            ),
        )
        self.month_goals[(month, goal)] += 1
        self.channel_goals[(entry.channel, month, goal)] += 1
        self.group_goals[(entry.channel, goal)] += in_groups
        topic = self._topic(entry, goal)
        group = self._group(entry, goal, topic)
        # On a noticeboard people ask for help with anything: help there answers them, on no
        # theme of the team's.
        return goal, "" if self._board(entry, group, topic) else topic, group

    def _board(self, entry: Placed, group: str, topic: str) -> bool:
        """Whether a group hears about none of the team's themes, or not about this one.

        A noticeboard hears none. Nobody posts about the team's themes in a neighbourhood's
        own group (:func:`town_noticeboard`) that lists none, only about living there: a
        café's volunteers were sent there for posts about everyday English (r656). Asked a
        question of their own, its members answer on any theme.
        """
        if noticeboard(group):
            return True
        return (
            entry.move in FOUND_MOVES
            and not self.group_topics.get((entry.channel, group))
            and town_noticeboard(self.strategy, group)
            and not local_words(topic)
        )

    def _open(self, goal: str, day: date) -> bool:
        """Whether the goal's work goes on on ``day`` (:meth:`Strategy.work_ends`)."""
        last = self.last_days[goal]
        return last is None or day <= last

    def _topic(self, entry: Placed, goal: str) -> str:
        """The topic whose turn it is among those the move may have; "" when none fits."""
        move, day, channel = entry.move, entry.start.date(), entry.channel
        if move in NO_TOPIC or self._local(channel, move):
            return ""
        # Own posts and work in others' conversations take turns separately, so that the
        # team's posts are about its themes too, not only about what is left for them.
        pool = "own" if move in ANY_TOPIC else "theme"
        titles = [
            t
            for t in (self.all_topics if pool == "own" else self.themes)
            if self.season[t](day)
            and (not self.serves[t] or goal in self.serves[t])
            and not (pool == "theme" and self.talk[t] == "taste" and catalogue()[channel].work_talk)
            and not (move in HELP_MOVES and self.talk[t] == "story")
            and self._talked_about(entry, goal, t)
        ]
        if not titles and pool == "own":
            titles = self._others_in_season(entry, goal)
        # A goal whose people's groups all list their themes is about those: a landlords' forum
        # that talks about changing locks between tenants says what landlords talk about on
        # LinkedIn too, and lockouts at night are not it. Themes for no goal stay out.
        listed = self.listed_for[goal]
        if listed:
            titles = [
                t for t in titles if t in listed or self.serves[t] or t not in self.themes
            ] or titles
        # The goal's own groups are its people's place: the topics meant for that goal get
        # extra turns there, so the parents' group hears mostly about apprenticeships.
        own_group = self._place(channel, move)[1] == "groups" and self._named_groups(goal, channel)
        # A question to the goal's own group on a theme for everyone, where the goal's own
        # topics have questions for its people, asks one of those on no topic instead.
        # Only while one of them is left to ask: once each has been asked in the weeks it
        # rests, the post takes a theme. A club volunteers' group was asked which walk it would
        # show a newcomer, its goal's one question having been put a week before (r602).
        if (
            move in GROUP_QUESTIONS
            and own_group
            and self._own_left(channel, goal, day)
            and not any(goal in self.serves[t] for t in titles)
        ):
            self.own_asked.setdefault((channel, goal), []).append(day)
            return ""
        mine = [t for t in titles if goal in self.serves[t]] if move in FOUND_MOVES else []
        if own_group and mine:
            # Their turns are counted apart: counted with the group's questions, they would
            # leave those to the topics that name no goal.
            titles, pool = mine, "found"
        if not titles:
            return ""
        month = f"{day:%Y-%m}"
        topic = min(
            titles,
            key=lambda t: (
                pool == "own" and self._fresh_on(channel, t, day),
                move in GROUP_QUESTIONS and self._asked_lately(channel, t, day),
                self.here[(pool, channel, goal, t)]
                - (GOAL_GROUP_TURNS if own_group and goal in self.serves[t] else 0),
                self.pairs[(pool, goal, t)],
                self.month_topics[(pool, month, t)],
                self.topic_total[(pool, t)],
                self.rank[t],
            ),
        )
        if pool == "own":
            self.own_posts[(channel, topic)] = day
        if move in GROUP_QUESTIONS:
            self.group_questions[(channel, topic)] = day
        self.month_topics[(pool, month, topic)] += 1
        self.pairs[(pool, goal, topic)] += 1
        self.here[(pool, channel, goal, topic)] += 1
        self.topic_total[(pool, topic)] += 1
        return topic

    def _others_in_season(self, entry: Placed, goal: str) -> list[str]:
        """For an own post whose goal has no topic in season, those of the channel's other goals.

        A café's newsletter wrote in March "about the most useful thing you learned this
        month", its goal's one topic being winter soups (r604): the channel's readers came
        for the gardening too.
        """
        day, channel = entry.start.date(), entry.channel
        others = set(self.strategy.goals_of(channel)) - {goal}
        return [
            t
            for t in self.all_topics
            if self.season[t](day)
            and self.serves[t] & others
            and self._talked_about(entry, goal, t)
        ]

    def _own_left(self, channel: str, goal: str, day: date) -> bool:
        """Whether a question of the goal's own topics is left for its group on ``day``."""
        rested = day - timedelta(days=QUESTION_REST_DAYS)
        asked = [d for d in self.own_asked.get((channel, goal), ()) if d > rested]
        return len(asked) < self.own_questions[goal]

    def _listed_for(self, goal: str) -> frozenset[str]:
        """The themes of the goal's groups, when each lists them; else none (any theme)."""
        listed = [
            self.group_topics[(channel, group)]
            for channel in self.strategy.groups
            for group in self._named_groups(goal, channel)
        ]
        return frozenset().union(*listed) if all(listed) else frozenset()

    def _named_groups(self, goal: str, channel: str) -> list[str]:
        """The channel's groups the goal's places name ("the Facebook group …")."""
        return named_groups(self.where.get(goal, ()), self.strategy.group_names(channel))

    def _groups_for(self, goal: str, channel: str) -> list[str]:
        """The groups the goal's work on the channel goes to: those it names, else all."""
        return self._named_groups(goal, channel) or self.strategy.group_names(channel)

    def _talked_about(self, entry: Placed, goal: str, topic: str) -> bool:
        """Whether one of the goal's groups talks about ``topic``, for work in groups."""
        if self._place(entry.channel, entry.move)[1] != "groups":
            return True
        groups = self._groups_for(goal, entry.channel)
        return not groups or any(self._talks(entry.channel, g, topic) for g in groups)

    def _talks(self, channel: str, group: str, topic: str) -> bool:
        """A group that lists its themes hears only about them; one that lists none, any other.

        A theme another group of the channel lists goes there: first pressings to the
        collectors' group that names them, not to the gig guide that names nothing.
        """
        listed = self.group_topics[(channel, group)]
        if listed:
            return topic in listed
        return topic not in self.listed_on.get(channel, frozenset())

    def _elsewhere(self, entry: Placed, topic: str) -> list[str]:
        """The channel's other groups that talk about a theme none of the goal's groups hears.

        A canal trust's volunteers' goal named the town's noticeboard and a walkers' group
        that lists other themes: talk about volunteering in retirement went to "one of the
        groups you joined", though its volunteers' group open to any theme was listed (r445).
        """
        if not topic or entry.move in HELP_MOVES:
            return []
        others = [
            g for g in self.strategy.group_names(entry.channel) if not self._board(entry, g, topic)
        ]
        return self._by_topic(entry.channel, others, topic)

    def _by_topic(self, channel: str, groups: list[str], topic: str) -> list[str]:
        """The groups that talk about ``topic``, those named after it first.

        A group open to every theme but named after another topic it hears about comes last.
        """
        if not topic:
            return groups
        talking = [g for g in groups if self._talks(channel, g, topic)]
        return (
            [g for g in talking if topic in self.named_after(g)]
            or [
                g for g in talking if self.group_topics[(channel, g)] or not self._named(channel, g)
            ]
            or talking
        )

    def _named(self, channel: str, group: str) -> bool:
        """Whether a group is named after a topic it hears about.

        "Wheelchair Travel UK" shares a word with "Trains with a wheelchair", a theme another
        group lists: named after a topic it never gets, it would come last for every other
        one, and never get work at all.
        """
        return any(self._talks(channel, group, t) for t in self.named_after(group))

    @staticmethod
    def _local(channel: str, move: str) -> bool:
        """Neighbourhood pages and groups talk about the area, not about a team's subject."""
        place = channel_places(channel).place_of(move)
        return place is not None and place.local

    def place(self, channel: str, move: str) -> str:
        """The id of the place the move happens at on the channel; "" for a review."""
        return self._place(channel, move)[0]

    def _place(self, channel: str, move: str) -> tuple[str, str]:
        """The place's id and kind, looked up once per channel and move."""
        key = (channel, move)
        if key not in self.places:
            found = channel_places(channel).place_of(move)
            self.places[key] = (found.id, found.kind) if found else ("", "")
        return self.places[key]

    def _group(self, entry: Placed, goal: str, topic: str) -> str:
        """A named group, taking turns, for work that happens in groups; else "".

        The groups the goal names among its places come first: a recruiting goal's work
        goes to the beekeepers' group, not to the local shopping group. Among those, a group
        named after the topic comes first, one named after another topic last, and one that
        lists other themes never gets it: a question about meadows belongs in the gardeners'
        group, not the beekeepers'. A noticeboard gets no theme but help for its members.
        """
        if entry.move == "find-groups" or self._place(entry.channel, entry.move)[1] != "groups":
            return ""
        groups = self._groups_for(goal, entry.channel)
        boards: list[str] = []
        if topic and entry.move not in HELP_MOVES:
            # A noticeboard's members post notices and ask for help; a theme is talked about
            # in the other groups, where there are any (:meth:`next` drops it from help). They
            # go first: ordered by topic first, a parents' group named after another topic
            # lost every theme to the town's noticeboard, and got no work at all (r434).
            boards = [g for g in groups if self._board(entry, g, topic)]
            groups = [g for g in groups if g not in boards] or groups
        # Where none of the others hears the theme, the noticeboard gets the work, on no theme
        # (:meth:`next`): a tax-help club's question on taxes in retirement went to „einer
        # deiner Gruppen“, none of which heard it (r557).
        groups = (
            self._by_topic(entry.channel, groups, topic)
            or self._elsewhere(entry, topic)
            or self._by_topic(entry.channel, boards, topic)
        )
        if not groups:
            return ""
        group = min(groups, key=lambda g: (self.group_use[(entry.channel, g)], groups.index(g)))
        self.group_use[(entry.channel, group)] += 1
        return group
