"""A software team's contact request told someone just found "I learn something from almost
every post of yours".

A connection note goes to a person the team has only just come across: praise for all their
posts, "your comments are always worth reading" or (a bookkeepers' reviewer) "your posts on …
are ones I always read" is flattery nobody believes. The lines now
name the one post or comment that made the team look them up.
"""

from __future__ import annotations

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make


def test_a_connection_note_praises_one_thing_seen() -> None:
    strategy = make(language="en", channels={"linkedin": {}})
    texts = []
    for n in range(24):  # every step and line of the request, one plan at a time
        row = {"channel": "linkedin", "move": "connect", "seq": n, "start": "2027-03-09 11:00"}
        (entry,) = render(strategy, entries(strategy, [row]))
        texts.append(entry.prompt)
    flattery = ("almost every post", "always worth reading", "ones I always read")
    assert not [t for t in texts if any(f in t for f in flattery)], texts
