"""A pharmacy's lines to customers pasted its whole meeting place.

„Komm gern bei uns in der Apotheke an der Marktstraße, gern am Beratungstisch, vorbei!“:
the strategy's ``meet_at`` tells the team where to meet people, with details after a comma
that nobody says to a customer. A line in quotes now says the place up to its first comma.
"""

from __future__ import annotations

import re

from tests.support import build
from tests.test_threads import make

MEET_AT = "bei uns in der Werkstatt am Markt, gern nach Feierabend"
QUOTE = re.compile(r"„([^“]*)“")


def test_a_line_to_a_customer_says_the_place_without_its_details() -> None:
    strategy = make(
        meet_at=MEET_AT,
        topics=[{"title": "Möbel reparieren", "kind": "theme", "talk": "problem"}],
        channels={"facebook": {}, "instagram": {}},
    )
    quotes = [q for e in build(strategy).entries for q in QUOTE.findall(e.prompt)]
    assert not [q for q in quotes if "gern nach Feierabend" in q]
    assert any("bei uns in der Werkstatt am Markt vorbei" in q for q in quotes)
