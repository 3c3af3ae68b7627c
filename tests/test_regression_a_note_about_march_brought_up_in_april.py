"""A chamber choir's post on 2 April was to be sent to the pastor with a word about „die Heizung
der Stadtkirche bei Konzerten im März“ (r463): the March concert was over.

A note that names a month gone by this year is not brought up after it.
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.contacts import parse_contacts
from dialogplan.details import names_a_month_gone
from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

HEADER = "name,channel,profile,tier,last_contact,news,news_date,birthday,note,talk_about\n"
PASTOR = ("Kirchengemeinde St. Martin – Matthias Gräble,facebook,https://fb.example/mg,regular,"
          "2026-10-04,,,,Pfarrer; Konzerte in der Stadtkirche,"
          "die Heizung der Stadtkirche bei Konzerten im März\n")  # fmt: skip
TOPIC = {"title": "Konzerte in Dorfkirchen", "kind": "theme"}


def _ask(day: str) -> str:
    strategy = make(voice="wir", topics=[TOPIC], channels={"facebook": {}})
    strategy = strategy.with_people(parse_contacts((HEADER + PASTOR).encode(), "contacts.csv"))
    rows = [
        {"channel": "facebook", "move": "ask", "topic": TOPIC["title"], "start": f"{day} 18:00"}
    ]
    return render(strategy, entries(strategy, rows))[0].prompt


def test_after_march_the_heating_in_march_is_not_brought_up() -> None:
    prompt = _ask("2027-04-02")
    assert "Matthias Gräble" in prompt
    assert "Heizung" not in prompt


def test_before_the_concerts_it_still_is() -> None:
    assert "Heizung" in _ask("2027-03-02")


@pytest.mark.parametrize(
    ("note", "day", "gone"),
    [("the May fair stall", date(2027, 6, 1), False),
     ("das Sommerfest im Juli", date(2027, 8, 2), True),
     ("her plans for December", date(2027, 4, 1), False)],
)  # fmt: skip
def test_only_a_full_month_name_of_this_year_counts(note: str, day: date, gone: bool) -> None:
    assert names_a_month_gone(note, day) == gone
