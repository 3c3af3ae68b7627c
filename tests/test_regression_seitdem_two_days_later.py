"""A reading-mentor group's thank-you, two days after the last contact, told the user to ask
Renate „was sich seitdem getan hat“ (r239), and its reply round under „Welche Frage eines
Kindes hat Sie zuletzt sprachlos gemacht?“ answered „schöne Wahl! Was reizt Sie daran?“ as if
people had picked something. What happened since is asked after two weeks or more, and a
which-question about a moment that happened is a story.
"""

from __future__ import annotations

from dataclasses import replace

from dialogplan.contacts import parse_contacts
from dialogplan.question_shapes import talk_of
from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

PEOPLE = (
    "name,channel,profile,tier,last_contact,news,news_date,birthday,note,talk_about\n"
    "Renate Kowalczyk,facebook,https://example.com/renate,close,2026-11-20,,,,Lesepatin,"
    '"ihr Lesekind, das jetzt Comics verschlingt"\n'
)


def test_two_days_on_nobody_is_asked_what_has_happened_since() -> None:
    strategy = make(channels={"facebook": {}}, voice="wir")
    strategy = strategy.with_people(parse_contacts(PEOPLE.encode(), "contacts.csv"))
    for seq in range(3):
        rows = [{"channel": "facebook", "move": "thank", "seq": seq, "start": start}
                for start in ("2027-03-20 09:00", "2027-03-22 09:00")]  # fmt: skip
        named = [replace(e, contact_row=2) for e in entries(strategy, rows)]
        second = render(strategy, named)[1].prompt
        assert "seitdem" not in second, second
        assert "Beim letzten Mal" not in second


def test_a_moment_that_happened_is_a_story() -> None:
    assert talk_of("Welche Frage eines Kindes hat Sie zuletzt sprachlos gemacht?", "de") == "story"
