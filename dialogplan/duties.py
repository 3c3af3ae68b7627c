"""What a team owes the people it serves, told from its name (``data/duty_words.yaml``).

People who may need it on any day (a vet, a funeral director, a GP practice) are told where
an urgent case goes while it is away; what it learns from them (a practice's patients, an
accountant's clients) stays theirs in its stories.
"""

from __future__ import annotations

from functools import cache

from dialogplan.strategy import Strategy
from dialogplan.word_stems import Stems, stems


def urgent_duties(strategy: Strategy) -> bool:
    """Whether the team's people may need it on any day.

    A vet's or a funeral director's note before a break says where an urgent case goes, not
    that everything waits until they are back (r616, r618).
    """
    return _said(strategy, "urgent")


def confidential(strategy: Strategy) -> bool:
    """Whether what the team learns from its people is theirs.

    A GP practice's story from its own work needs no patient in it anyone could recognise
    (r638).
    """
    return _said(strategy, "confidential")


def _said(strategy: Strategy, kind: str) -> bool:
    return bool(dict(_duty_words())[kind].search(strategy.name))


@cache
def _duty_words() -> Stems:
    return stems("duty_words.yaml", ("urgent", "confidential"))


__all__ = ["confidential", "urgent_duties"]
