"""Regression: „Gute Frage!“ to a question left four months (r511, r500).

A coffee roaster's thank-you to a baker answered his question about bulk prices from
September in January with „Gute Frage! Kurz gesagt: …“, and a walking club answered a
newcomer's two-month-old question without a word about the wait. A question that has waited
over four weeks is answered with an apology for the wait; a fresh one is not.
"""

from __future__ import annotations

import pytest

from tests.test_render import named_prompts
from tests.test_threads import make

HEADER = "name,channel,profile,tier,last_contact,news,news_date,birthday,note,talk_about\n"
SORRY = {"en": ("sorry", "apology"), "de": ("entschuldig",)}
TALK = {"en": "her question about whether the starter walks suit people with dodgy knees",
        "de": "ihre Frage, ob die Einsteigerwanderungen auch mit kaputten Knien gehen"}  # fmt: skip


def _prompts(language: str, last_contact: str) -> list[str]:
    people = HEADER + f"Bethan Rees,facebook,https://example.com/bethan,regular,{last_contact},,,,,"
    people += f'"{TALK[language]}"\n'
    strategy = make(language=language, channels={"facebook": {}})
    return [
        named_prompts(strategy, people, [{"channel": "facebook", "move": move, "seq": seq,
                                          "start": "2027-01-18 08:00"}])[0]
        for move in ("thank", "comment") for seq in range(4)
    ]  # fmt: skip


@pytest.mark.parametrize("language", ["en", "de"])
def test_a_long_wait_gets_an_apology(language: str) -> None:
    prompts = [p for p in _prompts(language, "2026-09-12") if TALK[language] in p]
    assert prompts
    assert all(any(s in p.lower() for s in SORRY[language]) for p in prompts), prompts
    assert not [p for p in prompts if "Good question!" in p or "Gute Frage!" in p], prompts


@pytest.mark.parametrize("language", ["en", "de"])
def test_a_fresh_question_gets_none(language: str) -> None:
    prompts = [p for p in _prompts(language, "2027-01-04") if TALK[language] in p]
    assert prompts
    assert not [p for p in prompts if any(s in p.lower() for s in SORRY[language])], prompts
