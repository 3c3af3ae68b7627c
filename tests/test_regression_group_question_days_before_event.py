"""A community radio's question to a volunteers' group said nothing of its open studio weekend
four days later.

The weekend was for the very people the group was asked to recruit, and the reviewer called
the question the obvious place to mention it. A question to a group now names an event of the
coming week for its people – not in the post, which stays a question, but in the replies to
whoever sounds keen. Weeks ahead it stays out: there it would be an advert in someone else's
room.
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

EVENT = {"title": "Open Studio Weekend", "date": date(2027, 4, 24), "until": date(2027, 4, 25),
         "time": "10:00-16:00", "topics": ["Volunteering on air"]}  # fmt: skip


def asked(language: str, day: str) -> str:
    strategy = make(
        language=language,
        events=[EVENT],
        topics=[{"title": "Volunteering on air", "kind": "theme"}],
        channels={"facebook-group": {}},
        groups={"facebook-group": ["Hebble Vale Volunteers"]},
    )
    rows = [{"channel": "facebook-group", "move": "group-ask", "start": f"{day} 08:00",
             "topic": "Volunteering on air", "group": "Hebble Vale Volunteers"}]  # fmt: skip
    (entry,) = render(strategy, entries(strategy, rows))
    return entry.prompt


@pytest.mark.parametrize(("language", "reply"), [("en", "reply"), ("de", "Antwort")])
def test_a_group_question_days_before_the_event_mentions_it_for_the_replies(
    language: str, reply: str
) -> None:
    prompt = asked(language, "2027-04-20")
    told = [s for s in prompt.split(". ") if "Open Studio Weekend" in s]
    assert told
    assert all(reply in sentence for sentence in told)


def test_a_group_question_weeks_before_the_event_leaves_it_out() -> None:
    assert "Open Studio Weekend" not in asked("en", "2027-04-01")
