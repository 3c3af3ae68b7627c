"""„Frag, was die Leute daran reizen würde: „Was würde Sie daran am meisten reizen?““

A sheep farm's newsletter (r397) said the same thing twice, and „daran“ pointed at nothing.
The step now shows what the question is about, and the question names it where its short
form allows („an der Schafschur“).
"""

from __future__ import annotations

from tests.test_render import entries, render
from tests.test_threads import make


def test_what_would_tempt_people_names_the_thing() -> None:
    topic = {"title": "Schafschur im Mai", "short": "Schafschur", "kind": "own"}
    strategy = make(topics=[topic], channels={"newsletter": {}})
    rows = [{"channel": "newsletter", "move": "ask", "start": f"2027-03-{d:02d} 09:00",
             "topic": "Schafschur im Mai", "seq": d} for d in range(1, 22)]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    tempting = [p for p in prompts if "am meisten reizen" in p]
    assert tempting
    assert all("an der Schafschur am meisten reizen" in p for p in tempting)
    assert not [p for p in prompts if "daran reizen würde" in p]
