"""A farm shop in a village was told to look for „Fragen zum Leben im Viertel“.

The German wording for local pages and groups spoke of the „Viertel“, a city word, to
teams in villages too. It now speaks of „vor Ort“ and „die Gegend“, which fit both.
"""

from __future__ import annotations

from datetime import date

from tests.support import build
from tests.test_threads import make


def test_local_work_in_a_village_never_speaks_of_the_quarter() -> None:
    strategy = make(
        area="Wiesenbrück und Nachbardörfer", start=date(2027, 3, 1), months=3,
        channels={"facebook": {}, "facebook-group": {}},
    )  # fmt: skip
    prompts = [entry.prompt for entry in build(strategy).entries]
    assert prompts
    assert not [p for p in prompts if "Viertel" in p]
