"""A youth football club's comments on local pages said "Say whether you'll be there, and ask
the organisers one practical question – that's how neighbours meet" six times in a quarter
(r245): each kind of local post had one step sentence. Each has two wordings now, in turn.
"""

from __future__ import annotations

import pytest

from dialogplan.prompt_templates import environment

MACROS = environment().get_template("en/_macros.j2").module
KINDS = ["recommendation", "newcomer", "local-news", "local-event", "open-question", ""]


@pytest.mark.parametrize("kind", KINDS)
def test_each_kind_of_local_post_has_two_steps(kind: str) -> None:
    assert str(MACROS.angle_step(kind, 0)) != str(MACROS.angle_step(kind, 1))
