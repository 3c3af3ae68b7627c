"""A circus school's story was to be sent to „die Grundschule am Lindenberg – vielleicht kommt von
dort die erste Antwort“ (r232): a school answers no question about childhood hobbies, its
parents do. A post sent to an organisation asks it to pass it on, in German and English.
"""

from __future__ import annotations

import pytest

from dialogplan.contacts import parse_contacts
from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

PEOPLE = (
    "name,channel,profile,tier,last_contact,news,news_date,birthday,note,talk_about\n"
    "Grundschule am Lindenberg,facebook,https://example.com/gs,regular,2026-10-01,,,,"
    "Partnerschule für Zirkuspädagogik,\n"
)
PASS_ON = {"de": ("weiterzugeben", "weitergegeben"), "en": ("pass it on", "share it with")}


@pytest.mark.parametrize("language", ["de", "en"])
def test_a_post_goes_to_a_school_to_be_passed_on(language: str) -> None:
    topic = {"title": "Zirkuspädagogik", "kind": "theme"}
    strategy = make(language=language, topics=[topic], channels={"facebook": {}})
    strategy = strategy.with_people(parse_contacts(PEOPLE.encode(), "contacts.csv"))
    rows = [{"channel": "facebook", "move": "story", "topic": "Zirkuspädagogik", "seq": seq,
             "start": f"2027-04-{5 + 7 * seq:02d} 09:00"} for seq in range(3)]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    named = [p for p in prompts if "Grundschule" in p]
    assert named
    assert all(any(words in p for words in PASS_ON[language]) for p in named), named
    assert not [p for p in named if "erste Antwort" in p or "first answer" in p]
