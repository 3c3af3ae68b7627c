"""An orchestra's Instagram post ended by asking its followers "Is there a membership fee, and can
I try a few weeks first?" (r300): a newcomer's question, which a post answers. The asker's "I"
in a second clause, or a question about a fee or a waiting list, marks one people ask the team.
"""

from __future__ import annotations

import pytest

from dialogplan.question_shapes import asks_the_team


@pytest.mark.parametrize(
    ("question", "language", "theirs"),
    [("Is there a membership fee, and can I try a few weeks first?", "en", True),
     ("Is there a waiting list for cellos?", "en", True),
     ("Gibt es eine Warteliste, und kann ich erst mal zuschauen?", "de", True),
     ("Should we play more film music next season?", "en", False),
     ("What would you like to hear, and should we play it in May?", "en", False)],
)  # fmt: skip
def test_a_newcomers_question_is_one_people_ask(question: str, language: str, theirs: bool) -> None:
    assert asks_the_team(question, language) is theirs
