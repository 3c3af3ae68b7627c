"""A family mediation service knew the Severn Family Hub and Age UK's grandparents' groups on
Facebook, and its comment rounds sent it to "other pages from your area … a local club,
school, shop" without naming either (r351). A comment round on no topic starts, in turn, with
an organisation the team knows on the channel, and asks there for a post that fits, not for
news to congratulate on.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from dialogplan.contacts import parse_contacts
from tests.test_render import entries, render
from tests.test_threads import make

HEADER = "name,channel,profile,tier,last_contact,news,news_date,birthday,note,talk_about\n"
ROWS = (
    "Severn Family Hub,facebook,https://example.com/severnfamilyhub,regular,2026-11-25,,,,,\n"
    "Age UK Shropshire,facebook,https://example.com/ageukshropshire,regular,2026-11-20,,,,,\n"
)


@pytest.mark.parametrize("language", ["de", "en"])
def test_a_comment_round_names_an_organisation_the_team_knows(language: str) -> None:
    strategy = make(language=language, channels={"facebook": {}})
    strategy = strategy.with_people(parse_contacts((HEADER + ROWS).encode(), "contacts.csv"))
    rows = [{"channel": "facebook", "move": "comment", "seq": n, "topic": "", "place": "local",
             "start": f"{date(2027, 3, 1) + timedelta(days=7 * n)} 09:00"}
            for n in range(6)]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    named = [p for p in prompts if "Severn Family Hub" in p or "Age UK Shropshire" in p]
    assert len(named) >= 2, prompts
    assert {"Severn Family Hub", "Age UK Shropshire"} <= {
        name for p in named for name in ("Severn Family Hub", "Age UK Shropshire") if name in p
    }
    celebrate = ("zu feiern", "Glückwünsche", "to celebrate", "congratulat")
    assert not [p for p in named if any(word in p for word in celebrate)], named
