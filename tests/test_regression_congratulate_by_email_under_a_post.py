"""A tutoring centre was told to "Congratulate Rebecca by e-mail, under their post about it".

Rebecca was a newsletter reader, reached by e-mail; her news was congratulated in an
Instagram slot, as the plan does for news a newsletter does not show. An e-mail has no post
to answer under (the reviewer's IMPOSSIBLE): greetings, thanks and congratulations to
someone reached by e-mail now just say to write by e-mail.
"""

from __future__ import annotations

import pytest

from tests.test_render import named_prompts
from tests.test_threads import make

PEOPLE = (
    "name,channel,profile,tier,last_contact,news,news_date,birthday,note\n"
    "Rebecca Thornton,newsletter,rebecca@example.org,regular,2026-08-30,"
    "Opened a wellbeing practice for teenagers,2027-02-15,02-16,\n"
)
POST = {"de": "Beitrag", "en": "post"}
MAIL = {"de": "per E-Mail", "en": "by e-mail"}


@pytest.mark.parametrize("language", ["de", "en"])
@pytest.mark.parametrize(("move", "day"), [("congratulate", "15"), ("thank", "16")])
def test_someone_reached_by_e_mail_is_not_sent_under_a_post(
    language: str, move: str, day: str
) -> None:
    strategy = make(language=language, channels={"instagram": {}, "newsletter": {}})
    rows = [{"channel": "instagram", "move": move, "start": f"2027-02-{day} 11:00"}]
    prompt = named_prompts(strategy, PEOPLE, rows)[0]
    assert MAIL[language] in prompt
    assert f"{POST[language]} about it" not in prompt
    assert "unter einem aktuellen Beitrag" not in prompt
    assert "under a recent post" not in prompt
