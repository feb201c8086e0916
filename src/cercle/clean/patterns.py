"""The cleaner's word lists, loaded once from ``clean/data/*.yaml`` and compiled."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..yamldata import load_yaml

DATA = Path(__file__).parent / "data"
FLAGS = re.IGNORECASE | re.UNICODE
# Someone quoted in the article, not the assistant speaking to its user.
REPORTED_SPEECH = re.compile(
    r"[«»“”]|\b(?:a|avait|ont)-t-(?:il|elle|ils|elles)\b|,\s*(?:a|avait|ont|aurait)\s+"
    r"(?:déclaré|lancé|ajouté|expliqué|affirmé|indiqué|assuré|confié|souligné|estimé|tweeté|écrit|dit)\b"
    r"|\b(?:selon|d'après)\s+(?-i:[A-ZÉ])", re.IGNORECASE)


@dataclass(frozen=True)
class LineRule:
    reason: str
    max_words: int
    pattern: re.Pattern          # the reason's patterns as one alternation (one scan per line)

    def matches(self, line: str, words: int) -> bool:
        return words <= self.max_words and self.pattern.fullmatch(line) is not None


@dataclass(frozen=True)
class AssistantRules:
    head_lines: int
    tail_lines: int
    opening: tuple[re.Pattern, ...]
    anywhere: tuple[re.Pattern, ...]
    weak: tuple[re.Pattern, ...]
    label: tuple[re.Pattern, ...]

    def strength(self, sentence: str) -> int:
        """2 = assistant words, 1 = assistant words only next to strong ones, 0 = prose."""
        s = sentence.strip()
        if any(p.match(s) for p in self.opening):
            return 2
        if REPORTED_SPEECH.search(s):
            return 0             # « Dites-moi si vous trouvez mieux », a lancé le PDG: a quote
        if any(p.search(s) for p in self.anywhere):
            return 2
        if any(p.search(s) for p in self.weak):
            return 1
        return 0


def _compile(items) -> tuple[re.Pattern, ...]:
    return tuple(re.compile(p, FLAGS) for p in items)


def _load(name: str) -> dict:
    return load_yaml((DATA / name).read_text("utf-8"))


@lru_cache(maxsize=1)
def line_rules() -> tuple[LineRule, ...]:
    """Web-leftover rules in file order (the first match gives the reason)."""
    data = _load("boilerplate.yaml")
    return tuple(LineRule(reason, int(spec["max_words"]),
                          re.compile("|".join(f"(?:{p})" for p in spec["patterns"]), FLAGS))
                 for reason, spec in data.items())


@lru_cache(maxsize=1)
def assistant_rules() -> AssistantRules:
    data = _load("assistant.yaml")
    return AssistantRules(int(data["head_lines"]), int(data["tail_lines"]),
                          _compile(data["opening"]), _compile(data["anywhere"]),
                          _compile(data.get("weak", [])), _compile(data.get("label", [])))
