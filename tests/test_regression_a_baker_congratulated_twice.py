"""A youth group congratulated a baker on thirty years of his bakery on 1 February; a week
later its post on the confirmation camp told the team to send it to him and „Gratulier Tobias
dabei gleich zur Neuigkeit vom 1. Februar“ (r547). News the plan has congratulated on is no
longer a reason to congratulate; weeks on, asking how the first months went still is.
"""

from __future__ import annotations

from dataclasses import replace

from dialogplan.contacts import parse_contacts
from dialogplan.prompt_context import Contexts
from tests.test_render import entries
from tests.test_threads import make

HEADER = "name,channel,profile,tier,last_contact,news,news_date,birthday,note,talk_about\n"
ROW = ("Tobias Hofmann,instagram,@hofmann,regular,2026-11-20,30 Jahre Bäckerei Hofmann,"
       "2027-02-01,,Backt Brötchen für die Konfi-Freizeit,\n")  # fmt: skip
TOPIC = {"title": "Konfi-Freizeit", "kind": "own", "questions": ["Was nimmst du mit?"]}


def test_news_congratulated_on_is_no_reason_to_congratulate_again() -> None:
    strategy = make(topics=[TOPIC], channels={"instagram": {}})
    strategy = strategy.with_people(parse_contacts((HEADER + ROW).encode(), "contacts.csv"))
    rows = [
        {"channel": "instagram", "move": "congratulate", "start": "2027-02-01 09:00"},
        {"channel": "instagram", "move": "ask", "topic": "Konfi-Freizeit",
         "start": "2027-02-08 09:00"},
    ]  # fmt: skip
    built = list(entries(strategy, rows))
    built[0] = replace(built[0], contact="Tobias Hofmann", contact_row=2, contact_reason="news")
    post = Contexts(strategy, built)(1)
    (person,) = post["topic_people"]
    assert person["name"] == "Tobias Hofmann"
    assert person["fresh"] is None


def test_news_not_yet_congratulated_on_is_the_way_in() -> None:
    strategy = make(topics=[TOPIC], channels={"instagram": {}})
    strategy = strategy.with_people(parse_contacts((HEADER + ROW).encode(), "contacts.csv"))
    rows = [{"channel": "instagram", "move": "ask", "topic": "Konfi-Freizeit",
             "start": "2027-02-08 09:00"}]  # fmt: skip
    (person,) = Contexts(strategy, entries(strategy, rows))(0)["topic_people"]
    assert person["fresh"] is not None
