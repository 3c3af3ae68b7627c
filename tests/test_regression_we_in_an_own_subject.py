"""An orchard's newsletter prompt asked for "one small scene about how we make your cider".

The topic's short form was "how we make our cider": "our" became "your", as the prompt speaks
to the team, but "we" stayed. The team's "we" and "I" now turn with it.
"""

from __future__ import annotations

from dialogplan.render import environment


def test_the_teams_we_turns_with_its_our() -> None:
    macros = environment().get_template("en/_macros.j2").module
    assert macros.noun("how we make our cider") == "how you make your cider"
    assert macros.noun("what I learnt in my first year") == "what you learnt in your first year"
