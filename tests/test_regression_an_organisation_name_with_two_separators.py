"""Regression: a contact named „Leipziger Westen – Nachbarschaft / Henrik Lausch“ (r523).

A yoga studio's prompt said „Markier Leipziger Westen – Nachbarschaft / Henrik Lausch“: the
group's own name held a dash, and only the first separator was tried. The person stands after
the last separator, or before the first.
"""

from __future__ import annotations

import pytest

from dialogplan.names import person_at


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Leipziger Westen – Nachbarschaft / Henrik Lausch",
         ("Henrik Lausch", "Leipziger Westen – Nachbarschaft")),
        ("Henrik Lausch / Leipziger Westen – Nachbarschaft e.V.",
         ("Henrik Lausch", "Leipziger Westen – Nachbarschaft e.V.")),
        ("Pflegedienst Sonnenhof – Katrin Bär", ("Katrin Bär", "Pflegedienst Sonnenhof")),
        ("Nord – Süd – Ost", None),
    ],
)  # fmt: skip
def test_the_person_is_found_at_either_end(name: str, expected: tuple[str, str] | None) -> None:
    assert person_at(name) == expected
