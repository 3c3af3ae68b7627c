"""A bakery's notes said what it shares with a café owner: "the almond croissants she wants
for weekends". The thank-you pasted that as "A natural way in: the almond croissants she wants
for weekends. Say in a line of your own what that meant to you" (r534): a wish thanked for as
a gift, and nothing of it in the line to send, because "she" could not be turned round. And a
comment round on another contact's latest post told her to "Pick up where you left off: the
street party bakes last summer", whatever the post was about. "she wants" is now "you want"
in the line to her, and what the two share is for the message when her post gives nothing.
"""

from __future__ import annotations

import pytest

from dialogplan.names import said_to
from tests.test_render import named_prompts
from tests.test_threads import make

HEADER = "name,channel,profile,tier,last_contact,news,news_date,birthday,note,talk_about\n"


@pytest.mark.parametrize(
    ("talk", "line"),
    [
        ("the almond croissants she wants for weekends", "the almond croissants you want for"),
        ("the order he doesn't want to lose", "the order you don't want to lose"),
        ("the seeded loaf she always buys on Saturdays", "the seeded loaf you always buy on"),
        ("the flute pupils she is preparing", "the flute pupils you are preparing"),
        ("the box he carries for himself", "the box you carry for yourself"),
        ("the quote we sent her", "the quote we sent you"),
    ],
)
def test_a_note_on_her_is_said_to_her(talk: str, line: str) -> None:
    assert said_to(talk, "en").startswith(line)


def test_a_note_that_cannot_be_turned_stays_out() -> None:
    assert said_to("the van she's selling", "en") == ""
    assert said_to("the loaves they ordered", "en") == ""


def prompts_for_priya(move: str, talk: str) -> list[str]:
    row = f"Priya Halvorsen,instagram,@priya,close,2026-11-20,,,,Café owner,{talk}\n"
    strategy = make(language="en", channels={"instagram": {}})
    rows = [
        {"channel": "instagram", "move": move, "seq": seq, "start": "2027-01-11 09:00"}
        for seq in range(6)
    ]
    return [named_prompts(strategy, HEADER + row, [one])[0] for one in rows]


def test_the_thanks_ask_about_her_wish() -> None:
    prompts = prompts_for_priya("thank", "the almond croissants she wants for weekends")
    for prompt in prompts:
        assert "the almond croissants you want for weekends" in prompt, prompt
        assert "what that meant" not in prompt, prompt


def test_a_comment_answers_her_post_and_the_message_brings_up_the_rest() -> None:
    prompts = prompts_for_priya("comment", "the street party bakes last summer")
    for prompt in prompts:
        before, _, after = prompt.partition("message")
        assert "street party" not in before, prompt
        assert "street party" in after, prompt
