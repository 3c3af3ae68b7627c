"""``dialogplan push`` against a real Radicale server on a free loopback port.

One server for the module, with password checks (htpasswd); each test gets its own calendar
holding one event of the user's own and one of another client's plan before the first push.
"""

from __future__ import annotations

import itertools
import re
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from caldav.collection import Calendar as DavCalendar
from caldav.davclient import DAVClient

from dialogplan.render import render
from dialogplan.revisions import read_revisions
from dialogplan.schedule import schedule
from dialogplan.sync import event_contents, split_events
from flows.cli import EXIT_INVALID, EXIT_OK, main
from flows.files import read_strategy
from tests.support import REVISED_AT, calendar_files

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "plans" / "wolkenwerk-coaching" / "strategy.yaml"
USER, PASSWORD = "anna", "grillrunde-2027"
#: Each test's calendar gets a name of its own on the shared server.
_CALENDARS = itertools.count(1)

OWN_EVENT = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Anna//Kalender//DE\r\nBEGIN:VEVENT\r\n"
    "UID:zahnarzt-2027-01-05@anna.example\r\nDTSTAMP:20261201T090000Z\r\n"
    "DTSTART:20270105T080000Z\r\nDTEND:20270105T090000Z\r\nSUMMARY:Zahnarzt\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n"
)
#: Another client's entry in the same calendar: it looks like ours, and is not.
OTHER_CLIENT = OWN_EVENT.replace(
    "zahnarzt-2027-01-05@anna.example", "wolkenwerk-coaching-2.linkedin.20270105.1@dialogplan"
).replace("Zahnarzt", "Kommentieren")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def radicale(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """The server's base URL and its storage folder."""
    folder = tmp_path_factory.mktemp("radicale")
    users = folder / "users"
    users.write_text(f"{USER}:{PASSWORD}\n", "utf-8")
    port = _free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "radicale",
            f"--server-hosts=127.0.0.1:{port}",
            f"--storage-filesystem-folder={folder / 'storage'}",
            "--auth-type=htpasswd",
            f"--auth-htpasswd-filename={users}",
            "--auth-htpasswd-encryption=plain",
            "--auth-delay=0",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 15
        while True:
            with socket.socket() as sock:
                if sock.connect_ex(("127.0.0.1", port)) == 0:
                    break
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail("Radicale did not start")
            time.sleep(0.05)
        yield f"http://127.0.0.1:{port}", folder / "storage"
    finally:
        process.terminate()
        process.wait(10)


@pytest.fixture
def calendar(
    radicale: tuple[str, Path], monkeypatch: pytest.MonkeyPatch
) -> tuple[str, DavCalendar]:
    """A fresh calendar with the user's own event and another client's, and its URL."""
    base, _ = radicale
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(REVISED_AT.timestamp())))
    monkeypatch.setenv("DIALOGPLAN_CALDAV_USER", USER)
    monkeypatch.setenv("DIALOGPLAN_CALDAV_PASSWORD", PASSWORD)
    client = DAVClient(url=f"{base}/", username=USER, password=PASSWORD)
    name = f"plan-{next(_CALENDARS)}"
    url = f"{base}/{USER}/{name}/"
    made = client.principal().make_calendar(name="Plan", cal_id=name)
    assert str(made.url) == url
    for uid, ics in (("own", OWN_EVENT), ("other", OTHER_CLIENT)):
        put = client.put(f"{url}{uid}.ics", ics, {"Content-Type": "text/calendar; charset=utf-8"})
        assert put.status == 201
    return url, made


def _strategy(tmp_path: Path, name: str, *replacements: tuple[str, str]) -> Path:
    """The example, one month long, with some lines changed."""
    text = EXAMPLE.read_text("utf-8").replace("months: 3", "months: 1")
    for old, new in replacements:
        assert old in text
        text = text.replace(old, new)
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return path


def _feed(path: Path, earlier: bytes = b"", revised_at: datetime = REVISED_AT) -> bytes:
    """The plan's calendar.ics, revised from the ``earlier`` one."""
    strategy = read_strategy(path)
    revisions = read_revisions(earlier) if earlier else {}
    entries = render(strategy, schedule(strategy))
    return calendar_files(strategy, entries, revised_at=revised_at, earlier=revisions)[
        "calendar.ics"
    ]


def _plan(path: Path, earlier: bytes = b"", revised_at: datetime = REVISED_AT) -> dict[str, str]:
    feed = _feed(path, earlier, revised_at)
    return {uid: event_contents(ics)[uid] for uid, ics in split_events(feed).items()}


def _on_server(calendar: DavCalendar) -> dict[str, str]:
    found: dict[str, str] = {}
    for event in calendar.events():
        found.update(event_contents(event.data))
    return found


def _foreign() -> dict[str, str]:
    return event_contents(OWN_EVENT) | event_contents(OTHER_CLIENT)


def _push(path: Path, url: str, capsys: pytest.CaptureFixture[str], *more: str) -> tuple[int, ...]:
    """The created, updated and deleted counts a push reports."""
    assert main(["push", str(path), "--caldav", url, *more]) == EXIT_OK
    first = capsys.readouterr().out.splitlines()[0]
    return tuple(int(n) for n in re.findall(r"(\d+) (?:to )?\w+", first.split(": ", 1)[1])[:3])


def _stamps(storage: Path, url: str) -> dict[str, int]:
    """When each stored event file was last written."""
    folder = storage / "collection-root" / url.rstrip("/").split("/", 3)[3]
    return {p.name: p.stat().st_mtime_ns for p in folder.glob("*.ics")}


def test_first_push_creates_the_plan_and_a_second_changes_nothing(
    calendar: tuple[str, DavCalendar],
    radicale: tuple[str, Path],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    url, made = calendar
    path = _strategy(tmp_path, "strategy.yaml")
    plan = _plan(path)

    assert _push(path, url, capsys) == (len(plan), 0, 0)
    assert _on_server(made) == plan | _foreign()

    before = _stamps(radicale[1], url)
    assert len(before) == len(plan) + 2
    assert _push(path, url, capsys) == (0, 0, 0)
    assert _stamps(radicale[1], url) == before


@pytest.mark.parametrize(
    "change",
    [
        ("hours_per_week: 5", "hours_per_week: 3.5"),
        (
            "  - title: Fehlerkultur im Netz\n    kind: theme\n    short: Fehlerkultur im Netz\n",
            "  - title: Kundenstimmen sammeln\n    kind: theme\n    short: Kundenstimmen\n",
        ),
    ],
    ids=["hours_per_week", "topics"],
)
def test_a_changed_strategy_is_mirrored_and_foreign_events_stay(
    change: tuple[str, str],
    calendar: tuple[str, DavCalendar],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Changed entries go up with SEQUENCE+1 and the new stamp; the others stay as they are."""
    url, made = calendar
    first, second = _strategy(tmp_path, "a.yaml"), _strategy(tmp_path, "b.yaml", change)
    old = _plan(first)
    _push(first, url, capsys)
    later = REVISED_AT + timedelta(days=3)
    new = _plan(second, _feed(first), later)

    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(later.timestamp())))
    created, updated, deleted = _push(second, url, capsys)

    assert created == len(new.keys() - old.keys())
    assert deleted == len(old.keys() - new.keys())
    kept = new.keys() & old.keys()
    assert updated == sum(old[uid] != new[uid] for uid in kept)
    assert updated + created > 0
    assert _on_server(made) == new | _foreign()
    stored = {u: r for e in made.events() for u, r in read_revisions(e.data.encode()).items()}
    for uid in kept:
        expected = (1, later) if old[uid] != new[uid] else (0, REVISED_AT)
        assert (stored[uid].sequence, stored[uid].stamp) == expected
    assert _push(second, url, capsys) == (0, 0, 0)


def test_dry_run_reports_and_changes_nothing(
    calendar: tuple[str, DavCalendar], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url, made = calendar
    path = _strategy(tmp_path, "strategy.yaml")
    plan = _plan(path)

    assert main(["push", str(path), "--caldav", url, "--dry-run"]) == EXIT_OK
    out = capsys.readouterr().out
    assert f"{len(plan)} to create, 0 to update, 0 to delete" in out
    assert "  create: " in out
    assert _on_server(made) == _foreign()


def test_credentials_come_from_a_netrc_when_the_environment_has_none(
    calendar: tuple[str, DavCalendar],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    url, _ = calendar
    monkeypatch.delenv("DIALOGPLAN_CALDAV_USER")
    monkeypatch.delenv("DIALOGPLAN_CALDAV_PASSWORD")
    netrc = tmp_path / "netrc"
    netrc.write_text(f"machine 127.0.0.1 login {USER} password {PASSWORD}\n", "utf-8")
    netrc.chmod(0o600)
    monkeypatch.setenv("NETRC", str(netrc))
    path = _strategy(tmp_path, "strategy.yaml")

    assert main(["push", str(path), "--caldav", url, "--dry-run"]) == EXIT_OK
    assert "to create" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("where", "says"),
    [
        ("wrong password", "refused the credentials"),
        ("principal", "is not a CalDAV calendar"),
        ("missing", "no calendar at this address"),
        ("closed port", "cannot reach the CalDAV server"),
    ],
)
def test_server_errors_are_one_line_and_exit_2(
    where: str,
    says: str,
    calendar: tuple[str, DavCalendar],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    url, made = calendar
    if where == "wrong password":
        monkeypatch.setenv("DIALOGPLAN_CALDAV_PASSWORD", "wrong")
    base = url.split(f"/{USER}/")[0]
    target = {
        "wrong password": url,
        "principal": f"{base}/{USER}/",
        "missing": f"{base}/{USER}/nothing-here/",
        "closed port": f"http://127.0.0.1:{_free_port()}/{USER}/plan/",
    }[where]

    code = main(["push", str(_strategy(tmp_path, "s.yaml")), "--caldav", target])

    err = capsys.readouterr().err
    assert code == EXIT_INVALID
    assert says in err
    assert len(err.strip().splitlines()) == 1
    assert PASSWORD not in err
    assert _on_server(made) == _foreign()


def test_credentials_in_the_url_are_refused(capsys: pytest.CaptureFixture[str]) -> None:
    url = f"https://{USER}:{PASSWORD}@cloud.example.com/dav/calendars/{USER}/plan/"
    assert main(["push", str(EXAMPLE), "--caldav", url]) == EXIT_INVALID
    assert "must not carry credentials" in capsys.readouterr().err


def test_push_needs_a_calendar_address(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["push", str(EXAMPLE)]) == EXIT_INVALID
    assert "--caldav" in capsys.readouterr().err
