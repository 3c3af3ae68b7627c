"""An electrician wrote „Reicht ein FI-Schalter im alten Haus, oder muss alles neu?“ as a
question customers ask, and validate quoted it as one asking about no one (r580 writer):
whether something is enough is asked of the trade, and answered in the team's own posts.
"""

from __future__ import annotations

from dialogplan.question_shapes import asks_the_team


def test_whether_it_is_enough_is_asked_of_the_team() -> None:
    assert asks_the_team("Reicht ein FI-Schalter im alten Haus, oder muss alles neu?", "de")
    assert asks_the_team("Reichen zwei Stunden, oder brauche ich einen ganzen Tag?", "de")


def test_one_asked_of_the_reader_is_not() -> None:
    assert not asks_the_team("Reicht dir ein Tag in Rom, oder brauchst du drei?", "de")
    assert not asks_the_team("Reicht ein Balkon für ein Wildbienenhotel?", "de")
