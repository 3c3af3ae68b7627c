"""A comment round on saved local posts named neither their kind nor a line that fit them.

A radio station's Facebook page saved "posts where you see a local club, shop or initiative
sharing its news" and later was told to "look at the posts you saved on Wednesday again" and
answer with a line for any post: "Good to see this here! How did it come about?". The
comment round now knows what the listening round looked for, names it and answers in kind.
"""

from __future__ import annotations

import pytest

from dialogplan.render import render
from tests.test_prompt_context import contexts
from tests.test_render import entries
from tests.test_threads import make


def rows() -> list[dict[str, object]]:
    return [
        {"channel": "facebook", "move": "listen", "start": "2027-03-03 09:00", "topic": "",
         "place": "local", "seq": 2},
        {"channel": "facebook", "move": "comment", "start": "2027-03-05 09:00", "topic": "",
         "place": "local", "continues": 0, "seq": 5},
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("language", "said"),
    [("en", "the posts with local news"), ("de", "Neuigkeiten aus der Gegend")],
)
def test_the_comment_round_names_and_answers_the_kind_it_saved(language: str, said: str) -> None:
    strategy = make(language=language, channels={"facebook": {}})
    facts = contexts(strategy, rows())
    assert facts(1)["earlier"]["angle_id"] == facts(0)["local_angle_id"] == "local-news"
    comment = render(strategy, entries(strategy, rows()))[1]
    assert said in comment.prompt
