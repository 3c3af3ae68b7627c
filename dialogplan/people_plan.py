"""Named entries: which of the team's contacts a planned entry is for, within the same minutes.

The scheduler plans work on channels; this post-pass gives some of that work a person from
the contacts file (``strategy.people``). Named moves replace generic ones and never add time:

- an entry keeps its slot, its minutes and (almost always) its move, and only gets a person;
- the one change of move allowed is a ``thank`` that becomes a ``congratulate`` (both ten
  minutes, both a short personal message, both dialogue that followers see), so that news
  and birthdays do not depend on where the scheduler happened to put its congratulations.
  A thank-you that carries on a question (``continues``) stays what it is.

Who gets which entry, in this order for each entry in time order:

1. **Birthdays** on the day, on the contact's channel where that channel shows birthdays
   (``places.yaml`` ``birthdays``), on a congratulation (or a thank-you that becomes one).
2. **News** (``news``, ``news_date``) from its day to 14 days after it (from the plan's first
   day when the news came shortly before it), on a channel where that kind of news shows
   (:mod:`dialogplan.news`, ``places.yaml`` ``news``): the contact's own channel when it does,
   else any planned channel that does, on a congratulation (or a thank-you that becomes one)
   or on a comment round, which congratulates under the post that tells the news. The
   soonest deadline goes first.
3. **Events**: a meeting, a thank-you or a newsletter's reply round goes to a contact whose
   notes name a coming event (:mod:`dialogplan.event_people`) in the weeks before it, and
   in the two weeks after it, once per series of events each, the soonest due first.
4. **Keeping in touch**: a meeting, a thank-you or a comment round goes to a contact on that
   channel whose interval since their last contact or their last touch in this plan is in
   its last quarter (:data:`EARLY_SHARE`) or has run out. ``close`` contacts get meetings
   (a short message where no meeting fits), ``loose`` ones a comment or a short message,
   ``regular`` ones and those with their own number of days either; on a newsletter, whose
   only personal entry is its reply round, that round writes to one of its readers. The
   contact who has had the fewest turns in this plan goes first, then the most overdue,
   then the earlier row: nobody gets a second turn while another due contact who fits the
   entry waits for a first.

Contacts on channels the strategy does not plan are never named. A close contact's
congratulation is followed by the first meeting on that channel 14–56 days later, if no
other touch came between; that meeting carries it on (``continues``), the way a meeting
carries on a contact request. Everything here is deterministic.
"""

from __future__ import annotations

import bisect
import dataclasses
import heapq
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache

from dialogplan.contacts import Contact
from dialogplan.entry import Calendar, Entry
from dialogplan.event_people import (
    AFTER,
    ASK_DAYS,
    ASK_MOVES,
    BEFORE,
    THANK_DAYS,
    EventPeople,
    series,
)
from dialogplan.goal_people import GoalPeople
from dialogplan.names import asked
from dialogplan.news import news_kind
from dialogplan.places import channel_places, moves_of
from dialogplan.strategy import Event, Strategy
from dialogplan.threads import JOINED_MOVES
from dialogplan.word_stems import word_stems

#: How long after its day a piece of news may still be congratulated on.
NEWS_DAYS = 14
#: Days after any entry that named a contact before a message about an event names them again.
EVENT_REST_DAYS = 7
#: A meeting this many days after a close contact's congratulation carries it on.
THREAD_DAYS = (14, 56)
#: A contact is ready for a touch this share of their interval before it runs out
#: (a quarter: 23 days into a 30-day interval), so a fitting slot can come before it does.
EARLY_SHARE = 4
#: The move a thank-you slot may become for a birthday or news: same minutes, same kind.
SWAP = {"thank": "congratulate"}
#: Moves that congratulate on news as they are: a comment under the post that tells it.
NEWS_COMMENTS = frozenset({"comment"})
#: Which moves keep a contact of each tier in touch; a row's own days count as regular.
TIER_MOVES: dict[str | None, frozenset[str]] = {
    "close": frozenset({"meet", "thank"}),
    "regular": frozenset({"meet", "thank", "comment"}),
    "loose": frozenset({"comment", "thank"}),
    None: frozenset({"meet", "thank", "comment"}),
}
#: Where the replies to an issue come in by e-mail (a newsletter), its reply round also
#: writes to one of the channel's readers: the one personal entry such a channel has.
INBOX_TOUCH = "reply"


@cache
def touch_moves(channel: str, tier: str | None) -> frozenset[str]:
    """The moves that keep a contact of ``tier`` on ``channel`` in touch."""
    place = channel_places(channel).place_of(INBOX_TOUCH)
    inbox = place is not None and place.kind == "inbox"
    return TIER_MOVES[tier] | ({INBOX_TOUCH} if inbox else frozenset())


#: Why an entry names its person.
REASONS = ("birthday", "news", BEFORE, AFTER, "due")


def news_channels(strategy: Strategy, contact: Contact) -> tuple[str, ...]:
    """The planned channels where the contact's news shows; their own channel first and alone.

    News of a known kind goes to the contact's own channel when it shows that kind, else to
    every planned channel that does; news of no known kind only to their own channel, if it
    shows news at all. A contact whose own channel is not planned gets none.
    """
    if contact.news is None or contact.channel not in strategy.channels:
        return ()
    kind = news_kind(contact.news.text)
    own = channel_places(contact.channel).news
    if (kind and kind in own) or (not kind and own):
        return (contact.channel,)
    if not kind:
        return ()
    return tuple(c for c in strategy.channels if kind in channel_places(c).news)


def news_window(contact: Contact) -> tuple[date, date] | None:
    """The first and last day a congratulation on the contact's news may be planned."""
    if contact.news is None:
        return None
    return contact.news.day, contact.news.day + timedelta(days=NEWS_DAYS)


def birthday_on(contact: Contact, day: date) -> bool:
    """Whether ``day`` is the contact's birthday and their channel shows birthdays."""
    birthday = contact.birthday
    return (
        birthday is not None
        and birthday.in_year(day.year) == day
        and channel_places(contact.channel).birthdays
    )


def reason(strategy: Strategy, contact: Contact, entry: Entry, day: date) -> str:
    """Why ``entry`` names ``contact``: ``news``, ``birthday`` or ``due`` (keeping in touch).

    The planner records it; an entry made elsewhere (a team's own tooling, a test) has it
    worked out from the day.
    """
    if entry.contact_reason:
        return entry.contact_reason
    if entry.move == "congratulate" or entry.move in NEWS_COMMENTS:
        window = news_window(contact)
        if (
            window is not None
            and window[0] <= day <= window[1]
            and entry.channel in news_channels(strategy, contact)
        ):
            return "news"
        if entry.move == "congratulate" and birthday_on(contact, day):
            return "birthday"
    return "due"


@dataclass(order=True, slots=True)
class _Waiting:
    """A contact waiting for a touch, ordered as the planner serves them."""

    turns: int
    due: date
    row: int
    contact: Contact = field(compare=False)
    #: The contact's touches when this was queued: a later touch makes it stale.
    version: int = field(default=0, compare=False)


@dataclass(slots=True)
class _Queue:
    """The contacts of one channel and tier: not yet due, and due (fewest turns first).

    A contact is queued again after every touch; the older copy is stale and skipped.
    """

    turns: Counter[int]
    #: The days of the entries that can keep this queue's contacts in touch, in order.
    slots: list[date]
    #: The plan's last day: a contact due after it is kept whenever their turn comes.
    end: date
    pending: list[tuple[date, int, _Waiting]] = field(default_factory=list)
    ready: list[_Waiting] = field(default_factory=list)

    def add(self, waiting: _Waiting) -> None:
        """Queue a contact; they become ready a little before they fall due.

        A contact served only once due is touched a slot's wait after it, so every
        stretch came out longer than the interval and no budget could keep them. Where
        fitting entries are sparse, a quarter of the interval may hold none: the contact
        is then ready from the last one before the day they fall due, but never in the
        first half of the interval: a friend written to on Thursday and again on Friday
        feels worked through a list, and a touch a little late does no such harm.
        """
        interval = waiting.contact.interval
        ready = waiting.due - interval / EARLY_SHARE
        last_slot = bisect.bisect_right(self.slots, waiting.due) - 1
        if waiting.due <= self.end and last_slot >= 0 and self.slots[last_slot] < ready:
            ready = max(self.slots[last_slot], waiting.due - interval / 2)
        heapq.heappush(self.pending, (ready, waiting.row, waiting))

    def top(self, day: date) -> _Waiting | None:
        """The contact to serve on ``day``, left in the queue."""
        while self.pending and self.pending[0][0] <= day:
            heapq.heappush(self.ready, heapq.heappop(self.pending)[2])
        while self.ready and self.ready[0].version != self.turns[self.ready[0].row]:
            heapq.heappop(self.ready)
        return self.ready[0] if self.ready else None


@dataclass(frozen=True, slots=True)
class _News:
    """A contact's news to congratulate on: its last day, and the channels it shows on."""

    last: date
    row: int
    contact: Contact
    channels: tuple[str, ...]

    def fits(self, channel: str, day: date) -> bool:
        """Whether an entry on ``channel`` on ``day`` can congratulate on this news."""
        news = self.contact.news
        return news is not None and news.day <= day <= self.last and channel in self.channels


class _PeoplePlan:
    """Hands out the plan's entries to people, in time order."""

    def __init__(
        self, strategy: Strategy, people: Sequence[Contact], entries: Sequence[Entry]
    ) -> None:
        self.strategy = strategy
        self.zone = strategy.zone
        self.start = strategy.start
        #: The team's comments and answers in others' threads: a thank-you that goes back to
        #: them is for whoever answered, and a contact due a touch may have it instead.
        self.joined = frozenset(e.uid for e in entries if e.move in JOINED_MOVES)
        self.last: dict[int, date] = {}
        self.turns: Counter[int] = Counter()
        self.congratulated: dict[int, Entry] = {}
        #: Close contacts congratulated lately, per channel: the next meeting is theirs.
        self.threads: dict[str, list[Contact]] = {}
        self.queues: dict[tuple[str, str | None], _Queue] = {}
        self.news: list[_News] = []
        self.birthdays: dict[tuple[str, date], list[Contact]] = {}
        self.moves = {c: moves_of(strategy, c) for c in strategy.channels}
        self.swappable = {c: "congratulate" in self.moves[c] for c in strategy.channels}
        #: The days of each channel's entries that any tier's touch could take, by move.
        self.open_days: dict[tuple[str, str], set[date]] = {}
        for entry in entries:
            if self._open(entry):
                self.open_days.setdefault((entry.channel, entry.move), set()).add(self._day(entry))
        for contact in people:
            self._enrol(contact)
        self.news.sort(key=lambda n: (n.last, n.row))
        self.event_people = event_people(strategy)
        #: Per channel, the contacts the team's notes tie to one of its events.
        self.helpers: dict[str, list[Contact]] = {}
        for contact in people:
            if self.event_people.tied(contact):
                self.helpers.setdefault(contact.channel, []).append(contact)
        #: The group of its channel the team's note places each contact in, by row ("": none).
        self.groups = {contact.row: group_of(strategy, contact) for contact in people}
        #: The events each contact was written to about, by row, series and before or after:
        #: someone who comes to every round table is asked once, not before each of them.
        self.asked: set[tuple[int, str, str]] = set()

    def _enrol(self, contact: Contact) -> None:
        due = self.start if contact.due is None else max(contact.due, self.start)
        key = (contact.channel, contact.tier)
        if key not in self.queues:
            self.queues[key] = _Queue(self.turns, self._slots(*key), self.strategy.last_day)
        queue = self.queues[key]
        queue.add(_Waiting(0, due, contact.row, contact))
        window = news_window(contact)
        channels = news_channels(self.strategy, contact)
        if window is not None and window[1] >= self.start and channels:
            self.news.append(_News(window[1], contact.row, contact, channels))
        if contact.birthday is not None and channel_places(contact.channel).birthdays:
            for year in range(self.start.year, self.strategy.last_day.year + 1):
                day = contact.birthday.in_year(year)
                if self.start <= day <= self.strategy.last_day:
                    self.birthdays.setdefault((contact.channel, day), []).append(contact)

    def _slots(self, channel: str, tier: str | None) -> list[date]:
        """The days of the entries on ``channel`` that can keep a contact of ``tier`` in touch."""
        return sorted(
            set().union(*(self.open_days.get((channel, m), ()) for m in touch_moves(channel, tier)))
        )

    def name(self, entry: Entry) -> Entry:
        """The entry, for a person if one is waiting for it; else as it is."""
        if entry.contact or (
            entry.follows_up and entry.move not in touch_moves(entry.channel, None)
        ):
            return entry
        day = entry.start.astimezone(self.zone).date()
        if (greeting := self._greeting(entry, day)) is not None:
            return greeting
        if (helper := self._helper(entry, day)) is not None:
            return self._named(entry, helper[0], day, entry.move, helper[1])
        if entry.move == "meet" and (contact := self._threaded(entry, day)) is not None:
            return self._named(entry, contact, day, entry.move, "due")
        if entry.move in touch_moves(entry.channel, None) and self._open(entry):
            contact = self._due(entry, day)
            if contact is not None:
                return self._named(entry, contact, day, entry.move, "due")
        return entry

    def _greeting(self, entry: Entry, day: date) -> Entry | None:
        """The entry as a birthday greeting or a congratulation on news, if one is waiting."""
        if self._congratulates(entry):
            if (found := self._birthday(entry.channel, day)) is not None:
                why = "news" if self._news_pending(found, entry.channel, day) else "birthday"
                return self._named(entry, found, day, "congratulate", why)
            if (found := self._news(entry.channel, day)) is not None:
                return self._named(entry, found, day, "congratulate", "news")
        if entry.move in NEWS_COMMENTS and not entry.follows_up:
            found = self._news(entry.channel, day)
            if found is not None:
                # Under the post that tells the news: not the posts saved, nor their topic.
                plain = dataclasses.replace(entry, continues="", topic="")
                return self._named(plain, found, day, entry.move, "news")
        return None

    def _helper(self, entry: Entry, day: date) -> tuple[Contact, str] | None:
        """A contact to write to about an event their notes name, and why; soonest due first.

        Before an event they are invited, after it thanked and asked how it went; each once
        per series of events.
        """
        if entry.move not in {*ASK_MOVES, INBOX_TOUCH} or not self._open(entry):
            return None
        found: list[tuple[date, int, int, str, Contact, tuple[int, str, str]]] = []
        for contact in self.helpers.get(entry.channel, ()):
            if entry.move not in touch_moves(entry.channel, contact.tier):
                continue
            # Not the day after another entry named them: a folk singer congratulated on his
            # album was thanked for it and invited to a session the next morning (r606).
            touched = self.last.get(contact.row)
            if touched is not None and (day - touched).days < EVENT_REST_DAYS:
                continue
            for why, event, due in self._event_reasons(contact, day):
                key = (contact.row, series(event), why)
                if key not in self.asked:
                    found.append((due, self.turns[contact.row], contact.row, why, contact, key))
        if not found:
            return None
        *_, why, contact, key = min(found, key=lambda f: f[:3])
        self.asked.add(key)
        return contact, why

    def _event_reasons(self, contact: Contact, day: date) -> Iterator[tuple[str, Event, date]]:
        """The events to write to a contact about today, each with the last day to do so."""
        if (ahead := self.event_people.ahead(contact, day)) is not None:
            yield BEFORE, ahead, ahead.date - timedelta(days=ASK_DAYS.start)
        if (behind := self.event_people.behind(contact, day)) is not None:
            yield AFTER, behind, behind.last_day + timedelta(days=THANK_DAYS.stop - 1)

    def _congratulates(self, entry: Entry) -> bool:
        """Whether the entry is, or may become, a congratulation."""
        if entry.move == "congratulate":
            return True
        swap = SWAP.get(entry.move) == "congratulate"
        return swap and not self._carries_on(entry) and self.swappable[entry.channel]

    def _carries_on(self, entry: Entry) -> bool:
        """Whether the entry carries on work of its own: a question's answers, posts saved."""
        return bool(entry.continues) and entry.continues not in self.joined

    def _open(self, entry: Entry) -> bool:
        """Whether a touch entry may go to whoever is due: not one that carries on other work."""
        return entry.move in ("meet", INBOX_TOUCH) or not self._carries_on(entry)

    def _threaded(self, entry: Entry, day: date) -> Contact | None:
        """A close contact whose congratulation this meeting can carry on.

        Fairness first: not while a due contact with fewer turns waits for this meeting.
        """
        waiting = self.threads.get(entry.channel, [])
        if not waiting:
            return None
        fair = self._due(entry, day)
        fewest = self.turns[fair.row] if fair is not None else None
        for contact in list(waiting):
            earlier = self.congratulated[contact.row]
            late = (day - self._day(earlier)).days > THREAD_DAYS[1]
            if late or self.last.get(contact.row) != self._day(earlier):
                waiting.remove(contact)  # too late, or touched since: no thread any more
            elif self._thread(contact, day) and (
                fewest is None or fewest >= self.turns[contact.row]
            ):
                waiting.remove(contact)
                return contact
        return None

    def _birthday(self, channel: str, day: date) -> Contact | None:
        for contact in self.birthdays.get((channel, day), ()):
            if self.last.get(contact.row) != day:
                return contact
        return None

    def _news_pending(self, contact: Contact, channel: str, day: date) -> bool:
        """Whether a birthday greeting is also the one congratulation on the contact's news."""
        return any(n.row == contact.row and n.fits(channel, day) for n in self.news)

    def _news(self, channel: str, day: date) -> Contact | None:
        """The contact whose news this entry can congratulate on, soonest deadline first."""
        while self.news and self.news[0].last < day:
            self.news.pop(0)  # too late for this entry, so for every later one
        for news in self.news:
            if news.fits(channel, day):
                self.news.remove(news)
                return news.contact
        return None

    def _due(self, entry: Entry, day: date) -> Contact | None:
        """The due contact of the entry's channel whose turn it is, among the tiers it suits."""
        best: _Waiting | None = None
        for (channel, tier), queue in self.queues.items():
            if channel != entry.channel or entry.move not in touch_moves(channel, tier):
                continue
            top = queue.top(day)
            if (
                top is not None
                and self._in_its_group(top.contact, entry)
                and (best is None or top < best)
            ):
                best = top
        return None if best is None else best.contact

    def _in_its_group(self, contact: Contact, entry: Entry) -> bool:
        """Whether work in the entry's group can go to the contact.

        Not where the team's note places them in another one of the channel's groups (a dog
        walkers' admin was the one to start with in the valley's noticeboard, r399 writer);
        they wait for theirs.
        """
        return not entry.group or self.groups.get(contact.row, "") in ("", entry.group)

    def _named(self, entry: Entry, contact: Contact, day: date, move: str, why: str) -> Entry:
        changes: dict[str, object] = {
            "contact": contact.name,
            "contact_row": contact.row,
            "contact_reason": why,
        }
        if entry.continues in self.joined and entry.move == "thank":
            changes.update(continues="")  # the contact's own thank-you, not the threads'
        if move != entry.move:
            place = channel_places(entry.channel).moves.get(move, "")
            changes.update(move=move, topic="", place=place)
        changes.update(
            place=named_place(entry.channel, move, str(changes.get("place", entry.place)))
        )
        if contact.row not in self.last and asked(contact.talk_about):
            changes.update(_answer_place(entry.channel, move))
        named = dataclasses.replace(entry, **changes)  # type: ignore[arg-type]
        if why == "news":
            self.congratulated[contact.row] = named
            self.news = [n for n in self.news if n.row != contact.row]
            if contact.tier == "close" and "meet" in self.moves[contact.channel]:
                self.threads.setdefault(contact.channel, []).append(contact)
        elif move == "meet":
            named = dataclasses.replace(named, continues=self._thread(contact, day))
        self._touched(contact, day)
        return named

    def _thread(self, contact: Contact, day: date) -> str:
        """The congratulation a close contact's meeting carries on, or ""."""
        earlier = self.congratulated.get(contact.row)
        touched = self.last.get(contact.row)
        if earlier is None or contact.tier != "close" or touched != self._day(earlier):
            return ""
        gap = (day - self._day(earlier)).days
        return earlier.uid if THREAD_DAYS[0] <= gap <= THREAD_DAYS[1] else ""

    def _day(self, entry: Entry) -> date:
        return entry.start.astimezone(self.zone).date()

    def _touched(self, contact: Contact, day: date) -> None:
        """Remember the touch; the contact waits again for one interval from today."""
        self.last[contact.row] = day
        self.turns[contact.row] += 1
        turns = self.turns[contact.row]
        queue = self.queues[(contact.channel, contact.tier)]
        queue.add(_Waiting(turns, day + contact.interval, contact.row, contact, turns))


def in_group(contact: Contact, group: str) -> bool:
    """Whether the team's note on a contact names the group ("Admin of Roseland Parents")."""
    return word_stems(group) <= word_stems(contact.note)


def group_of(strategy: Strategy, contact: Contact) -> str:
    """The channel's group the team's note places the contact in, or "".

    One the note names in full first, else the one most of whose words it holds: a coach,
    "admin of Brackenford RFC Minis Parents", was written to in "Brackenford Mums and
    Dads", whose only long word the note held too (r385 writer).
    """
    groups = strategy.group_names(contact.channel)
    note = contact.note.casefold()
    named = [g for g in groups if g.casefold() in note]
    near = [g for g in groups if in_group(contact, g)]
    return max(named or near, key=lambda g: len(word_stems(g)), default="")


def named_place(channel: str, move: str, place: str) -> str:
    """Where a move for one person is filed: a thank-you under their posts, not the mentions.

    The prompt sends the team "under a recent post of theirs", and the calendar said
    "thank · mentions" beside it (r540). Any other move keeps ``place``.
    """
    places = channel_places(channel)
    found = places.places.get(place)
    comment = places.moves.get("comment", "")
    if move != "thank" or found is None or not found.known or comment not in places.places:
        return place
    return comment if places.places[comment].kind == "others" else place


def _answer_place(channel: str, move: str) -> dict[str, str]:
    """The direct messages where a contact's own open question is answered, if the channel has them.

    An insurance answer owed for months went "under a recent post" of a student's about
    something else; an answer is written to the one who asked.
    """
    places = channel_places(channel)
    private = places.moves.get("meet", "")
    if move == "thank" and private and places.places[private].kind == "dm":
        return {"place": private}
    return {}


def event_people(strategy: Strategy) -> EventPeople:
    """The strategy's events, told apart by the words of their names but the team's own.

    A contact of a goal's people is invited to the goal's events as one the notes tie to them.
    """
    goal_people = GoalPeople(strategy)

    def invited(contact: Contact) -> frozenset[str]:
        return frozenset(title for goal in goal_people.of(contact) for title in goal.invite)

    return EventPeople(strategy.events, [strategy.name, strategy.area or ""], invited)


def planned_people(strategy: Strategy) -> tuple[Contact, ...]:
    """The contacts the plan can name: those on a channel the strategy plans."""
    return tuple(c for c in strategy.people if c.channel in strategy.channels)


def name_people(strategy: Strategy, entries: Calendar) -> Calendar:
    """The same entries in the same order and slots, some of them for a named person.

    Without contacts on planned channels the calendar comes back as it is.
    """
    people = planned_people(strategy)
    if not people:
        return entries
    planner = _PeoplePlan(strategy, people, entries)
    named = [planner.name(entry) for entry in entries]
    return tuple(_numbered(named))


def _numbered(entries: Iterable[Entry]) -> Iterable[Entry]:
    """Each entry's ``seq`` counted again: a thank-you that became a congratulation moved."""
    seq: Counter[tuple[str, str]] = Counter()
    for entry in entries:
        key = (entry.channel, entry.move)
        yield entry if entry.seq == seq[key] else dataclasses.replace(entry, seq=seq[key])
        seq[key] += 1


__all__ = [
    "INBOX_TOUCH",
    "NEWS_DAYS",
    "REASONS",
    "SWAP",
    "TIER_MOVES",
    "birthday_on",
    "name_people",
    "named_place",
    "news_channels",
    "news_window",
    "planned_people",
    "reason",
    "touch_moves",
]
