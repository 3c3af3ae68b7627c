"""A village shop's question to a neighbours' group, on no topic and with no question of its
own, read “The last time it came up for you – what did you do first?”: "it" stood for
nothing (r261). A group question on nothing asks what only people who live there know.
"""

from __future__ import annotations

import pytest

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

GROUP = {"en": "Ledden Valley Neighbours", "de": "Nachbarn im Leddental"}


@pytest.mark.parametrize("language", ["en", "de"])
def test_a_question_on_no_topic_is_about_the_area(language: str) -> None:
    strategy = make(language=language, topics=[{"title": "Our shop", "kind": "own"}],
                    channels={"facebook-group": {}}, groups={"facebook-group": [GROUP[language]]},
                    area="Brambleford")  # fmt: skip
    rows = [
        {"channel": "facebook-group", "move": "group-ask", "seq": seq, "topic": "",
         "group": GROUP[language], "start": f"2027-03-{10 + seq} 19:00"}
        for seq in range(6)
    ]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    assert not [p for p in prompts if "it came up" in p or "… bei" in p], prompts
    assert all("Brambleford" in p or " here" in p or " hier" in p for p in prompts), prompts


@pytest.mark.parametrize("language", ["en", "de"])
def test_a_noticeboard_without_an_area_is_asked_about_the_place(language: str) -> None:
    """A GP practice's „Ehrenbach sucht und findet“, its goal's people named by their town,
    read „Wie oft steht … bei Ihnen an – jede Woche oder seltener?“ (r266)."""
    board = {"en": "Ehrenbach Buy and Sell", "de": "Ehrenbach sucht und findet"}[language]
    strategy = make(language=language, topics=[{"title": "Our shop", "kind": "own"}],
                    channels={"facebook-group": {}},
                    groups={"facebook-group": [board]})  # fmt: skip
    rows = [
        {"channel": "facebook-group", "move": "group-ask", "seq": seq, "topic": "",
         "group": board, "start": f"2027-03-{10 + seq} 19:00"}
        for seq in range(6)
    ]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    assert not [p for p in prompts if "…" in p.split("“" if language == "en" else "„")[-1]
                and "tip" not in p and "Tipp" not in p], prompts  # fmt: skip
    assert all("round here" in p or "here" in p or "hier" in p for p in prompts), prompts
