"""„Sag in zwei Sätzen, was es bringt und für wen es gedacht ist“ about Kita-Kräutervormittage.

A herb educator's reviewer (r401) read a plural offer called „es“. An offer or event whose
name is a plural is „sie“: „was sie bringen und für wen sie gedacht sind“.
"""

from __future__ import annotations

from datetime import date

from tests.test_render import entries, render
from tests.test_threads import make

OFFER = {"title": "Kita-Kräutervormittage im Sommer", "short": "Kita-Kräutervormittage",
         "from": date(2027, 3, 1), "until": date(2027, 6, 30)}  # fmt: skip


def test_a_plural_offer_is_they() -> None:
    strategy = make(offers=[OFFER], channels={"instagram": {}})
    rows = [{"channel": "instagram", "move": "announce", "start": f"2027-03-{d:02d} 09:00",
             "announce": OFFER["title"], "seq": d} for d in range(1, 16)]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    said = [p for p in prompts if "was sie bringen" in p or "was es bringt" in p]
    assert said
    assert all("was sie bringen und für wen sie gedacht sind" in p for p in said)
    assert not [p for p in prompts if "Kita-Kräutervormittage gedacht ist" in p]
