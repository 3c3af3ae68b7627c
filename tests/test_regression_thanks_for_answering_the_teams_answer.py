"""An ice-cream parlour's thank-you round said "You asked “Do I need any experience to work in
an ice-cream parlour?”" and thanked people for answering it.

That is a question people ask the team: its post answered it. The round after it now says the
team answered it and thanks those who added a tip of their own.
"""

from __future__ import annotations

from tests.support import build
from tests.test_threads import make

FAQ = "Do I need any experience to work in an ice-cream parlour?"
TOPIC = {"title": "Summer jobs", "kind": "theme", "questions": [FAQ]}


def test_a_thank_you_after_an_answer_thanks_for_additions() -> None:
    strategy = make(language="en", timezone="Europe/London", topics=[TOPIC],
                    channels={"facebook": {}}, months=3)  # fmt: skip
    thanks = [e.prompt for e in build(strategy).entries if e.move == "thank" and FAQ in e.prompt]
    assert thanks
    assert not [p for p in thanks if f"You asked “{FAQ}”" in p]
