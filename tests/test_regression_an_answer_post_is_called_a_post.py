"""A first-aid branch's thank-you asked „Wer hat eure Antwort vom 19. April … geteilt oder in
einer Story gezeigt?“ about a post that had answered a question people ask (r360: IMPOSSIBLE,
read as a reply under a comment, which nobody can share). A post that answers a question is
named as a post.
"""

from __future__ import annotations

import pytest

from tests.test_render import entries, render
from tests.test_threads import make

QUESTION = {"de": "Darf ich nach einer Tätowierung Blut spenden?",
            "en": "Can I give blood after a tattoo?"}  # fmt: skip
NAMED = {"de": "Beitrag mit der Antwort", "en": "post with the answer"}


@pytest.mark.parametrize("language", ["de", "en"])
def test_a_thank_you_names_the_answer_as_a_post(language: str) -> None:
    topic = {"title": "Blood donation", "kind": "own", "questions": [QUESTION[language]]}
    strategy = make(language=language, topics=[topic], channels={"instagram": {}})
    prompts = []
    for seq in range(4):
        rows = [{"channel": "instagram", "move": "ask", "start": "2027-04-19 09:00",
                 "topic": topic["title"]},
                {"channel": "instagram", "move": "thank", "start": "2027-04-26 18:00",
                 "topic": topic["title"], "continues": 0, "seq": seq}]  # fmt: skip
        prompts.append(render(strategy, entries(strategy, rows))[1].prompt)
    naming = [p for p in prompts if "19" in p]
    assert naming, prompts
    assert all(NAMED[language] in p for p in naming), naming
