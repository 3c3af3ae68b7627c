"""A brewery's Facebook page was told „Bleibt es still, schreib Katharina Meixner kurz an“
(r697): she is a group's admin, on a channel where the team writes first, but the round was on
the page, which writes to nobody first. Where the work is on such a page, the post goes to her
from the team's own profile, whatever channel the contacts file gives her.
"""

from __future__ import annotations

from typing import Any

import pytest

from dialogplan.contacts import parse_contacts
from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

HEADER = "name,channel,profile,tier,last_contact,news,news_date,birthday,note,talk_about\n"
ROW = "Katharina Meixner,facebook-group,https://example.org/km,regular,2026-09-30,,,,Hopfen,\n"
OWN = {"en": "your own profile", "de": "eigenen Profil"}


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_page_sends_it_from_the_team_s_own_profile(language: str) -> None:
    people = parse_contacts((HEADER + ROW).encode(), "contacts.csv")
    topics = [{"title": "Hopfen", "kind": "theme"}]
    channels = {"facebook": {}, "facebook-group": {}}
    strategy = make(language=language, topics=topics, channels=channels)
    strategy = strategy.with_people(people)
    ask: dict[str, Any] = {"channel": "facebook", "move": "ask", "topic": "Hopfen",
                           "start": "2027-03-02 09:00"}  # fmt: skip
    replies = [{**ask, "move": "reply", "follows": 0, "seq": n,
                "start": f"2027-03-03 1{n}:00"} for n in range(8)]  # fmt: skip
    texts = [e.prompt for e in render(strategy, entries(strategy, [ask, *replies]))[1:]]
    named = [text for text in texts if "Katharina Meixner" in text]
    assert named, texts
    assert all(OWN[language] in text for text in named), named
