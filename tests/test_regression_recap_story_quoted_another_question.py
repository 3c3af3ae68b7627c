"""After a story about a meet-up, the reply round quoted a question the story never asked.

The story told a moment of the „Online-Stammtisch“ the day before and closed on „Was nehmt ihr
von gestern mit?“; the topic's question it had been given („Nimmst du Anfragen ohne Notiz
an …?“) was left out, yet the reply round said „Du hattest gefragt: …“ with it. A story about
an event just gone now takes none of the topic's questions, and its reply round quotes none.
"""

from __future__ import annotations

from tests.support import ROOT, build, load_plan


def test_a_reply_after_a_recap_quotes_no_topic_question() -> None:
    entries = build(load_plan(ROOT / "plans" / "wolkenwerk-coaching" / "strategy.yaml")).entries
    by_uid = {e.uid: e for e in entries}
    after = [
        e for e in entries
        if e.move == "reply" and e.follows_up and "Gestern fand" in by_uid[e.follows_up].prompt
        and by_uid[e.follows_up].move == "story"
    ]  # fmt: skip
    assert after
    assert not [e.prompt for e in after if "hattest gefragt" in e.prompt]
