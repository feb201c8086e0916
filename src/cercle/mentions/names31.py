"""(s31-names31) Name boundaries: words a name swallowed at its start (a capitalised preposition opening the
sentence, "Chez X, …", "Du côté de X, …", "Selon X, …"; a year or a date word, "dirige depuis 2015 X") are cut
off; a name cut before the number that ends it ("son mouvement, La Voix du 13") gets it back."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .index import _Span, top
from .lexicon import lexicon
from ..nlp.docview import tokens_of
from ..yamldata import load_yaml

_DATA = Path(__file__).parent / "data" / "names31.yaml"


@lru_cache(maxsize=1)
def _data() -> dict:
    raw = load_yaml(_DATA.read_text(encoding="utf-8"))
    leads = sorted({tuple(x) for x in raw["lead_in_prepositions"]}, key=lambda x: (-len(x), x))   # (not a set's order)
    return {"leads": leads, "first": frozenset(x[0] for x in leads),
            "time": frozenset(raw["time_prepositions"]), "units": frozenset(str(x) for x in raw["number_followers"]),
            "place_acronyms": frozenset(raw["place_acronyms"]), "rivalry": frozenset(raw["rivalry_words"])}


def _year(text: str) -> bool:
    return len(text) == 4 and text.isdigit() and text[:2] in ("18", "19", "20")


def _lead_in(tv, start: int, end: int, data) -> int:
    """The number of words of a lead-in preposition opening the span (0 when none)."""
    if tv[start].lower_ not in data["first"]:
        return 0
    for seq in data["leads"]:
        n = len(seq)
        if end - start > n and all(tv[start + k].lower_ == seq[k] for k in range(n)) \
                and tv[start + n].text[:1].isupper():
            return n
    return 0


def cut_lead_ins(doc, spans: list[_Span]) -> None:
    """"Chez X, fondé en … par Y", "Du côté de X, …", "Selon X, …": a preposition (or a prepositional phrase)
    capitalised because it opens the sentence is no word of the name after it; nor is a year or a date word
    before a name ("dirige depuis 2015 Station X"), unless the number ends the name ("La Voix du 13")."""
    if not spans:
        return
    tv = tokens_of(doc)
    data = _data()
    dates = frozenset(lexicon()["date_words"])
    seen = {(s.start, s.end) for s in spans}
    drop = []
    for sp in spans:
        start, end = sp.start, sp.end
        n = _lead_in(tv, start, end, data) if tv[start].text[:1].isupper() else 0
        if n and (tv[start].is_sent_start or start == 0 or tv[start - 1].is_punct or tv[start - 1].is_space):
            start += n   # (only where the capital is the sentence's or a quote's: "Ensemble Pour X" keeps its word)
        # a year ("2015 Station X") or a date word opening the sentence ("Lundi Kelvio") the name swallowed (not
    # "le groupe Demain Valmont": a list's name)
        while end - start > 1 and tv[start + 1].text[:1].isupper() and (
                _year(tv[start].text)
                or tv[start].lower_ in dates and (tv[start].is_sent_start or start == 0 or tv[start - 1].is_punct)
                or tv[start].like_num and start > 0 and tv[start - 1].lower_ in data["time"]):
            start += 1
        if start == sp.start:
            continue
        if (start, end) in seen:
            drop.append(sp)
            continue
        seen.add((start, end))
        sp.start = start
        sp.text = doc[start:end].text
        if sp.fixed_name:
            sp.fixed_name = sp.text
    if drop:
        spans[:] = [s for s in spans if not any(s is d for d in drop)]


def names_ending_in_a_number(doc, spans: list[_Span]) -> None:
    """"son propre mouvement, La Voix du 13", "l'association Les Amis du 92": a name the NER cut before
    "du"/"de"/"des" and a short number closing the phrase (a département's, a district's) ends with it; not
    "… du 13 mars", "… de 3 millions" (a date, an amount)."""
    tv = tokens_of(doc)
    n = len(tv)
    units = _data()["units"]
    dates = frozenset(lexicon()["date_words"])
    taken = {i for s in spans for i in range(s.start, s.end)}
    for sp in spans:
        e = sp.end
        if e + 1 >= n or tv[e].lower_ not in ("du", "de", "des") or not tv[e + 1].text.isdigit() \
                or len(tv[e + 1].text) > 3:
            continue
        if not any(t.text[:1].isupper() and t.is_alpha for t in tv[sp.start:e]):
            continue
        after = tv[e + 2] if e + 2 < n else None
        if after is not None and (after.lower_ in units or after.lower_ in dates or after.like_num
                                  or not (after.is_punct or after.is_space)):
            continue
        if e + 1 in taken:
            continue
        sp.end = e + 2
        sp.text = doc[sp.start:sp.end].text
        if sp.fixed_name:
            sp.fixed_name = sp.text


def acronyms_among_organisations(doc, spans: list[_Span]) -> None:
    """"l'a emporté face à X Partners et à KTQ", "ses rivaux KTQ et Y": an all-capitals word only the NER calls a
    place (no other vote), no place's acronym, listed with an organisation ("et (à)", "ou", a comma after it) or
    right after a word of rivalry ("face à", "contre", "les concurrents", "repreneurs"), is an organisation."""
    tv = tokens_of(doc)
    data = _data()
    places = data["place_acronyms"]
    rivalry = data["rivalry"]
    ends = {}
    for s in spans:
        ends[s.end] = s
    for sp in spans:
        if sp.end - sp.start != 1 or set(sp.votes) != {"LOC"}:
            continue
        text = tv[sp.start].text
        if not (text.isupper() and text.isalpha() and 2 <= len(text) <= 6) or text.lower() in places:
            continue
        k = sp.start - 1
        while k >= 0 and tv[k].lower_ in ("à", "au", "aux", "de", "d'", "d’", "du", "des", "le", "la", "les", "l'", "l’"):
            k -= 1
        if k < 0:
            continue
        cue = tv[k].lower_ in rivalry
        if not cue and tv[k].lower_ in ("et", "ou", ","):
            prev = ends.get(k)
            cue = prev is not None and top(prev.votes) == "ORG"
        if cue:
            sp.votes["ORG"] += 2
