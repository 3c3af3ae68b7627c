"""Shared fixtures: the example plans, and one Prefect harness for the flow tests only."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from dialogplan.strategy import Strategy
from tests.support import PLANS, load_plan


def pytest_addoption(parser: pytest.Parser) -> None:
    """``--update-golden`` rewrites the golden files after an intended change."""
    parser.addoption("--update-golden", action="store_true", help="rewrite tests/golden/")


@pytest.fixture(params=PLANS, ids=[p.parent.name for p in PLANS])
def example(request: pytest.FixtureRequest) -> Strategy:
    """Each example strategy under plans/ in turn."""
    return load_plan(request.param)


@pytest.fixture(scope="session")
def prefect_harness(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """One temporary Prefect server for the whole session; only flow tests ask for it."""
    home = tmp_path_factory.mktemp("prefect-home")
    os.environ.update(
        PREFECT_HOME=str(home),
        PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS="90",
        PREFECT_SERVER_ANALYTICS_ENABLED="false",
        DO_NOT_TRACK="1",
    )
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=90):
        yield
