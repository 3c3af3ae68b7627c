"""Regression: „kommen Sie dann bei uns im Büro an der Oststraße auf einen Kaffee – oder wir
kommen zu Ihnen auf den Hof vorbei“ (r671).

An insurance broker's meeting place offered a choice of its own, and the line put „vorbei“
after its second half. Sentences take the first place of such a choice.
"""

from __future__ import annotations

from tests.test_render import named_prompts
from tests.test_threads import make

HEADER = "name,channel,profile,tier,last_contact,news,news_date,birthday,note,talk_about\n"
PERSON = "Heinz Brockhoff,facebook,https://example.org/hb,regular,2026-11-02,,,,Landwirt,\n"
MEET = "bei uns im Büro an der Oststraße auf einen Kaffee – oder wir kommen zu Ihnen auf den Hof"


def test_a_place_with_a_choice_is_not_followed_by_vorbei() -> None:
    strategy = make(meet_at=MEET, channels={"facebook": {}})
    rows = [{"channel": "facebook", "move": "meet", "seq": n,
             "start": f"2027-03-{n + 2:02d} 11:00"} for n in range(6)]  # fmt: skip
    prompts = named_prompts(strategy, HEADER + PERSON, rows)
    assert any("im Büro an der Oststraße auf einen Kaffee" in p for p in prompts), prompts
    for prompt in prompts:
        assert "auf den Hof" not in prompt, prompt
