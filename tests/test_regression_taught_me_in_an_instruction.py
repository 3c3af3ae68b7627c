"""A consultant's newsletter prompt read „say in a line what one answer then taught me“.

The instruction speaks to the person doing the work, but its object was written in the
team's voice, which a plan in the first person turns into „me“. It now says „you“.
"""

from __future__ import annotations

import pytest

from dialogplan.prompt_templates import environment


@pytest.mark.parametrize("we", [False, True])
def test_asking_again_tells_the_reader_what_taught_them(we: bool) -> None:
    template = environment().from_string(
        '{% import "en/_macros.j2" as m %}{{ m.v(m.asked_again(ab, t), we) }}'
    )
    ab = {"day": "Wed 21 Apr", "channel": "", "channel_id": "", "group": "", "in_groups": False}
    said = {template.render(ab=ab, t=turn, we=we) for turn in range(4)}
    taught = [s for s in said if "taught" in s]
    assert taught
    assert all("taught you" in s for s in taught)
