"""An optician's newsletter said "Let Mr and Mrs Ellis know when it's live, and ask what Mr
and Mrs Ellis would add."

A contact named again is named by first name, and a couple written as one contact has none
but the whole name. A couple is "they", as several contacts are.
"""

from __future__ import annotations

from dialogplan.prompt_templates import environment

ELLIS = {"name": "Mr and Mrs Ellis", "first": "Mr and Mrs Ellis", "profile": "", "on": "by e-mail",
         "own_profile": False, "fresh": None}  # fmt: skip


def test_a_couple_is_they() -> None:
    macros = environment().get_template("en/_macros.j2").module
    lines = {str(macros.knowing([ELLIS], "ask", turn, "newsletter")) for turn in range(6)}  # type: ignore[attr-defined]
    assert any("Mr and Mrs Ellis" in line for line in lines)
    for line in lines:
        assert line.count("Mr and Mrs Ellis") == 1, line
