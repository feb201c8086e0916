"""The slots found so far for one trigger: a dict with a ``put`` that merges and extends lists."""
from __future__ import annotations

from ...mentions.entities import EntityIndex
from ..arguments import extend_list

# Slots whose parties are not extended to the names listed after them.
_NOT_EXTENDED = ("prep:country", "prep:capital")


class Found(dict):
    """``{slot: [(entity name, token index), …]}``. The construction readers run in order and
    often ask whether an earlier one already filled a slot ("head" not in out)."""

    # The slot names the trigger's rules read (None: every slot). A reader may skip a construction
    # whose slots are all unwanted, only if no reader reads those slots after it (wants() below).
    need: frozenset | None = None
    # (gate.word_key: the trigger's key for the runs of gated readers, built by the first run)
    gate_key: tuple | None = None

    def __init__(self, trigger, index: EntityIndex):
        super().__init__()
        self.doc = trigger.doc
        self.index = index

    def wants(self, *slots: str) -> bool:
        """Whether a rule of the trigger reads one of these slots. Only for slots that no reader
        reads after they are put (the rules alone read them): skipping them then changes nothing."""
        return self.need is None or not self.need.isdisjoint(slots)

    def put(self, slot: str, items) -> None:
        """Add parties to a slot; a prepositional phrase takes the names listed after its own
        ("dans A, B et C")."""
        if items and slot.startswith("prep:") and slot not in _NOT_EXTENDED:
            items = extend_list(self.doc, self.index, items)
        if items:
            have = self.setdefault(slot, [])
            # (a loop, not extend(generator): the generator made ``have`` a closure cell at every call; both
            # test each item against the list as it grows, so a name repeated in ``items`` is added once)
            for i in items:
                if i not in have:
                    have.append(i)

    def keep(self, slot: str, fits) -> None:
        """Keep the parties of a slot that ``fits`` accepts; a slot left empty goes."""
        kept = [x for x in self.get(slot, ()) if fits(x)]
        if kept:
            self[slot] = kept
        else:
            self.pop(slot, None)

    def drop_at(self, where, unwanted) -> None:
        """Drop the parties ``(name, i)`` standing at one of the positions ``where`` (found once per document
        by the reader) that ``unwanted(name, i)`` accepts; when that empties a slot, the nearest-names
        fallback is not run for the trigger either (prec23, prec26: a word that is no party there)."""
        # (plain loops: three readers call this on every trigger, and a generator and a lambda over ``where``
        # and ``unwanted`` made both closure cells at every call; the same tests in the same order as keep())
        for slot, items in list(self.items()):
            if not isinstance(items, list):
                continue
            for x in items:
                if isinstance(x, tuple) and len(x) == 2 and isinstance(x[1], int) and x[1] in where:
                    break
            else:
                continue
            kept = []
            for x in self.get(slot, ()):
                if not (isinstance(x, tuple) and len(x) == 2 and isinstance(x[0], str)
                        and isinstance(x[1], int) and x[1] in where and unwanted(*x)):
                    kept.append(x)
            if kept:
                self[slot] = kept
            else:
                self.pop(slot, None)
            if slot not in self:
                self["_no_linear"] = []
