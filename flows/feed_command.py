"""``dialogplan feeds``: every client's live feeds over HTTP, on uvicorn.

The server binds its socket itself before anything else, so a port in use is a clear
message, and ``--port 0`` takes a free port that the start-up listing then names. That
listing is the one place the secrets are printed: the subscription URL of each client's
full calendar. ``--rotate CLIENT`` gives a client a new secret and prints its new URL; a
running server stops honouring the old one with the next request.

The same server runs inside ``dialogplan serve --feeds-port``, in a thread of its own.
"""

from __future__ import annotations

# ruff: noqa: PLC0415 - uvicorn and Starlette load when a server starts, not for every command
import argparse
import contextlib
import logging
import socket
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from flows import commands
from flows.feed_files import FeedError, client_names, feed_path
from flows.feed_secrets import SecretStore

if TYPE_CHECKING:
    import uvicorn

__all__ = [
    "DEFAULT_HOST",
    "DEFAULT_PORT",
    "feeds_in_background",
    "listen",
    "rotate",
    "run_feeds",
    "run_feeds_command",
    "run_serve_with_feeds",
]

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8080
#: Connections waiting to be accepted, as uvicorn's own default.
_BACKLOG = 2048
_WILDCARDS = {"", "0.0.0.0", "::"}  # noqa: S104 - names the wildcard, binds nothing


def _stderr(message: str) -> None:
    print(message, file=sys.stderr, flush=True)  # noqa: T201 - a server talks to its operator


def _stdout(message: str) -> None:
    print(message, flush=True)  # noqa: T201 - the subscription URLs are the command's output


def listen(host: str, port: int) -> socket.socket:
    """A socket bound to ``host:port`` (port 0: a free one); a clear error when it cannot be."""
    try:
        family, kind, proto, _, address = socket.getaddrinfo(
            host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
        )[0]
    except socket.gaierror as exc:
        raise FeedError(f"--host {host!r} is not an address of this machine: {exc}") from None
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(address)
    except OSError as exc:
        sock.close()
        raise FeedError(
            f"cannot listen on {host}:{port}: {exc.strerror or exc}; "
            "choose another --port or stop what uses it"
        ) from None
    # Listening at once: a subscriber who follows the URL printed next is queued, not refused.
    sock.listen(_BACKLOG)
    return sock


def _origin(host: str, port: int, public_url: str | None) -> str:
    """Where subscribers reach the server: ``--public-url``, or this machine's address."""
    if public_url:
        return public_url.rstrip("/")
    shown = socket.gethostname() if host in _WILDCARDS else host
    if ":" in shown:
        shown = f"[{shown}]"
    return f"http://{shown}:{port}"


def _checked_root(root: Path) -> None:
    if not root.is_dir():
        raise FeedError(
            f"{root}: not a folder; give the output folder of dialogplan plan-all or serve "
            "(the one that holds a folder per client)"
        )
    if (root / "calendar.ics").exists():
        parent = root.resolve().parent
        raise FeedError(
            f"{root} holds one plan, not a folder per client: serve the folder above it "
            f"(dialogplan feeds {parent}), where it is the client {root.resolve().name!r}"
        )


def _welcome(root: Path, origin: str, say: Callable[[str], None]) -> SecretStore:
    """Secrets for every client, and each client's subscription URL."""
    store = SecretStore(root)
    clients = client_names(root)
    store.ensure(clients)
    known = store.current()
    if not clients:
        say(f"No client below {root} has a calendar yet; new ones are served within a minute.")
    for client in clients:
        say(f"  {client}: {origin}{feed_path(client, known[client])}")
    if clients:
        say("Each client's page with all its feeds: the same URL without calendar.ics.")
    return store


def _announcer(root: Path, origin: str, say: Callable[[str], None]) -> Callable[[str], None]:
    store = SecretStore(root)

    def announce(client: str) -> None:
        say(f"New client {client}: {origin}{feed_path(client, store.current()[client])}")

    return announce


def _access_log(say: Callable[[str], None]) -> None:
    """One line per request, through ``say``; the paths in it carry no secret."""
    from flows.feed_server import ACCESS_LOG

    class _Say(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            say(self.format(record))

    ACCESS_LOG.handlers = [_Say()]
    ACCESS_LOG.setLevel(logging.INFO)
    ACCESS_LOG.propagate = False


def _server(
    root: Path, origin: str, public_url: str | None, say: Callable[[str], None]
) -> uvicorn.Server:
    import uvicorn

    from flows.feed_server import feed_app

    app = feed_app(root, public_url, _announcer(root, origin, say))
    # uvicorn's access log prints whole paths, secrets included: ours replaces it.
    config = uvicorn.Config(
        app, access_log=False, log_level="warning", server_header=False, lifespan="on"
    )
    return uvicorn.Server(config)


def run_feeds(root: Path, host: str, port: int, public_url: str | None) -> int:
    """``dialogplan feeds``: serve until Ctrl-C or SIGTERM; returns the exit code."""
    _checked_root(root)
    sock = listen(host, port)
    with sock:
        origin = _origin(host, sock.getsockname()[1], public_url)
        _stdout(f"Serving the feeds below {root} at {origin} — press Ctrl-C to stop")
        _welcome(root, origin, _stdout)
        _access_log(_stderr)
        server = _server(root, origin, public_url, _stdout)
        with contextlib.suppress(KeyboardInterrupt):
            server.run(sockets=[sock])
    _stderr("Stopped.")
    return 0


def rotate(root: Path, client: str, host: str, port: int, public_url: str | None) -> str:
    """A new secret for ``client``; returns its new subscription URL."""
    _checked_root(root)
    clients = client_names(root)
    if client not in clients:
        known = ", ".join(clients) or "none yet"
        raise FeedError(f"{root}: no client {client!r} with a calendar (clients: {known})")
    secret = SecretStore(root).rotate(client)
    return _origin(host, port, public_url) + feed_path(client, secret)


@contextlib.contextmanager
def feeds_in_background(
    root: Path, host: str, port: int, say: Callable[[str], None]
) -> Iterator[str]:
    """The feed server in a thread for as long as the block runs; yields its origin."""
    root.mkdir(parents=True, exist_ok=True)
    sock = listen(host, port)
    origin = _origin(host, sock.getsockname()[1], None)
    say(f"Serving the feeds below {root} at {origin}")
    _welcome(root, origin, say)
    _access_log(say)
    server = _server(root, origin, None, say)
    thread = threading.Thread(
        target=server.run, kwargs={"sockets": [sock]}, name="feeds", daemon=True
    )
    thread.start()
    try:
        yield origin
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


def run_feeds_command(args: argparse.Namespace) -> int:
    """``feeds``: serve, or with ``--rotate`` give one client a new secret."""
    root: Path = args.out_root
    if args.rotate is None:
        return run_feeds(root, args.host, args.port, args.public_url)
    url = rotate(root, args.rotate, args.host, args.port, args.public_url)
    _stdout(f"New subscription URL of {args.rotate} (the old one no longer works):")
    _stdout(f"  {url}")
    return 0


def run_serve_with_feeds(args: argparse.Namespace) -> int:
    """``serve``, with the feed server beside the schedules when ``--feeds-port`` is given.

    The feeds come up first, while Prefect's server takes its seconds to start.
    """
    if args.feeds_port is None:
        return commands.run_serve(args)
    with feeds_in_background(args.out, DEFAULT_HOST, args.feeds_port, _stderr):
        return commands.run_serve(args)
