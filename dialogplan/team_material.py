"""The team's own material, spread over the plan: its questions, its places, its seed.

A topic's questions take turns and rest on a channel after use, a goal's places are offered
only on the channels they belong to, and each client's seed keeps two plans of one agency
from walking through the same wordings in the same order.
"""

from __future__ import annotations

import re
import zlib
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from datetime import date, timedelta
from functools import cache
from importlib.resources import files
from types import MappingProxyType

import yaml

from dialogplan.calendar_hooks import INVITE_DAYS
from dialogplan.catalogue import catalogue
from dialogplan.entry import Entry
from dialogplan.goal_people import from_a_place
from dialogplan.names import (
    local_words,
    neighbourhood,
    noticeboard,
    without_noticeboard_words,
)
from dialogplan.places import channel_places
from dialogplan.prompt_text import names_event
from dialogplan.question_shapes import asks_the_person, asks_the_team, talk_of, tells
from dialogplan.seasons import asked_in, past_its_feast
from dialogplan.strategy import Event, Offer, Strategy, Topic
from dialogplan.voice import speaks_as
from dialogplan.word_stems import long_words, whole_words, word_stems

#: The days a question about an offer or event may be asked: from, until (None: open).
Windows = Mapping[str, Sequence[tuple[date | None, date | None]]]

#: The team's own posts, which may ask its question about an offer or event, and their
#: reply rounds, which take up the topic's next question.
OWN_QUESTION_MOVES = frozenset({"ask", "story", "article", "reply"})
#: Moves whose prompts put one of the team's questions to people. A comment under someone
#: else's post asks one where it fits the post: reviewers marked its stock lines ("What led
#: you to that?") down beside the team's own questions. So does a share put to the team's
#: followers (``shares_ask_followers``), where "What's your experience with this?" fell flat.
#: Listening asks about what it finds, and would only use a question up. A note before a short
#: break asks one where nothing after the break has its own (``Contexts._away_asks``).
TEAM_QUESTION_MOVES = OWN_QUESTION_MOVES | {
    "group-ask",
    "connect",
    "thank",
    "comment",
    "share",
    "away",
}
#: Moves whose question is heard in the thread under one post, not by everyone who follows.
UNDER_A_POST_MOVES = frozenset({"comment"})
#: Moves whose question rides on someone else's piece: it asks about the people reading it,
#: never about the team, and never one people ask the team.
ON_OTHERS_PIECES_MOVES = frozenset({"comment", "share"})
#: Moves whose question follows up a thread with the people who answered, not a new post.
THREAD_MOVES = frozenset({"reply", "thank"})
#: Moves that put the team's question to everyone who reads the post.
POSTED_QUESTION_MOVES = frozenset({"ask", "group-ask"})
#: Days a topic's own question rests among the people who heard it (:func:`audience_of`):
#: past a month's posts, so nobody reads it twice soon, yet short enough that a quarter asks
#: the team's own questions far more often than a stock line.
QUESTION_REST_DAYS = 42
#: Days a question asked in one of the team's own posts rests on all its channels: a local
#: audience follows the team on Facebook and Instagram alike, and reads the same question
#: twice in a fortnight as a plan repeating itself.
ACROSS_CHANNELS_REST_DAYS = 14
#: Days a question asked as a follow-up in a thread rests for the next posts to the same
#: people: a parents' group that read it under one post in August, and as a post of its own
#: two weeks later, saw a plan repeating itself (a village hall's film group, three weeks
#: later). Shorter than a post's rest: a topic's few questions must still reach the posts.
THREAD_REST_DAYS = 28
#: Days a question rests in a group the team posted it to: its members read every post there,
#: and the same question six weeks later read as a plan repeating itself to a chess club's
#: and a pharmacy's reviewers (r274, r279). Longer than a quarter.
GROUP_REST_DAYS = 98
#: A question that speaks of the team ("our", „bei uns“) is for its own posts; one that asks
#: only about the people asked may go to a group when the group's question has no topic.
_ABOUT_THE_TEAM = re.compile(r"\b(?:we|our|ours|us|wir|uns|unser\w*)\b", re.IGNORECASE)
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


#: A place that is a group or community ("the Facebook group …", „die Gruppe …“).
GROUP = re.compile(r"\b(?:groups?|gruppen?)\b", re.IGNORECASE)


#: Words that make a question one about the place where people live: a noticeboard's
#: members answer those.
_HERE = re.compile(
    r"\b(round here|around here|nearby|locally|in (the|our) (village|town|area)|hier in der"
    r"|bei uns im (ort|dorf|viertel)|in der gegend|vor ort|im ort|im dorf|hier bei uns)\b"
)


def named_groups(where: Sequence[str], groups: Sequence[str]) -> list[str]:
    """The groups a goal's places name: "the Facebook group Eltern in Kiel" names its group."""
    places = " ".join(where).casefold()
    return [g for g in groups if g.casefold() in places]


#: A place made of pages, which only these platforms have.
_PAGES = re.compile(r"\b(?:pages?|Seiten?)\b", re.IGNORECASE)
PAGE_PLATFORMS = frozenset({"facebook", "linkedin", "xing"})


def names_pages(place: str) -> bool:
    """Whether a goal's place is pages ("die Seiten der Grazer Elternvereine"), not groups."""
    return not place.startswith("#") and bool(_PAGES.search(place)) and not GROUP.search(place)


def reachable_from(channel: str, place: str) -> bool:
    """Whether a goal's place can be visited from ``channel``.

    A place that names a platform belongs to it: a Facebook group is no place to look for
    Instagram comments, and a fediverse handle is no Instagram account. A hashtag belongs to
    every channel whose people browse by hashtag: on a Facebook page nobody looks for
    conversations that way. Pages ("the pages of local holiday cottages") are Facebook's,
    LinkedIn's and XING's: Instagram has accounts.
    """
    named = {(m.group(1) or "reddit").lower() for m in PLATFORMS.finditer(place)}
    if FEDIVERSE_HANDLE.search(place):
        named.add("mastodon")
    if not named and not place.startswith("#") and _PAGES.search(place):
        named = set(PAGE_PLATFORMS)
    if named:
        return channel.split("-", maxsplit=1)[0] in named
    return not place.startswith("#") or catalogue()[channel].found_by_hashtag


def client_seed(client: str) -> int:
    """A number of the client's own, the same on every run.

    Built-in templates add it to ``turn``, so two teams' plans do not walk through the same
    wordings in the same order.
    """
    return zlib.crc32(client.encode("utf-8")) % CLIENT_SEEDS


def asked_before(entries: Sequence[Entry], questions: Sequence[str]) -> list[int | None]:
    """For each post that asks one of the team's questions, the last earlier post that asked it.

    A topic has a question or two, so a quarter asks each on several channels in turn: read
    side by side, the second asking looked like a plan repeating itself. Said aloud, it is a
    thread: the answers the question got before are the best way in the second time, those
    of the same people where they heard it before. ``questions`` is
    :func:`questions_in_turn`'s answer for ``entries``.
    """
    found: list[int | None] = [None] * len(entries)
    last: dict[str, int] = {}
    here: dict[tuple[str, str], int] = {}
    for i in sorted(range(len(entries)), key=lambda i: entries[i].start):
        entry, question = entries[i], questions[i]
        if question and _followed_up(entry):
            # A follow-up in a thread was heard there too: a parents' group that read it
            # under one post, and as a post of its own four weeks later, read a plan
            # repeating itself until the post went back to the thread (r390).
            here[(audience_of(entry), question)] = i
        elif question and entry.move in POSTED_QUESTION_MOVES and not entry.follows_up:
            # The same people's answers first: a garden group asked again in August heard
            # it in May, whatever Instagram was asked since.
            audience = (audience_of(entry), question)
            found[i] = here.get(audience, last.get(question))
            last[question] = here[audience] = i
    return found


def _followed_up(entry: Entry) -> bool:
    """Whether the entry put its question to a thread's people as a follow-up.

    Not where it is a contact's: a thank-you to one person asks them, not the group (r395
    writer: a post pointed to answers from a day the group was asked nothing).
    """
    return (
        entry.move in THREAD_MOVES
        and not entry.contact_row
        and bool(entry.follows_up or entry.continues)
    )


def questions_for_its_people(strategy: Strategy, goal: str) -> tuple[str, ...]:
    """The questions a goal's own group may be asked on no topic, in the strategy's order.

    Those of the topics that name the goal, where any has one (:func:`goals_own_questions`);
    else those of every topic serving it.
    """
    serving = [t for t in strategy.topics if goal in strategy.goals_of_topic(t)]
    return goals_own_questions(strategy, goal) or _for_people(strategy, serving)


def goals_own_questions(strategy: Strategy, goal: str) -> tuple[str, ...]:
    """The questions of the topics that name the goal, for its people to answer.

    A teachers' group named for school visits was asked where its members had seen the
    finest apple blossom, while „Was braucht eine Klasse, damit ein Vormittag im Freien gut
    gelingt?“ was theirs.
    """
    return _for_people(strategy, [t for t in strategy.topics if goal in t.goals])


def _for_people(strategy: Strategy, topics: Sequence[Topic]) -> tuple[str, ...]:
    """The topics' questions that ask people about themselves.

    Never one about the team, nor one people ask it.
    """
    return tuple(
        q
        for t in topics
        for q in t.questions
        if not asks_about_the_team(q) and not asks_the_team(q, strategy.language)
    )


def puts_a_question(entry: Entry) -> bool:
    """Whether the entry's prompt puts one of the team's questions to people, where it has one.

    A share does so only where it is put to the team's followers (``shares_ask_followers``);
    elsewhere its question goes to the piece's author.
    """
    if entry.move == "share":
        return catalogue()[entry.channel].shares_ask_followers
    return entry.move in TEAM_QUESTION_MOVES


def asks_about_the_team(question: str) -> bool:
    """Whether ``question`` is about the team's own work: "What should we fix next?"."""
    return bool(_ABOUT_THE_TEAM.search(question))


def fits_under_others(question: str, language: str) -> bool:
    """Whether ``question`` may go under a stranger's post: it asks about them, not the team.

    Never "What should we fix next?", and never one that addresses nobody ("Should shops put
    leftovers online the same evening?"), unless it asks for a pick: "Which cosy game had the
    best farm animals, and why?" asks for the reader's own, with or without a "you" (r656,
    r658 writers).
    """
    if asks_about_the_team(question):
        return False
    return asks_the_person(question, language) or talk_of(question, language) == "taste"


def questions_in_turn(
    strategy: Strategy,
    entries: Sequence[Entry],
    silent: AbstractSet[int] = frozenset(),
    seeking: Mapping[int, str] = MappingProxyType({}),
) -> list[str]:
    """For each entry, one of its topic's own questions, in turn and in date order; or "".

    Only entries that put a question to people get one (:data:`TEAM_QUESTION_MOVES`). In the
    team's own posts, the questions of the offers and events that list the topic count as its
    own while they are current, for the goals they are meant for. A question that names a month
    or season is asked only then, and one that says „du“ or „Sie“ only on channels that address
    people so. A question rests where it was heard (a channel's feed, one of its groups, its
    groups found, the posts of others, its messages) for :data:`QUESTION_REST_DAYS` after it was
    asked there (a follow-up in a reply round or a thank-you, heard by those who read the
    thread, rests for follow-ups, and for posts only :data:`THREAD_REST_DAYS`; posted to one of
    its groups, for :data:`GROUP_REST_DAYS`): the next one of
    the topic takes its place, and when all rest the entry gets none (its template has lines of
    its own). A question to a group on no topic (a group not named after one) takes the
    questions of its goal's topics that ask about the members, not about the team. A reply round
    gets the topic's next timely question after its post's that does not rest on the channel
    (never an offer's or event's: in the open thread a booking question reads as a pitch), to
    take the conversation one step further with the people who answered, and it rests from then
    on; none where the topic has no other. Under a shared piece, whose question went to its
    author, the round takes the topic's question in turn. The entries at the indices in
    ``silent`` ask none and use none up: a story told about an event just gone closes on what
    people took from it. Those in ``seeking``, group posts that say whom the team looks for,
    ask the question given there and use none up either.
    """
    turns = _Turns(strategy)
    found = [""] * len(entries)
    by_uid = {entry.uid: i for i, entry in enumerate(entries)}
    for i in sorted(range(len(entries)), key=lambda i: entries[i].start):
        if i in seeking:
            found[i] = seeking[i]
            continue
        if i in silent:
            continue
        entry = entries[i]
        post = by_uid.get(entry.follows_up) if entry.follows_up else None
        # A shared piece put its question to the author, not to the team's followers: the
        # people commenting under it get the topic's question in turn, not a form line.
        shared = post is not None and entries[post].move == "share" and not found[post]
        found[i] = turns.ask(entry, None if shared or post is None else found[post])
    return found


class _Turns:
    """The team's questions by topic, which of them each channel asked when, and whose turn."""

    def __init__(self, strategy: Strategy) -> None:
        self.strategy = strategy
        #: The names in the team's area, in lower case: a question naming one is local.
        self.area_words = tuple(w.casefold() for w in long_words(strategy.area or "", 4))
        self.questions = {t.title: t.questions for t in strategy.topics if t.questions}
        #: The months a topic's questions are asked in, where it names some: asked on no
        #: topic, for a group, they keep to them ("Which clock never gets changed when the
        #: clocks go forward?" went to a villages group in May, r337).
        self.season = {
            q: frozenset(t.months) for t in strategy.topics if t.months for q in t.questions
        }
        # The team's question about an offer or event belongs in its own posts on the topics
        # it lists, while the offer runs or in the weeks the event is invited to: a post about
        # the puppy classes can ask what people would most like their puppy to learn.
        self.own = dict(self.questions)
        # Events of a series may share a question: it is timely in the weeks before each.
        self.windows: dict[str, list[tuple[date | None, date | None]]] = {}
        #: The goals an offer's or event's question, added to a topic, is asked for: a
        #: translator's Bluesky, kept for her peers, asked its followers the clients' question.
        self.meant_for: dict[tuple[str, str], frozenset[str]] = {}
        items: list[Offer | Event] = [*strategy.offers, *strategy.events]
        self.of_item = _announced_questions(strategy)
        for item in items:
            if not item.question:
                continue
            self.windows.setdefault(item.question, []).append(
                (item.date - timedelta(days=INVITE_DAYS), item.date)
                if isinstance(item, Event)
                else (item.start, item.until)
            )
            for topic in item.topics:
                if item.question not in self.own.get(topic, ()):
                    self.own[topic] = (*self.own.get(topic, ()), item.question)
                    self.meant_for[(topic, item.question)] = strategy.goals_invited_to(item.title)
        self._until_named_events(strategy)
        #: For a group's question on no topic: the questions of the goal's topics that ask
        #: about the members' own experience, not about the team.
        self.of_goal = {
            goal.id: questions_for_its_people(strategy, goal.id) for goal in strategy.goals
        }
        #: Whom each goal is about, in the strategy's words.
        self.who = {g.id: g.who or "" for g in strategy.goals}
        #: The goals whose people come from a place of their own ("Familien aus Berlin").
        self.from_elsewhere = frozenset(
            g.id for g in strategy.goals if g.who and from_a_place(g.who)
        )
        #: The themes of each group that lists its own: its members hear of nothing else.
        self.group_themes = {
            key: themes for key, themes in strategy.group_themes().items() if themes
        }
        #: The questions of the themes a channel's groups list, kept from its other groups.
        self.listed: dict[str, set[str]] = {}
        for (channel, _), themes in self.group_themes.items():
            for theme in themes:
                self.listed.setdefault(channel, set()).update(self.questions.get(theme, ()))
        self.seen: Counter[str] = Counter()
        self.asked: dict[tuple[str, str], date] = {}
        #: The day each question was last asked in an own post, on any channel.
        self.posted: dict[str, date] = {}

    def _until_named_events(self, strategy: Strategy) -> None:
        """A topic's question that names one of the team's events is asked up to its day.

        „Welche Spaßkonkurrenz wollt ihr bei der Vereinsmeisterschaft sehen?“ went out two
        days after the championship (r378). Of a series, up to its last.
        """
        for topic in strategy.topics:
            for question in topic.questions:
                if question in self.windows:
                    continue  # an offer's or event's own: its days are set
                days = [e.last_day for e in strategy.events if names_event(question, e)]
                if days:
                    self.windows[question] = [(None, max(days))]

    def ask(self, entry: Entry, posts: str | None) -> str:
        """The entry's question, the next after ``posts`` where that is not None.

        ``posts`` is the question of the post a reply round follows ("" where it asked none);
        None for a post, and for a round under a shared piece, which asks in turn.

        An announcement asks none of them, but ends with its event's or offer's own question,
        which rests among its readers from then on.
        """
        if entry.announce:
            self._announced(entry)
            return ""
        pool = self._pool(entry)
        if not pool and not self._asks_the_place(entry):
            return ""
        day = entry.start.date()
        heard = _heard(entry)
        own = _own_post(entry)
        if posts is not None:
            resting = {q for q in pool if self._resting(heard, q, day)}
            found = _next(pool, posts, day, self.windows, resting, self.season)
        else:
            found = self._in_turn(entry, pool, entry.topic or f"goal {entry.goal}")
            if not found and self._asks_the_place(entry):
                found = self._in_turn(entry, local_questions(self.strategy.language), "place")
        if found:
            self.asked[(heard[0][0], found)] = day
            # A question posted to a group is read by the followers of the team's own channels
            # too: a bowling club asked its town's group and its Instagram the same question
            # on one day (r396).
            if own or (entry.group and entry.move in POSTED_QUESTION_MOVES):
                self.posted[found] = day
        return found

    def _in_turn(self, entry: Entry, pool: tuple[str, ...], key: str) -> str:
        """The next question of ``pool`` whose turn it is under ``key`` and which is free."""
        day, heard = entry.start.date(), _heard(entry)
        own = _own_post(entry)
        turn = self.seen[key]
        later = [pool[(turn + k) % len(pool)] for k in range(len(pool))]
        free = [
            q
            for q in later
            if _timely(q, day, self.windows, self.season)
            and not self._resting(heard, q, day)
            and not (own and self._posted_lately(q, day))
        ]
        strict = _heard(entry, strict=True)
        found = next((q for q in free if not self._resting(strict, q, day)), "")
        found = found or next(iter(free), "")
        self.seen[key] += bool(found)
        return found

    def _asks_the_place(self, entry: Entry) -> bool:
        """Whether a group on no topic, its goal's questions all resting, is asked about the place.

        Its people live in the team's area (the goal's ``who`` names no other place of theirs),
        so what only people who live there know is theirs to answer; not where they trade
        horses (a noticeboard named after a subject), nor a trade's group from all over (r611:
        :func:`local_group`). Chosen here, the reply round quotes it: picked by the template,
        "your question from earlier today" named nothing (r500).
        """
        return (
            entry.move == "group-ask"
            and not entry.topic
            and local_group(self.strategy, entry.group, self.who.get(entry.goal, ""))
            and entry.goal not in self.from_elsewhere
            and not self.group_themes.get((entry.channel, entry.group))
            and not (
                noticeboard(entry.group)
                and not town_noticeboard(self.strategy, entry.group)
                and not self._board_of_its_people(entry)
            )
        )

    def _board_of_its_people(self, entry: Entry) -> bool:
        """Whether a noticeboard is named after the goal's people: its town's parents, say.

        The "Ettleburn Parents Noticeboard" got a tip for a rainy Sunday picked by the
        template, and the reply round that evening could not say what had been asked (r524).
        Whole words only: „Pferde Uelzen sucht und findet“ names the horses its
        „Pferdebesitzerinnen“ trade, not them, and hears the goal's questions.
        """
        goal = next((g for g in self.strategy.goals if g.id == entry.goal), None)
        if goal is None or not goal.who:
            return False
        named = whole_words(without_noticeboard_words(entry.group))
        named -= whole_words(self.strategy.area or "")
        return bool(named) and named <= whole_words(goal.who)

    def _announced(self, entry: Entry) -> None:
        """The announced offer's or event's own question rests among its readers from now."""
        if question := self.of_item.get(entry.announce, ""):
            day = entry.start.date()
            self.asked[(_heard(entry)[0][0], question)] = day
            self.posted[question] = day

    def _posted_lately(self, question: str, day: date) -> bool:
        """Whether an own post on any channel asked ``question`` in the last two weeks."""
        last = self.posted.get(question)
        return last is not None and day - last < timedelta(days=ACROSS_CHANNELS_REST_DAYS)

    def _pool(self, entry: Entry) -> tuple[str, ...]:
        """The questions the entry may ask, in the register its channel speaks."""
        if not puts_a_question(entry):
            return ()
        if entry.move == "group-ask" and not entry.topic:
            pool = self._of_goal_in_group(entry)
        elif entry.move == "away" and not entry.topic:
            # The note before a break asks the goal's people about themselves (as a group on
            # no topic does), never about the team: its answers wait for the team's return.
            pool = self.of_goal.get(entry.goal, ())
        else:
            # A reply round's next question is asked in the open thread: a booking question
            # ("a weekday evening or Saturday morning slot?") there reads as a sales pitch.
            own = entry.move in OWN_QUESTION_MOVES and entry.move not in THREAD_MOVES
            pool = (self.own if own else self.questions).get(entry.topic, ())
        sie = self.strategy.says_sie(entry.channel)
        # A question people ask the team is answered in its own question post, never put to
        # a group, a thread or one person: "What should I wear to a pottery class?" asked of
        # a makers' group reads as if the studio did not know. Quoted there as people ask it,
        # it may say „du“ on a channel that says „Sie“.
        language = self.strategy.language
        # Under a stranger's post, the question is about them: never about the team ("What
        # should we fix next?"), and never one that addresses nobody.
        under = entry.move in ON_OTHERS_PIECES_MOVES or _under_a_strangers_post(entry)
        # "Did you know …?" draws "no", and the thread ends there: never asked (the check says
        # so, ``telling-question``).
        month = entry.start.month
        return tuple(
            q
            for q in pool
            if not tells(q, language)
            and month in self.season.get(q, (month,))
            and (entry.move == "ask" if asks_the_team(q, language) else speaks_as(q, sie))
            and self._meant_for(entry, q)
            and not (under and not fits_under_others(q, language))
        )

    def _meant_for(self, entry: Entry, question: str) -> bool:
        """Whether an offer's or event's question on the entry's topic is for its goal."""
        goals = self.meant_for.get((entry.topic, question))
        return not goals or entry.goal in goals

    def _of_goal_in_group(self, entry: Entry) -> tuple[str, ...]:
        """The goal's questions for a group on no topic, kept to the group's themes if it lists any.

        „Dinghy Instructors UK Jobs“, kept to teaching sailing as a summer job, was asked what
        its members remembered of their first time at the helm: a learner's question. Where
        the goal has none among them, the themes' own: a family days-out group that lists
        getting children outdoors was asked nothing at all (r286). A town's noticeboard is
        asked only what people of the place know: the goal's questions that name the area,
        then :func:`local_questions`. Another group that lists none is not asked those of the themes
        another group of the channel lists (a pet sitter's ticks question went to a town's
        wanted-and-offered group, not to the dog owners' group that listed ticks), unless the
        goal has no others: a parents' group was otherwise asked the same line about walks
        twice (r291).
        """
        pool = self.of_goal.get(entry.goal, ())
        themes = self.group_themes.get((entry.channel, entry.group))
        if themes:
            topics = [t for t in self.strategy.topics if t.title in themes]
            allowed = _for_people(self.strategy, topics)
            return tuple(q for q in pool if q in allowed) or allowed
        listed = self.listed.get(entry.channel, set())
        if town_noticeboard(self.strategy, entry.group):
            local = (q for q in pool if self._local(q) and q not in listed)
            return (*local, *local_questions(self.strategy.language))
        return tuple(q for q in pool if q not in listed) or pool

    def _local(self, question: str) -> bool:
        """Whether a question is about the place, the only kind a noticeboard is asked.

        A GP practice asked „Ehrenbach sucht und findet“ about the e-prescription; "Where do
        men round here go for company?" is a question for the village.
        """
        text = question.casefold()
        return bool(_HERE.search(text)) or any(w in text for w in self.area_words)

    def _resting(self, heard: tuple[tuple[str, int], ...], question: str, day: date) -> bool:
        """Whether a question rests where an entry heard as ``heard`` would ask it."""
        return any(
            (last := self.asked.get((where, question))) is not None and (day - last).days < rest
            for where, rest in heard
        )


def _under_a_strangers_post(entry: Entry) -> bool:
    """Whether a connect round happens in public, under the posts of people it follows.

    There its question is the first comment under a stranger's post, as a comment round's is.
    """
    place = channel_places(entry.channel).place_for(entry.move, entry.place)
    return entry.move == "connect" and place is not None and place.kind == "others"


def town_noticeboard(strategy: Strategy, group: str) -> bool:
    """Whether a group is its town's noticeboard, named after nothing the topics are about.

    „Pferde Uelzen sucht und findet“ is where horse owners post what they look for and
    offer: a farrier asked it which bench was its members' favourite spot (r427). A
    noticeboard named after a subject of the topics is a market of the team's own people,
    asked and helped as any group is; a town's is asked what people of the place know.
    So is a neighbourhood's own group (:func:`neighbourhood`) named after nothing else.
    """
    if not (noticeboard(group) or neighbourhood(group)):
        return False
    subjects = frozenset[str]().union(
        *(word_stems(" ".join((t.title, t.short or "", *t.questions))) for t in strategy.topics)
    )
    named = word_stems(without_noticeboard_words(group)) - word_stems(strategy.area or "")
    return not named & subjects


def local_group(strategy: Strategy, group: str, who: str = "") -> bool:
    """Whether a group is about the team's place, for the people of a goal (``who``).

    Its town's noticeboard, one whose name places it where its members live („Nachbarn im
    Leddental“, „Eltern in Hollerbach“), or any group of a goal whose people the strategy
    does not describe, or describes as of the place. „Medizinübersetzer im Austausch“, a
    trade's group from all over for a goal of medical translators, was asked where its
    members drink the best coffee round here (r611).
    """
    if not group:
        return False
    area, named = word_stems(strategy.area or ""), word_stems(group)
    # The team's town in a name that also names the goal's people is a field's group there:
    # the „Greater Manchester Small Charities Network“ was asked where its members go when it
    # rains at the weekend (r668).
    field = bool((named - area) & word_stems(who))
    by_name = (
        town_noticeboard(strategy, group)
        or local_words(group)
        or (bool(area & named) and not field)
    )
    return by_name or not who or local_words(who) or bool(area & word_stems(who))


@cache
def local_questions(language: str) -> tuple[str, ...]:
    """Questions only people of a place can answer, for its noticeboard.

    From ``dialogplan/data/local_questions.yaml``.
    """
    text = files("dialogplan.data").joinpath("local_questions.yaml").read_text(encoding="utf-8")
    return tuple(yaml.safe_load(text)[language])


def _announced_questions(strategy: Strategy) -> dict[str, str]:
    """The own question of each offer and event, by title, which its announcement asks."""
    return {item.title: item.question or "" for item in (*strategy.offers, *strategy.events)}


def resting_hook_questions(
    strategy: Strategy,
    entries: Sequence[Entry],
    questions: Sequence[str],
    hook_question: Callable[[Entry], str],
) -> frozenset[int]:
    """The entries whose event's own question (``hook_question``) rests among their readers.

    An own post in the days before an event may end with the event's question; so does its
    announcement, and a series of events may share it. „Was müsste ein Kollektiv bieten, damit
    du mitmachst?“ went out on one Instagram account four times in twelve weeks. Announcements
    and the team's questions in turn (``questions``) count as asked, and the question rests
    for :data:`QUESTION_REST_DAYS` among the people who heard it.
    """
    of_item = _announced_questions(strategy)
    last: dict[tuple[str, str], date] = {}
    resting: set[int] = set()
    for i in sorted(range(len(entries)), key=lambda i: entries[i].start):
        entry = entries[i]
        day, where = entry.start.date(), audience_of(entry)
        asked = [of_item.get(entry.announce, "") if entry.announce else questions[i]]
        if _own_post(entry) and (hooked := hook_question(entry)):
            seen = last.get((where, hooked))
            if seen is not None and (day - seen).days < QUESTION_REST_DAYS:
                resting.add(i)
            else:
                asked.append(hooked)
        last.update(((where, question), day) for question in asked if question)
    return frozenset(resting)


def _heard(entry: Entry, *, strict: bool = False) -> tuple[tuple[str, int], ...]:
    """Where the entry's question is heard, first, and where it rests, for how many days.

    A thread's follow-up rests after posts and follow-ups; a post's question after posts,
    and for :data:`THREAD_REST_DAYS` after a follow-up among the same people. ``strict``: in
    a group, a question rests as long after a thread or a post there as after a post;
    :meth:`_Turns.ask` prefers one that does, where any is free (a chefs' group read the
    team's question under a member's post seven weeks after it was posted, and a parents'
    group a thread's follow-up as a post four weeks later, r391, r390, r403).
    """
    audience = audience_of(entry)
    post, thread = f"{audience} post", f"{audience} thread"
    posted = GROUP_REST_DAYS if entry.group else QUESTION_REST_DAYS
    if _heard_in(entry) == "thread":
        return ((thread, QUESTION_REST_DAYS), (post, posted if strict else QUESTION_REST_DAYS))
    followed = GROUP_REST_DAYS if strict and entry.group else THREAD_REST_DAYS
    return ((post, posted), (thread, followed))


def _own_post(entry: Entry) -> bool:
    """Whether the entry is a post of the team's own, seen by its followers on that channel."""
    if entry.group or _heard_in(entry) != "post" or entry.move in THREAD_MOVES:
        return False
    place = channel_places(entry.channel).place_for(entry.move, entry.place)
    return place is None or place.kind == "own"


def _heard_in(entry: Entry) -> str:
    """Where a question is heard: in a "thread" or in a "post".

    A follow-up to those who answered a post, or a comment under someone else's post, is
    heard in its thread, and a later post may still ask it; everything else is heard as a
    post. A newsletter's few readers read every issue and every reply to them: there a
    follow-up is heard as a post is, and the next issue does not ask it again.
    """
    follow_up = entry.move in THREAD_MOVES and entry.channel != "newsletter"
    return "thread" if follow_up or entry.move in UNDER_A_POST_MOVES else "post"


def audience_of(entry: Entry) -> str:
    """Who hears a question, so that it rests among them only.

    A channel's followers, the members of one of its groups, or the people met among others'
    posts, in groups found or one by one, who never saw the team's feed.
    """
    if entry.group:
        return f"{entry.channel} {entry.group}"
    place = channel_places(entry.channel).place_for(entry.move, entry.place)
    kind = place.kind if place is not None else "own"
    return entry.channel if kind in ("own", "inbox") else f"{entry.channel} {kind}"


def _timely(
    question: str, day: date, windows: Windows, season: Mapping[str, frozenset[int]]
) -> bool:
    """Whether ``day`` lies in the months a question names and in its offer's or event's days.

    Not after the feast it names, though its months go on. ``season``: the months of the
    question's topic, where it names some (:func:`~dialogplan.seasons.asked_in`).
    """
    if past_its_feast(question, day):
        return False
    months = asked_in(question, season.get(question))
    spans = windows.get(question, ((None, None),))
    return (months is None or day.month in months) and any(
        (first is None or first <= day) and (last is None or day <= last) for first, last in spans
    )


def _next(
    pool: tuple[str, ...],
    question: str,
    day: date,
    windows: Windows,
    resting: set[str],
    season: Mapping[str, frozenset[int]],
) -> str:
    """The first timely question after ``question`` in its topic that is not resting, or ""."""
    if question not in pool:
        return ""
    at = pool.index(question)
    later = (pool[(at + k) % len(pool)] for k in range(1, len(pool)))
    return next((q for q in later if q not in resting and _timely(q, day, windows, season)), "")


__all__ = [
    "ACROSS_CHANNELS_REST_DAYS",
    "CLIENT_SEEDS",
    "QUESTION_REST_DAYS",
    "asked_before",
    "audience_of",
    "client_seed",
    "goals_own_questions",
    "local_group",
    "named_here",
    "puts_a_question",
    "questions_for_its_people",
    "questions_in_turn",
    "reachable_from",
    "resting_hook_questions",
]
