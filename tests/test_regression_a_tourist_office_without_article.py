"""A guide club's prompt said „schick Lena Maier von Tourist-Info Ebersach einen Hinweis“
(r601): „Info“ had no gender the prompts knew. A tourist office, a winery and a town's
marketing take their article.
"""

from __future__ import annotations

import pytest

from dialogplan.names import spoken


@pytest.mark.parametrize(
    ("contact", "said"),
    [
        ("Tourist-Info Ebersach – Lena Maier", "Lena Maier von der Tourist-Info Ebersach"),
        ("Weingut Roßmann – Clara Hein", "Clara Hein vom Weingut Roßmann"),
        ("Stadtmarketing Ebersach – Eva Kern", "Eva Kern vom Stadtmarketing Ebersach"),
    ],
)
def test_the_organisation_takes_its_article(contact: str, said: str) -> None:
    assert spoken(contact, "de") == said
