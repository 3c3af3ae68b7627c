"""A software team's newsletter reader was never named, and the check said nothing true.

Before, a contact the plan never named counted as kept when the plan was no longer than
their interval, and the warning that did come suggested more newsletter minutes and an
interval as long as the plan: neither names anyone, since the plan has no personal entries
on a newsletter. A due contact never named now loses touch, and the finding says to write
to them by hand.
"""

from __future__ import annotations

from dialogplan.people_check import check_people
from dialogplan.people_plan import name_people
from dialogplan.schedule import schedule_work
from tests.test_people_plan import with_rows


def test_a_newsletter_contact_is_left_to_the_team() -> None:
    strategy, _ = with_rows(["Siobhan Keane,newsletter,,regular,2026-10-01,,,,"])
    work = schedule_work(strategy)
    check = check_people(strategy, name_people(strategy, work), work=work)
    assert [c.name for c in check.losing] == ["Siobhan Keane"]
    (finding,) = [f for f in check.findings if f.code == "losing-touch"]
    assert "the plan has no meetings, thank-yous or comment rounds on Newsletter" in (
        finding.suggestion
    )
    assert "minutes" not in finding.suggestion
    assert "keep_in_touch" not in finding.suggestion
