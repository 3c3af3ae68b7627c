"""„Vorgestern fand „Gassigeher-Schnuppertag“ statt“: an event without a short form had no article.

An animal shelter's taster day for dog walkers gave no ``short``, and the sentence that looks
back on it put the quoted title where German needs an article. A title whose first word's
ending says its gender now gets one, also of several words („der „Aktionstag zum Tag der
Pflegenden““, which a care union's reviewer missed); one led by an article keeps its own.
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
        # A care union's reviewer: a title of several words needs its article too, where its
        # first word says the gender; one led by an article keeps its own.
        ("Tag der offenen Tür", "fand der „Tag der offenen Tür“ statt"),
        ("Aktionstag zum Tag der Pflegenden", "fand der „Aktionstag zum Tag der Pflegenden“ statt"),
        ("Die lange Nacht der Museen", "fand „Die lange Nacht der Museen“ statt"),
        ("Kinder-Uni: Warum fliegen Flugzeuge?", "fand „Kinder-Uni: Warum fliegen Flugzeuge?“"),
    ],
)
def test_a_one_word_title_gets_its_article(title: str, said: str) -> None:
    event = {"title": title, "noun": "", "days_until": -2, "running": False, "over": True,
             "day": "Sa., 06.03.", "last": "", "days": 1, "days_left": -2}  # fmt: skip
    assert said in str(MACROS.ev_ist(event))


def test_an_invitation_line_gives_the_title_its_article() -> None:
    """A midwives' reviewer: „Komm gern vorbei: ‚Familienmesse Wettinberg‘ ist morgen“."""
    event = {"title": "Familienmesse Wettinberg", "noun": "", "days_until": 1, "running": False,
             "over": False, "day": "Sa., 06.03.", "last": "", "days": 1, "days_left": 1,
             "at": "", "place": "", "online": False, "opens_in": 0}  # fmt: skip
    assert "vorbei: Die ‚Familienmesse Wettinberg‘ ist" in str(MACROS.komm(event))
