"""„Tell one moment about practising on an out-of-tune piano that stayed with you in a short
post on your Facebook page“: the subject split the moment from what was said of it.

A piano workshop's reviewer read it twice. A story post now says the moment first, the
subject after a dash, and where to post it after that.
"""

from __future__ import annotations

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make


def test_a_story_about_a_subject_keeps_the_moment_together() -> None:
    topic = {"title": "Practising with an out-of-tune piano", "kind": "theme", "talk": "story",
             "short": "practising on an out-of-tune piano"}  # fmt: skip
    strategy = make(language="en", topics=[topic], channels={"facebook": {}})
    rows = [
        {"channel": "facebook", "move": "story", "start": f"2027-04-{day:02d} 09:00",
         "topic": topic["title"], "seq": n}
        for n, day in enumerate(range(5, 26, 5))
    ]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    told = [p for p in prompts if "one moment" in p]
    assert told
    for prompt in told:
        assert "piano that stayed with you" not in prompt
        assert "Tell one moment that stayed with you – one about practising on" in prompt
