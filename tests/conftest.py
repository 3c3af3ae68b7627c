"""Shared fixtures: the example plans, and one Prefect harness for the flow tests only.

Every test runs with a Prefect home of the session's own, so no test touches the user's
``~/.prefect``, and a background Prefect server a test starts (:mod:`flows.daemon`) takes
any free port and is stopped when the session ends.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from dialogplan.strategy import Strategy
from flows import daemon
from tests.support import PLANS, load_plan


def pytest_addoption(parser: pytest.Parser) -> None:
    """``--update-golden`` rewrites the golden files after an intended change."""
    parser.addoption("--update-golden", action="store_true", help="rewrite tests/golden/")


@pytest.fixture(params=PLANS, ids=[p.parent.name for p in PLANS])
def example(request: pytest.FixtureRequest) -> Strategy:
    """Each example strategy under plans/ in turn."""
    return load_plan(request.param)


@pytest.fixture(scope="session", autouse=True)
def isolated_prefect_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A Prefect home of the session's own; no background server outlives the session."""
    home = tmp_path_factory.mktemp("prefect-home-session")
    os.environ.update(
        PREFECT_HOME=str(home),
        PREFECT_SERVER_ANALYTICS_ENABLED="false",
        DO_NOT_TRACK="1",
        **{daemon.PORT_VARIABLE: "0"},
    )
    yield home
    stop_background_servers(tmp_path_factory.getbasetemp())


def stop_background_servers(root: Path) -> list[Path]:
    """Stop every background server whose Prefect home lies below ``root``; their homes."""
    homes = [pidfile.parent for pidfile in root.rglob("dialogplan-daemon.pid")]
    for home in homes:
        daemon.stop(home)
    return homes


@pytest.fixture(scope="session")
def prefect_harness(
    tmp_path_factory: pytest.TempPathFactory, isolated_prefect_home: Path
) -> Iterator[None]:
    """One temporary Prefect server for the whole session; only flow tests ask for it."""
    home = tmp_path_factory.mktemp("prefect-home")
    os.environ.update(PREFECT_HOME=str(home), PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS="90")
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=90):
        yield
