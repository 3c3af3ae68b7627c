"""A locksmith's landlords were sent to the LinkedIn feed for posts about lockouts at night.

The goal for small landlords named a landlords' forum, and the strategy listed the themes
that forum talks about (changing locks between tenants, insurance-approved locks). The
themes for no goal still took turns with the landlords everywhere, so LinkedIn, kept for
landlords, asked for "fresh posts about being locked out": a reviewer called it impossible.
A goal whose named groups list their themes now has those themes, not the ones for no goal.
"""

from __future__ import annotations

from dialogplan.schedule import schedule_work
from tests.test_threads import make

FORUM = "West Yorkshire Landlords Forum"
LISTED = ["Moving in – should you change the locks?", "Insurance-approved locks"]
OTHERS = ["Locked out – what to do before you call anyone", "Smart locks and video doorbells"]


def test_a_goal_has_the_themes_its_groups_list() -> None:
    goals = [{"id": "neighbours", "text": "Be the locksmith neighbours recommend"},
             {"id": "landlords", "text": "Win landlords' lock changes",
              "where": [f"the Facebook group {FORUM}"]}]  # fmt: skip
    topics = [{"title": t, "kind": "theme"} for t in (*LISTED, *OTHERS)]
    strategy = make(
        language="en", goals=goals, topics=topics, months=3,
        channels={"linkedin": {"goals": ["landlords"]},
                  "facebook": {"goals": ["neighbours"]},
                  "facebook-group": {"goals": ["neighbours", "landlords"]}},
        groups={"facebook-group": ["Armley Community Hub", {"name": FORUM, "topics": LISTED}]},
    )  # fmt: skip
    landlords = [e for e in schedule_work(strategy) if e.goal == "landlords" and e.topic]
    assert {e.topic for e in landlords if e.channel == "linkedin"} & set(LISTED)
    assert not [e for e in landlords if e.topic in OTHERS]
    neighbours = {e.topic for e in schedule_work(strategy) if e.goal == "neighbours"}
    assert neighbours & set(OTHERS)
