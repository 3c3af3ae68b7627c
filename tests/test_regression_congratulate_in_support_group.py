"""A hospice was sent to congratulate shops in a support group for family carers.

"Find two pieces of news from clubs, shops or firms … look first in the group 'Pflegende
Angehörige Niedersachsen'", with "Glückwunsch aus der Nachbarschaft!" to cheer. News of
clubs, shops and firms is posted on their pages; a congratulation now leaves the goal's
groups out, and keeps its pages.
"""

from __future__ import annotations

from tests.test_prompt_context import contexts
from tests.test_threads import make

WHERE = ["die Gruppe Pflegende Angehörige Niedersachsen", "die Seiten der Kirchengemeinden"]


def test_a_congratulation_looks_on_pages_not_in_groups() -> None:
    goals = [{"id": "sichtbar", "text": "Bekannter werden", "where": WHERE}]
    strategy = make(goals=goals, channels={"facebook": {}})
    rows = [
        {"channel": "facebook", "move": "congratulate", "start": "2027-03-02 09:00"},
        {"channel": "facebook", "move": "listen", "start": "2027-03-03 09:00"},
    ]
    facts = contexts(strategy, rows)
    assert facts(0)["where"] == ("die Seiten der Kirchengemeinden",)
    assert facts(1)["where"] == tuple(WHERE)  # listening goes where the people talk
