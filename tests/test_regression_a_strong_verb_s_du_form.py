"""`validate` told a tax office to write „{du … herauswachsst|Sie … herauswachsen}“ (r607
writer): the „du“ form of a strong verb with a prefix was built by the ending rule. The form
it names is the German one.
"""

from __future__ import annotations

import pytest

from dialogplan.voice import du_form


@pytest.mark.parametrize(
    ("sie", "du"),
    [
        ("herauswachsen", "herauswächst"),
        ("zurückhalten", "zurückhältst"),
        ("vergessen", "vergisst"),
        ("reisen", "reist"),
        ("sammeln", "sammelst"),
        ("rechnen", "rechnest"),
        ("wohnen", "wohnst"),
        ("schalten", "schaltest"),
        ("entscheiden", "entscheidest"),
    ],
)
def test_the_du_form_is_german(sie: str, du: str) -> None:
    assert du_form(sie) == du
