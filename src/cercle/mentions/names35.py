"""(s35-names35) Names the NER cuts or misses.

- a company's name ending in a lower-case English word ("X events", "Y group", "Z energy"): the NER stops at the
  capitalised part; the word belongs to the name (company_tails);
- a parliament's or an assembly's committee written in lower case ("la commission des finances de l'Assemblée
  nationale", "la commission d'enquête du Sénat", "la délégation aux droits des femmes"): one public body (GOV),
  named with its chamber when the text gives it (committees_in_lower_case).
The word lists are in data/names35.yaml."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .index import _Span, replace_inside
from ..nlp.docview import lower_words_of, tokens_of
from .wordpos import WordTest, tokens_at
from ..yamldata import lower_word_sets

_DATA = Path(__file__).parent / "data" / "names35.yaml"


@lru_cache(maxsize=1)
def words() -> dict:
    return lower_word_sets(_DATA)


def company_tails(doc, spans: list[_Span]) -> None:
    """"le patron de X events", "Y group a racheté …": the lower-case English word right after a capitalised
    name (same line, no other name on it) ends that name."""
    tails = words()["company_tails"]
    here = lower_words_of(doc)
    if here.isdisjoint(tails):
        return
    tv = tokens_of(doc)
    n = len(doc)
    starts = {s.start for s in spans}
    for sp in spans:
        k = sp.end
        if sp.fixed_name or k >= n or k in starts or tv[k].text not in tails:
            continue
        last = tv[k - 1]
        if not last.text[:1].isupper() or "\n" in last.whitespace_ or not last.whitespace_:
            continue
        if k + 1 < n and tv[k + 1].text[:1].isupper() and tv[k + 1].is_alpha:
            continue   # ("X events Lyon": leave a longer run to the other passes)
        sp.end = k + 1
        sp.text = doc[sp.start:sp.end].text
        sp.votes["ORG"] += 2


_OF = ("des", "de", "d'", "d’", "du", "aux", "à")
_LINKS = ("des", "de", "d'", "d’", "du", "la", "l'", "l’", "et", "aux", "à")


def _chamber_end(tv, k: int, n: int) -> int | None:
    """"de l'Assemblée nationale", "du Sénat" at token k: the end of the chamber's name, else None."""
    if k >= n or tv[k].lower_ not in ("de", "du"):
        return None
    j = k + 1
    if tv[k].lower_ == "de" and j < n and tv[j].lower_ in ("l'", "l’", "la"):
        j += 1
    if j >= n or not tv[j].text[:1].isupper():
        return None
    best = None
    for ch in words()["chambers"]:
        parts = ch.split()
        if j + len(parts) <= n and all(tv[j + m].lower_ == p for m, p in enumerate(parts)):
            if best is None or j + len(parts) > best:
                best = j + len(parts)
    return best


def committees_in_lower_case(doc, spans: list[_Span]) -> None:
    """"la commission des finances", "la commission des affaires sociales du Sénat", "la commission d'enquête de
    l'Assemblée nationale": a committee's head in lower case, then a topic of the list: one GOV name (fixed)."""
    heads = words()["committee_heads"]
    here = lower_words_of(doc)
    if here.isdisjoint(heads) or here.isdisjoint(words()["committee_topics"]):
        return
    tv = tokens_of(doc)
    n = len(doc)
    topics = words()["committee_topics"]
    added = False
    for t in tv:
        if t.text not in heads or t.i + 2 >= n or tv[t.i + 1].lower_ not in _OF:
            continue
        j = t.i + 1
        while j < n and tv[j].lower_ in _LINKS:
            j += 1
        if j >= n or tv[j].lower_ not in topics or not tv[j].is_lower:
            continue
        end = j + 1
        # the topic's adjectives and complements ("affaires sociales", "défense nationale et des forces armées")
        while end < n:
            w = tv[end]
            if w.is_lower and w.is_alpha and w.pos_ in ("ADJ", "NOUN") and "\n" not in tv[end - 1].whitespace_:
                end += 1
                continue
            if w.lower_ in ("et", "des") and end + 1 < n and tv[end + 1].is_lower and tv[end + 1].pos_ == "NOUN":
                end += 1
                continue
            break
        chamber = _chamber_end(tv, end, n)
        if chamber is not None:
            end = chamber
        sp = replace_inside(spans, doc, t.i, end, "GOV")
        if sp is not None:
            added = True
    if added:
        spans.sort(key=lambda s: s.start)


_SHORT_FIGURES = WordTest(lambda w, _: w.isdigit() and len(w) <= 3)   # (s36-speed36: figure_titles' words)


def figure_titles(doc, spans: list[_Span]) -> None:
    """"passé par 20 Minutes", "selon le gratuit 20 Minutes", "la rédaction de 7 Jours": a figure then a capitalised
    common noun, after a press noun or a preposition of a career or a source (not a determiner: "les 27 États"),
    is a title's name (ORG, fixed)."""
    tv = tokens_of(doc)
    n = len(doc)
    before = words()["figure_title_before"]
    excluded = words()["figure_title_exclusions"]
    from .candidates import _known_word
    added = False
    # (only the places of the document's words of one to three digits: Token.is_digit is spaCy's
    # str.isdigit() of the word, whose lower case is the word itself; the test below is kept as it was)
    for t in tokens_at(tv, _SHORT_FIGURES.among(lower_words_of(doc))):
        if not t.is_digit or len(t.text) > 3 or t.i + 1 >= n:
            continue
        nxt = tv[t.i + 1]
        if not (nxt.is_alpha and nxt.text[:1].isupper() and not nxt.is_upper) or nxt.lower_ in excluded \
                or not t.whitespace_ or not _known_word(nxt):
            continue
        if t.i > 0 and tv[t.i - 1].lower_ not in before and not t.is_sent_start:
            continue
        end = t.i + 2
        while end < n and tv[end].is_alpha and tv[end].text[:1].isupper() and tv[end - 1].whitespace_ \
                and "\n" not in tv[end - 1].whitespace_:
            end += 1
        sp = replace_inside(spans, doc, t.i, end, "ORG")
        if sp is not None:
            added = True
    if added:
        spans.sort(key=lambda s: s.start)
