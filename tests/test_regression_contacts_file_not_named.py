"""A zero-waste shop wrote its contacts.csv next to its strategy and forgot `contacts:`;
validate said a plain "ok", and the plan named none of the five people (r230's writer).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from flows.cli import EXIT_OK, main
from tests.test_cli import EXAMPLE

PEOPLE = "name,channel,profile,tier,last_contact\nMerle Tietjen,linkedin,,close,2026-11-28\n"


def test_validate_notes_a_contacts_file_the_strategy_does_not_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "strategy.yaml"
    path.write_text(EXAMPLE.read_text("utf-8"), "utf-8")
    (tmp_path / "contacts.csv").write_text(PEOPLE, "utf-8")
    assert main(["validate", str(path)]) == EXIT_OK
    lines = capsys.readouterr().out.splitlines()
    assert lines[1] == (
        "  note: contacts.csv lies next to it but is not used: add 'contacts: contacts.csv' "
        "to plan entries for the people in it"
    )


def test_a_named_contacts_file_gets_no_note(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "strategy.yaml"
    path.write_text(EXAMPLE.read_text("utf-8") + "contacts: contacts.csv\n", "utf-8")
    (tmp_path / "contacts.csv").write_text(PEOPLE, "utf-8")
    assert main(["validate", str(path)]) == EXIT_OK
    assert "note:" not in capsys.readouterr().out
