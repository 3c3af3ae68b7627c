"""Regression: a newsletter's reply round before a break said to tell later writers (r521).

An architects' practice answering e-mail replies the working day before its study week was
told "say so in your last reply, so anyone who writes later knows an answer comes on
Monday 22 February": a reply by e-mail is read by the person it answers only. Whoever writes
later hears it from an automatic reply; under a post, the last reply still says it.
"""

from __future__ import annotations

from datetime import date

import pytest

from dialogplan.render import render
from tests.test_render import asked_and_answered, entries
from tests.test_threads import make

PUBLIC = {"en": "in your last reply", "de": "in deiner letzten Antwort"}
AUTOMATIC = {"en": "automatic reply", "de": "automatische Antwort"}
BACK = {"en": "15 February", "de": "15. Februar"}


def _reply(language: str, channel: str, turn: int) -> str:
    strategy = make(language=language, channels={channel: {}},
                    blackout=[{"from": date(2027, 2, 8), "to": date(2027, 2, 12),
                               "reason": "Studienwoche"}])  # fmt: skip
    rows = asked_and_answered(channel, ["2027-02-05"], "09:00", "18:00", topic="Nachfolge")
    rows[1]["seq"] = turn
    return render(strategy, entries(strategy, rows))[1].prompt


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_mail_round_sets_an_automatic_reply_or_tells_each_reader(language: str) -> None:
    replies = [_reply(language, "newsletter", turn) for turn in range(4)]
    assert all(BACK[language] in r and PUBLIC[language] not in r for r in replies), replies
    assert any(AUTOMATIC[language] in r for r in replies), replies


@pytest.mark.parametrize("language", ["en", "de"])
def test_under_a_post_the_last_reply_still_says_it(language: str) -> None:
    replies = [_reply(language, "facebook", turn) for turn in range(4)]
    assert all(AUTOMATIC[language] not in r for r in replies), replies
    assert any(PUBLIC[language] in r for r in replies), replies
