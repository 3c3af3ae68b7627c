"""„Pick up where you left off: the Bechstein … Refer to what you last talked about and invite
Margaret“: a meeting note said the same thing twice.

A piano workshop's contact file named what it last talked about with a teacher. The note
named it, then told the person to refer to it again. Where the note has named it, the line
to send follows with „Then invite …“.
"""

from __future__ import annotations

from tests.test_render import named_prompts
from tests.test_threads import make

PEOPLE = (
    "name,channel,profile,tier,last_contact,news,news_date,birthday,note,talk_about\n"
    "Margaret Ellison,instagram,@margaret,close,2026-11-20,,,,,the Bechstein we regulated\n"
)


def test_a_meeting_note_names_what_was_talked_about_once() -> None:
    strategy = make(language="en", meet_at="at the workshop over a cup of tea")
    rows = [{"channel": "instagram", "move": "meet", "start": f"2027-03-{n + 3:02d} 19:30"}
            for n in range(6)]  # fmt: skip
    prompts = [p for p in named_prompts(strategy, PEOPLE, rows) if "Bechstein" in p]
    assert prompts
    for prompt in prompts:
        assert "Refer to what you last talked about" not in prompt, prompt
