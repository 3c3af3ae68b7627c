"""A thank-you under another beekeeper's blog post ended with a link to the team's course.

„Wer Lust auf mehr zeigt, bekommt einen Hinweis auf den Anfängerkurs … https://…“ under
someone else's article turns thanks into advertising in their space. Invitations to offers
and events now stay out of work in other people's spaces; a thank-you by message keeps them.
"""

from __future__ import annotations

from datetime import date

from tests.test_prompt_context import contexts
from tests.test_threads import make

OFFER = {
    "title": "Anfängerkurs Imkern",
    "url": "https://imkerei.example/kurs",
    "from": date(2027, 3, 1),
    "until": date(2027, 4, 18),
    "topics": ["Varroa"],
}


def test_no_invitation_under_someone_else_s_post() -> None:
    strategy = make(
        topics=[{"title": "Varroa", "kind": "theme"}],
        offers=[OFFER],
        channels={"blog": {}, "linkedin": {}},
    )
    rows = [
        {"channel": "blog", "move": "thank", "start": "2027-04-12 14:00"},
        {"channel": "linkedin", "move": "reply", "start": "2027-04-12 18:00"},
    ]
    facts = contexts(strategy, rows)
    assert facts(0)["place"]["kind"] == "other-blogs"
    assert facts(0)["invite"] is None
    assert facts(1)["invite"].title == "Anfängerkurs Imkern"
