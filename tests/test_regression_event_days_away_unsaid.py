"""A newsletter the day before a session, and a return post two days before one, said nothing of it.

An IT firm's issue of 18 May used the question of its passwords session on 19 May but invited
nobody to it; its LinkedIn, back from a break on the Monday, asked "What's keeping you busy
this week?" two days before a session with a question of its own. An English article now
invites to an event of the coming days before its closing question, and a return post in
either language mentions the event and asks its question.
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

QUESTION = {"en": "What is the one file your office could not live without?",
            "de": "Welche Datei wäre im Büro am schwersten zu ersetzen?"}  # fmt: skip
URL = "https://northgate.example/lunchtime"


def strategy(language: str):  # noqa: ANN201 - a Strategy, as make gives it
    event = {"title": "Lunchtime session on backups", "date": date(2027, 4, 21),
             "time": "12:30-13:30", "place": "Northgate Desk, Park Row 3, Leeds", "url": URL,
             "question": QUESTION[language]}  # fmt: skip
    blackout = [{"from": date(2027, 4, 12), "to": date(2027, 4, 16), "reason": "Easter"}]
    channels = {"linkedin": {}, "newsletter": {"hours_per_week": 1}}
    return make(language=language, events=[event], blackout=blackout, channels=channels)


@pytest.mark.parametrize("language", ["en", "de"])
def test_a_return_post_asks_the_coming_events_question(language: str) -> None:
    s = strategy(language)
    # A question is put to the same followers once in six weeks: one return post.
    rows = [{"channel": "linkedin", "move": "back", "start": "2027-04-19 12:00", "seq": 0}]
    (entry,) = render(s, entries(s, rows))
    assert QUESTION[language] in entry.prompt, entry.prompt


def test_an_article_invites_to_the_event_of_the_coming_days() -> None:
    s = strategy("en")
    rows = [{"channel": "newsletter", "move": "article", "start": "2027-04-20 09:00",
             "topic": "Nachfolge", "seq": n} for n in range(3)]  # fmt: skip
    for entry in render(s, entries(s, rows)):
        assert URL in entry.prompt and "invite" in entry.prompt, entry.prompt
