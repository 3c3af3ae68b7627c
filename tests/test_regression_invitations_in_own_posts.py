"""A dance school's monthly evenings were "not announced", though its own posts invited to them.

The check counted announcement entries only. With several events a quarter, the one-in-ten
rule left room for one announcement each, and `check` warned about evenings that a question
post on the same channel, with the day and the link, had invited to in another week. The
team could not tell which warnings mattered. An own post whose prompt invites to an event
now counts as an announcement, once a week per channel, and carries the link as the
calendar entry's URL, as announcements do.
"""

from __future__ import annotations

from dataclasses import replace

from dialogplan.announcements import event_windows, public_invitations
from dialogplan.neglect import check_plan
from dialogplan.render import render
from tests.support import calendar_entries
from tests.test_render import entries, strategy_in

EVENT = "Cupping evening at the roastery"


def test_a_prompt_that_invites_carries_the_link() -> None:
    strategy = strategy_in("en")
    rows = [{"channel": "linkedin", "move": "ask", "start": "2027-02-08 09:00"}]
    (entry,) = render(strategy, entries(strategy, rows))
    assert "https://example.org/cupping" in entry.prompt
    assert (entry.invites, entry.url) == (EVENT, "https://example.org/cupping")


def invited(moves: list[tuple[str, str, str, bool]]) -> tuple[int, list[str]]:
    """Invitations counted for the event, and the check's unannounced findings."""
    strategy = strategy_in("en")
    rows = [{"channel": c, "move": m, "start": s} for c, m, s, _ in moves]
    built = calendar_entries(strategy, rows)
    plan = tuple(
        replace(e, invites=EVENT) if inviting else e
        for e, (*_, inviting) in zip(built, moves, strict=True)
    )
    counts = public_invitations(event_windows(strategy), plan)
    findings = [
        f for f in check_plan(strategy, plan) if f.code == "unannounced" and EVENT in f.message
    ]
    # An event on no topic: naming its topics lets own posts on them point to it.
    assert all("events[0].topics" in f.suggestion for f in findings)
    return counts[EVENT], [f.message for f in findings]


def test_own_posts_that_invite_count_as_announcements() -> None:
    count, found = invited([
        ("linkedin", "announce", "2027-01-18 09:00", False),
        ("linkedin", "ask", "2027-02-01 09:00", True),
    ])  # fmt: skip
    assert (count, found) == (2, [])


def test_a_channel_counts_once_a_week_and_replies_not_at_all() -> None:
    count, found = invited([
        ("linkedin", "announce", "2027-02-01 09:00", False),
        ("linkedin", "ask", "2027-02-03 09:00", True),  # the same week on the same channel
        ("linkedin", "reply", "2027-02-04 09:00", True),  # one person at a time
        ("linkedin", "ask", "2027-01-25 09:00", False),  # no invitation in its words
    ])  # fmt: skip
    assert count == 1
    (message,) = found
    assert message.startswith(f"'{EVENT}' gets one invitation in the four weeks before it")
