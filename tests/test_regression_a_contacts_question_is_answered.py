"""A zero-waste shop's notes said Merle was waiting on „ihre Frage nach festem Spülmittel“, and
the newsletter's reply round offered her „eine Rückfrage zu dem, was euch verbindet: ihre Frage
nach festem Spülmittel“ (r230). A person's own open question is answered, in German and English.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from dialogplan.contacts import parse_contacts
from dialogplan.names import asked
from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

HEADER = "name,channel,profile,tier,last_contact,news,news_date,birthday,note,talk_about\n"


@pytest.mark.parametrize(
    ("language", "talk", "answer"),
    [
        ("de", "ihre Frage nach festem Spülmittel", "eantworte ihre Frage nach festem Spülmittel"),
        ("en", "her question about solid dish soap", "answer her question about solid dish soap"),
    ],
)
def test_a_newsletter_reader_gets_her_answer(language: str, talk: str, answer: str) -> None:
    row = f"Merle Tietjen,newsletter,merle@example.org,close,2026-11-28,,,,Stammkundin,{talk}\n"
    strategy = make(language=language, channels={"newsletter": {}})
    strategy = strategy.with_people(parse_contacts((HEADER + row).encode(), "contacts.csv"))
    prompts = []
    for seq in range(4):
        rows = [{"channel": "newsletter", "move": "ask", "start": "2027-03-15 09:00"},
                {"channel": "newsletter", "move": "reply", "follows": 0, "seq": seq,
                 "start": "2027-03-17 09:00"}]  # fmt: skip
        ask, reply = entries(strategy, rows)
        prompts.append(render(strategy, [ask, replace(reply, contact_row=2)])[1].prompt)
    assert all(answer in p for p in prompts)
    assert not [p for p in prompts if "Rückfrage" in p or "ask about" in p]


def test_what_to_talk_about_is_asked_only_when_it_is_their_question() -> None:
    assert asked("seine Frage zur Förderung")
    assert asked("Does the jar deposit work for honey too?")
    assert not asked("the supplier-risk review we ran together")
    assert not asked("ihre Plastikfasten-Challenge mit den Kindern")
