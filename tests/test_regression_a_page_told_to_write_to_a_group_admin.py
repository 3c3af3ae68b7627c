"""A brewery's Facebook page was told „Bleibt es still, schreib Katharina Meixner kurz an“
(r697): she is a group's admin, on a channel where the team writes first, but the round was on
the page, which writes to nobody first. Where the work is on such a page, the post goes to her
from the team's own profile, whatever channel the contacts file gives her.
"""

from __future__ import annotations

import pytest

from tests.test_regression_a_page_told_to_mention_a_customer import page_replies

ROW = "Katharina Meixner,facebook-group,https://example.org/km,regular,2026-09-30,,,,Hopfen,\n"
OWN = {"en": "your own profile", "de": "eigenen Profil"}


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_page_sends_it_from_the_team_s_own_profile(language: str) -> None:
    channels = {"facebook": {}, "facebook-group": {}}
    texts = page_replies(language, ROW, "Hopfen", channels)
    named = [text for text in texts if "Katharina Meixner" in text]
    assert named, texts
    assert all(OWN[language] in text for text in named), named
