""" "Posts tagged with the place the upper Teifi valley show who is nearby".

A farm vet's area is a region, not a town, and the Instagram tip searched it as a place:
the sentence read wrong, and Instagram lists no such place. An area that is a region ("the
…") now sends the team to profiles that name it, as on other channels.
"""

from __future__ import annotations

from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make


def test_a_region_is_not_searched_as_an_instagram_place() -> None:
    channels = {"instagram": {"tags": ["#smallholding", "#sheepfarming"]}}
    strategy = make(language="en", area="the upper Teifi valley", channels=channels)
    rows = [{"channel": "instagram", "move": "listen", "start": f"2027-03-{day:02d} 09:00",
             "seq": day, "topic": ""} for day in range(1, 13)]  # fmt: skip
    prompts = [e.prompt for e in render(strategy, entries(strategy, rows))]
    assert any("upper Teifi valley" in p for p in prompts)
    assert not any("place the upper Teifi valley" in p for p in prompts)
