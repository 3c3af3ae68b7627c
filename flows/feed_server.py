"""The feed server's HTTP side: which URLs exist, and answers as calendar apps need them.

Only three shapes of URL exist, each behind the client's secret::

    /<client>/<secret>/                         the client's page listing its feeds
    /<client>/<secret>/calendar.ics             every entry
    /<client>/<secret>/channels/<channel>.ics   one channel's entries

Every other path, a wrong secret and an unknown client get the same 404, so a guesser
learns nothing. No path is ever joined onto the file system: names are checked against the
strategy format's own pattern first. Feeds carry a strong ETag (a different one for the
gzip body) and Last-Modified, so a calendar app polling every few hours mostly gets a 304.
The access log names the path with its secret replaced; uvicorn's own is off.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime
from email.utils import formatdate, parsedate_to_datetime
from pathlib import Path
from typing import TypeAlias

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from flows.feed_files import (
    NAME,
    BuiltFeed,
    FeedCache,
    Sources,
    channel_names,
    client_names,
    feed_path,
)
from flows.feed_page import FeedLink, index_page
from flows.feed_secrets import SecretStore

__all__ = ["ACCESS_LOG", "RESCAN_SECONDS", "feed_app"]

#: The logger of the access log, one line per request, the secret replaced.
ACCESS_LOG = logging.getLogger("dialogplan.feeds")
#: How often the output root is looked at for clients that have no secret yet.
RESCAN_SECONDS = 60.0
_SECRET = re.compile(r"[A-Za-z0-9_-]{16,100}")
_COMMON = {
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "X-Robots-Tag": "noindex",
}
_NOT_FOUND = b"Not Found\n"


def _now() -> datetime:
    return datetime.now(UTC)


def _not_found() -> Response:
    return Response(_NOT_FOUND, 404, headers=_COMMON, media_type="text/plain")


def _target(path: str) -> tuple[str, str, str | None, bool] | None:
    """(client, secret, channel, is the page) for a path of one of the three shapes."""
    parts = path.split("/")
    if len(parts) < 3 or parts[0] or not NAME.fullmatch(parts[1]):
        return None
    client, secret, rest = parts[1], parts[2], parts[3:]
    if not _SECRET.fullmatch(secret):
        return None
    if rest in ([], [""]):
        return client, secret, None, True
    if rest == ["calendar.ics"]:
        return client, secret, None, False
    if len(rest) == 2 and rest[0] == "channels" and rest[1].endswith(".ics"):
        channel = rest[1].removesuffix(".ics")
        if NAME.fullmatch(channel):
            return client, secret, channel, False
    return None


def _redacted(path: str) -> str:
    parts = path.split("/")
    if len(parts) > 2 and parts[2]:
        parts[2] = "…"
    return "/".join(parts)


def _accepts_gzip(header: str) -> bool:
    """Whether the client takes gzip: named (or ``*``) with a weight above zero."""
    weights: dict[str, float] = {}
    for item in header.split(","):
        coding, _, params = item.strip().partition(";")
        weight = 1.0
        for param in params.split(";"):
            key, _, value = param.strip().partition("=")
            if key.strip().lower() == "q":
                with contextlib.suppress(ValueError):
                    weight = float(value)
        weights[coding.strip().lower()] = weight
    for coding in ("gzip", "x-gzip", "*"):
        if coding in weights:
            return weights[coding] > 0
    return False


def _matches(if_none_match: str, etag: str) -> bool:
    tags = [tag.strip().removeprefix("W/") for tag in if_none_match.split(",")]
    return "*" in tags or etag in tags


def _not_modified_since(header: str, last_modified: int) -> bool:
    try:
        since = parsedate_to_datetime(header)
    except (TypeError, ValueError, IndexError):
        return False
    if since.tzinfo is None:
        return False
    return last_modified <= since.timestamp()


def _feed_response(request: Request, built: BuiltFeed, name: str) -> Response:
    """The feed, a 304 when the client has it, gzip when it takes it; no body for HEAD."""
    zipped = _accepts_gzip(request.headers.get("accept-encoding", ""))
    body, etag = (built.gzip, built.gzip_etag) if zipped else (built.union.ics, built.etag)
    headers = {
        **_COMMON,
        "ETag": etag,
        "Last-Modified": formatdate(built.last_modified, usegmt=True),
        "Cache-Control": "private, no-cache",
        "Vary": "Accept-Encoding",
    }
    if_none_match = request.headers.get("if-none-match")
    if_modified_since = request.headers.get("if-modified-since")
    if if_none_match is not None:
        unchanged = _matches(if_none_match, etag)
    else:
        unchanged = bool(if_modified_since) and _not_modified_since(
            if_modified_since or "", built.last_modified
        )
    if unchanged:
        return Response(status_code=304, headers=headers)
    headers["Content-Disposition"] = f'inline; filename="{name}"'
    headers["Content-Length"] = str(len(body))
    if zipped:
        headers["Content-Encoding"] = "gzip"
    content = b"" if request.method == "HEAD" else body
    return Response(content, 200, headers=headers, media_type="text/calendar; charset=utf-8")


#: A feed being built; None when none of its files lies inside the root.
_Build: TypeAlias = "asyncio.Future[BuiltFeed | None]"


class _Feeds:
    """The app's state: the root, its secrets and the built feeds."""

    def __init__(self, root: Path, public_url: str | None, announce: Callable[[str], None]) -> None:
        self.root = root
        self.public_url = public_url.rstrip("/") if public_url else None
        self.announce = announce
        self.secrets = SecretStore(root)
        self.cache = FeedCache(root)
        self._building: dict[tuple[str, str | None], tuple[Sources, _Build]] = {}

    async def feed(self, client: str, channel: str | None) -> BuiltFeed | None:
        """The feed from the cache; building it (a parse) runs off the event loop."""
        found = self.cache.sources(client, channel)
        if found is None:
            return None
        now = _now()
        built = self.cache.cached(client, channel, found, now)
        if built is None:
            built = await self._build(client, channel, found, now)
        return built

    async def _build(
        self, client: str, channel: str | None, found: Sources, now: datetime
    ) -> BuiltFeed | None:
        """One build per feed at a time: subscribers asking meanwhile wait for that one."""
        key = (client, channel)
        pending = self._building.get(key)
        if pending is None or pending[0] != found:
            build = asyncio.to_thread(self.cache.build, client, channel, found, now)
            pending = (found, asyncio.ensure_future(build))
            self._building[key] = pending
        try:
            return await asyncio.shield(pending[1])
        finally:
            if pending[1].done() and self._building.get(key) is pending:
                del self._building[key]

    async def page(self, request: Request, client: str, secret: str) -> Response | None:
        """The client's page, or None when it has no feed."""
        links = []
        for channel in [None, *await asyncio.to_thread(channel_names, self.root, client)]:
            built = await self.feed(client, channel)
            if built is not None:
                links.append(FeedLink(channel, feed_path(client, secret, channel), built.union))
        if not links:
            return None
        origin = self.public_url or f"{request.url.scheme}://{request.url.netloc}"
        host = origin.partition("://")[2]
        html = index_page(links[0].feed.name or client, links, origin, host)
        headers = {
            **_COMMON,
            "Cache-Control": "private, no-store",
            "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; "
            "base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
        }
        content = b"" if request.method == "HEAD" else html.encode()
        headers["Content-Length"] = str(len(html.encode()))
        return Response(content, 200, headers=headers, media_type="text/html; charset=utf-8")

    async def answer(self, request: Request) -> Response:
        target = _target(request.scope["path"])
        if target is None:
            return _not_found()
        client, secret, channel, is_page = target
        if not self.secrets.matches(client, secret):
            return _not_found()
        if is_page:
            return await self.page(request, client, secret) or _not_found()
        built = await self.feed(client, channel)
        if built is None:
            return _not_found()
        return _feed_response(request, built, request.scope["path"].rpartition("/")[2])

    async def endpoint(self, request: Request) -> Response:
        """Every request: the answer, and one line in the access log without the secret."""
        response = await self.answer(request)
        peer = request.client.host if request.client else "-"
        path = _redacted(request.scope["path"])
        ACCESS_LOG.info('%s "%s %s" %d', peer, request.method, path, response.status_code)
        return response

    def welcome_new_clients(self) -> list[str]:
        """Give clients that appeared since the last look a secret; returns them."""
        return self.secrets.ensure(client_names(self.root))

    @contextlib.asynccontextmanager
    async def lifespan(self, _app: Starlette) -> AsyncIterator[None]:
        """Look for new clients every minute while the server runs."""
        task = asyncio.create_task(self._rescan())
        try:
            yield
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async def _rescan(self) -> None:
        while True:
            await asyncio.sleep(RESCAN_SECONDS)
            try:
                new = await asyncio.to_thread(self.welcome_new_clients)
            except Exception as exc:  # noqa: BLE001 - a bad moment on disk must not stop serving
                ACCESS_LOG.warning("could not look for new clients in %s: %s", self.root, exc)
                continue
            for client in new:
                self.announce(client)


def feed_app(
    root: Path, public_url: str | None = None, announce: Callable[[str], None] = lambda _: None
) -> Starlette:
    """The ASGI app serving every client's feeds below ``root``.

    ``announce`` is told each client that gets a secret while the server runs.
    """
    feeds = _Feeds(root, public_url, announce)
    route = Route("/{path:path}", feeds.endpoint, methods=["GET", "HEAD"])
    app = Starlette(routes=[route], lifespan=feeds.lifespan)
    app.state.feeds = feeds
    return app
