"""Comment lines that said to take up a detail and then gave one that took up nothing.

„greif ein Detail auf“ came with „Danke fürs Teilen! Wie ging es danach weiter?“ (r466,
r471), and „Guter Punkt!“ with an argument to name (r446); "How did that feel at the time?"
read as a counsellor's under a parent's post (r461); „Endlich …! Ab wann ist es so weit?“
took every local news for good news still to come (r471); "Great news for the area! What
happens next?" was the line of every other neighbourhood comment (r456, r468).
"""

from __future__ import annotations

from pathlib import Path

import pytest

STRUCK = {
    "de/comment.j2": ("„Danke fürs Teilen! Wie ging es danach weiter?“", "„Guter Punkt!"),
    "de/connect.j2": ("„Danke fürs Teilen! Wie ging es danach weiter?“",),
    "en/comment.j2": ("How did that feel at the time?",),
    "de/_macros.j2": ("Darauf [habe ich|haben wir] gewartet. Ab wann ist es so weit?",),
    "en/_macros.j2": ("Great news for the area! What happens next?",),
}
TEMPLATES = Path(__file__).parent.parent / "templates"


@pytest.mark.parametrize("name", list(STRUCK))
def test_the_struck_lines_are_gone(name: str) -> None:
    text = (TEMPLATES / name).read_text(encoding="utf-8")
    assert [line for line in STRUCK[name] if line in text] == []


def test_a_reply_under_an_invitation_asks_no_info_evenings_question() -> None:
    """„Danke fürs Melden! Welche Frage bringst du mit?“ stood under a bus club's open day,
    which took no sign-up and held no talk (r479)."""
    text = (TEMPLATES / "de/reply.j2").read_text(encoding="utf-8")
    assert "Welche Frage {bringst du|bringen Sie} mit?" not in text
