"""A reply round told the team to answer a comment with the topic's next question.

"Where someone wants to say more, ask: “What do you wish someone had told you about brushing a
puppy?”" read as a canned answer that ignored what the person wrote (two reviews). The next
question now comes once everyone has a reply, in a comment of the team's own under the post.
"""

from __future__ import annotations

import re

import pytest

from dialogplan.render import render
from tests.support import asked_and_followed
from tests.test_render import entries
from tests.test_threads import make

QUESTIONS = {
    "en": ["How old was your dog at its first groom?", "What do you wish you had known?"],
    "de": ["Wie alt war dein Hund beim ersten Scheren?", "Was hättest du gern vorher gewusst?"],
}
OWN_COMMENT = {"en": r"comment of your own|comment under the post", "de": r"eigene[nr] Kommentar"}


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_next_question_goes_into_a_comment_of_the_team_s_own(language: str) -> None:
    topic = {"title": "Puppy grooming", "kind": "theme", "questions": QUESTIONS[language]}
    strategy = make(language=language, topics=[topic])
    rows = asked_and_followed("reply", 6, 2)
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    first, second = QUESTIONS[language]
    # The rounds after a post that asked the first question, which go on with the second.
    follow_ups = [r for p, r in zip(prompts[::2], prompts[1::2], strict=True)
                  if first in p and second in r]  # fmt: skip
    assert follow_ups
    for prompt in follow_ups:
        assert re.search(OWN_COMMENT[language], prompt.split(second)[0]), prompt
