"""A photo club's invitations read „Komm gern vorbei: ‚Fotowalk‘ ist am Samstag, 10. April“
(r364): without a known gender the short form stood in quotes like a label. A walk is
masculine, so the prompts can say „Der Fotowalk ist am Samstag“.
"""

from __future__ import annotations

from dialogplan.german_nouns import genus


def test_a_walk_is_masculine() -> None:
    assert genus("Fotowalk") == "m"
    assert genus("Fotowalk durch die Altstadt") == "m"
