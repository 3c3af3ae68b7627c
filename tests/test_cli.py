"""The command line without Prefect: validate, schema, arguments and exit codes."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from flows.cli import EXIT_INVALID, EXIT_OK, main
from flows.console import WIDTH
from flows.files import read_strategy
from tests.support import cli_in_fresh_python

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "plans" / "wolkenwerk-coaching" / "strategy.yaml"


def line_of(text: str, start: str) -> int:
    """The 1-based number of the first line that starts with ``start``."""
    return next(n for n, line in enumerate(text.splitlines(), 1) if line.startswith(start))


@pytest.fixture
def broken(tmp_path: Path) -> tuple[Path, int]:
    """A copy of the example with a misspelt field, and the line it stands on."""
    text = EXAMPLE.read_text("utf-8").replace("hours_per_week:", "hours_per_weak:")
    path = tmp_path / "strategy.yaml"
    path.write_text(text, "utf-8")
    return path, line_of(text, "hours_per_weak:")


@pytest.fixture
def with_templates(tmp_path: Path) -> Path:
    """A copy of the example that points at its own template folder."""
    text = EXAMPLE.read_text("utf-8") + "templates: mine\n"
    path = tmp_path / "strategy.yaml"
    path.write_text(text, "utf-8")
    return path


def test_validate_accepts_the_example(capsys: pytest.CaptureFixture[str]) -> None:
    """A valid strategy is confirmed with its channel count and horizon."""
    strategy = read_strategy(EXAMPLE)
    assert main(["validate", str(EXAMPLE)]) == EXIT_OK
    out = capsys.readouterr().out
    horizon = f"{strategy.start} – {strategy.last_day}"
    assert out == (
        f"valid: {EXAMPLE} ({len(strategy.channels)} channels, {horizon})\n"
        "  The plan made from it has no warnings or errors.\n"
    )


def test_validate_notes_what_the_plan_leaves_unannounced(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A valid strategy whose offer no post can announce is still ok, with the check's warning.

    Eight of eight new users wrote an offer the plan never announced, and heard of it only
    from the prompt figures: ``validate`` had said a plain "ok".
    """
    text = EXAMPLE.read_text("utf-8").replace("hours_per_week: 5", "hours_per_week: 1", 1)
    text += "offers:\n  - title: Sprechstunde am Telefon\n    from: 2027-01-04\n"
    path = tmp_path / "strategy.yaml"
    path.write_text(text, "utf-8")
    assert main(["validate", str(path)]) == EXIT_OK
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith(f"valid: {path} ")
    offer = (
        "'Sprechstunde am Telefon' runs through the whole plan (2027-01-04 to 2027-04-03) and has "
        "no announcement of its own"
    )
    at = next(i for i, line in enumerate(lines) if line.startswith("  warning unannounced: "))
    arrow = next(i for i in range(at, len(lines)) if lines[i].startswith("    → "))
    assert offer in " ".join(line.strip() for line in lines[at:arrow])
    # Wrapped to be read in a terminal: one suggestion on one line ran to 900 characters.
    assert max(map(len, lines[at:])) <= WIDTH


def test_validate_reports_file_line_field_and_message(
    broken: tuple[Path, int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A mistake is reported as file:line: field: message on stderr, exit code 2."""
    path, line = broken
    monkeypatch.chdir(tmp_path)
    assert main(["validate", str(path)]) == EXIT_INVALID
    captured = capsys.readouterr()
    assert captured.out == ""
    assert f"{path}:{line}: hours_per_weak: unknown field 'hours_per_weak'" in captured.err
    assert "did you mean 'hours_per_week'?" in captured.err
    assert ": hours_per_week: is required but missing" in captured.err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["strategy.yaml"]


def test_validate_checks_every_file(
    broken: tuple[Path, int], capsys: pytest.CaptureFixture[str]
) -> None:
    """With several files, the valid ones are confirmed and the run still fails."""
    path, _ = broken
    assert main(["validate", str(EXAMPLE), str(path)]) == EXIT_INVALID
    captured = capsys.readouterr()
    assert captured.out.startswith(f"valid: {EXAMPLE} ")
    assert str(path) in captured.err


def test_validate_names_a_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A strategy file that does not exist is invalid input, named in the message."""
    missing = tmp_path / "nope.yaml"
    assert main(["validate", str(missing)]) == EXIT_INVALID
    assert capsys.readouterr().err == f"{missing}: does not exist\n"


def test_validate_names_the_templates_field_when_the_folder_is_missing(
    with_templates: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A template folder that is not there points at the strategy's templates line."""
    line = line_of(with_templates.read_text("utf-8"), "templates:")
    assert main(["validate", str(with_templates)]) == EXIT_INVALID
    err = capsys.readouterr().err
    assert err.startswith(f"{with_templates}:{line}: templates: template folder ")
    assert "does not exist" in err


def test_validate_locates_an_error_in_a_team_template(
    with_templates: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A broken template of the team's own is reported with its file and line."""
    template = with_templates.parent / "mine" / "de" / "ask.j2"
    template.parent.mkdir(parents=True)
    template.write_text("Frag die Runde:\n{{ topic \n", "utf-8")
    assert main(["validate", str(with_templates)]) == EXIT_INVALID
    err = capsys.readouterr().err
    assert err.startswith(f"{template}:2: syntax error")


def test_validate_accepts_a_working_team_template(
    with_templates: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A team template that renders for every entry passes validation."""
    template = with_templates.parent / "mine" / "de" / "ask.j2"
    template.parent.mkdir(parents=True)
    template.write_text("Was denkt ihr über {{ topic }}?\n", "utf-8")
    assert main(["validate", str(with_templates)]) == EXIT_OK
    assert capsys.readouterr().out.startswith("valid: ")


def test_plan_with_invalid_input_writes_nothing(
    broken: tuple[Path, int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """An invalid strategy stops `plan` before anything is written, with exit code 2."""
    path, line = broken
    monkeypatch.chdir(tmp_path)
    assert main(["plan", str(path), "--out", str(tmp_path / "out")]) == EXIT_INVALID
    assert f"{path}:{line}: hours_per_weak:" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["strategy.yaml"]


def test_schema_is_json_with_channel_names(capsys: pytest.CaptureFixture[str]) -> None:
    """The schema is valid JSON and lists the known channels for editors to complete."""
    assert main(["schema"]) == EXIT_OK
    schema = json.loads(capsys.readouterr().out)
    names = schema["properties"]["channels"]["propertyNames"]["enum"]
    assert "linkedin" in names
    assert "facebook-group" in names
    assert schema["$schema"].startswith("https://json-schema.org/")


def test_schema_can_be_written_to_a_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`schema --out` writes the same JSON to a file instead of stdout."""
    target = tmp_path / "schema" / "strategy.schema.json"
    assert main(["schema", "--out", str(target)]) == EXIT_OK
    assert capsys.readouterr().out == ""
    assert "channels" in json.loads(target.read_text("utf-8"))["properties"]


@pytest.mark.parametrize(
    "argv",
    [[], ["plan"], ["frobnicate"], ["validate"], ["plan", "a.yaml", "--bogus"]],
    ids=["nothing", "plan-without-file", "unknown-command", "validate-without-file", "bad-flag"],
)
def test_bad_arguments_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    """Wrong arguments print the usage and exit with code 2."""
    assert main(argv) == EXIT_INVALID
    assert "usage: dialogplan" in capsys.readouterr().err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    """`--version` names the program and its version."""
    assert main(["--version"]) == EXIT_OK
    assert capsys.readouterr().out.startswith("dialogplan ")


def test_quick_commands_do_not_load_prefect(broken: tuple[Path, int]) -> None:
    """validate, schema and a rejected plan never import Prefect, so they answer quickly."""
    path, _ = broken
    stderr = cli_in_fresh_python(["validate", str(EXAMPLE)], ["schema"], ["plan", str(path)])
    assert stderr.splitlines()[-1] == "[0, 0, 2] False"


def test_misspelt_template_name_is_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A team template whose name matches no move is an error, not silently ignored."""
    strategy = tmp_path / "strategy.yaml"
    text = EXAMPLE.read_text("utf-8")
    strategy.write_text(text + "templates: mine\n", "utf-8")
    (tmp_path / "mine" / "de").mkdir(parents=True)
    (tmp_path / "mine" / "de" / "aks.j2").write_text("Frag: {{ topic }}?", "utf-8")
    assert main(["validate", str(strategy)]) == EXIT_INVALID
    assert "aks.j2: replaces no template; did you mean 'de/ask.j2'?" in capsys.readouterr().err


def test_prompts_prints_figures_and_an_even_sample(capsys: pytest.CaptureFixture[str]) -> None:
    """`prompts` plans in-process and shows the figures and N prompts with their headings."""
    assert main(["prompts", str(EXAMPLE), "--sample", "3"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "repeated on their channel within 4 weeks (masked):" in out
    assert "moves per place:" in out
    assert "Sample: 3 of " in out
    headings = [line for line in out.splitlines() if line.count(" · ") == 3]
    assert len(headings) == 3
    # Each says when the work ends, as the calendar does: rounds differ in length.
    assert all(re.search(r", \d\d:\d\d–\d\d:\d\d · ", h) for h in headings), headings
    assert main(["prompts", str(EXAMPLE), "--sample", "0"]) == EXIT_OK
    assert "Sample:" not in capsys.readouterr().out


def test_prompts_rejects_invalid_input_without_prefect(broken: tuple[Path, int]) -> None:
    """A broken strategy exits 2; neither that nor a good run imports Prefect."""
    path, line = broken
    stderr = cli_in_fresh_python(["prompts", str(EXAMPLE), "--sample", "1"], ["prompts", str(path)])
    assert f"strategy.yaml:{line}:" in stderr
    assert stderr.splitlines()[-1] == "[0, 2] False"


@pytest.mark.parametrize("argv", [["prompts"], ["prompts", "a.yaml", "--sample", "-1"]])
def test_prompts_arguments(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == EXIT_INVALID
    assert "usage: dialogplan prompts" in capsys.readouterr().err
