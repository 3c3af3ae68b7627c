"""`prompts` printed "0× announced: Heritage Open Day; counted by check as announced 4×" and
"links carried into announcements: 5 of 5" for six events; three strategy writers read the
figures as contradictions. Each figure now says what it counts, and an event only own posts
invite to no longer leads with "0 announcements" (a clean `validate` beside it alarmed them).
"""

from __future__ import annotations

from dialogplan.prompt_stats import PromptStats


def test_event_figures_say_what_they_count() -> None:
    stats = PromptStats(
        entries=10, distinct_texts=10, repeat_share=0.0, pasted_share=0.0,
        rules_on_silent_moves=0, events={"Heritage Open Day": 0}, unannounced_events=(),
        urls_carried=(5, 5), event_invitations={"Heritage Open Day": 4},
    )  # fmt: skip
    text = stats.to_text()
    assert (
        "Heritage Open Day: no announcement of its own; 4 invitations as validate counts them "
        "(own posts with its day, one a week per channel), named or linked in 0 more prompts"
    ) in text
    assert "announcements with a link that show it: 5 of 5" in text
    assert "counted by check as announced" not in text
