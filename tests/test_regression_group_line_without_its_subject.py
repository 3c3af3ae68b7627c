"""A group question read “What's the one detail that stayed with you?”, with nothing to say
what it was a detail of. The line for a story told in a group now names its subject.
"""

from __future__ import annotations

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make


def test_a_group_story_question_says_what_it_is_about() -> None:
    topics = [{"title": "Learning BSL", "kind": "theme", "talk": "story", "short": "learning BSL"}]
    strategy = make(language="en", topics=topics, groups={"linkedin": ["Bristol Deaf Community"]})
    rows = [{"channel": "linkedin", "move": "group-ask", "start": f"2027-03-{n + 2:02d} 08:00",
             "topic": "Learning BSL", "group": "Bristol Deaf Community"}
            for n in range(8)]  # fmt: skip
    for prompt in (e.prompt for e in render(strategy, entries(strategy, rows))):
        assert "“What's the one detail that stayed with you?”" not in prompt, prompt
