"""A pet sitter's ticks question went to a town's wanted-and-offered group.

It listed its groups with their themes: „Hunde in Lüneburg“ for ticks and the lead rule, and
„Lüneburg sucht und findet“ with none. A question on no topic in the second took the goal's
questions of every theme, so „Wo in Lüneburg hast du dieses Jahr die erste Zecke
erwischt?“ went to people looking for a used pram. A group that lists no themes is not asked
those of the themes another group of the channel lists.
"""

from __future__ import annotations

from dialogplan.schedule import schedule
from dialogplan.team_material import questions_in_turn
from tests.support import ROOT, load_plan

SITTERS = ROOT / "tests" / "strategies" / "pfotenwerk.yaml"
WANTED = "Lüneburg sucht und findet"


def test_a_group_without_themes_is_not_asked_another_groups() -> None:
    strategy = load_plan(SITTERS)
    questions = {topic.title: topic.questions for topic in strategy.topics}
    listed = {q for group in strategy.groups["facebook-group"] for title in group.topics
              for q in questions[title]}  # fmt: skip
    entries = schedule(strategy)
    asked = questions_in_turn(strategy, entries)
    wanted = [q for e, q in zip(entries, asked, strict=True)
              if e.group == WANTED and e.move == "group-ask" and not e.topic]  # fmt: skip
    assert wanted
    assert not [q for q in wanted if q in listed]
