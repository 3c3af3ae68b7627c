"""A software team's newsletter reader was never named, and the check said nothing true.

Before, a contact the plan never named counted as kept when the plan was no longer than
their interval, and the warning that did come suggested more newsletter minutes and an
interval as long as the plan: the plan had no personal entry on a newsletter. A due
contact never named now loses touch; and a newsletter's reply round, its one personal
entry, writes to one due reader, so its readers take turns there.
"""

from __future__ import annotations

from dialogplan.people_check import check_people
from dialogplan.people_plan import name_people
from dialogplan.schedule import schedule_work
from tests.test_people_plan import with_rows


def test_a_newsletter_reader_is_written_to_in_a_reply_round() -> None:
    strategy, _ = with_rows(["Siobhan Keane,newsletter,,regular,2026-10-01,,,,"])
    work = schedule_work(strategy)
    named = name_people(strategy, work)
    rounds = [e for e in named if e.contact == "Siobhan Keane"]
    assert rounds and all(e.move == "reply" and e.channel == "newsletter" for e in rounds)
    check = check_people(strategy, named, work=work)
    assert not check.losing


def test_a_due_contact_never_named_loses_touch() -> None:
    strategy, _ = with_rows(["Siobhan Keane,newsletter,,regular,2026-10-01,,,,"])
    check = check_people(strategy, [], work=schedule_work(strategy))
    assert [c.name for c in check.losing] == ["Siobhan Keane"]
    (finding,) = [f for f in check.findings if f.code == "losing-touch"]
    assert "keep_in_touch" not in finding.suggestion  # no interval keeps someone never named
