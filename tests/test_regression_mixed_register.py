"""A „Sie“ question stood next to „du“ lines on Instagram.

A music school addresses parents with „Sie“ but says „du“ on Instagram. Its own question
„Welche Rituale haben Ihre Kinder vor einem Vorspiel?“ was quoted word for word in an
Instagram post whose other lines said „du“. A team's question that says „du“ or „Sie“ is now
asked only where the channel addresses people so, ``check`` warns where it never can be, and
a question written with both forms in braces follows each channel.
"""

from __future__ import annotations

from dialogplan.neglect import check_plan
from dialogplan.render import render
from dialogplan.strategy import Strategy
from dialogplan.team_material import questions_in_turn
from dialogplan.voice import register
from tests.test_render import entries
from tests.test_threads import make

SIE = "Welche Rituale haben Ihre Kinder vor einem Vorspiel?"
BOTH = "Was hilft {deinem|Ihrem} Kind gegen Lampenfieber?"
CHANNELS = {"facebook": {"share": 0.5}, "instagram": {"address": "du"}}
ROWS = [  # a question asked in an own post rests two weeks on every channel
    {"channel": "instagram", "move": "ask", "start": "2027-03-02 08:00"},
    {"channel": "facebook", "move": "ask", "start": "2027-03-17 08:00"},
    {"channel": "instagram", "move": "ask", "start": "2027-03-23 08:00"},
]


def _strategy(*questions: str) -> Strategy:
    topic = {"title": "Lampenfieber", "kind": "theme", "questions": list(questions)}
    return make(address="Sie", topics=[topic], channels=CHANNELS)


def test_a_sie_question_is_never_asked_where_the_channel_says_du() -> None:
    strategy = _strategy(BOTH, SIE)
    asked = questions_in_turn(strategy, entries(strategy, ROWS))  # in date order
    # Facebook takes the topic's next question; on Instagram BOTH rests and SIE never fits.
    assert asked == [BOTH, SIE, ""]


def test_a_question_with_both_forms_follows_each_channel() -> None:
    strategy = _strategy(BOTH)
    planned = render(strategy, entries(strategy, ROWS))
    assert "Was hilft deinem Kind gegen Lampenfieber?" in planned[0].prompt
    assert "Was hilft Ihrem Kind gegen Lampenfieber?" in planned[1].prompt


def test_check_names_the_question_and_the_channel_it_never_reaches() -> None:
    strategy = _strategy(SIE, BOTH)
    found = [f for f in check_plan(strategy, ()) if f.code == "other-register"]
    assert [(f.channel, f.message.split("'")[1]) for f in found] == [("instagram", SIE)]


def test_the_register_of_a_line_is_read_from_its_words() -> None:
    assert register(SIE) == "Sie"
    assert register("Woran strickt ihr gerade?") == "du"
    assert register("Wie war dein erster Auftritt?") == "du"
    assert register("Sie spielen am Samstag?") is None  # "they" at a sentence's start
    assert register(BOTH) is None
    assert register("Ab welchem Alter ist Klavierunterricht sinnvoll?") is None
