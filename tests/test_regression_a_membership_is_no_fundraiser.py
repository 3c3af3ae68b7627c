"""A school's parents' association announced „Mitglied im Förderverein werden“ with „Stell …
eure Aktion vor: wofür ihr sammelt und wie weit ihr seid“ (r352): a membership read as a
fundraiser with a sum to report. An offer to join is announced by what members make possible
and how to join; it stays an appeal wherever it is pointed to.
"""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_prompt_context import contexts
from tests.test_render import entries, render
from tests.test_threads import make

OFFERS = {
    "de": {"title": "Mitglied im Förderverein werden", "from": date(2027, 3, 1)},
    "en": {"title": "Become a member of the Friends", "from": date(2027, 3, 1)},
}
SUMS = ("sammelt", "wie weit", "zusammengekommen", "how far", "come together", "raising")


@pytest.mark.parametrize("language", ["de", "en"])
def test_a_membership_is_announced_as_joining(language: str) -> None:
    strategy = make(language=language, offers=[OFFERS[language]], channels={"facebook": {}})
    rows = [{"channel": "facebook", "move": "announce", "announce": OFFERS[language]["title"],
             "start": f"2027-03-{day:02d} 09:00"} for day in range(2, 9)]  # fmt: skip
    announce = contexts(strategy, rows)(0)["announce"]
    assert announce.membership
    assert announce.appeal
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    assert not [p for p in prompts if any(word in p for word in SUMS)], prompts
    assert all("Mitglied" in p or "member" in p for p in prompts), prompts
