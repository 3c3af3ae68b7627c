"""A forge's writer read "As above" under the first register warning `validate` showed.

The way to write a question in both registers was said in full under the first such question
found, a topic's, and report order put an event's question before it: the first warning said
"As above" with nothing above. The full way now goes under the first one shown.
"""

from __future__ import annotations

from datetime import date

from dialogplan.findings import sort_findings
from tests.support import build
from tests.test_threads import make


def test_the_first_register_warning_shown_says_how_in_full() -> None:
    strategy = make(
        address="Sie",
        channels={"linkedin": {}, "instagram": {"address": "du"}},
        topics=[{"title": "Geländer", "questions": ["Welche Form passt zu Ihrer Treppe?"]}],
        events=[
            {
                "title": "Tag der offenen Schmiede",
                "date": date(2027, 4, 24),
                "question": "Was würden Sie sich bei uns als Erstes ansehen?",
            }
        ],
    )
    shown = [f for f in sort_findings(build(strategy).findings) if f.code == "other-register"]
    assert [f.message.split(":")[0] for f in shown] == [
        "events[0].question",
        "topics[0].questions[0]",
    ]
    assert shown[0].suggestion.startswith("Write both forms in braces")
    assert shown[1].suggestion.startswith("Both forms in braces")
