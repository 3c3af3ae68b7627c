"""„Zurück zu eurer Empfehlung von gestern“: nobody knew at 07:30 what had been recommended.

An animal shelter's reviewer found reply rounds after a shared post calling it „eure
Empfehlung“. A shared post is now „euer geteilter Beitrag“, with its topic where it has one.
"""

from __future__ import annotations

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make


def test_a_shared_post_is_called_what_it_was() -> None:
    strategy = make(language="de", channels={"facebook": {}}, voice="wir")
    rows = [{"channel": "facebook", "move": "share", "start": "2027-03-02 09:00"}] + [
        {"channel": "facebook", "move": "reply", "start": f"2027-03-03 1{n}:00", "follows": 0,
         "seq": n}
        for n in range(4)
    ]  # fmt: skip
    replies = [e.prompt for e in render(strategy, entries(strategy, rows))[1:]]
    assert all("Empfehlung" not in text for text in replies), replies
    assert all("geteilten Beitrag" in text or "geteilter Beitrag" in text for text in replies)
