"""Regression: congratulation rounds named nobody while contacts held new starts (r508, r515).

A pub's, an optician's and a woodworking school's rounds sent the team to "people around
you", though a contact there had opened a taproom or a drying store weeks before,
congratulated then. The quiet week of such a round now asks that contact how the first
weeks have gone; once a plan, and only for a new start (not a bookshop turning ten).
"""

from __future__ import annotations

from dialogplan.contacts import parse_contacts
from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

PEOPLE = (
    "name,channel,profile,tier,news,news_date\n"
    "Dev Sharma,instagram,@dev.brews,regular,Opened a taproom at Hanbury Mill,2027-01-15\n"
    "Corn Street Books,instagram,@cornstreetbooks,regular,Corn Street Books turns ten,2027-01-15\n"
)
LOOKS_IN = "how the first weeks have gone"


def _rounds(days: list[str]) -> list[str]:
    strategy = make(language="en", channels={"instagram": {}})
    strategy = strategy.with_people(parse_contacts(PEOPLE.encode(), "contacts.csv"))
    rows = [{"channel": "instagram", "move": "congratulate", "seq": n, "start": f"{day} 11:00"}
            for n, day in enumerate(days)]  # fmt: skip
    return [e.prompt for e in render(strategy, entries(strategy, rows))]


def test_weeks_later_the_quiet_week_looks_in_on_the_new_start() -> None:
    (prompt,) = _rounds(["2027-03-08"])
    assert "Dev" in prompt and LOOKS_IN in prompt and "taproom" in prompt, prompt
    assert "Corn Street Books turns ten" not in prompt, prompt


def test_an_organisation_is_named_in_full() -> None:
    """A bookshop is no person: "Ask Corn one question about their latest post" (r520)."""
    assert not [
        p for p in _rounds(["2027-03-08", "2027-03-22"]) if "Corn " in p.replace("Corn Street", "")
    ]


def test_once_a_plan_and_not_in_the_first_weeks() -> None:
    early, later, again = _rounds(["2027-01-25", "2027-03-08", "2027-03-22"])
    assert LOOKS_IN not in early, early
    assert LOOKS_IN in later, later
    assert LOOKS_IN not in again, again


def test_a_page_looks_in_at_the_organisation_of_a_person_known_there() -> None:
    """A florist's Facebook page: the tearoom's owner, at the tearoom's page (r525)."""
    people = (
        "name,channel,profile,tier,news,news_date\n"
        "The Old Mill Tearoom – Dan Firth,facebook,https://example.com/oldmill,regular,"
        "Opened a second tearoom in Coldharrow,2027-01-15\n"
    )
    strategy = make(language="en", channels={"facebook": {}})
    strategy = strategy.with_people(parse_contacts(people.encode(), "contacts.csv"))
    rows = [{"channel": "facebook", "move": "congratulate", "start": "2027-03-08 11:00"}]
    (prompt,) = [e.prompt for e in render(strategy, entries(strategy, rows))]
    assert "Dan" in prompt and LOOKS_IN in prompt, prompt
