"""Three writers were asked for questions on a topic of their own and guessed it needed none,
as the README keeps an own subject to the team's own posts (r558, r566, r567 writers). Its line
in the advice now says the questions are for those posts.
"""

from __future__ import annotations

from dialogplan.question_supply import few_questions
from dialogplan.schedule import schedule_work
from tests.test_threads import make


def test_an_own_topic_s_line_says_its_questions_are_for_own_posts() -> None:
    topics = [{"title": "Our editing days", "kind": "own"},
              {"title": "Flowers in season", "kind": "theme"}]  # fmt: skip
    strategy = make(language="en", topics=topics, channels={"instagram": {}, "facebook": {}})
    (finding,) = few_questions(strategy, schedule_work(strategy))
    lines = {
        line.split("'")[1]: line for line in finding.suggestion.splitlines() if line[:2] == "- "
    }
    assert "your own subject, so its questions go in your own posts" in lines["Our editing days"], (
        lines
    )
    assert "own subject" not in lines.get("Flowers in season", ""), lines
