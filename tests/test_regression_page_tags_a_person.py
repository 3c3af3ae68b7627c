"""A bookkeeping firm's Facebook page was told to "Tag Megan O'Connell" in its own post.

A page cannot tag a person's profile; two reviewers marked it as close to impossible. Where
the contacts to bring into an own post are people and the post is a page's, the prompt
sends them the link instead; another page (an organisation) may still be tagged.
"""

from __future__ import annotations

import pytest

from dialogplan.contacts import parse_contacts
from dialogplan.render import render
from tests.test_render import entries
from tests.test_threads import make

TOPIC = {"title": "Bookkeeping apps for sole traders", "kind": "theme"}


def prompts(name: str) -> list[str]:
    row = f"{name},facebook,https://example.com/x,regular,2027-01-10,Tests bookkeeping apps"
    csv = f"name,channel,profile,tier,last_contact,note\n{row}\n"
    strategy = make(language="en", topics=[TOPIC], channels={"facebook": {}}).with_people(
        parse_contacts(csv.encode(), "contacts.csv")
    )
    rows = [{"channel": "facebook", "move": "ask", "start": f"2027-{m:02d}-01 09:00",
             "topic": TOPIC["title"], "seq": seq}
            for seq, m in enumerate(range(3, 9))]  # fmt: skip
    return [e.prompt for e in render(strategy, entries(strategy, rows))]


@pytest.mark.parametrize(("name", "tagged"), [("Megan O'Connell", False),
                                              ("Gower Traders Association", True)])  # fmt: skip
def test_a_page_sends_people_the_link_and_tags_only_pages(name: str, tagged: bool) -> None:
    said = prompts(name)
    assert any(name in p for p in said), said
    assert any(f"Tag {name}" in p for p in said) is tagged, said
