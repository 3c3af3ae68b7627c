"""A coffee cart's thank-you round under its own question named the answers and asked one
more thing, and never took the best answer anywhere (r680: "invite them to the cart on
Saturday, with a coffee on us"). Where the team says where it meets people (``meet_at``) and
nothing else is pointed to, thank-you rounds under its own posts suggest meeting the person
whose answer stayed with it there, though not every one, in English and in German.
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.render import render
from tests.test_render import entries, weekly_rounds
from tests.test_threads import make

MEET_AT = {
    "en": "at our cart at the Saturday market on Petersfield Green",
    "de": "bei uns am Kaffeewagen auf dem Samstagsmarkt",
}
SAID = {"en": "Petersfield Green", "de": "am Kaffeewagen auf dem Samstagsmarkt vorbei"}


@pytest.mark.parametrize("language", ["en", "de"])
def test_thank_you_rounds_suggest_meeting_where_the_team_meets_people(
    language: str,
) -> None:
    topic = {"title": "Our cart", "kind": "theme"}
    strategy = make(language=language, topics=[topic], meet_at=MEET_AT[language],
                    channels={"facebook": {}})  # fmt: skip
    rows = weekly_rounds("facebook", topic["title"], "thank", date(2027, 3, 1), 6, 2)
    for n, row in enumerate(r for r in rows if r["move"] == "thank"):
        row["seq"] = n
    thanks = [e.prompt for e in render(strategy, entries(strategy, rows)) if e.move == "thank"]
    meeting = [p for p in thanks if SAID[language] in p]
    assert 0 < len(meeting) < len(thanks), thanks
