"""A shooting club's notes gave what to talk about with a young member as „seinen Titel bei den
Kreismeisterschaften“, and a vintage car club's as „seinen Vortrag“; the prompts read „Ein guter
Aufhänger: seinen Titel …“ (r358, r366). After such a colon the talking point is said in the
nominative: „sein Titel“, „sein Vortrag“.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from dialogplan.contacts import parse_contacts
from tests.test_render import entries, render
from tests.test_threads import make

HEADER = "name,channel,profile,tier,last_contact,news,news_date,birthday,note,talk_about\n"


@pytest.mark.parametrize(
    ("talk", "said"),
    [("seinen Titel bei den Kreismeisterschaften", "sein Titel bei den Kreismeisterschaften"),
     ("seinen Vortrag über das H-Kennzeichen", "sein Vortrag über das H-Kennzeichen")],
)  # fmt: skip
def test_the_talking_point_after_a_colon_is_nominative(talk: str, said: str) -> None:
    row = f"Jonas Kettler,instagram,@jonas,regular,2026-09-14,,,,Jungschütze,{talk}\n"
    strategy = make(channels={"instagram": {}})
    strategy = strategy.with_people(parse_contacts((HEADER + row).encode(), "contacts.csv"))
    prompts = []
    for seq in range(8):
        rows = [{"channel": "instagram", "move": "comment", "start": "2027-03-15 09:00",
                 "seq": seq, "topic": ""}]  # fmt: skip
        (entry,) = entries(strategy, rows)
        prompts.append(render(strategy, [replace(entry, contact_row=2)])[0].prompt)
    colon = [p for p in prompts if f": {said}" in p or f": {talk}" in p]
    assert colon, prompts
    assert all(f": {said}" in p for p in colon), colon
