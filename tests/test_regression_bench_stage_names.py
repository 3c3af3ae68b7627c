"""The benchmark times the core's stages by name: a renamed stage function broke it silently.

``bench/in_process.py`` wraps the functions ``pipeline.build`` looks up. When scheduling
moved to ``schedule_work`` the benchmark stopped at its first client, and nothing in the
test run noticed.
"""

from __future__ import annotations

import sys

from tests.support import PLANS, ROOT, build, load_plan

sys.path.insert(0, str(ROOT / "bench"))
import in_process


def test_every_core_stage_is_timed() -> None:
    stages = in_process.Stages()
    strategy = load_plan(PLANS[0])
    with stages.patched():
        build(strategy)
    untimed = [name for name, seconds in stages.seconds.items() if name != "parse" and not seconds]
    assert untimed == []
    assert stages.calendar is not None
