"""A German group question about a plain theme was announced as one about preferences.

A zero-waste shop's question to a parents' group about picnics without plastic opened „Starte
… ein Gespräch über Vorlieben und Gewohnheiten der Mitglieder“, and a request for a
recommendation read „Was ist eure Empfehlung – und warum gerade die?“ without saying for what.
Only a theme of taste speaks of preferences now, and the recommendation names its theme.
"""

from __future__ import annotations

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

TOPICS = [{"title": "Picknick ohne Plastik", "kind": "theme", "short": "Picknick ohne Plastik"}]


def test_a_plain_theme_is_not_announced_as_preferences() -> None:
    strategy = make(topics=TOPICS, channels={"facebook-group": {}},
                    groups={"facebook-group": ["Eltern in Freiburg"]})  # fmt: skip
    rows = [{"channel": "facebook-group", "move": "group-ask", "topic": "Picknick ohne Plastik",
             "group": "Eltern in Freiburg", "start": f"2027-03-{d:02d} 19:00"}
            for d in range(1, 16)]  # fmt: skip
    for prompt in (e.prompt for e in render(strategy, entries(strategy, rows))):
        assert "Vorlieben" not in prompt, prompt
        assert "Empfehlung – und warum" not in prompt, prompt
