"""A listening prompt read „The first places to look: #northernbands“ – plural, for one hashtag."""

from __future__ import annotations

from dialogplan.prompt_templates import environment


def seek(where: list[str], turn: int) -> str:
    template = environment().from_string('{% import "en/_macros.j2" as m %}{{ m.seek(w, t) }}')
    return template.render(w=where, t=turn)


def test_one_place_is_a_place() -> None:
    said = {seek(["#northernbands"], turn) for turn in range(6)}
    assert "The first place to look: #northernbands." in said
    assert not [s for s in said if "places" in s]


def test_two_places_are_places() -> None:
    said = {seek(["#northernbands", "#leedsgigs"], turn) for turn in range(6)}
    assert any(s.startswith("The first places to look:") for s in said)
