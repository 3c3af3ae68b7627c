"""Lines a dental practice's and a kayak club's reviewers quoted as not fitting.

„Was möchtest du darüber noch wissen?“ went to people who had just answered the practice's
own question; „einen Hinweis auf die Ausbildungsplatz und ZFA-Stelle“ declined two nouns by
the second; "Thanks for reading! Has something like that happened to you?" under a story
on Facebook asked commenters for what they had just told.
"""

from __future__ import annotations

from dialogplan.german_nouns import genus
from dialogplan.render import render
from tests.test_render import asked_and_answered, entries
from tests.test_threads import make


def test_answers_to_an_own_question_are_not_asked_what_else_to_know() -> None:
    strategy = make()
    rows = asked_and_answered("instagram", [f"2027-03-{10 + n:02d}" for n in range(8)])
    for entry in render(strategy, entries(strategy, rows)):
        if entry.move == "reply":
            assert "darüber noch wissen" not in entry.prompt, entry.prompt


def test_two_joined_nouns_get_no_single_article() -> None:
    assert genus("Ausbildungsplatz und ZFA-Stelle") == ""
    assert genus("Tag der offenen Tür") == "m"


def test_a_story_s_commenters_are_not_thanked_for_reading() -> None:
    strategy = make(language="en", channels={"facebook": {}})
    rows = []
    for n in range(24):
        day = f"2027-{3 + n // 12:02d}-{2 + 2 * (n % 12):02d}"
        rows += [
            {"channel": "facebook", "move": "story", "start": f"{day} 09:00", "seq": n,
             "topic": "Nachfolge"},
            {"channel": "facebook", "move": "reply", "start": f"{day} 18:00", "seq": n,
             "topic": "Nachfolge", "follows": 2 * n},
        ]  # fmt: skip
    for entry in render(strategy, entries(strategy, rows)):
        assert "Thanks for reading" not in entry.prompt, entry.prompt
