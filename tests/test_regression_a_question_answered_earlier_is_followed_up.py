"""Regression: "his question about group rates …: ask what has come of it".

A surf school's reviewer (r270) read a later note to a campsite manager asking him about his
own question, which the team had answered at the first touch: the team owed him the answer,
not he the team. Once the question is answered, the next touch asks whether the answer helped,
and later ones move on.
"""

from __future__ import annotations

import pytest

from dialogplan.contacts import parse_contacts
from tests.support import build
from tests.test_threads import make

HEADER = "name,channel,profile,tier,last_contact,news,news_date,birthday,note,talk_about\n"
TALK = {
    "en": ("his question about group rates for campsite guests", "ask what has come of it"),
    "de": ("seine Frage nach Gruppenpreisen für Campinggäste", "was daraus geworden ist"),
}
FOLLOW_UP = {"en": "whether it helped|how it worked out", "de": "ob es geholfen hat|weitergegangen"}


@pytest.mark.parametrize("language", ["en", "de"])
def test_later_touches_ask_whether_the_answer_helped(language: str) -> None:
    talk, wrong = TALK[language]
    row = f"Jago Penhale,instagram,@jago,close,2026-11-02,,,,Campingplatz,{talk}\n"
    strategy = make(language=language, channels={"instagram": {}}, months=3)
    people = parse_contacts((HEADER + row).encode(), "contacts.csv", strategy.keep_in_touch)
    prompts = [e.prompt for e in build(strategy.with_people(people)).entries if "Jago" in e.prompt]
    said = [p for p in prompts if talk.split()[-1] in p]
    assert "zuerst" in said[0] or "first" in said[0]  # the first touch answers it
    later = said[1:]
    assert len(later) == 1, said  # followed up once, then done with
    assert later, prompts
    assert not [p for p in later if wrong in p], later
    assert all(any(f in p for f in FOLLOW_UP[language].split("|")) for p in later), later
