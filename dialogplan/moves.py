"""The dialogue moves a weekly time budget buys.

A move is one concrete piece of engagement work. Its cost in minutes turns hours per week
into a number of moves; its dialogue weight decides whether the plan still talks *with*
people rather than *at* them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Move:
    """One kind of engagement work and what it costs."""

    name: str
    minutes: int
    #: 1.0 for a dialogue move, 0.5 for long-form pieces that end in a question, 0 for promotion.
    dialogue: float
    #: Own posts collect comments, so every one of them is followed by a reply round.
    own_post: bool
    #: Group moves need a named community to happen in.
    needs_group: bool
    labels: dict[str, str]
    #: Whether followers can see it happen; invisible work does not break a silence.
    visible: bool = True


def _move(  # noqa: PLR0913 - one keyword per column of the moves table
    name: str,
    minutes: int,
    de: str,
    en: str,
    *,
    dialogue: float = 1.0,
    own_post: bool = False,
    needs_group: bool = False,
    visible: bool = True,
) -> Move:
    return Move(name, minutes, dialogue, own_post, needs_group, {"de": de, "en": en}, visible)


MOVES: dict[str, Move] = {
    m.name: m
    for m in (
        _move("listen", 20, "Zuhören", "Listen", visible=False),
        _move("ask", 20, "Frage stellen", "Ask", own_post=True),
        _move("reply", 15, "Antwortrunde", "Reply round"),
        _move("comment", 20, "Kommentieren", "Comment"),
        _move("thank", 10, "Danken", "Thank"),
        _move("congratulate", 10, "Gratulieren", "Congratulate"),
        _move("share", 15, "Teilen mit eigener Sicht", "Share with your take", own_post=True),
        _move("group-help", 25, "In der Gruppe helfen", "Help in the group", needs_group=True),
        _move(
            "group-ask",
            15,
            "Die Gruppe fragen",
            "Ask the group",
            own_post=True,
            needs_group=True,
        ),
        _move("connect", 15, "Kontakt knüpfen", "Connect"),
        _move("meet", 30, "Gespräch verabreden", "Meet"),
        _move("story", 30, "Erfahrung erzählen", "Tell a story", own_post=True),
        _move("article", 60, "Beitrag schreiben", "Write a piece", dialogue=0.5, own_post=True),
        _move("announce", 15, "Ankündigen", "Announce", dialogue=0.0, own_post=True),
        # Group work where the strategy names no groups starts by finding them.
        _move("find-groups", 20, "Gruppen finden", "Find groups", visible=False),
        # Learning by doing: once a month, a look back at what started conversations.
        _move("review", 15, "Monatsrückblick", "Monthly review", visible=False),
        # A short note before a break, so followers know when the team is back ...
        _move("away", 10, "Pause ankündigen", "Announce a break"),
        # ... and a first round afterwards for whatever came in meanwhile.
        _move("back", 15, "Zurück aus der Pause", "Back from the break"),
    )
}

#: Moves that open a new channel: listen first, then join others' conversations.
WARM_UP_MOVES = ("listen", "comment", "thank", "connect")
