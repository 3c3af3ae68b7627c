"""A zero-waste shop's thank-you read „Ein paar Zeilen an Lena … unter einem aktuellen Beitrag:
Zuletzt hattet ihr am 13. März Kontakt“ (r230): the colon glued the date of the last contact
onto the place, as if the post said it. It is a sentence of its own now, in English too.
"""

from __future__ import annotations

import re

import pytest

from tests.test_render import named_prompts
from tests.test_threads import make

PEOPLE = {
    "de": "Lena Wischhusen,instagram,@lena.example,regular,2026-10-10,,,,Bloggt,",
    "en": "Lena Wishart,instagram,@lena.example,regular,2026-10-10,,,,Blogs,",
}
HEADER = "name,channel,profile,tier,last_contact,news,news_date,birthday,note,talk_about\n"


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_last_contact_is_no_part_of_the_place(language: str) -> None:
    strategy = make(language=language, channels={"instagram": {}})
    rows = [{"channel": "instagram", "move": "thank", "seq": seq, "start": "2027-03-03 09:00"}
            for seq in range(6)]  # fmt: skip
    prompts = [named_prompts(strategy, HEADER + PEOPLE[language], [row])[0] for row in rows]
    glued = [p for p in prompts if re.search(r"(Beitrag|post|theirs|hers|his|\)): ", p)]
    assert not glued
