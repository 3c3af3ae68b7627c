"""A history society's note on Margaret said "the second recording session she promised us",
and the prompt sent the user "under a recent post of theirs" (r226).

Where the team's own notes on a person say "she" or "he", English prompts follow them.
"""

from __future__ import annotations

from dialogplan.names import whose
from tests.test_render import named_prompts
from tests.test_threads import make

PEOPLE = (
    "name,channel,profile,tier,last_contact,news,news_date,birthday,note,talk_about\n"
    "Margaret Fellowes,facebook,https://example.com/margaret.fellowes,regular,2026-09-01,,,,"
    "Retired baker,the second recording session she promised us\n"
)


def test_the_notes_say_whose_post() -> None:
    strategy = make(language="en", timezone="Europe/London", channels={"facebook": {}})
    rows = [{"channel": "facebook", "move": "thank", "seq": seq, "start": "2027-03-03 09:00"}
            for seq in range(3)]  # fmt: skip
    prompts = [named_prompts(strategy, PEOPLE, [row])[0] for row in rows]
    assert [p for p in prompts if "a recent post of hers" in p]
    assert not [p for p in prompts if "of theirs" in p]


def test_notes_that_say_nothing_or_both_keep_their() -> None:
    assert whose("Runs the village bakery") == "their"
    assert whose("She and her husband; he bakes") == "their"
    assert whose("his photographs of the cattle market") == "his"
