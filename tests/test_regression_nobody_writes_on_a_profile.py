"""A choir's note after the Easter break asked its treasurer to answer „what people wrote to
you on your LinkedIn profile“.

Nobody can write on a LinkedIn profile: what comes in during a break are comments under the
posts and messages. The prompt after a break now says so, wherever the channel's posts go.
"""

from __future__ import annotations

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make


def test_the_note_after_a_break_answers_comments_and_messages() -> None:
    strategy = make(language="en", channels={"linkedin": {}})
    rows = [
        {"channel": "linkedin", "move": "back", "start": f"2027-04-{day:02d} 17:00", "seq": day}
        for day in range(5, 17)
    ]
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    assert not [p for p in prompts if "on your LinkedIn profile since" in p]
    assert not [p for p in prompts if "wrote to you on" in p]
    assert all("comments" in p for p in prompts)
