"""Text edits that remember where each character came from.

The cleaner rewrites text in passes (typography, bracket dashes) and must
report removed spans as offsets into the text it *received*. ``apply_edits``
returns the new text and an ``OffsetMap`` from new offsets back to old ones;
maps chain, so a span found after several passes maps back in one call.
Written by hand because no library keeps offsets through regex rewrites.
"""
from __future__ import annotations

from bisect import bisect_right
from typing import Callable, Iterable


class OffsetMap:
    """Maps offsets of an edited text back to the text before the edits."""

    def __init__(self, segments: list[tuple[int, int, int, int]], parent: "OffsetMap | None" = None):
        # (new_start, new_len, old_start, old_len); unchanged runs have new_len == old_len
        self._segs = [s for s in segments if s[1] > 0]
        self._starts = [s[0] for s in self._segs]
        self._parent = parent

    @classmethod
    def identity(cls) -> "OffsetMap":
        return cls([])

    def _seg(self, i: int):
        k = bisect_right(self._starts, i) - 1
        if k < 0:
            return None
        seg = self._segs[k]
        return seg if i < seg[0] + seg[1] else None

    def start(self, i: int) -> int:
        """Old offset where the character at new offset ``i`` begins."""
        seg = self._seg(i)
        if seg is None:
            old = self._shift(i)
        elif seg[1] == seg[3]:
            old = seg[2] + (i - seg[0])
        else:
            old = seg[2]
        return self._parent.start(old) if self._parent else old

    def end(self, j: int) -> int:
        """Old offset where a span ending (exclusive) at new offset ``j`` ends."""
        if j <= 0:
            old = self._shift(j)
        else:
            seg = self._seg(j - 1)
            if seg is None:
                old = self._shift(j)
            elif seg[1] == seg[3]:
                old = seg[2] + (j - seg[0])
            else:
                old = seg[2] + seg[3]
        return self._parent.end(old) if self._parent else old

    def _shift(self, i: int) -> int:
        # Outside every recorded segment (identity map, or past the end).
        if not self._segs:
            return i
        last = self._segs[-1]
        return last[2] + last[3] + (i - last[0] - last[1])


Edit = tuple[int, int, str]          # (old_start, old_end, replacement)


def apply_edits(text: str, edits: Iterable[Edit], parent: OffsetMap | None = None
                ) -> tuple[str, OffsetMap]:
    """Apply sorted, non-overlapping edits; return the new text and its map to ``text``."""
    out: list[str] = []
    segs: list[tuple[int, int, int, int]] = []
    pos = new = 0
    for start, end, repl in edits:
        if start < pos:
            continue                      # overlapping edit: keep the first one
        if start > pos:
            out.append(text[pos:start])
            segs.append((new, start - pos, pos, start - pos))
            new += start - pos
        out.append(repl)
        segs.append((new, len(repl), start, end - start))
        new += len(repl)
        pos = end
    if pos < len(text):
        out.append(text[pos:])
        segs.append((new, len(text) - pos, pos, len(text) - pos))
    return "".join(out), OffsetMap(segs, parent)


def regex_edits(text: str, pattern, repl: Callable) -> list[Edit]:
    """Edits for every match of ``pattern`` where ``repl(match)`` is not None."""
    edits: list[Edit] = []
    for m in pattern.finditer(text):
        r = repl(m)
        if r is not None and r != m.group(0):
            edits.append((m.start(), m.end(), r))
    return edits
