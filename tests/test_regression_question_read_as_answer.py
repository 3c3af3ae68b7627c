"""A reply round read as if the question had been the answer.

„People answered “Flat fee or advance and royalties – which do you prefer and why?”“ put
the team's own question where the answers belong. The round now names it as the question
people answered.
"""

from __future__ import annotations

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

QUESTION = "Flat fee or advance and royalties – which do you prefer and why?"


def test_the_round_names_the_question_as_the_one_people_answered() -> None:
    talks = ("problem", "taste", "story", "debate", None)
    topics = [{"title": f"Fees {talk}", "kind": "theme", "talk": talk, "questions": [QUESTION]}
              for talk in talks]  # fmt: skip
    strategy = make(language="en", topics=topics, channels={"instagram": {}})
    rows: list[dict[str, object]] = []
    for n, topic in enumerate(topics):
        day, title = f"2027-03-{n + 1:02d}", topic["title"]
        ask = len(rows)
        rows.append(
            {"channel": "instagram", "move": "ask", "start": f"{day} 08:00", "topic": title}
        )
        rows += [
            {"channel": "instagram", "move": "reply", "start": f"{day} {hour}:00", "topic": title,
             "follows": ask, "seq": seq}
            for seq, hour in enumerate(("12", "15", "18"))
        ]  # fmt: skip
    prompts = [r.prompt for r in render(strategy, entries(strategy, rows))]
    quoting = [p for p in prompts[1:] if f"“{QUESTION}”" in p]
    assert quoting
    assert not [p for p in quoting if f"answered “{QUESTION}”:" in p or "People answered “" in p]
