"""A community radio was told that no interval up to regular's 90 days keeps its close contacts,
and, in the same line, that making them regular (also 90 days) keeps everyone.

Two strategy writers read it as a contradiction. Close contacts are kept only by meetings and
thank-yous, regular ones by comment rounds too: the finding now says so.
"""

from __future__ import annotations

from tests.support import ROOT, build, load_plan

RADIO = ROOT / "tests" / "strategies" / "tideway-fm.yaml"


def test_making_contacts_regular_says_why_it_keeps_them() -> None:
    findings = build(load_plan(RADIO)).people.findings
    advice = [f.suggestion for f in findings if f.code == "losing-touch"]
    assert any("make those 2 contacts regular" in a for a in advice), advice
    assert any(
        "as close contacts only meetings or thank-yous keep them in touch, "
        "as regular ones comment rounds too" in a
        for a in advice
    ), advice
