"""Golden files: the exact bytes users import into their calendars and spreadsheets."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dialogplan.activity_log import parse_activity
from tests.support import PLANS, ROOT, build, load_plan

GOLDEN = Path(__file__).parent / "golden"
#: An example checked against a team's log, so the report's planned-versus-done part is pinned.
ACTIVITY = ("wolkenwerk-coaching", ROOT / "tests" / "activity" / "german-export.csv")
AS_OF = date(2027, 2, 26)


def _files(client: str, *, with_log: bool) -> dict[str, bytes]:
    strategy = load_plan(ROOT / "plans" / client / "strategy.yaml")
    if not with_log:
        return build(strategy).files
    log = parse_activity(ACTIVITY[1].read_text("utf-8"), ACTIVITY[1].name, strategy)
    return build(strategy, log=log, as_of=AS_OF).report()


CASES = [(p.parent.name, False) for p in PLANS] + [(ACTIVITY[0], True)]


@pytest.mark.parametrize(
    ("client", "with_log"), CASES, ids=[c + ("-activity" if a else "") for c, a in CASES]
)
def test_outputs_match_golden_files(
    client: str, with_log: bool, request: pytest.FixtureRequest
) -> None:
    """Every output of every example stays byte-identical unless deliberately changed."""
    files = _files(client, with_log=with_log)
    folder = GOLDEN / (client + ("-activity" if with_log else ""))
    if request.config.getoption("--update-golden"):
        for old in folder.rglob("*.*"):
            old.unlink()
        for name, content in files.items():
            (folder / name).parent.mkdir(parents=True, exist_ok=True)
            (folder / name).write_bytes(content)
    expected = {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*.*")}
    assert sorted(files) == sorted(expected)
    for name, content in files.items():
        assert content == expected[name], f"{name} differs from its golden file"
