"""Stock lines an amateur radio club's reviewer found pasted where they made no sense (r349).

"What would be your second choice?" thanked a noticeboard for its answers to "Which event
round here do you never miss?", where people named several; "Thanks for that! What made the
difference for you?" answered comments on a post about hearing the space station, where
nothing had been made better; and "No comments yet? Add one yourself that narrows the question
down" followed a story that had asked nothing. A list of picks is asked what it misses, a
comment whether people know it themselves, and a quiet story gets a first question.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.support import GOLDEN_CALENDARS, struck_phrases_in
from tests.test_render import entries, render
from tests.test_threads import make

QUESTIONS = {
    "en": "Which event round here do you never miss?",
    "de": "Welches Fest in der Gegend lasst ihr nie aus?",
}


@pytest.mark.parametrize("language", ["de", "en"])
def test_a_list_of_picks_is_not_asked_for_a_second_choice(language: str) -> None:
    topic = {"title": "Local events", "kind": "theme", "questions": [QUESTIONS[language]]}
    strategy = make(language=language, topics=[topic], channels={"facebook-group": {}},
                    groups={"facebook-group": ["Town noticeboard"]})  # fmt: skip
    rows = []
    for n in range(6):
        day = date(2027, 3, 1) + timedelta(days=7 * n)
        rows += [{"channel": "facebook-group", "move": "group-ask", "start": f"{day} 09:00",
                  "topic": topic["title"], "seq": n},
                 {"channel": "facebook-group", "move": "thank", "topic": topic["title"],
                  "start": f"{day + timedelta(days=2)} 09:00", "continues": 2 * n,
                  "seq": n}]  # fmt: skip
    thanks = [e.prompt for e in render(strategy, entries(strategy, rows)) if e.move == "thank"]
    assert len(thanks) == 6
    assert not [p for p in thanks if "second choice" in p or "zweite Wahl" in p], thanks


@pytest.mark.parametrize(
    "calendar", GOLDEN_CALENDARS, ids=[c.parent.name for c in GOLDEN_CALENDARS]
)
def test_comments_are_not_asked_what_made_the_difference(calendar: Path) -> None:
    assert not struck_phrases_in(calendar, (r"What made the difference for you\?",))


def test_a_quiet_story_gets_a_first_question_not_a_narrower_one() -> None:
    topic = {"title": "Portable operating", "kind": "theme"}
    strategy = make(language="en", topics=[topic], channels={"mastodon": {}})
    rows = []
    for n in range(6):
        day = date(2027, 3, 1) + timedelta(days=7 * n)
        rows += [{"channel": "mastodon", "move": "story", "start": f"{day} 09:00",
                  "topic": topic["title"], "seq": n},
                 {"channel": "mastodon", "move": "reply", "start": f"{day} 18:00",
                  "topic": topic["title"], "follows": 2 * n, "seq": n}]  # fmt: skip
    replies = [e.prompt for e in render(strategy, entries(strategy, rows)) if e.move == "reply"]
    assert len(replies) == 6
    assert not [p for p in replies if "narrow" in p], replies
