"""The page that lists a client's feeds, for the person who sets up the subscriptions.

It is opened on a phone as often as on a desk, so it fits 420 px without sideways
scrolling: long URLs wrap anywhere. Every value that came from a strategy (the calendar's
name) is escaped. The page carries the secret in its URL, so it asks browsers not to pass
it on as a referrer and search engines not to index it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from html import escape

from dialogplan.feed_union import UnionFeed

__all__ = ["FeedLink", "index_page"]

_STYLE = """
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;
max-width:42rem;padding:1rem;color:#1b1b1b;background:#fff}
h1{font-size:1.4rem;margin:0 0 .5rem}h2{font-size:1.1rem;margin:0}
ul{list-style:none;padding:0}li{border-top:1px solid #ddd;padding:.8rem 0}
a,code{overflow-wrap:anywhere;word-break:break-word}
code{display:block;font-size:.85rem;background:#f4f4f4;padding:.3rem .4rem}
.links a{display:inline-block;margin:.3rem 1rem .3rem 0}
p{margin:.3rem 0}.note{color:#555;font-size:.9rem}
"""


@dataclass(frozen=True)
class FeedLink:
    """One feed on the page: its channel (None for everything), its URL path and its entries."""

    channel: str | None
    path: str
    feed: UnionFeed


def _period(first: date | None, last: date | None) -> str:
    if first is None or last is None:
        return "no entries in the current or a later quarter"
    return f"{first:%Y-%m-%d} – {last:%Y-%m-%d}"


def _item(link: FeedLink, origin: str, host: str) -> str:
    feed = link.feed
    what = "every channel" if link.channel is None else f"channel {link.channel}"
    count = f"{feed.entries} entr{'y' if feed.entries == 1 else 'ies'}"
    web = f"{origin}{link.path}"
    webcal = f"webcal://{host}{link.path}"
    return (
        f"<li><h2>{escape(feed.name)}</h2>"
        f"<p>{escape(what)}: {count}, {escape(_period(feed.first, feed.last))}</p>"
        f'<p class="links"><a href="{escape(webcal)}">Subscribe (webcal)</a>'
        f'<a href="{escape(web)}">Download the .ics</a></p>'
        f"<code>{escape(web)}</code></li>"
    )


def index_page(title: str, links: list[FeedLink], origin: str, host: str) -> str:
    """The page for one client: ``origin`` is ``https://host[:port]``, ``host`` without scheme."""
    items = "".join(_item(link, origin, host) for link in links)
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="referrer" content="no-referrer"><meta name="robots" content="noindex">'
        f"<title>{escape(title)} – calendar feeds</title><style>{_STYLE}</style></head><body>"
        f"<h1>{escape(title)}</h1>"
        "<p>Subscribe to the whole plan or to one channel. The feeds always hold the "
        "current quarter and every quarter already planned ahead; the URLs stay the same "
        "from quarter to quarter.</p>"
        '<p class="note">These links contain a secret: share them only with people who '
        "should see the plan.</p>"
        f"<ul>{items}</ul></body></html>\n"
    )
