"""A command talked to another team's Prefect server that answered on the port it chose.

Two commands with different PREFECT_HOME started at the same moment; both found Prefect's
usual port free. One server bound it; the other's health check got its answer from there,
called itself ready, and its flow runs went into the other team's database until its own
server failed to bind. A server now counts as up only once it answers for its own home.
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from flows.local_server import ServerError, serves, wait_until_healthy


class _OtherTeamsServer(BaseHTTPRequestHandler):
    """Answers like a Prefect server whose home is somewhere else."""

    def do_GET(self) -> None:
        body = {"/api/health": True, "/api/admin/settings": {"home": "/srv/other-team"}}
        if self.path not in body:
            self.send_error(404)
            return
        data = json.dumps(body[self.path]).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: object) -> None:
        """Quiet."""


@pytest.fixture
def other_api() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _OtherTeamsServer)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/api"
    server.shutdown()
    server.server_close()


def test_another_home_s_server_is_not_ours(other_api: str, tmp_path: Path) -> None:
    assert not serves(other_api, tmp_path)
    assert serves(other_api, Path("/srv/other-team"))


def test_a_server_that_cannot_bind_is_not_up_because_another_answers(
    other_api: str, tmp_path: Path
) -> None:
    # Our server: it loads, finds the port taken and exits, as Prefect's does.
    ours = subprocess.Popen(
        [sys.executable, "-c", "import time; time.sleep(1); raise SystemExit(1)"]
    )
    log = tmp_path / "server.log"
    log.write_text("address already in use\n")
    with pytest.raises(ServerError, match="address already in use"):
        wait_until_healthy(ours, other_api, log, 30, tmp_path)
    ours.wait()
