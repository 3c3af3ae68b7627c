"""No contact's name, profile, news or note reaches Prefect: its server is shared by an agency."""

from __future__ import annotations

import shutil
from pathlib import Path
from uuid import UUID

import pytest

from dialogplan.contacts import parse_contacts
from dialogplan.errors import ContactsError

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "plans" / "harbourline-advisory"


def secrets(contacts: Path) -> set[str]:
    """What the contacts file says about people, piece by piece."""
    found: set[str] = set()
    for person in parse_contacts(contacts.read_bytes(), "contacts.csv"):
        found |= {person.name, person.note, person.profile}
        if person.news is not None:
            found.add(person.news.text)
    return found - {""}


@pytest.mark.flow
@pytest.mark.usefixtures("prefect_harness")
def test_no_contact_reaches_prefect_logs_artifacts_or_parameters(tmp_path: Path) -> None:
    from prefect import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterFlowRunId
    from prefect.client.schemas.sorting import LogSort
    from prefect.logging.handlers import APILogWorker

    from flows.plan import run_plan

    plan = tmp_path / "harbourline"
    shutil.copytree(EXAMPLE, plan)
    people = secrets(plan / "contacts.csv")
    result = run_plan(plan / "strategy.yaml", tmp_path / "out")
    # The run did plan named entries: the team's own outputs name people, never their notes.
    written = {
        name: (tmp_path / "out" / name).read_text("utf-8")
        for name in ("calendar.csv", "calendar.ics", "report.md", "report.html")
    }
    assert "Congratulate: Eleanor Whitcombe" in written["calendar.csv"]
    assert "Eleanor Whitcombe" in written["report.md"]
    notes = {p.note for p in parse_contacts((plan / "contacts.csv").read_bytes(), "c.csv")} - {""}
    assert not {n for n in notes for text in written.values() if n in text}
    (plan / "contacts.csv").write_text(
        "name,channel,tier,note\nZelda Quast,linkedn,close,secret note\n", "utf-8"
    )
    with pytest.raises(ContactsError):
        run_plan(plan / "strategy.yaml", tmp_path / "out")
    assert result.flow_run_id is not None
    APILogWorker.drain_all(timeout=10)
    with get_client(sync_client=True) as client:
        run = client.read_flow_run(UUID(result.flow_run_id))
        artifacts = client.read_artifacts(
            artifact_filter=ArtifactFilter(
                flow_run_id=ArtifactFilterFlowRunId(any_=[UUID(result.flow_run_id)])
            )
        )
        logs = client.read_logs(limit=200, sort=LogSort.TIMESTAMP_DESC)
    seen = "\n".join(
        [repr(run.parameters), *(str(a.data) for a in artifacts), *(log.message for log in logs)]
    )
    assert artifacts
    assert "unknown channel 'linkedn'" in seen  # the failed run's message did reach Prefect
    leaked = {s for s in people | {"Zelda Quast", "secret note"} if s in seen}
    assert not leaked
