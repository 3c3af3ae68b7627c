"""A pottery studio's Facebook page was sent to thank a member under his own posts.

"Write to Gareth Lloyd on Facebook …, under a recent post of theirs" on the page's channel:
a page cannot comment on a person's posts, so the prompt asked for something impossible.
Thanks and comments for a person there now go from the team's own profile; another page
(an organisation) is commented on as the page.
"""

from __future__ import annotations

import pytest

from tests.test_render import named_prompts
from tests.test_threads import make

HEADER = "name,channel,profile,tier,last_contact,news,news_date,birthday,note\n"
OWN = {"de": "von deinem eigenen Profil aus", "en": "from your own profile"}


@pytest.mark.parametrize("language", ["de", "en"])
@pytest.mark.parametrize("move", ["thank", "comment"])
def test_a_person_s_posts_are_answered_from_the_own_profile(language: str, move: str) -> None:
    strategy = make(language=language, channels={"facebook": {}})
    rows = [{"channel": "facebook", "move": move, "start": "2027-03-30 18:00"}]
    person = HEADER + "Gareth Lloyd,facebook,https://example.com/gareth,regular,2027-01-14,,,,\n"
    club = HEADER + "Töpferei Nord,facebook,https://example.com/nord,regular,2027-01-14,,,,\n"
    assert OWN[language] in named_prompts(strategy, person, rows)[0]
    assert OWN[language] not in named_prompts(strategy, club, rows)[0]
