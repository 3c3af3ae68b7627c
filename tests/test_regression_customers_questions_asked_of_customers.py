"""A cargo-bike shop's newsletter asked its readers „Gibt es für unseren Betrieb noch eine
Förderung für E-Lastenräder?“.

Questions the strategy listed in its customers' words, about their own case („…, wenn ich
zwei Kinder und den Wocheneinkauf transportiere?“), what their firm may get, or who pays
(a tenants' association: "Who pays for clothes ruined by mould?") and what the team's trade is
like (bookbinders: „Was macht man als Buchbinderin den ganzen Tag?“), were taken for questions
to the readers: a newsletter ended on one, and a reply round asked one as its follow-up. They
are questions people ask the team: its own posts answer them, and nobody is asked them.
"""

from __future__ import annotations

import pytest

from dialogplan.question_shapes import asks_the_team


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("Wie schwer darf die Zuladung sein, wenn ich zwei Kinder transportiere?", "de"),
        ("Gibt es für unseren Betrieb noch eine Förderung für E-Lastenräder?", "de"),
        ("Wer zahlt für Kleidung, die der Schimmel ruiniert hat?", "de"),
        ("How much can a cargo bike carry if I have two children?", "en"),
        ("Is there still a grant for cargo bikes?", "en"),
        ("Who pays for clothes ruined by mould?", "en"),
        # A bookbinders' Instagram asked its followers what the bookbinders do all day.
        ("Was macht man als Buchbinderin den ganzen Tag?", "de"),
        ("What does a bookbinder actually do all day?", "en"),
    ],
)
def test_a_customers_own_question_is_one_people_ask_the_team(question: str, language: str) -> None:
    assert asks_the_team(question, language)


@pytest.mark.parametrize(
    ("question", "language"),
    [
        ("Was würdet ihr tun, wenn ich euch um Hilfe bitten würde?", "de"),
        ("Gibt es bei euch einen Fahrradkeller?", "de"),
        ("What do you do if it rains on delivery day?", "en"),
    ],
)
def test_a_question_to_the_reader_stays_one(question: str, language: str) -> None:
    assert not asks_the_team(question, language)
