"""Content lines folded the way icalendar folds them, in one pass over their bytes.

icalendar folds character by character, which is most of the time an export takes for the
long prompts. The lines themselves still come from icalendar; only the folding is ours, and
tests/test_folding.py holds it to icalendar's own serialisation.
"""

from __future__ import annotations

from icalendar import Component

#: Octets per folded line, and the escape characters a fold must not follow.
_FOLD_AT = 74
_NO_FOLD_AFTER = frozenset(b"\\^")


def to_ical(component: Component) -> bytes:
    """The bytes of ``component.to_ical()``, with each content line folded by :func:`fold`."""
    return b"\r\n".join(fold(line) for line in component.content_lines() if line) + b"\r\n"


def fold(line: str) -> bytes:
    """A content line folded exactly as icalendar folds it, in one pass over its bytes.

    At most 74 octets a line, never inside a UTF-8 character, and never right after a
    backslash or a caret, so that escapes stay whole for readers that unfold naively.
    """
    data = line.encode("utf-8")
    if len(data) <= _FOLD_AT:
        return data
    parts = []
    begin = 0
    while len(data) - begin > _FOLD_AT:
        cut = begin + _FOLD_AT
        while data[cut] & 0xC0 == 0x80:  # a UTF-8 continuation byte: back to the start
            cut -= 1
        if cut - 1 > begin and data[cut - 1] in _NO_FOLD_AFTER:
            cut -= 1
        parts.append(data[begin:cut])
        begin = cut
    parts.append(data[begin:])
    return b"\r\n ".join(parts)


__all__ = ["fold", "to_ical"]
