"""A prompt said one sentence twice: a hint and a fallback, written apart, met in one text.

A Facebook listening prompt told the reader twice where to look ("Look through the pages
your page follows and the local groups it has joined."). Parts of a prompt are written
separately, so the prompt itself keeps each sentence only the first time.
"""

from __future__ import annotations

from dialogplan.render import render
from tests.test_render import entries, strategy_in

TWICE = (
    "Look through the pages your page follows. Save three posts.\n\n"
    "Look through the pages your page follows. Then note one question for each."
)


def test_a_prompt_says_each_sentence_once() -> None:
    strategy = strategy_in("en")
    rows = [{"channel": "linkedin", "move": "listen", "start": "2027-01-05 08:00"}]
    (entry,) = render(strategy, entries(strategy, rows), {"en/listen.j2": TWICE})
    assert entry.prompt == (
        "Look through the pages your page follows. Save three posts.\n\n"
        "Then note one question for each."
    )


def test_a_prompt_without_repeats_keeps_its_paragraphs_as_written() -> None:
    strategy = strategy_in("en")
    rows = [{"channel": "linkedin", "move": "listen", "start": "2027-01-05 08:00"}]
    text = "Save three posts.  Note a question.\n\nLook again on Friday."
    (entry,) = render(strategy, entries(strategy, rows), {"en/listen.j2": text})
    assert entry.prompt == "Save three posts. Note a question.\n\nLook again on Friday."
