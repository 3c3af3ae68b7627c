"""A dental practice's Facebook page was told to thank those who shared "your question from
Wednesday", without a word on which.

A thank-you round among mentions does not quote the question, as a round among the answers
does, so it named nothing at all. It now names the question's topic.
"""

from __future__ import annotations

from typing import Any

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

TOPIC = "Angst vor dem Zahnarzt"
QUESTION = "Was hilft {dir|Ihnen}, wenn {du|Sie} nervös {wirst|werden}?"


def test_thanks_among_mentions_name_the_topic() -> None:
    topics = [{"title": TOPIC, "kind": "theme", "short": "Zahnarztangst", "talk": "story",
               "questions": [QUESTION]}]  # fmt: skip
    strategy = make(topics=topics, channels={"facebook": {}})
    ask: dict[str, Any] = {"channel": "facebook", "move": "ask", "topic": TOPIC,
                           "start": "2027-03-03 09:00"}  # fmt: skip
    thanks = [{**ask, "move": "thank", "continues": 0, "place": "mentions", "seq": n,
               "start": f"2027-03-0{5 + n} 18:00"} for n in range(2)]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, [ask, *thanks]))][1:]
    assert prompts
    for prompt in prompts:
        assert "zur Zahnarztangst" in prompt or "zum Thema Zahnarztangst" in prompt, prompt
