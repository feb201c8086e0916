"""Walking up the dependency tree, shared by docview's repairs and the repairs kept in their own modules."""
from __future__ import annotations


def below(a, b) -> bool:
    """Whether token a hangs under token b (moving b under a would make a loop). Bounded: a repaired tree is
    walked before it is checked, and a loop must not hang the walk."""
    seen = 0
    while a.head is not a and seen < 100:
        a, seen = a.head, seen + 1
        if a is b:
            return True
    return False
