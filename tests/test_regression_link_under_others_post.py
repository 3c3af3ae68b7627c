"""A thank-you under another beekeeper's blog post ended with a link to the team's course.

„Wer Lust auf mehr zeigt, bekommt einen Hinweis auf den Anfängerkurs … https://…“ under
someone else's article turns thanks into advertising in their space; so did "Where it fits,
mention your MDR webinar on Wednesday" in a translator's thanks under a colleague's post.
Invitations to offers and events now stay out of work in other people's spaces.
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


def test_no_event_under_someone_else_s_post_in_its_week() -> None:
    event = {"title": "MDR-Webinar", "date": date(2027, 3, 17)}
    strategy = make(
        topics=[{"title": "Varroa", "kind": "theme"}],
        events=[event],
        channels={"blog": {}, "linkedin": {}},
    )
    rows = [
        {"channel": "blog", "move": "thank", "start": "2027-03-15 14:00"},
        {"channel": "blog", "move": "listen", "start": "2027-03-15 15:00"},
    ]
    facts = contexts(strategy, rows)
    assert facts(0)["event_soon"] is None
    assert facts(1)["event_soon"].title == "MDR-Webinar"  # noted privately while reading
