"""`prompts` said an event was "invited to in 1 channel-weeks" (two strategy writers, r285 and
r286): one week is a week, and one invitation is one invitation.
"""

from __future__ import annotations

from dialogplan.prompt_stats import PromptStats


def test_one_channel_week_is_singular() -> None:
    stats = PromptStats(
        entries=10, distinct_texts=10, repeat_share=0.0, pasted_share=0.0,
        rules_on_silent_moves=0, events={"Litter pick": 1, "Open day": 0},
        unannounced_events=(), urls_carried=(1, 1),
        event_invitations={"Litter pick": 1, "Open day": 1},
    )  # fmt: skip
    text = stats.to_text()
    assert "Litter pick: 1 announcement; 1 invitation as validate counts them" in text
    assert "Open day: no announcement of its own; 1 invitation as validate" in text
    assert "invitations" not in text
