"""A winery's question to a restaurant group read „Was ist eure Empfehlung für … – und warum
gerade die?“: on a topic of taste without a short form, the line kept its blank. Without one it
now asks for a tip that helped.
"""

from __future__ import annotations

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make


def test_a_group_question_on_no_topic_has_no_blank() -> None:
    topics = [{"title": "Welcher Wein passt zu Flammkuchen?", "kind": "theme", "talk": "taste"}]
    strategy = make(topics=topics, groups={"facebook-group": ["Gastro & Genuss Mosel"]},
                    channels={"facebook-group": {}})  # fmt: skip
    rows = [{"channel": "facebook-group", "move": "group-ask",
             "topic": "Welcher Wein passt zu Flammkuchen?", "group": "Gastro & Genuss Mosel",
             "start": f"2027-03-{n + 1:02d} 08:00"}
            for n in range(20)]  # fmt: skip
    for prompt in (e.prompt for e in render(strategy, entries(strategy, rows))):
        assert "für … –" not in prompt, prompt
