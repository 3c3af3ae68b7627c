"""„dialogplan --verbose check …“ failed with "unrecognized arguments".

The message after an unexpected error says to run the command again with --verbose; a
writer put it before the command, as many tools take it, and argparse refused it. The flag
now works before and after the command.
"""

from __future__ import annotations

import pytest

from flows.cli import build_parser


@pytest.mark.parametrize(
    ("argv", "verbose"),
    [
        (["--verbose", "check", "strategy.yaml"], True),
        (["check", "strategy.yaml", "--verbose"], True),
        (["-v", "validate", "strategy.yaml"], True),
        (["check", "strategy.yaml"], False),
    ],
)
def test_verbose_goes_before_or_after_the_command(argv: list[str], verbose: bool) -> None:
    assert build_parser().parse_args(argv).verbose is verbose
