"""Leftovers of the AI assistant that wrote the article, at its start or end.

Content farms paste chatbot output as is: "Voici un article optimisé pour le
référencement :" before the text, "J'espère que cet article vous convient !
Si vous souhaitez des ajustements, dites-moi ! 😊" after it. We test sentences
from the first and last kept lines inward and stop at the first sentence of
prose, so the body is never touched. Patterns live in ``data/assistant.yaml``.
"""
from __future__ import annotations

import re

from .lines import Line, count_words
from .patterns import assistant_rules

REASON = "ai_assistant_leftover"
SENTENCE_BREAK = re.compile(r"(?<=[.!?…])[\"»”)]*\s+")
EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D]")


def sentence_spans(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """Rough sentence spans in text[s:e]; enough to find a chatbot's closing words."""
    spans, pos = [], s
    for m in SENTENCE_BREAK.finditer(text, s, e):
        spans.append((pos, m.start()))
        pos = m.end()
    if pos < e:
        spans.append((pos, e))
    return [(a, b) for a, b in spans if text[a:b].strip()]


def _strength(sentence: str, rules) -> int:
    st = rules.strength(sentence)
    if st == 0 and EMOJI.search(sentence[-3:] or " ") and count_words(sentence) <= 12:
        return 2                 # emoji sign-off: "Bonne lecture ! 📚", "😊"
    return st


def mark_assistant_leftovers(text: str, lines: list[Line]) -> bool:
    """Remove assistant sentences at both ends; True when something was removed."""
    rules = assistant_rules()
    kept = [ln for ln in lines if ln.kept]
    found = _scan(text, kept[: rules.head_lines], rules, from_end=False)
    kept = [ln for ln in lines if ln.kept]
    found |= _scan(text, kept[::-1][: rules.tail_lines], rules, from_end=True)
    return found


def _scan(text: str, candidates: list[Line], rules, from_end: bool) -> bool:
    run: list[tuple[Line, int, int, int]] = []
    labelled = False
    for ln in candidates:
        if ln.kind == "table":
            break
        cs = ln.cs
        if not from_end:
            m = next((m for p in rules.label if (m := p.match(text, ln.cs, ln.ce))), None)
            if m and m.end() < ln.ce:
                ln.cuts.append((m.start(), m.end(), REASON, ""))
                cs, labelled = m.end(), True
        spans = sentence_spans(text, cs, ln.ce)
        stopped = False
        for a, b in (reversed(spans) if from_end else spans):
            st = _strength(text[a:b], rules)
            if st == 0:
                stopped = True
                break
            run.append((ln, a, b, st))
        if stopped:
            break
    if not any(st == 2 for *_, st in run):
        return labelled
    by_line: dict[int, list[tuple[int, int]]] = {}
    for ln, a, b, _ in run:
        by_line.setdefault(id(ln), []).append((a, b))
    for ln in {id(ln): ln for ln, *_ in run}.values():
        spans = sorted(by_line[id(ln)])
        if len(spans) == len(sentence_spans(text, ln.cs, ln.ce)):
            ln.reason = REASON
        elif from_end:
            ln.cuts.append((_back_to_space(text, spans[0][0], ln.cs), ln.ce, REASON, ""))
        else:
            ln.cuts.append((ln.cs, _skip_space(text, spans[-1][1], ln.ce), REASON, ""))
        ln.cuts.sort()
    return True


def _back_to_space(text: str, i: int, lo: int) -> int:
    while i > lo and text[i - 1] == " ":
        i -= 1
    return i


def _skip_space(text: str, i: int, hi: int) -> int:
    while i < hi and text[i] in " \"»”)":
        i += 1
    return i
