"""A dental practice's comments under posts about the fear of dentists asked „wo war das?“.

The strategy had a question for exactly those people („Was hilft dir, wenn du im Wartezimmer
nervös wirst?“), and reviewers marked the stock lines down beside it, in four of the last
six reviews. A comment under someone else's post now asks the topic's own question where it
fits the post, and about a detail of the post where not; never a question about the team,
nor one people ask the team.
"""

from __future__ import annotations

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

TOPIC = "Angst vor dem Zahnarzt"
THEIRS = "Was hilft {dir|Ihnen}, wenn {du|Sie} im Wartezimmer nervös {wirst|werden}?"
ABOUT_US = "Was sollen wir in unserer Praxis anders machen?"
ASKED_OF_US = "Kann ich vorher sagen, dass ich jederzeit eine Pause brauche?"


def test_a_comment_asks_the_topics_question_to_people() -> None:
    topics = [{"title": TOPIC, "kind": "theme", "short": "Zahnarztangst", "talk": "story",
               "questions": [ASKED_OF_US, ABOUT_US, THEIRS]}]  # fmt: skip
    strategy = make(topics=topics, channels={"instagram": {}})
    rows = [{"channel": "instagram", "move": "comment", "topic": TOPIC, "seq": n,
             "start": f"2027-03-{1 + 7 * n:02d} 18:00"} for n in range(3)]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    assert "„Was hilft dir, wenn du im Wartezimmer nervös wirst?“" in prompts[0]
    assert "frag danach" in prompts[0]  # each post gets its own detail
    for prompt in prompts:
        assert "Praxis anders machen" not in prompt and "Pause brauche" not in prompt, prompt
