"""A village association's newsletter round wrote to its mayor three days after his
re-election and only answered his question about a roof grant (r609). A reader the round
writes to with news of the last three weeks is congratulated on it first.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from dialogplan.contacts import parse_contacts
from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

HEADER = "name,channel,profile,tier,last_contact,news,news_date,birthday,note,talk_about\n"
NEWS = {"de": "Zum Bürgermeister wiedergewählt", "en": "Re-elected as mayor"}
SAID = {"de": "Glückwunsch zur Neuigkeit vom", "en": "congratulation on"}


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_reader_s_fresh_news_is_congratulated(language: str) -> None:
    row = f"Klaus Hinrichs,newsletter,k@example.org,loose,,{NEWS[language]},2027-03-05,,,\n"
    strategy = make(language=language, channels={"newsletter": {}})
    strategy = strategy.with_people(parse_contacts((HEADER + row).encode(), "contacts.csv"))
    rows = [
        {"channel": "newsletter", "move": "ask", "start": "2027-03-07 08:00"},
        {"channel": "newsletter", "move": "reply", "start": "2027-03-08 08:00", "follows": 0},
    ]
    built = list(entries(strategy, rows))
    built[1] = replace(built[1], contact_row=2, contact_reason="due")
    reply = render(strategy, built)[1].prompt
    assert "Klaus" in reply, reply
    assert SAID[language] in reply and NEWS[language] in reply, reply
