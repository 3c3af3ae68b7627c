"""„Schreib auf anderen Seiten eurer Gegend zwei Kommentare unter Beiträgen von Leuten aus
deiner Gegend.“: a tutoring school's most repeated sentence.

Its goal's people came from a place their `who` names, so the area was left out, and the
round fell back to „aus deiner Gegend“: the area twice, once for „wir“, once for „ich“. The
fallback now follows the team's voice, and where the place already says „Gegend“, the posts
are simply the neighbours'.
"""

from __future__ import annotations

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make


def test_a_neighbourhood_round_says_the_area_once() -> None:
    goals = [{"id": "eltern", "text": "Eltern erreichen", "who": "Eltern aus Münster"}]
    strategy = make(goals=goals, voice="we", area="Münster", channels={"facebook": {}})
    rows = [{"channel": "facebook", "move": "comment", "start": f"2027-03-{d:02d} 18:00",
             "seq": n, "place": "local"} for n, d in enumerate(range(1, 29, 3))]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    assert not [p for p in prompts if p.count("Gegend") > 1 or "deiner Gegend" in p]
