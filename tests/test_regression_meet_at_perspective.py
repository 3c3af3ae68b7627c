"""'Suggest meeting on a 20-minute call about your next release' read as the team's release.

The team wrote its meeting point to its clients ("a call about your next release"); a prompt
speaks to the team, so the client's release is theirs. Possessives in the team's phrases now
turn round: "our" becomes "your", and "your" becomes "their".
"""

from __future__ import annotations

from dialogplan.voice import yours


def test_the_team_s_phrases_are_turned_round_for_the_team() -> None:
    assert yours("on a 20-minute call about your next release") == (
        "on a 20-minute call about their next release"
    )
    assert yours("at our workshop on Quay Street") == "at your workshop on Quay Street"
    assert yours("Your Money Matters") == "Your Money Matters"  # a title keeps its words
