"""``dialogplan feeds`` as subscribers meet it: one real server, a real HTTP client.

The server runs as its own process on a free loopback port for the whole module and serves
a client planned for the current quarter, so the feed holds entries whatever today is.
"""

from __future__ import annotations

import gzip
import json
import re
import signal
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from email.utils import formatdate
from pathlib import Path
from zoneinfo import ZoneInfo

import httpx
import icalendar
import pytest

from dialogplan.quarters import quarter_start
from flows.feed_secrets import SECRETS_FILE, SecretStore
from flows.job import run_client

CLIENT = "harbour-feeds"
LONDON = ZoneInfo("Europe/London")
IDENTITY = {"Accept-Encoding": "identity"}
STRATEGY = """\
client: harbour-feeds
name: Harbour & <Feeds> Advisory
language: en
timezone: Europe/London
start: {start}
months: 3
hours_per_week: 3
audience: Operations leaders in mid-sized firms
goals:
  - id: trust
    text: Be asked first about supply-chain resilience
    who: operations leaders
topics: [Supplier risk, Lean inventory]
channels:
  linkedin: {{share: 0.7}}
  mastodon: {{share: 0.3}}
"""
DIALOGPLAN = Path(sys.executable).with_name("dialogplan")


@dataclass
class Served:
    """The running server, its output root and what it printed."""

    root: Path
    strategy: Path
    origin: str
    process: subprocess.Popen[bytes]
    stdout: Path
    stderr: Path
    client: httpx.Client

    def secret(self, client: str = CLIENT) -> str:
        secrets: dict[str, str] = json.loads((self.root / SECRETS_FILE).read_text("utf-8"))
        return secrets[client]

    def url(self, tail: str = "calendar.ics", client: str = CLIENT) -> str:
        return f"{self.origin}/{client}/{self.secret(client)}/{tail}"

    def get(self, url: str, **headers: str) -> httpx.Response:
        return self.client.get(url, headers={**IDENTITY, **headers})

    def raw(self, method: str, target: str) -> httpx.Response:
        """A request for exactly ``target``, dots and escapes as written."""
        request = self.client.build_request(
            method, self.origin + "/", extensions={"target": target.encode()}
        )
        return self.client.send(request)


def events(ics: bytes) -> dict[str, date]:
    """Each event's UID and start day, as icalendar reads them."""
    calendar = icalendar.Calendar.from_ical(ics)
    return {str(e["UID"]): e.decoded("DTSTART").date() for e in calendar.walk("VEVENT")}


def _wait_for_url(process: subprocess.Popen[bytes], stdout: Path) -> str:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        match = re.search(r"at (http://127\.0\.0\.1:\d+) ", stdout.read_text("utf-8"))
        if match and CLIENT in stdout.read_text("utf-8"):
            return match[1]
        if process.poll() is not None:
            break
        time.sleep(0.05)
    process.kill()
    pytest.fail(f"dialogplan feeds did not start: {stdout.read_text('utf-8')}")


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    base = tmp_path_factory.mktemp("feeds")
    strategy = base / "plans" / CLIENT / "strategy.yaml"
    strategy.parent.mkdir(parents=True)
    today = datetime.now(LONDON).date()  # the client's own day, as the server counts it
    strategy.write_text(STRATEGY.format(start=quarter_start(today)), "utf-8")
    root = base / "out"
    run_client(strategy, root)
    stdout, stderr = base / "stdout.txt", base / "stderr.txt"
    with stdout.open("wb") as out, stderr.open("wb") as err:
        process = subprocess.Popen(
            [str(DIALOGPLAN), "feeds", str(root), "--port", "0"], stdout=out, stderr=err
        )
    origin = _wait_for_url(process, stdout)
    with httpx.Client(timeout=10) as client:
        yield Served(root, strategy, origin, process, stdout, stderr, client)
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=10) == 0
    assert "Stopped." in stderr.read_text("utf-8")


def test_the_feed_is_a_calendar_with_this_quarter_s_entries(served: Served) -> None:
    response = served.get(served.url())
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/calendar; charset=utf-8"
    found = events(response.content)
    assert found
    assert all(day >= quarter_start(datetime.now(LONDON).date()) for day in found.values())
    assert len(icalendar.Calendar.from_ical(response.content).walk("VTIMEZONE")) == 1


def test_a_repeat_with_the_etag_or_the_date_gets_304(served: Served) -> None:
    first = served.get(served.url())
    etag, modified = first.headers["etag"], first.headers["last-modified"]
    assert etag.startswith('"')  # strong
    again = served.get(served.url(), **{"If-None-Match": etag})
    assert (again.status_code, again.content, again.headers["etag"]) == (304, b"", etag)
    assert served.get(served.url(), **{"If-Modified-Since": modified}).status_code == 304
    stale = datetime.now(UTC) - timedelta(days=400)
    older = formatdate(stale.timestamp(), usegmt=True)
    assert served.get(served.url(), **{"If-Modified-Since": older}).status_code == 200
    assert served.get(served.url(), **{"If-None-Match": '"other"'}).status_code == 200


def test_gzip_when_accepted_with_its_own_etag(served: Served) -> None:
    plain = served.get(served.url())
    with served.client.stream("GET", served.url(), headers={"Accept-Encoding": "gzip"}) as zipped:
        body = b"".join(zipped.iter_raw())
        headers = zipped.headers
    assert headers["content-encoding"] == "gzip"
    assert gzip.decompress(body) == plain.content
    assert len(body) < len(plain.content) / 3
    assert headers["etag"] != plain.headers["etag"]
    assert "accept-encoding" in headers["vary"].lower()


def test_head_answers_like_get_without_a_body(served: Served) -> None:
    full = served.get(served.url())
    head = served.client.head(served.url(), headers=IDENTITY)
    assert (head.status_code, head.content) == (200, b"")
    assert head.headers["content-length"] == str(len(full.content))
    assert head.headers["etag"] == full.headers["etag"]


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PROPFIND"])
def test_only_get_and_head_are_allowed(served: Served, method: str) -> None:
    response = served.client.request(method, served.url())
    assert response.status_code == 405
    assert {m.strip() for m in response.headers["allow"].split(",")} == {"GET", "HEAD"}


def test_every_unknown_path_gets_the_same_404(served: Served) -> None:
    secret = served.secret()
    wrong = "x" * len(secret)
    targets = [
        f"/{CLIENT}/{wrong}/calendar.ics",
        f"/{CLIENT}/{secret[:-1]}/calendar.ics",
        f"/nobody/{secret}/calendar.ics",
        f"/{CLIENT}/{secret}/../../{SECRETS_FILE}",
        f"/{CLIENT}/{secret}/%2e%2e/%2e%2e/{SECRETS_FILE}",
        f"/{CLIENT}/{secret}/..%2f..%2f{SECRETS_FILE}",
        f"/{CLIENT}/{secret}/channels/..%2f..%2fcalendar.csv",
        f"/{CLIENT}/{secret}/channels/",
        f"/{CLIENT}/{secret}/calendar.csv",
        f"/{CLIENT}/{secret}/current/calendar.ics",
        f"/{CLIENT}/",
        f"/{SECRETS_FILE}",
        "/",
    ]
    answers = [served.raw("GET", target) for target in targets]
    assert {r.status_code for r in answers} == {404}
    assert len({r.content for r in answers}) == 1
    shapes = {tuple(sorted((k, v) for k, v in r.headers.items() if k != "date")) for r in answers}
    assert len(shapes) == 1


def test_symlinks_leading_out_of_the_root_are_not_served(served: Served, tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere"
    (outside / "channels").mkdir(parents=True)
    secret_feed = (
        (served.root / CLIENT / "calendar.ics").read_bytes().replace(b"UID:", b"UID:outside-")
    )
    (outside / "calendar.ics").write_bytes(secret_feed)
    generation = (served.root / CLIENT / "current").resolve()
    links = [
        generation / "channels" / "leak.ics",
        served.root / CLIENT / "2999-Q1",
        served.root / "outsider",
    ]
    links[0].symlink_to(outside / "calendar.ics")
    links[1].symlink_to(outside)
    links[2].symlink_to(outside)
    SecretStore(served.root).rotate("outsider")
    try:
        assert served.get(served.url("channels/leak.ics")).status_code == 404
        assert served.get(served.url(client="outsider")).status_code == 404
        feed = served.get(served.url())
        assert feed.status_code == 200
        assert not any(uid.startswith("outside-") for uid in events(feed.content))
    finally:
        for link in links:
            link.unlink()


def test_the_page_lists_every_feed_for_a_phone_and_escapes_the_name(served: Served) -> None:
    response = served.get(served.url(""))
    assert response.status_code == 200
    page = response.text
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in page
    assert "overflow-wrap:anywhere" in page
    assert "Harbour &amp; &lt;Feeds&gt; Advisory" in page
    assert "<Feeds>" not in page
    secret = served.secret()
    for tail in ("calendar.ics", "channels/linkedin.ics", "channels/mastodon.ics"):
        path = f"/{CLIENT}/{secret}/{tail}"
        assert f'href="webcal://{served.origin.removeprefix("http://")}{path}"' in page
        assert f'href="{served.origin}{path}"' in page
    count = len(events(served.get(served.url()).content))
    assert f"every channel: {count} entries" in page
    assert response.headers["referrer-policy"] == "no-referrer"


def test_the_secret_is_private_and_only_printed_in_the_start_listing(served: Served) -> None:
    secrets_file = served.root / SECRETS_FILE
    assert stat.S_IMODE(secrets_file.stat().st_mode) == 0o600
    secret = served.secret()
    served.get(served.url())
    served.get(f"{served.origin}/{CLIENT}/{'y' * len(secret)}/calendar.ics")
    time.sleep(0.2)
    log = served.stderr.read_text("utf-8")
    assert f'"GET /{CLIENT}/…/calendar.ics" 200' in log
    assert secret not in log
    assert "y" * len(secret) not in log
    printed = [line for line in served.stdout.read_text("utf-8").splitlines() if secret in line]
    assert printed == [f"  {CLIENT}: {served.origin}/{CLIENT}/{secret}/calendar.ics"]


def test_rotation_is_one_command_and_ends_the_old_url(served: Served) -> None:
    old = served.url()
    port = served.origin.rpartition(":")[2]
    rotated = subprocess.run(
        [str(DIALOGPLAN), "feeds", str(served.root), "--rotate", CLIENT, "--port", port],
        capture_output=True,
        text=True,
        check=True,
    )
    new = served.url()
    assert new != old
    assert new in rotated.stdout
    assert served.get(old).status_code == 404
    assert served.get(new).status_code == 200
    assert stat.S_IMODE((served.root / SECRETS_FILE).stat().st_mode) == 0o600


def test_a_quarterly_run_adds_the_next_quarter_to_the_same_url(served: Served) -> None:
    from flows.quarter import run_quarter

    url, channel_url = served.url(), served.url("channels/linkedin.ics")
    before = events(served.get(url).content)
    etag = served.get(url).headers["etag"]
    result = run_quarter(served.strategy, served.root, datetime.now(UTC))
    assert result.status == "planned" and result.out_dir is not None
    planned = events((result.out_dir / "calendar.ics").read_bytes())

    after = served.get(url, **{"If-None-Match": etag})
    assert after.status_code == 200 and served.url() == url
    found = events(after.content)
    assert set(found) == set(before) | set(planned)
    assert before and planned and not set(before) & set(planned)
    in_channel = events(served.get(channel_url).content)
    assert {quarter_start(day) for day in in_channel.values()} == {
        quarter_start(min(found.values())),
        quarter_start(max(found.values())),
    }


def test_serve_runs_the_same_server_beside_its_schedules_and_stops_it(served: Served) -> None:
    """``serve --feeds-port`` runs the server in a thread; leaving serve frees the port."""
    from flows.feed_command import feeds_in_background

    said: list[str] = []
    with feeds_in_background(served.root, "127.0.0.1", 0, said.append) as origin:
        url = f"{origin}/{CLIENT}/{served.secret()}/calendar.ics"
        response = httpx.get(url, headers=IDENTITY)
        assert response.status_code == 200
        assert response.content == served.get(served.url()).content
    assert f"  {CLIENT}: {url}" in said
    with pytest.raises(httpx.ConnectError):
        httpx.get(url)
