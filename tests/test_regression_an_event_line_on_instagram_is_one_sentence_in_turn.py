"""Regression: „Zeit und Ort gehören in den Text (…), der Link … in die Bio“ in every third post.

A community centre's reviewer (r271) read the same block after „Ein Halbsatz im Text lädt
dazu ein“ in four of twelve prompts. On Instagram the invitation is one sentence with day,
time, place and the link in the bio, in words that take turns.
"""

from datetime import date

from tests.test_render import entries, render
from tests.test_threads import make

EVENT = {
    "title": "Reparatur-Café",
    "date": date(2027, 4, 10),
    "time": "10:00-13:00",
    "place": "Brückenhaus, Brückenstraße 12",
    "url": "https://example.org/reparatur",
}


def test_the_event_line_varies_and_says_no_half_sentence_before_the_block() -> None:
    strategy = make(events=[EVENT])
    rows = [
        {"channel": "instagram", "move": "ask", "start": f"2027-04-0{day} 12:00"}
        for day in range(2, 9)
    ]
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    lines = [p for p in prompts if EVENT["url"] in p]
    assert len(lines) >= 3
    assert not [p for p in lines if "Halbsatz" in p or "Zeit und Ort gehören" in p]
    assert len({p[p.index("Reparatur-Café") : p.index(EVENT["url"])] for p in lines}) > 1
