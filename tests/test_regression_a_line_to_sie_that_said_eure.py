"""Regression: „Danke für eure Beobachtungen! Welches Anzeichen hätte Sie …?“ (r626).

An orthopaedic shoemaker's group says „Sie“, and its thank-you round told the members „eure“
and „Sie“ in one breath. A German example line that already gives both registers in braces
gives every form of address that way: a bare „eure“ or „dich“ beside them is said to both.
"""

from __future__ import annotations

import re

from tests.support import ROOT

#: A Jinja string that is an example line in German quotes.
EXAMPLE = re.compile(r'"(„[^"“]*“)"')
#: Both registers in braces, and the team's own ``[ich|wir]`` choice.
BRACES = re.compile(r"\{[^{}]*\|[^{}]*\}")
TEAM = re.compile(r"\[[^\[\]]*\|[^\[\]]*\]")
#: Forms of address that say „du“ or „ihr“ to the reader (not „ihr“, which is also "her").
BARE = re.compile(r"\b(euch|eure[rmns]?|euer|dich|dir|dein\w*|du)\b")


def _examples() -> list[tuple[str, str]]:
    return [
        (path.name, line)
        for path in sorted((ROOT / "templates" / "de").glob("*.j2"))
        for line in EXAMPLE.findall(path.read_text(encoding="utf-8"))
        if BRACES.search(line)
    ]


def test_there_are_example_lines_in_both_registers() -> None:
    assert len(_examples()) > 100


def test_an_example_line_in_braces_says_no_form_of_address_bare() -> None:
    bare = [
        f"{template}: {line}"
        for template, line in _examples()
        if BARE.search(TEAM.sub("", BRACES.sub("", line)))
    ]
    assert bare == []
