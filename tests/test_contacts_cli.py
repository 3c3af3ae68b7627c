"""Contacts files through the command line: checked by every command, without Prefect."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from dialogplan.errors import ContactsError
from flows.cli import EXIT_INVALID, EXIT_OK, main
from flows.files import read_strategy
from flows.job import prepare_client, run_client
from tests.support import cli_in_fresh_python
from tests.test_linkedin import EXPECTED, EXPORT

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "plans" / "harbourline-advisory"

BROKEN = (
    "name,channel,tier,last_contact,note\n"
    "Zelda Quast,linkedn,close,,secret note\n"
    "Yann Bell,xing,weekly,2026-02-30,\n"
)


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    """A copy of the English example, its contacts file included; returns the strategy."""
    shutil.copytree(EXAMPLE, tmp_path / "harbourline")
    return tmp_path / "harbourline" / "strategy.yaml"


def contacts_line(strategy: Path) -> int:
    lines = strategy.read_text("utf-8").splitlines()
    return next(n for n, line in enumerate(lines, 1) if line.startswith("contacts:"))


def test_validate_counts_the_contacts(plan: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(plan)]) == EXIT_OK
    assert capsys.readouterr().out.splitlines()[0].endswith(", 14 contacts)")
    assert len(read_strategy(plan).people) == 14


def test_validate_lists_every_problem_of_the_contacts_file(
    plan: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (plan.parent / "contacts.csv").write_text(BROKEN, "utf-8")
    other = ROOT / "plans" / "wolkenwerk-coaching" / "strategy.yaml"
    assert main(["validate", str(plan), str(other)]) == EXIT_INVALID
    out, err = capsys.readouterr()
    file = plan.parent / "contacts.csv"
    assert err.splitlines() == [
        f"{file}:2: channel: unknown channel 'linkedn'; did you mean 'linkedin'?",
        f"{file}:3: last_contact: '2026-02-30' is not a day in the calendar",
        (
            f"{file}:3: tier: expected close, regular, loose or a whole number of days such as 45, "
            "got 'weekly'"
        ),
    ]
    assert out.splitlines()[0] == f"valid: {other} (2 channels, 2027-01-04 – 2027-04-03)"


def test_a_missing_contacts_file_is_reported_at_the_strategy_line(
    plan: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (plan.parent / "contacts.csv").unlink()
    assert main(["validate", str(plan)]) == EXIT_INVALID
    assert capsys.readouterr().err == (
        f"{plan}:{contacts_line(plan)}: contacts: contacts file {plan.parent / 'contacts.csv'} "
        "does not exist; create it (a header 'name,channel,tier' is enough) or fix the path\n"
    )


def test_a_contacts_link_out_of_the_folder_is_refused(plan: Path, tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere.csv"
    outside.write_text("name,channel,tier\n", "utf-8")
    (plan.parent / "contacts.csv").unlink()
    (plan.parent / "contacts.csv").symlink_to(outside)
    with pytest.raises(ContactsError, match="leads out of the strategy's folder through a link"):
        read_strategy(plan)


def test_a_last_contact_after_today_is_refused(plan: Path) -> None:
    (plan.parent / "contacts.csv").write_text(
        "name,channel,tier,last_contact\nA,xing,close,2099-01-01\n"
    )
    with pytest.raises(ContactsError, match=r":2: last_contact: '2099-01-01' lies after today \("):
        read_strategy(plan)


def test_plan_prompts_and_push_refuse_a_broken_contacts_file_without_prefect(plan: Path) -> None:
    """Exit 2 before Prefect starts or a server is called; no output folder appears."""
    (plan.parent / "contacts.csv").write_text(BROKEN, "utf-8")
    out = plan.parent / "out"
    stderr = cli_in_fresh_python(
        ["plan", str(plan), "--out", str(out)],
        ["prompts", str(plan)],
        ["push", str(plan), "--caldav", "http://127.0.0.1:9/cal/"],
    )
    assert stderr.splitlines()[-1] == "[2, 2, 2] False"
    assert stderr.count("unknown channel 'linkedn'") == 3
    assert "Zelda" not in stderr
    assert "secret" not in stderr
    assert not out.exists()


def test_an_agency_job_fails_alone_and_writes_nothing(plan: Path, tmp_path: Path) -> None:
    """plan-all's job for one client reads the contacts with the strategy."""
    (plan.parent / "contacts.csv").write_text(BROKEN, "utf-8")
    with pytest.raises(ContactsError):
        prepare_client(plan, tmp_path / "out")
    with pytest.raises(ContactsError):
        run_client(plan, tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_import_prints_the_contacts_file(
    tmp_path: Path, capfdbinary: pytest.CaptureFixture[bytes]
) -> None:
    export = tmp_path / "Connections.csv"
    export.write_text(EXPORT, "utf-8")
    assert main(["contacts", "import", "linkedin", str(export)]) == EXIT_OK
    out, err = capfdbinary.readouterr()
    assert out.decode("utf-8") == EXPECTED
    assert err.decode() == (
        "wrote 4 contacts (tier loose, channel linkedin) to standard output; left out rows: "
        "1 without a name, 1 repeating an earlier person\n"
    )


def test_import_writes_out_in_one_step_and_never_half_a_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export, target = tmp_path / "Connections.csv", tmp_path / "contacts.csv"
    export.write_text(EXPORT, "utf-8")
    assert main(["contacts", "import", "linkedin", str(export), "--out", str(target)]) == EXIT_OK
    assert target.read_text("utf-8") == EXPECTED.replace("\r\n", "\n")  # read_text folds CRLF
    assert capsys.readouterr().out == ""
    export.write_text("name,channel,tier\n", "utf-8")
    assert (
        main(["contacts", "import", "linkedin", str(export), "--out", str(target)]) == EXIT_INVALID
    )
    assert "is not LinkedIn's connections export" in capsys.readouterr().err
    assert target.read_bytes() == EXPECTED.encode("utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Connections.csv", "contacts.csv"]


def test_import_refuses_a_missing_file_and_a_folder_it_cannot_write(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["contacts", "import", "linkedin", str(tmp_path / "nope.csv")]) == EXIT_INVALID
    assert capsys.readouterr().err == f"{tmp_path / 'nope.csv'}: does not exist\n"
    export = tmp_path / "Connections.csv"
    export.write_text(EXPORT, "utf-8")
    assert (
        main(["contacts", "import", "linkedin", str(export), "--out", str(tmp_path)])
        == EXIT_INVALID
    )


def test_import_never_loads_prefect(tmp_path: Path) -> None:
    export = tmp_path / "Connections.csv"
    export.write_text(EXPORT, "utf-8")
    argv = ["contacts", "import", "linkedin", str(export), "--out", str(tmp_path / "c.csv")]
    assert cli_in_fresh_python(argv).splitlines()[-1] == "[0] False"
