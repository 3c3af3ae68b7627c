"""Regression: „Am einfachsten geht das über die Hashtags rund um eure Themen und euren Ort“
for a sailmaker that listed #kielsegeln (r653).

Comments and listening on winter storage for sails left out the channel's only hashtag that
was not the team's own, as one named after its area, and named nothing instead. Where no
other hashtag is left, one that names the area and a field is where to look.
"""

from __future__ import annotations

from tests.test_prompt_context import context
from tests.test_threads import make


def test_the_areas_field_hashtag_is_named_where_nothing_else_is_left() -> None:
    strategy = make(
        area="Kiel",
        topics=[
            {"title": "Segel richtig einwintern", "kind": "theme"},
            {"title": "Ausbildung zur Segelmacherin und zum Segelmacher"},
        ],
        channels={"instagram": {"tags": ["#kielsegeln", "#kiel"]}},
    )
    for move in ("comment", "listen"):
        row = {"channel": "instagram", "move": move, "topic": "Segel richtig einwintern",
               "start": "2027-03-02 12:00"}  # fmt: skip
        assert context(strategy, [row])["tags"] == ("#kielsegeln",), move
