"""Regression: "one answer …, in a line and without names" for a who-question (r429).

A sheepdog society asked in a group who was the best handler people had ever seen, and the
post that asked it again told the team to quote one answer from before without names: the
answer was a name. The answer is quoted without saying who wrote it.
"""

from __future__ import annotations

import pytest

from dialogplan.prompt_templates import environment

MACRO = {
    "en": '{% import "en/_macros.j2" as m %}{{ m.asked_again(ab, turn) }}',
    "de": '{% import "de/_macros.j2" as m %}{{ m.nochmal(ab, turn) }}',
}
SAID = {"en": "without saying who wrote it", "de": "ohne zu sagen, wer sie geschrieben hat"}
NOT = {"en": "names", "de": "ohne Namen"}


@pytest.mark.parametrize("language", ["de", "en"])
@pytest.mark.parametrize("thread", [True, False])
@pytest.mark.parametrize("turn", [0, 1])
def test_the_earlier_answer_is_quoted_without_its_writer(
    language: str, thread: bool, turn: int
) -> None:
    ab = {"day": "2027-04-01", "channel": "Facebook", "channel_id": "facebook-group",
          "group": "Fell Farmers", "in_groups": True, "thread": thread}  # fmt: skip
    text = environment().from_string(MACRO[language]).render(ab=ab, turn=turn)
    assert SAID[language] in text, text
    assert NOT[language] not in text
