"""The prompt templates' compiled code kept on disk: the same prompts, and never a failed run."""

from __future__ import annotations

from pathlib import Path

from jinja2 import DictLoader, Environment

from flows.compiled import _Kept

SOURCE = {"greeting.j2": "Hallo {{ name }}, {{ 2 * 3 }} Fragen heute."}


def environment(cache: _Kept) -> Environment:
    return Environment(loader=DictLoader(SOURCE), bytecode_cache=cache, autoescape=False)  # noqa: S701 - plain text, as prompts are


def test_a_second_run_reads_the_kept_code_and_says_the_same(tmp_path: Path) -> None:
    cache = _Kept(str(tmp_path), pattern="dialogplan-test-%s.cache")
    first = environment(cache).get_template("greeting.j2").render(name="Anna")
    kept = list(tmp_path.iterdir())
    assert len(kept) == 1
    second = environment(cache).get_template("greeting.j2").render(name="Anna")
    assert first == second == "Hallo Anna, 6 Fragen heute."
    assert list(tmp_path.iterdir()) == kept


def test_a_cache_the_disk_refuses_never_fails_the_run(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "cache"
    not_a_folder.write_text("a file where the folder should be\n")
    cache = _Kept(str(not_a_folder), pattern="dialogplan-test-%s.cache")
    assert environment(cache).get_template("greeting.j2").render(name="Jo") == (
        "Hallo Jo, 6 Fragen heute."
    )


def test_a_damaged_cache_file_is_compiled_again(tmp_path: Path) -> None:
    cache = _Kept(str(tmp_path), pattern="dialogplan-test-%s.cache")
    environment(cache).get_template("greeting.j2")
    (kept,) = tmp_path.iterdir()
    kept.write_bytes(b"\x00 not compiled code")
    assert environment(cache).get_template("greeting.j2").render(name="Li") == (
        "Hallo Li, 6 Fragen heute."
    )
