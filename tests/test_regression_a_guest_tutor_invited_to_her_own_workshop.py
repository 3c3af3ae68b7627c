"""Regression: a gospel choir's guest tutor, invited to her own workshop day (r498).

The team's note said „Gastdozentin beim Workshop-Tag“. Two weeks before it, the message to
her asked „Kommst du? Dann sehen wir uns dort!“; three weeks after it, a thank-you said
„Euer letzter Kontakt war am 11. Februar“, though she had taught there on 27 February.
Someone who teaches or speaks at an event makes it happen: asked what she needs before
it, and met there, as far as the plan's count of days goes.
"""

from __future__ import annotations

from datetime import date

from tests.test_render import named_prompts
from tests.test_threads import make

PEOPLE = (
    "name,channel,profile,tier,last_contact,news,news_date,birthday,note,talk_about\n"
    "Abena Mensah,instagram,@abena.gospelvoice,close,2026-12-01,,,,"
    "Gastdozentin beim Workshop-Tag,die Liedauswahl für den Workshop-Tag\n"
)
EVENT = {"title": "Gospel-Workshop-Tag 2027", "date": date(2027, 2, 27), "time": "10:00-17:00",
         "place": "Gemeindehaus St. Petri"}  # fmt: skip


def test_the_tutor_is_asked_what_she_needs_and_met_there() -> None:
    strategy = make(channels={"instagram": {}}, events=[EVENT])
    before = named_prompts(strategy, PEOPLE, [{"channel": "instagram", "move": "meet",
                                               "start": "2027-02-11 11:00"}])[0]  # fmt: skip
    assert "Kommst du" not in before, before
    after = named_prompts(strategy, PEOPLE, [{"channel": "instagram", "move": "thank",
                                              "start": "2027-03-21 11:00"}])[0]  # fmt: skip
    assert "1. Dezember" not in after and "Dezember" not in after, after
    assert "27. Februar" in after, after
