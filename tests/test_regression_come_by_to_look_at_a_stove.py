"""A chimney sweep's help under a stove problem said „komm gern bei uns im Büro am Mühlweg
vorbei, dann schauen wir gemeinsam drauf“, and a children's circus offered to look at
parents' holiday childcare together in its gym (r451, r450): nobody brings a stove to an
office.

Help that invites people to the team's meeting place offers to talk it over there.
"""

from __future__ import annotations

from datetime import date

from tests.support import build
from tests.test_threads import make

TOPIC = {"title": "Der Kaminofen zieht nicht", "short": "Kaminofen", "kind": "theme",
         "talk": "problem"}  # fmt: skip


def test_help_offers_to_talk_at_the_meeting_place_not_to_look() -> None:
    strategy = make(start=date(2027, 1, 11), months=6, topics=[TOPIC], voice="wir",
                    meet_at="bei uns im Büro am Mühlweg auf einen Kaffee",
                    groups={"facebook-group": ["Hausbesitzer Hohlachtal"]},
                    channels={"facebook-group": {"hours_per_week": 2}})  # fmt: skip
    prompts = [e.prompt for e in build(strategy).entries if e.move in ("comment", "reply")]
    said = [p for p in prompts if "im Büro am Mühlweg" in p]
    assert any("in Ruhe" in p for p in said)
    assert not [p for p in said if "gemeinsam drauf" in p or "zusammen an" in p]
