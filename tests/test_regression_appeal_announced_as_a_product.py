"""An animal shelter's appeal for its new cat house was announced as a product.

„Poste eine persönliche Einladung zu eurem Angebot „Bausteinaktion Katzenhaus“ … Beschreib,
wie es abläuft, statt Leistungen aufzuzählen“: a blind reviewer called it shop language. An
offer that asks people to give (a donation campaign, a sponsorship) is now introduced as what
the money is for and how far the team has got, with its own question kept.
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

QUESTION = {"de": "Was wünschst du dir für die Katzen im neuen Haus?",
            "en": "What would you most like the cats' new house to have?"}  # fmt: skip
SHOP = {"de": ("Angebot", "Leistungen"), "en": ("offer", "signing up")}
APPEAL = {"de": ("sammel", "Beitrag", "zusammengekommen", "möglich wird"),
          "en": ("money", "raising", "gift", "what it's for", "make possible")}  # fmt: skip


@pytest.mark.parametrize("language", ["de", "en"])
def test_an_appeal_is_introduced_as_what_the_money_is_for(language: str) -> None:
    offer = {"title": "Bausteinaktion Katzenhaus", "from": date(2027, 3, 1),
             "until": date(2027, 5, 31), "question": QUESTION[language]}  # fmt: skip
    strategy = make(language=language, offers=[offer], channels={"facebook": {}, "linkedin": {}})
    rows = [{"channel": "facebook", "move": "announce", "start": f"2027-03-{1 + n:02d} 09:00",
             "announce": offer["title"], "seq": n} for n in range(6)]  # fmt: skip
    for entry in render(strategy, entries(strategy, rows)):
        assert not [w for w in SHOP[language] if w in entry.prompt], entry.prompt
        assert [w for w in APPEAL[language] if w in entry.prompt], entry.prompt
