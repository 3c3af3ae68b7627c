"""The same question twice in one group, four and seven weeks apart.

A bowls club's parents' group read "Where do you take visitors first?" as the follow-up of
one thread, and four weeks later as a post of its own that pointed to another group's
answers; a knife shop's chefs' group read the shop's own question under a member's post
seven weeks after the shop had posted it there (r390, r391). A post that asks a question
already followed up in the same group goes back to that thread; a comment in a group takes
another question where one is free.
"""

from __future__ import annotations

from dialogplan.team_material import asked_before, questions_in_turn
from tests.test_render import entries
from tests.test_threads import make

FIRST = "Which whetstone did you start with?"
SECOND = "How often do you sharpen your own knives?"
THIRD = "Who taught you to sharpen a knife?"
GROUP = "Norfolk Hospitality Network"


def _asked(rows: list[dict[str, object]], *questions: str) -> tuple[list[str], list[int | None]]:
    topic = {"title": "Sharpening", "kind": "theme", "questions": list(questions)}
    strategy = make(language="en", topics=[topic], channels={"facebook": {}},
                    groups={"facebook": [GROUP]})  # fmt: skip
    built = entries(strategy, rows)
    asked = questions_in_turn(strategy, built)
    return asked, asked_before(built, asked)


def _row(move: str, day: str, **more: object) -> dict[str, object]:
    return {"channel": "facebook", "move": move, "start": f"2027-{day} 19:00",
            "topic": "Sharpening", "group": GROUP, **more}  # fmt: skip


def test_a_comment_in_a_group_takes_a_question_not_posted_there() -> None:
    rows = [_row("group-ask", "03-30"), _row("ask", "04-20", group=""), _row("comment", "05-23")]
    asked, _ = _asked(rows, FIRST, SECOND)
    assert asked == [FIRST, SECOND, SECOND]


def test_a_comment_in_a_group_still_asks_where_no_other_question_is_free() -> None:
    asked, _ = _asked([_row("group-ask", "03-30"), _row("comment", "05-23")], FIRST)
    assert asked == [FIRST, FIRST]


def test_a_post_asking_a_groups_follow_up_again_goes_back_to_it() -> None:
    rows = [_row("group-ask", "03-02"), _row("reply", "03-02", follows=0),
            _row("group-ask", "03-30")]  # fmt: skip
    asked, before = _asked(rows, FIRST, SECOND)
    assert asked == [FIRST, SECOND, SECOND]
    assert before[2] == 1


def test_a_group_post_takes_a_question_its_threads_have_not_heard() -> None:
    """Four weeks after a thread's follow-up, a post there takes another question (r403)."""
    rows = [_row("group-ask", "03-02"), _row("reply", "03-02", follows=0),
            _row("group-ask", "03-30")]  # fmt: skip
    asked, _ = _asked(rows, FIRST, SECOND, THIRD)
    assert asked == [FIRST, SECOND, THIRD]
