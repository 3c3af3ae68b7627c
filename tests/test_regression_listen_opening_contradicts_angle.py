"""„… nach, welche Fragen gerade gestellt werden. Speichere zwei, drei frische Neuigkeiten …“

A physiotherapy practice's reviewer read the opening of a neighbourhood listening round
against its step: it looked for questions, then saved news. Where the round looks for one
kind of neighbourhood post, the opening no longer names another.
"""

from __future__ import annotations

from tests.support import build
from tests.test_threads import make

OTHER_KINDS = ("welche Fragen gerade", "wo Leute einander antworten")


def test_a_neighbourhood_round_opens_without_naming_another_kind_of_post() -> None:
    strategy = make(language="de", area="Augsburg", months=6, channels={"facebook": {}})
    rounds = [e.prompt for e in build(strategy).entries
              if e.move == "listen" and "Speichere zwei, drei" in e.prompt]  # fmt: skip
    assert rounds
    assert not [p for p in rounds if any(words in p for words in OTHER_KINDS)], rounds
