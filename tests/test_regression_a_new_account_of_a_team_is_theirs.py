"""Regression: „Du bist hier noch neu“ to a team that speaks as „wir“.

A community centre's reviewer (r271) read it on an Instagram account the team had just started:
the account is new, not the person reading. With ``voice: wir`` the warm-up lines say „Ihr
seid hier noch neu“, and what follows keeps to „ihr“.
"""

from __future__ import annotations

from tests.support import build
from tests.test_threads import make


def test_a_new_channel_of_a_team_is_the_teams() -> None:
    channels = {"instagram": {"new": True}, "linkedin": {}}
    strategy = make(voice="wir", channels=channels, months=2)
    prompts = [e.prompt for e in build(strategy).entries if e.channel == "instagram"]
    new = [p for p in prompts if "neu hier" in p or "hier noch neu" in p]
    assert new
    assert not [p for p in new if "Du bist hier noch neu" in p or "bist du neu" in p], new
    assert not [p for p in new if "deren Beiträge du schon kennst" in p], new
