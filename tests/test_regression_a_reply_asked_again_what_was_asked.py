"""A tax adviser asked its group „Was war Ihre größte Überraschung bei der ersten eigenen
Steuererklärung?“, and the reply round under it gave as the line to answer each story with
„Was hat Sie damals am meisten überrascht?“: what each person had just told (r683). An example
line that shares a word with the post's question gives way to one that does not.
"""

from __future__ import annotations

from dialogplan.question_shapes import fresh_lines
from dialogplan.render import render
from tests.test_render import asked_and_answered, entries
from tests.test_threads import make

QUESTION = "Was war {deine|Ihre} größte Überraschung bei der ersten eigenen Steuererklärung?"


def test_a_line_that_asks_the_question_again_gives_way() -> None:
    pairs = [["Frag nach:", ["Was hat dich überrascht?", "Was ist dir geblieben?"], "x"]]
    assert fresh_lines(pairs, QUESTION) == [["Frag nach:", ["Was ist dir geblieben?"], "x"]]


def test_where_every_line_asks_it_again_they_stay() -> None:
    pairs = [["Frag nach:", ["Was hat dich überrascht?"]]]
    assert fresh_lines(pairs, QUESTION) == pairs


def test_no_reply_round_asks_what_the_story_question_asked() -> None:
    topic = {"title": "Die erste Steuererklärung", "kind": "theme", "talk": "story",
             "questions": [QUESTION]}  # fmt: skip
    strategy = make(topics=[topic], channels={"facebook": {}})
    days = [f"2027-04-{day:02d}" for day in range(5, 29, 3)]
    rows = asked_and_answered("facebook", days, topic=topic["title"])
    replies = [e.prompt for e in render(strategy, entries(strategy, rows)) if e.move == "reply"]
    assert [p for p in replies if "Überraschung" in p], replies
    assert not [p for p in replies if "überrascht?" in p], replies
