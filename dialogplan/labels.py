"""What channels and moves are called in the plan's language."""

from __future__ import annotations

from dialogplan.catalogue import catalogue
from dialogplan.moves import MOVES


def channel_label(name: str, language: str) -> str:
    """A catalogue channel's display label (``Facebook-Gruppen``); unknown names as they are."""
    spec = catalogue().get(name)
    return spec.label_in(language) if spec is not None else name


def platform(channel: str, language: str) -> str:
    """The platform a channel is on, as a sentence names it.

    A page's or a group's label (``Facebook page``, ``Facebook-Gruppen``) says where the team
    works, not where a person is: both are ``Facebook``.
    """
    return channel_label(channel, language).replace("-", " ").split(" ")[0]


def move_label(name: str, language: str) -> str:
    """A move's label (``Frage stellen``); unknown names as they are."""
    move = MOVES.get(name)
    return move.labels[language] if move is not None else name
