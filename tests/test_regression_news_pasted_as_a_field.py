"""Three reviewers read "Rachel had news on 18 January: Opened Fenwick Equine Practice in
Kelsworth." as a raw field pasted into the prompt (r452, r461, r463).

A news cell that starts with what the contact did is said as a sentence about them, and so,
with its "was", is one that says what was done to them ("Named …", r530); one that starts
otherwise is quoted as it stands.
"""

from __future__ import annotations

import pytest

from dialogplan.news import what_they_did
from tests.test_render import named_prompts
from tests.test_threads import make

HEADER = "name,channel,profile,tier,last_contact,news,news_date,birthday,note,talk_about\n"
RACHEL = ("Rachel Fenwick,facebook,https://fb.example/rf,regular,2026-11-01,"
          "Opened Fenwick Equine Practice in Kelsworth,2027-03-08,,Vet,\n")  # fmt: skip


@pytest.mark.parametrize(
    ("cell", "said"),
    [("Opened Fenwick Equine Practice in Kelsworth", "opened Fenwick Equine Practice in Kelsworth"),
     ("Won the county show.", "won the county show"),
     ("Named Community Branch of the Year", "was named Community Branch of the Year"),
     ("Red Lion reopened", "")],
)  # fmt: skip
def test_a_deed_follows_the_name(cell: str, said: str) -> None:
    assert what_they_did(cell, "en") == said


def test_the_congratulation_says_what_she_did() -> None:
    strategy = make(language="en", channels={"facebook": {}})
    rows = [{"channel": "facebook", "move": "congratulate", "start": "2027-03-10 18:00", "seq": s}
            for s in range(3)]  # fmt: skip
    prompts = named_prompts(strategy, HEADER + RACHEL, rows)
    assert prompts
    assert not [p for p in prompts if "had news" in p or "Opened Fenwick" in p]
    assert all("Rachel Fenwick opened Fenwick Equine Practice in Kelsworth" in p for p in prompts)
