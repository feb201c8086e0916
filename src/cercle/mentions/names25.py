"""(s25-names25) Mention passes for names the NER cuts wrong: a sector written as an acronym run into the
company's name ("le géant du BTP Velmor" read as "BTP Velmor"), a ministry the press names by its
"département de la …" (the American way) found without that word ("Justice américain")."""
from __future__ import annotations

from .index import _Span, top
from ..nlp.docview import lower_words_of, tokens_of

# sectors written as an acronym ("le groupe de BTP", "le géant du BTP"): what follows is the company's name
_SECTOR_ACRONYMS = frozenset({"btp"})
_OF = frozenset({"de", "du", "des", "d'", "d’"})


def sector_acronym_before_a_name(doc, spans: list[_Span]) -> None:
    """"filiale du géant du BTP Velmor", "le groupe de BTP Velmor": the NER runs the sector's acronym into the
    name; the name begins after it (so the company is one with "Velmor" elsewhere, not "BTP Velmor")."""
    if lower_words_of(doc).isdisjoint(_SECTOR_ACRONYMS):
        return
    tv = tokens_of(doc)
    for sp in spans:
        first = tv[sp.start]
        if sp.end - sp.start < 2 or sp.fixed_name or first.lower_ not in _SECTOR_ACRONYMS or not first.text.isupper() \
                or sp.start == 0 or tv[sp.start - 1].lower_ not in _OF or not tv[sp.start + 1].text[:1].isupper():
            continue
        sp.start += 1
        sp.text = doc[sp.start:sp.end].text
        sp.votes["ORG"] += 1


_ARTICLES = frozenset({"la", "l'", "l’"})
_BEFORE = frozenset({"le", "du", "au", "l'", "l’"})


def departments_with_an_article(doc, spans: list[_Span]) -> None:
    """"au département de la Justice américain", "devant le département de la Justice des États-Unis": a
    ministry the press names by its "département de la …" is named with those words; the NER finds only
    "Justice américain" (candidates._ministry_departments reads "le département du Trésor", no article)."""
    if "département" not in lower_words_of(doc):
        return
    tv = tokens_of(doc)
    for sp in spans:
        k = sp.start - 1   # the article
        if sp.fixed_name or k < 3 or tv[k].lower_ not in _ARTICLES or tv[k - 1].lower_ != "de" \
                or tv[k - 2].lower_ != "département" or not tv[k - 2].is_lower or tv[k - 3].lower_ not in _BEFORE \
                or not tv[sp.start].text[:1].isupper() or tv[sp.start].text.isupper() \
                or top(sp.votes) not in ("GOV", "LOC", "ORG"):
            continue
        sp.start = k - 2
        sp.text = doc[sp.start:sp.end].text
        sp.votes["GOV"] += 5
        sp.fixed_name = sp.text


# nouns a company is set off by, with no article ("X, filiale de Y", "X, maison mère de Y"): the press's
# way to present a company (a person's are titles, handled by typing_cues)
_APPOSED_COMPANY_NOUNS = frozenset({"filiale", "coentreprise", "holding", "maison-mère"})
_APPOSED_COMPANY_PAIRS = frozenset({("maison", "mère"), ("société", "mère"), ("société", "commune")})


def apposed_company_nouns(doc, spans: list[_Span]) -> None:
    """"Velmor Autoroutes, filiale du géant du BTP Velmor, exploite …": a name the NER calls a person
    ("Velmor" a surname to it) that the text presents by a company noun set off after it, with no article,
    is a company's (typing_cues reads "X, la filiale de …", with an article)."""
    tv = tokens_of(doc)
    n = len(tv)
    for sp in spans:
        k = sp.end
        if k + 2 >= n or tv[k].text != "," or top(sp.votes) != "PER":
            continue
        w = tv[k + 1].lower_
        if w in _APPOSED_COMPANY_NOUNS or (w, tv[k + 2].lower_) in _APPOSED_COMPANY_PAIRS:
            sp.votes["ORG"] += 3   # (over the NER's repeated guess, capped at two: a company noun says it)


def lead_in_words(doc, spans: list[_Span]) -> None:
    """"…\\n\\nParadoxe : le quatrième opérateur dépend …", "Revers : …": a common noun opening a paragraph
    before a colon, the clause going on in lower case, is the writer's lead-in, no name (candidates._drop_rubric
    reads the headline's rubric; not "Iran : les groupes …", a proper noun; not a word the text also writes
    capitalised inside a sentence, a name)."""
    if ":" not in doc.text:
        return
    from .candidates import _rubric_word
    tv = tokens_of(doc)
    n = len(tv)
    drop = []
    for sp in spans:
        i = sp.start
        if sp.end != i + 1 or i == 0 or i + 2 >= n or sp.fixed_name or tv[i + 1].text != ":" \
                or "\n" not in tv[i - 1].text + tv[i - 1].whitespace_ or tv[i].pos_ != "NOUN" \
                or not tv[i + 2].text[:1].islower() or not _rubric_word(tv, tv[i]):
            continue
        drop.append(sp)
    if drop:
        spans[:] = [s for s in spans if not any(s is d for d in drop)]


_NER_TYPE = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "ORG"}
_OPENING_DETS = frozenset({"le", "la", "l'", "l’", "un", "une", "son", "sa", "leur"})


def _presented_or_acting(tv, tok) -> bool:
    """"X, la maison mère de Y, …", "X, filiale de Y, …", "X, dirigé par …" (set off and presented), or "X a
    attaqué …", "X reprendra …" (the subject of a finite verb right after it)."""
    from .typing_cues import _person_nouns, org_nouns
    n = len(tv)
    nxt = tv[tok.i + 1]
    if nxt.text == ",":
        if tok.i + 3 >= n:
            return False
        w, w2 = tv[tok.i + 2], tv[tok.i + 3]
        if w.lower_ in _APPOSED_COMPANY_NOUNS or (w.lower_, w2.lower_) in _APPOSED_COMPANY_PAIRS:
            return True
        if w.lower_ in _OPENING_DETS and w2.is_lower and (
                w2.lower_ in org_nouns() or w2.lower_ in _person_nouns() or w2.lower_ in _APPOSED_COMPANY_NOUNS
                or tok.i + 4 < n and (w2.lower_, tv[tok.i + 4].lower_) in _APPOSED_COMPANY_PAIRS):
            return True
        return w.is_lower and w.pos_ == "VERB" and "Part" in w.morph.get("VerbForm") and w2.lower_ == "par"
    return nxt.pos_ in ("VERB", "AUX") and nxt.is_lower and "Fin" in nxt.morph.get("VerbForm") \
        and tok.dep_ in ("nsubj", "nsubj:pass")


def sentence_opening_names(doc, spans: list[_Span]) -> None:
    """"Iliad, la maison mère de Kelvor, a saisi …", "Vexora a aussitôt attaqué la décision": a word the NER
    calls a name opening a sentence with no article, that the tagger reads as a common noun or an adverb,
    candidates drops as a capitalised common word ("Tensions. Le ministre …"); set off and presented as a
    company or a person, or the subject of the verb right after it, it is a name (a common noun would take
    an article). Not a participle or an adjective opening the sentence ("Contactée, une porte-parole …")."""
    from .lexicon import lexicon
    from .demonyms import countries_by_adjective
    from .typing_cues import _type_votes
    tv = tokens_of(doc)
    n = len(tv)
    lex = None
    covered = None
    added = False
    for ent in doc.ents:
        if ent.end - ent.start != 1 or ent.label_ not in ("ORG", "MISC"):
            continue   # (not one the NER calls a person or a place: the capitalised runs type those from the text)
        tok = tv[ent.start]
        if not tok.is_sent_start or tok.i + 1 >= n or tok.pos_ in ("PROPN", "VERB", "AUX", "ADJ") \
                or not tok.is_alpha or not tok.text[:1].isupper() or tok.text.isupper() or len(tok.text) < 3:
            continue
        if not _presented_or_acting(tv, tok):
            continue
        if lex is None:
            lex = lexicon()
            covered = {i for s in spans for i in range(s.start, s.end)}
        low = tok.lower_
        if tok.i in covered or low in lex["not_names"] or low in lex["person_titles"] or low in countries_by_adjective():
            continue
        sp = _Span(tok.i, tok.i + 1, tok.text)
        sp.ner = _NER_TYPE[ent.label_]
        sp.votes[sp.ner] += 1
        _type_votes(doc, sp)
        spans.append(sp)
        added = True
    if added:
        spans.sort(key=lambda s: s.start)


def names_cut_at_de(doc, spans: list[_Span]) -> None:
    """"propriétaire des Velmor de Lorient depuis 1999": the NER found "Velmor de Lorient" whole elsewhere
    (a headline) and cut it here into "Velmor" and the place "Lorient"; the two, joined by the same "de", are
    that name (not two names the text never writes together)."""
    tv = tokens_of(doc)
    whole = {s.text for s in spans if s.end - s.start >= 3
             and any(tv[i].lower_ in _OF and tv[i].is_lower for i in range(s.start + 1, s.end - 1))}
    if not whole:
        return
    by_start = {s.start: s for s in spans}
    drop = []
    for sp in spans:
        k = sp.end
        nxt = by_start.get(k + 1)
        if nxt is None or sp.fixed_name or nxt.fixed_name or tv[k].lower_ not in _OF or not tv[k].is_lower \
                or doc[sp.start:nxt.end].text not in whole or any(sp is d for d in drop):
            continue
        sp.end = nxt.end
        sp.text = doc[sp.start:sp.end].text
        drop.append(nxt)
    if drop:
        spans[:] = [s for s in spans if not any(s is d for d in drop)]
