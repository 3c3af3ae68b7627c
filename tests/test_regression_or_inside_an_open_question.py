"""A dog groomer's question about calm dogs drew a reply line for a favourite.

„What helps your dog stay calm at the vet or the groomer?“ asks for stories; its „or“ joins
two places, and it was read as a choice, so the reply round offered „Good choice! What won
you over?“. An „or“ in an open question is no choice, unless the choices follow a dash.
"""

from __future__ import annotations

import pytest

from dialogplan.question_shapes import talk_of


@pytest.mark.parametrize(
    ("question", "language", "talk"),
    [
        ("What helps your dog stay calm at the vet or the groomer?", "en", ""),
        ("Wie schützt ihr euch im Garten oder auf dem Balkon vor Stichen?", "de", ""),
        ("Three nights midweek or a full week?", "en", "taste"),
        ("What is the hardest part – the date, the budget or getting everyone to agree?",
         "en", "taste"),
        ("Krokus, Weide oder Lungenkraut – was ist für Bienen am wichtigsten?", "de", "taste"),
    ],
)  # fmt: skip
def test_only_a_choice_offered_reads_as_a_pick(question: str, language: str, talk: str) -> None:
    assert talk_of(question, language) == talk
