"""How fast the feed server answers subscribers, against a static file server on the same stack.

Run from the project folder::

    python bench/feeds.py                  # about 40 seconds on 2 cores
    python bench/feeds.py --seconds 10     # longer rounds, steadier figures

What is measured
----------------

One client, the example consultant (``plans/harbourline-advisory``), planned as
``dialogplan plan-all`` plans it, plus its third quarter planned ahead by the quarterly run,
so the feed is a real union of two sources (about 230 KB, 370 entries).

*feeds*
    ``dialogplan feeds OUT --port 0`` as its own process, as people run it (access log on,
    written to /dev/null).
*static*
    the baseline: the same ``calendar.ics`` file served by Starlette's ``StaticFiles`` on
    uvicorn, also its own process: what serving the file costs on this stack with nothing
    computed (ETag and Last-Modified, no gzip, no union, no secret).

Each round keeps ``--subscribers`` connections (default 50) busy for ``--seconds``, each
sending its next request as soon as the answer arrived (HTTP/1.1 keep-alive), from a
client written on bare asyncio streams so that the client costs little of the two cores.
Every answer's status is checked. Rounds:

*full GET*
    the whole feed, ``Accept-Encoding: identity``;
*full GET, gzip*
    the whole feed compressed (the static server sends it uncompressed: it has no gzip);
*conditional GET*
    ``If-None-Match`` with the ETag each server gave: a 304 without body.

The table gives requests per second and the ratio feeds / static; above 1 the feed server
is faster.
"""

from __future__ import annotations

import argparse
import asyncio
import re
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STRATEGY = ROOT / "plans" / "harbourline-advisory" / "strategy.yaml"
CLIENT = "harbourline-advisory"


@dataclass(frozen=True)
class Target:
    """A server and the path of the feed on it."""

    port: int
    path: str


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=5.0, help="length of a round")
    parser.add_argument("--subscribers", type=int, default=50, help="connections at once")
    return parser.parse_args()


def _plan(out: Path) -> None:
    """The client's plan and its third quarter, written as the commands write them."""
    from flows.job import run_client
    from flows.quarter import run_quarter

    run_client(STRATEGY, out)
    run_quarter(STRATEGY, out, datetime.now(UTC), as_of=date(2027, 6, 1))


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _start_feeds(out: Path) -> tuple[subprocess.Popen[str], Target]:
    dialogplan = Path(sys.executable).with_name("dialogplan")
    process = subprocess.Popen(
        [str(dialogplan), "feeds", str(out), "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    for line in process.stdout or ():
        match = re.search(r"http://127\.0\.0\.1:(\d+)(/\S+/calendar\.ics)", line)
        if match:
            return process, Target(int(match[1]), match[2])
    raise SystemExit("dialogplan feeds did not start")


def _start_static(folder: Path) -> tuple[subprocess.Popen[str], Target]:
    port = _free_port()
    code = (
        "import uvicorn; from starlette.staticfiles import StaticFiles; "
        f"uvicorn.run(StaticFiles(directory={str(folder)!r}), host='127.0.0.1', port={port}, "
        "access_log=False, log_level='warning', server_header=False)"
    )
    process = subprocess.Popen([sys.executable, "-c", code], text=True)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return process, Target(port, "/calendar.ics")
        time.sleep(0.05)
    raise SystemExit("the static file server did not start")


async def _answer(reader: asyncio.StreamReader) -> tuple[int, dict[str, str]]:
    head = (await reader.readuntil(b"\r\n\r\n")).decode("latin-1").split("\r\n")
    headers = dict(line.lower().split(": ", 1) for line in head[1:] if ": " in line)
    await reader.readexactly(int(headers.get("content-length", "0")))
    return int(head[0].split()[1]), headers


def _request(target: Target, headers: dict[str, str]) -> bytes:
    lines = [f"GET {target.path} HTTP/1.1", f"Host: 127.0.0.1:{target.port}"]
    lines += [f"{name}: {value}" for name, value in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


async def _subscriber(
    target: Target, request: bytes, deadline: float, counts: Counter[int]
) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", target.port)
    try:
        while time.perf_counter() < deadline:
            writer.write(request)
            status, _ = await _answer(reader)
            counts[status] += 1
    finally:
        writer.close()


async def _round(
    target: Target, headers: dict[str, str], seconds: float, subscribers: int
) -> float:
    """Requests per second over one round; every answer must be the one expected."""
    counts: Counter[int] = Counter()
    request = _request(target, headers)
    start = time.perf_counter()
    deadline = start + seconds
    await asyncio.gather(
        *(_subscriber(target, request, deadline, counts) for _ in range(subscribers))
    )
    elapsed = time.perf_counter() - start
    expected = 304 if "If-None-Match" in headers else 200
    if set(counts) != {expected}:
        raise SystemExit(f"unexpected answers from port {target.port}: {dict(counts)}")
    return sum(counts.values()) / elapsed


async def _headers(target: Target) -> dict[str, str]:
    """The headers of one full answer: its ETag and its length."""
    reader, writer = await asyncio.open_connection("127.0.0.1", target.port)
    writer.write(_request(target, {"Accept-Encoding": "identity"}))
    _, headers = await _answer(reader)
    writer.close()
    return headers


async def _measure(
    feeds: Target, static: Target, seconds: float, subscribers: int
) -> tuple[list[tuple[str, float, float]], int, int]:
    """Each round's requests per second on both servers, and the two bodies' sizes."""
    ours, theirs = await _headers(feeds), await _headers(static)
    rows = []
    rounds = [
        ("full GET", {"Accept-Encoding": "identity"}, {"Accept-Encoding": "identity"}),
        ("full GET, gzip", {"Accept-Encoding": "gzip"}, {"Accept-Encoding": "identity"}),
        (
            "conditional GET (304)",
            {"Accept-Encoding": "identity", "If-None-Match": ours["etag"]},
            {"Accept-Encoding": "identity", "If-None-Match": theirs["etag"]},
        ),
    ]
    for target in (feeds, static):  # warm-up: the feed is built and cached here
        await _round(target, {"Accept-Encoding": "identity"}, 1.0, subscribers)
    for name, feed_headers, static_headers in rounds:
        feed_rate = await _round(feeds, feed_headers, seconds, subscribers)
        static_rate = await _round(static, static_headers, seconds, subscribers)
        rows.append((name, feed_rate, static_rate))
    return rows, int(ours["content-length"]), int(theirs["content-length"])


def _print(rows: list[tuple[str, float, float]], subscribers: int, sizes: tuple[int, int]) -> None:
    feed_kb, file_kb = (size / 1024 for size in sizes)
    print(
        f"{subscribers} subscribers on loopback; the feed (union) {feed_kb:.0f} KB, "
        f"the static file {file_kb:.0f} KB; requests per second:"
    )
    print(f"{'':24}{'feeds':>10}{'static':>10}{'feeds/static':>14}")
    for name, ours, theirs in rows:
        print(f"{name:24}{ours:10.0f}{theirs:10.0f}{ours / theirs:14.2f}")


def main() -> None:
    """Plan the client, start both servers, run the rounds, print the table."""
    args = _arguments()
    with tempfile.TemporaryDirectory(prefix="dialogplan-feeds-bench-") as work:
        out = Path(work) / "out"
        _plan(out)
        feeds, feed_target = _start_feeds(out)
        static, static_target = _start_static((out / CLIENT).resolve())
        try:
            rows, *sizes = asyncio.run(
                _measure(feed_target, static_target, args.seconds, args.subscribers)
            )
        finally:
            for process in (feeds, static):
                process.terminate()
                process.wait(timeout=10)
    _print(rows, args.subscribers, (sizes[0], sizes[1]))


if __name__ == "__main__":
    main()
