"""Regression: "Ravi founded Ledgerline Analytics on 1 December. Ask how the first months have
been." in a message on 5 February, then "A quiet week? Ravi Anand founded Ledgerline Analytics
on 1 December: ask Ravi in a message how the first months have gone." on 5 March (r664).

An open-source library's congratulation round looked in on a founder four weeks after a
message had asked him the same. A round looks in on nobody named in the six weeks around it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from dialogplan.contacts import parse_contacts
from dialogplan.prompt_context import Contexts
from tests.test_render import entries
from tests.test_threads import make

HEADER = "name,channel,profile,tier,last_contact,news,news_date,birthday,note,talk_about\n"
RAVI = ("Ravi Anand,linkedin,https://example.com/in/ravi,regular,2026-08-05,"
        "Founded Ledgerline Analytics,2026-12-01,,Former contributor,\n")  # fmt: skip


@pytest.mark.parametrize(("named_on", "looks_in"), [("2027-02-05", False), ("2027-01-10", True)])
def test_a_round_looks_in_on_nobody_named_in_the_weeks_before(
    named_on: str, looks_in: bool
) -> None:
    strategy = make(language="en", start=date(2027, 1, 4), months=3,
                    channels={"linkedin": {}})  # fmt: skip
    strategy = strategy.with_people(parse_contacts((HEADER + RAVI).encode(), "contacts.csv"))
    rows = [
        {"channel": "linkedin", "move": "comment", "start": f"{named_on} 07:30"},
        {"channel": "linkedin", "move": "congratulate", "start": "2027-03-05 07:30"},
    ]
    named, rounded = entries(strategy, rows)
    facts = Contexts(strategy, [replace(named, contact_row=2), rounded])
    look_in = facts(1)["look_in"]
    assert (look_in is not None and look_in["name"] == "Ravi Anand") is looks_in, look_in
