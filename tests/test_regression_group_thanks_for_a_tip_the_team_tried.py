"""A strength gym's thank-you round sent its coaches to find a neighbour in a village group
"whose tip about starting strength training later in life you tried" (r237, IMPOSSIBLE): the
coaches are the experts on it. A thank-you in a group is for help members gave each other, and
claims nothing the team tried.
"""

from __future__ import annotations

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

TOPIC = {"title": "Starting strength training later in life", "kind": "theme"}


def test_a_group_thank_you_claims_no_tip_the_team_tried() -> None:
    strategy = make(language="en", timezone="Europe/London", topics=[TOPIC],
                    channels={"facebook-group": {}},
                    groups={"facebook-group": ["Ffairfach Neighbours"]})  # fmt: skip
    rows = [{"channel": "facebook-group", "move": "thank", "topic": TOPIC["title"],
             "group": "Ffairfach Neighbours", "seq": seq,
             "start": f"2027-04-{5 + seq:02d} 19:00"} for seq in range(10)]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    claims = ("you tried", "helped you", "you actually used", "we tried", "exactly what we needed",
              "it worked")  # fmt: skip
    assert not [p for p in prompts if any(claim in p for claim in claims)], prompts
