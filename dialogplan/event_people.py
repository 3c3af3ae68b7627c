"""The contacts a coming event is worth a message of their own to.

A post about the street party reaches everyone, and nobody in particular. The team's own notes
know better: the bakery gave the cake last year, the bike shop might run a stand, a council
member comes to every round table. A contact whose ``note`` or ``talk_about`` names an event
is asked about it in person, in the weeks before it, where the plan has a message or a
thank-you for them anyway, and thanked and asked how it went in the days after it. A contact
the notes make one of a goal's people („überlegt, Jugendtrainerin zu werden“) is invited in
person to the events that goal invites to (the coaches' information evening).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Sequence
from datetime import date

from dialogplan.contacts import Contact
from dialogplan.strategy import Event
from dialogplan.word_stems import long_words, same_thing, stems

#: Letters a word of an event's name needs to say which event it is: "Fair" and "Hof" say
#: too little, „Kinderflohmarkt“ enough.
NAME_WORD_LETTERS = 6
#: Days before an event's first day in which its people are asked: late enough that it is
#: on their minds, early enough to plan a stand, a cake or a lift (six weeks: a stall needs
#: booking, and a small team's plan has few messages to carry the question).
ASK_DAYS = range(4, 43)
#: Days after an event's last day in which its people hear from the team about it, while it
#: is fresh: the partner who ran the cheese tasting with the team was asked, a week after
#: it, „was daraus geworden ist“ (r295).
THANK_DAYS = range(1, 15)
#: The moves that can carry the question: a message of their own, or a thank-you that leads
#: to it. A comment under their post is no place to ask who brings what.
ASK_MOVES = frozenset({"meet", "thank"})
#: Why an entry names a person for an event: before it, or after it.
BEFORE, AFTER = "event", "event-past"
REASONS = (BEFORE, AFTER)


def name_words(event: Event) -> set[str]:
    """The words of an event's title and short form that name it."""
    text = f"{event.title} {event.short or ''}".casefold()
    return {w for w in re.findall(r"\w+", text) if len(w) >= NAME_WORD_LETTERS}


#: Words of a short form that say nothing about which event it is.
_FILLERS = frozenset(
    {"unser", "unsere", "unserem", "unseren", "unserer", "unseres", "their", "your"}
)
#: Letters a word of a short form needs to count: "the" and „das“ do not, "Tisch" does.
SHORT_WORD_LETTERS = 4


class EventPeople:
    """Which event, if any, to write to a contact about on a given day.

    Notes name an event by every word of its short form ("Runder Tisch" in „kommt zum Runden
    Tisch“), or, without one, by at least half of its title's longer words: "supplier" alone
    in a consultant's note is the trade, not the webinar on 40 supplier failures. Words that
    name the team or its area (``common``: "Thonberger" in the street party's title) tell no
    event apart, and do not count.
    """

    def __init__(
        self,
        events: Sequence[Event],
        common: Iterable[str] = (),
        invited: Callable[[Contact], Collection[str]] = lambda _: (),
    ) -> None:
        self.events = sorted(events, key=lambda e: (e.date, e.title))
        #: The titles of the events a contact's goals invite to.
        self._invited = invited
        plain = set(long_words(" ".join(common), NAME_WORD_LETTERS))
        self.names: dict[str, tuple[frozenset[str], int]] = {}
        for event in self.events:
            words = {w for w in _name(event) if not any(same_thing(w, c) for c in plain)}
            needed = len(words) if event.short else (len(words) + 1) // 2
            self.names[event.title] = (frozenset(words), needed)
        self._named: dict[int, tuple[Event, ...]] = {}
        self._tied: dict[int, tuple[Event, ...]] = {}

    def named(self, contact: Contact) -> tuple[Event, ...]:
        """The events the team's notes on the contact name, in date order."""
        if contact.row not in self._named:
            notes = f"{contact.note} {contact.talk_about}"
            self._named[contact.row] = tuple(e for e in self.events if self.told(e, notes))
        return self._named[contact.row]

    def tied(self, contact: Contact) -> tuple[Event, ...]:
        """The events the notes name, and those the contact's goals invite to, in date order.

        Lena's note said she was thinking of coaching a youth team, and the note to her on
        the day of the coaches' information evening did not mention it (r426).
        """
        if contact.row not in self._tied:
            invited, named = self._invited(contact), self.named(contact)
            self._tied[contact.row] = tuple(
                e for e in self.events if e in named or e.title in invited
            )
        return self._tied[contact.row]

    def recalls(self, event: Event, text: str) -> bool:
        """Whether a text names an earlier one of the event („fürs letzte Straßenfest“)."""
        return self.told(event, text) and _earlier(text, event.date.year)

    def told(self, event: Event, text: str) -> bool:
        """Whether a text names the event."""
        words, needed = self.names[event.title]
        return bool(words) and self._found(event, text) >= needed

    def shared_past(self, contact: Contact, day: date) -> bool:
        """Whether what the team shares with the contact is one of the plan's events, over.

        „den Infoabend im März“ says a word of the evening the notes tie her to; a note on an
        earlier one („letztes Straßenfest“) is no longer this year's.
        """
        talk = contact.talk_about
        return any(
            e.last_day < day and self._found(e, talk) > 0 and not _earlier(talk, e.date.year)
            for e in self.named(contact)
        )

    def names_one(self, contact: Contact, text: str) -> bool:
        """Whether a part of the notes says a word of an event they name."""
        return any(self._found(event, text) > 0 for event in self.named(contact))

    def _found(self, event: Event, text: str) -> int:
        words, _ = self.names[event.title]
        said = long_words(text, SHORT_WORD_LETTERS)
        return sum(any(w.startswith(n) or same_thing(w, n) for w in said) for n in words)

    def ahead(self, contact: Contact, day: date) -> Event | None:
        """The next event the notes name, if its first day is :data:`ASK_DAYS` away.

        Not the one after it, on the eve of the next: the day before a round table is no
        time to ask about the one after.
        """
        coming = (e for e in self.tied(contact) if e.date >= day)
        event = next(coming, None)
        return event if event is not None and (event.date - day).days in ASK_DAYS else None

    def behind(self, contact: Contact, day: date) -> Event | None:
        """The latest event the notes name whose last day was :data:`THANK_DAYS` ago."""
        gone = [e for e in self.named(contact) if (day - e.last_day).days in THANK_DAYS]
        return max(gone, key=lambda e: (e.last_day, e.title), default=None)

    def of(self, contact: Contact, day: date, why: str) -> Event | None:
        """The event an entry named for ``why`` (:data:`REASONS`) is about on ``day``."""
        return self.ahead(contact, day) if why == BEFORE else self.behind(contact, day)


#: What the team's notes say a contact does for an event (``dialogplan/data/event_roles.yaml``):
#: gives to it, said anywhere in the notes, or leads it, said where the notes name it.
_GIVES, _LEADS, _COMES = (
    pattern for _, pattern in stems("event_roles.yaml", ("gives", "leads", "comes"))
)


#: Where one thing a note tells ends and the next begins: "Runs the school garden club; keen
#: to come to the Seed Swap".
_CLAUSES = re.compile(r"[;.]\s+|\s+[–—]\s+")


def helps(contact: Contact, names_event: Callable[[str], bool] = lambda _: False) -> bool:
    """Whether the team's notes say the contact makes an event happen (``event_roles.yaml``).

    They are asked what they need from the team before it, not whether they are coming.
    Where a part of the notes names the event (``names_event``), whom it is led by is
    looked for there: the head of a garden club "keen to come to the Seed Swap" was thanked
    for her help with it (r536).
    """
    notes = f"{contact.note}; {contact.talk_about}"
    naming = [part for part in _CLAUSES.split(notes) if names_event(part)]
    return bool(_GIVES.search(notes)) or any(_LEADS.search(part) for part in naming or [notes])


def comes_anyway(contact: Contact) -> bool:
    """Whether the team's notes say the contact comes to such events anyway (``comes``).

    After one, they are asked what they made of it, not whether they made it along.
    """
    return bool(_COMES.search(f"{contact.note}; {contact.talk_about}"))


#: Words that put what a note tells before an event of this year: the last one, a year ago.
_PAST = re.compile(
    r"\b(?:letzte[nrs]?|vergangene[nrs]?|vorige[nrs]?|vorjahr\w*|damals|last|previous|past"
    r"|ago)\b",
    re.IGNORECASE,
)


def _earlier(text: str, year: int) -> bool:
    """Whether a note speaks of a time before ``year``'s event: a past word or an earlier year."""
    years = [int(y) for y in re.findall(r"\b(?:19|20)\d\d\b", text)]
    return of_the_past(text) or any(y < year for y in years)


def of_the_past(text: str) -> bool:
    """Whether a note speaks of a time gone by: "last year's sunrise swim", „letztes Jahr“."""
    return bool(_PAST.search(text))


def series(event: Event) -> str:
    """What events of one series share: their short form (the round table), else the title."""
    return (event.short or event.title).casefold()


def _name(event: Event) -> set[str]:
    """The words that name an event: its short form's, else its title's longer ones."""
    if event.short:
        return set(long_words(event.short, SHORT_WORD_LETTERS)) - _FILLERS
    return set(long_words(event.title, NAME_WORD_LETTERS))
