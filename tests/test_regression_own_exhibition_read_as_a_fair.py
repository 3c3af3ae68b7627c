"""A local museum closed a week for „Aufbau der Sonderausstellung (Arbeiten im Haus)“, and the
post after the break said the team was back „von der Messe“ (r287's writer): „Ausstellung“ made
setting up its own exhibition a fair it had visited. Setting up is the team's own work.
"""

from __future__ import annotations

import pytest

from dialogplan.calendar_hooks import _break_kind


@pytest.mark.parametrize(
    ("reason", "kind"),
    [("Aufbau der Sonderausstellung (Arbeiten im Haus)", "busy"),
     ("Ausstellungsaufbau", "busy"), ("Setting up the summer exhibition", "busy"),
     ("Installing the new gallery", "busy"), ("Messe in Frankfurt", "fair"),
     ("Trade exhibition in Birmingham", "fair")],
)  # fmt: skip
def test_setting_up_an_own_exhibition_is_no_fair(reason: str, kind: str) -> None:
    assert _break_kind(reason) == kind
