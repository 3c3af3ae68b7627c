"""Seams a cabaret club's and an organ builder's reviewers struck (r389, r393).

„ein Dank in einem eigenen Satz für etwas, das Malte zuletzt geteilt hat, und ein paar Zeilen
vor dem Tag“, „euren Antwort-Beitrag“, „Unter Beiträgen von Gästen stehen ein Danke fürs
Kommen und eine Frage“, „solange dort noch geschrieben wird“, „Such den Beitrag mit dieser
Frage im Kopf aus“, „Wähl einen Beitrag, zu dem diese Frage passt“, „Frag die Gäste nach
ihrem Moment“, „die Ausgabe selbst kommt ja ohnehin an“, and a piece „der dich
weitergebracht hat“ in a team's „ihr“: each read as a line of the planner's, not as German.
„Guter Punkt! Woran machst du das fest?“ under someone's view read like an exam question.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support import GOLDEN_CALENDARS, struck_phrases_in

STRUCK = (
    r"in einem eigenen Satz für etwas",
    r"ein paar Zeilen vor dem Tag",
    r"Antwort-Beitrag",
    r"Unter Beiträgen von Gästen stehen",
    r"solange dort noch geschrieben wird",
    r"mit dieser Frage im Kopf",
    r"zu dem diese Frage passt",
    r"nach ihrem Moment",
    r"kommt ja ohnehin an",
    r"(?:eure[rnm]?|ihr) [^.]*, der dich weitergebracht hat",
    r"(?:Guter Punkt!|Da ist was dran\.) Woran",
)


@pytest.mark.parametrize(
    "calendar", GOLDEN_CALENDARS, ids=[c.parent.name for c in GOLDEN_CALENDARS]
)
def test_no_struck_seam_is_left(calendar: Path) -> None:
    assert not struck_phrases_in(calendar, STRUCK)
