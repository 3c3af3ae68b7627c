"""Example lines speak as the team does: ich or wir, du or Sie."""

from __future__ import annotations

import pytest

from dialogplan.voice import voiced

LINE = "„Das [frage ich|fragen wir] oft – wie {siehst du|sehen Sie} das?“"


@pytest.mark.parametrize(
    ("we", "sie", "expected"),
    [
        (False, False, "„Das frage ich oft – wie siehst du das?“"),
        (True, True, "„Das fragen wir oft – wie sehen Sie das?“"),
        (True, False, "„Das fragen wir oft – wie siehst du das?“"),
    ],
)
def test_the_team_s_forms_are_chosen(we: bool, sie: bool, expected: str) -> None:
    assert voiced(LINE, we, sie) == expected


def test_brackets_without_forms_stay_as_written() -> None:
    """A strategy's own title may hold brackets; they are no forms to choose from."""
    assert voiced("Der Kurs [Anfänger] {2027} [ich|wir]", we=True, sie=True) == (
        "Der Kurs [Anfänger] {2027} wir"
    )
