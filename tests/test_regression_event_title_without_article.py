"""„Vorgestern fand „Gassigeher-Schnuppertag“ statt“: an event without a short form had no article.

An animal shelter's taster day for dog walkers gave no ``short``, and the sentence that looks
back on it put the quoted title where German needs an article. A one-word title whose ending
says its gender now gets one; a title of several words stays as it was, quoted without.
"""

from __future__ import annotations

import pytest

from dialogplan.prompt_templates import environment

MACROS = environment().get_template("de/_macros.j2").module


@pytest.mark.parametrize(
    ("title", "said"),
    [
        ("Gassigeher-Schnuppertag", "fand der „Gassigeher-Schnuppertag“ statt"),
        ("Frühlingsmesse", "fand die „Frühlingsmesse“ statt"),
        ("Tag der offenen Tür", "fand „Tag der offenen Tür“ statt"),
    ],
)
def test_a_one_word_title_gets_its_article(title: str, said: str) -> None:
    event = {"title": title, "noun": "", "days_until": -2, "running": False, "over": True,
             "day": "Sa., 06.03.", "last": "", "days": 1, "days_left": -2}  # fmt: skip
    assert said in str(MACROS.ev_ist(event))
