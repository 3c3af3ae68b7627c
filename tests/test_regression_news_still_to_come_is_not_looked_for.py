"""A monument workshop's congratulation round on 1 February said to look whether Carola Lenz
had news, three days before the award its contacts file dated 4 February (r454; a fair-trade
shop's reviewer found the same, r462).

A contact whose news is still to come is congratulated when it comes, and a round before it
does not send the team looking there.
"""

from __future__ import annotations

from dialogplan.contacts import parse_contacts
from tests.test_prompt_context import contexts
from tests.test_threads import make

CSV = (
    "name,channel,profile,tier,last_contact,news,news_date\n"
    "Atelier Lenz – Carola Lenz,linkedin,https://example.com/in/carola-lenz,regular,"
    "2026-10-01,Denkmalpreis des Landes erhalten,2027-02-04\n"
)


def test_a_round_before_the_news_does_not_look_there() -> None:
    strategy = make(channels={"linkedin": {}}).with_people(
        parse_contacts(CSV.encode(), "contacts.csv")
    )
    rows = [{"channel": "linkedin", "move": "congratulate", "start": f"2027-{day} 08:00",
             "seq": n, "topic": ""} for n, day in enumerate(["02-01", "02-08"])]  # fmt: skip
    facts = contexts(strategy, rows)
    assert facts(0)["nearby"] == ()
    assert [p["name"] for p in facts(1)["nearby"]] == ["Carola Lenz"]
