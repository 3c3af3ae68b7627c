"""Regression: „Gibt es dazu gerade keine offene Frage, nimm zwei andere …“ (r646).

A brewery's help in a homebrewers' group opened without naming its subject, and the fallback
after it said „dazu“, pointing at nothing. The fallback names the subject itself.
"""

from __future__ import annotations

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

FALLBACKS = (
    "gerade nichts offen",
    "keine offene Frage",
    "Fragt heute niemand",
    "Findest du nichts",
)


def test_the_fallback_names_its_subject() -> None:
    topic = {"title": "Regionale Rohstoffe", "kind": "theme", "short": "regionale Rohstoffe"}
    strategy = make(topics=[topic], channels={"facebook-group": {}},
                    groups={"facebook-group": ["Heimbrauer Franken"]})  # fmt: skip
    rows = [{"channel": "facebook-group", "move": "group-help", "topic": topic["title"],
             "group": "Heimbrauer Franken", "seq": seq, "start": f"2027-04-{5 + seq:02d} 19:00"}
            for seq in range(10)]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    sentences = [s for p in prompts for s in p.split(". ") if any(f in s for f in FALLBACKS)]
    assert sentences, prompts
    assert not [s for s in sentences if "dazu" in s], sentences
