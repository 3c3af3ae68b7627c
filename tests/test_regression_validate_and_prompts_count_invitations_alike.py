"""Four writers could not tell whether an event had an announcement: `validate` said it "is
announced once in the four weeks before it", and `prompts` said of the same event "invited
to in 1 channel-week by own posts with its day, as check counts them (no announcement of its
own)" (r333–r340).

Both now count invitations, in the same words: an announcement, or an own post that gives
its day, once a week per channel.
"""

from __future__ import annotations

from dialogplan.prompt_stats import PromptStats


def test_prompts_names_invitations_as_validate_does() -> None:
    stats = PromptStats(
        entries=1, distinct_texts=1, repeat_share=0.0, pasted_share=0.0,
        rules_on_silent_moves=0, events={"Spring fair": 0}, unannounced_events=(),
        urls_carried=(0, 0), event_invitations={"Spring fair": 1},
    )  # fmt: skip
    (line,) = [line for line in stats.to_text().splitlines() if "Spring fair" in line]
    assert "no announcement of its own; 1 invitation as validate counts them" in line
    assert "channel-week" not in line and "check" not in line
