"""Regression: "You've already talked about the joint summer reading challenge you talked
about" (r493).

A bookshop's notes said what to talk about with a librarian as "the joint summer reading
challenge we talked about", and the second touch framed it with "talked about" again. The
line that says the subject was had before says it once.
"""

from __future__ import annotations

import re

from tests.test_render import named_prompts
from tests.test_threads import make

PEOPLE = (
    "name,channel,profile,tier,last_contact,news,news_date,birthday,note,talk_about\n"
    "Tweed Library – Alasdair Rennie,facebook,https://example.com/tweedlibrary,regular,"
    "2026-10-05,,,,Branch librarian,the joint summer reading challenge we talked about\n"
)


def test_the_subject_had_before_is_said_once() -> None:
    strategy = make(language="en", channels={"facebook": {}})
    days = [(1, 14), (3, 15), (3, 16), (3, 17)]
    rows = [{"channel": "facebook", "move": "comment", "start": f"2027-0{m}-{d} 09:00",
             "seq": n} for n, (m, d) in enumerate(days)]  # fmt: skip
    prompts = named_prompts(strategy, PEOPLE, rows)
    assert not [p for p in prompts if re.search(r"talked about [^.;:]*talked about", p)]
