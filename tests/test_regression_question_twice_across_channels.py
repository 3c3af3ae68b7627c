"""„When did you first feel nervous in water – can you remember?“ twice in two weeks.

A swimming coach's Facebook page and Instagram asked the same question a few days apart: a
question rested only on the channel that asked it, though a town's followers see both. A
question asked in an own post now rests two weeks on every channel; a reply round's
follow-up, heard only in its thread, does not count.
"""

from __future__ import annotations

from datetime import timedelta

from dialogplan.team_material import ACROSS_CHANNELS_REST_DAYS, questions_in_turn
from tests.support import build
from tests.test_threads import make

QUESTIONS = ["When did you first feel nervous in water?", "Who taught you to swim?"]
TOPICS = [{"title": "Nervous swimmers", "kind": "theme", "questions": QUESTIONS}]


def test_an_own_posts_question_rests_on_every_channel() -> None:
    strategy = make(language="en", topics=TOPICS, channels={"facebook": {}, "instagram": {}})
    entries = build(strategy).entries
    asked = [
        (e.start.date(), e.channel, q)
        for e, q in zip(entries, questions_in_turn(strategy, entries), strict=True)
        if q and e.move in ("ask", "story") and not e.group
    ]
    assert {channel for _, channel, _ in asked} == {"facebook", "instagram"}
    rest = timedelta(days=ACROSS_CHANNELS_REST_DAYS)
    for n, (day, channel, question) in enumerate(asked):
        for later, other, again in asked[n + 1 :]:
            if again == question and other != channel:
                assert later - day >= rest, (question, day, later)
