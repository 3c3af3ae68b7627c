"""Which goal's people a contact is one of, by the team's own note on them.

A note that says "Former college rower" makes its contact one of "former college rowers living
in the area": the goal's question goes to them, and the goal's events are theirs to be invited
to. The note is the team's own; only the goal's words reach a prompt.
"""

from __future__ import annotations

import re
from functools import cached_property

from dialogplan.contacts import Contact
from dialogplan.strategy import Goal, Strategy
from dialogplan.word_stems import word_stems

#: Word stems a contact's note and a goal's people must share for the note to fit the goal.
FIT_WORDS = 2

#: A note that makes someone the team's own already: a volunteer, a member, a tutor of its
#: ("Our volunteer who …", „Unsere Helferin …“), never only someone it knows ("Our landlord").
_OURS = re.compile(
    r"\b(?:our|unser\w*) (?:\w+ )?(?:volunteer|member|tutor|helper|coach|trainer|mentor|sitter"
    r"|driver|staff|helfer|mitglied|ehrenamtlich|trainer|übungsleiter|kolleg)"
    r"|\b(?:one of our|already (?:a |one of )?(?:our|volunteer|member)|eine[rs]? unserer"
    r"|schon (?:lange )?dabei|Mitglied bei uns|bei uns aktiv)",
    re.IGNORECASE,
)


class GoalPeople:
    """The goals with people (``who``) whose people each contact is, by the team's note."""

    def __init__(self, strategy: Strategy) -> None:
        self.strategy = strategy
        self.goals = [(goal, word_stems(goal.who)) for goal in strategy.goals if goal.who]

    def of(self, contact: Contact) -> tuple[Goal, ...]:
        """The goals whose people the note says the contact is one of, in the strategy's order.

        A note fits when it shares :data:`FIT_WORDS` word stems with the goal's ``who`` (all
        of its own, if it has fewer): "Former college rower" and "former college rowers
        living in the area". Never one that says the person is the team's own already ("Our
        volunteer who …" was asked whether he would volunteer, r361's writer). The name of a
        group the note mentions says nothing of the person: a rugby club's under-9 coach,
        "admin of Brackenford RFC Minis Parents", was asked whether his little one would like
        a taster session (r385 writer).
        """
        note = word_stems(self._group_names.sub(" ", contact.note))
        if not note or _OURS.search(contact.note):
            return ()
        wanted = min(FIT_WORDS, len(note))
        return tuple(goal for goal, people in self.goals if len(note & people) >= wanted)

    @cached_property
    def _group_names(self) -> re.Pattern[str]:
        """The names of the strategy's groups, in any case, longest first."""
        strategy = self.strategy
        names = {name for channel in strategy.groups for name in strategy.group_names(channel)}
        longest = sorted(names, key=len, reverse=True)
        return re.compile("|".join(map(re.escape, longest)) or "(?!)", re.IGNORECASE)


#: People from a place of their own: "Familien aus Berlin", "founders from Leeds"; not the
#: German nouns of a motive, which are capitalised too („Menschen, die aus Leidenschaft …“).
_FROM_PLACE = re.compile(
    r"\b(?:aus|from)\s+(?:der |dem |den |the )?"
    r"(?!(?:Leidenschaft|Erfahrung|Überzeugung|Liebe|Interesse|Neugier|Spaß|Freude|Tradition"
    r"|Gewohnheit|Sorge|Angst|Not|Prinzip|Zufall)\b)[A-ZÄÖÜ]"
)


def from_a_place(who: str) -> bool:
    """Whether a goal's people come from a place of their own, not the team's area.

    „Familien aus Berlin und Brandenburg“ are a lakeside campsite's guests.
    """
    return bool(_FROM_PLACE.search(who))
