"""A law firm's announcement spoke of „eurem Angebot „Donnerstags-Sprechstunde““, a label in
nested quotes (r318; r309 and r315 struck the same).

An offer whose title starts with its one-word short form, of a known gender, is named as in
conversation: „die Donnerstags-Sprechstunde“. A title that says more first („Anmeldung
Osterferienprogramm“) keeps it, since it tells what runs until when.
"""

from __future__ import annotations

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make


def _announcements(offer: dict[str, object]) -> list[str]:
    strategy = make(offers=[offer], channels={"facebook": {}})
    rows = [{"channel": "facebook", "move": "announce", "announce": offer["title"],
             "start": f"2027-03-{day:02d} 18:00", "seq": day} for day in range(1, 11)]  # fmt: skip
    return [e.prompt for e in render(strategy, entries(strategy, rows))]


def test_an_offer_with_a_short_form_is_named_as_in_conversation() -> None:
    prompts = _announcements({"title": "Donnerstags-Sprechstunde ohne Termin",
                              "short": "Donnerstags-Sprechstunde"})  # fmt: skip
    assert not [p for p in prompts if "Angebot „" in p], prompts
    assert any("die Donnerstags-Sprechstunde" in p for p in prompts)


def test_a_title_that_says_more_first_is_kept() -> None:
    prompts = _announcements({"title": "Anmeldung Osterferienprogramm",
                              "short": "Osterferienprogramm"})  # fmt: skip
    assert any("Angebot „Anmeldung Osterferienprogramm“" in p for p in prompts)


def test_the_monthly_review_names_the_offer_as_in_conversation() -> None:
    offer = {"title": "Donnerstags-Sprechstunde ohne Termin", "short": "Donnerstags-Sprechstunde"}
    strategy = make(offers=[offer], channels={"linkedin": {}})
    rows = [{"channel": "linkedin", "move": "review", "start": f"2027-03-{day} 12:00",
             "seq": seq} for seq, day in enumerate((29, 30, 31))]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    assert not [p for p in prompts if "Angebot „" in p], prompts
    assert any("zur Donnerstags-Sprechstunde" in p for p in prompts), prompts
