"""A sports club's question to a noticeboard read „Wir suchen gerade neue Mitglieder für
Kinderturnen, Laufgruppe und "Fit ab 60" – …“ (r293's reviewer): the goal's straight quotes
stood inside the line's German ones. Inside a quoted line a name stands in ‚…‘ (‘…’).
"""

from __future__ import annotations

import pytest

from dialogplan.prompt_context import sought


@pytest.mark.parametrize(
    ("language", "goal", "said"),
    [("de", 'Neue Mitglieder für Laufgruppe und "Fit ab 60" gewinnen',
      "neue Mitglieder für Laufgruppe und ‚Fit ab 60‘"),
     ("en", 'Find volunteers for the "Cuppa Club" on Thursdays',
      "volunteers for the ‘Cuppa Club’ on Thursdays")],
)  # fmt: skip
def test_a_name_in_quotes_is_quoted_inside_the_line(language: str, goal: str, said: str) -> None:
    assert sought(goal, language) == said
