"""(s30-names30) Mention passes for names the NER cuts, splits or never sees: a one-letter brand a company noun
announces ("le réseau social Q"), a firm named by several surnames the NER splits ("le cabinet Dubreuil Castagne
Moreau"), a body's long name whose coordinated common nouns the NER cuts ("la Caisse de dépôt et placement du
Valdor")."""
from __future__ import annotations

from . import wordpos
from .index import _Span, top
from ..nlp.docview import lower_words_of, tokens_of

# nouns that announce a company, a platform or a brand by its name right after them
_BRAND_NOUNS = frozenset({"plateforme", "messagerie", "application", "appli", "marque", "firme", "société",
                          "entreprise", "start-up", "startup", "groupe", "chaîne", "site", "opérateur", "réseau"})
# nouns after which a capital letter is a grade, a series, a class: no name ("la série A", "le plan B")
_LETTER_KINDS = frozenset({"série", "plan", "catégorie", "classe", "type", "vitamine", "génération", "article",
                           "annexe", "option", "niveau", "partie", "phase", "volet", "tranche", "lot", "zone",
                           "bâtiment", "terminal", "hall", "ligne", "pièce", "format", "modèle", "version",
                           "actions", "action", "parts", "point", "note", "groupe", "poule", "division", "liste",
                           "scénario", "équipe", "piste", "étape", "mention", "rang", "bloc", "porte", "voie"})


# nouns whose "de" complement is a company ("le propriétaire de Q", "le rachat de Q")
_OWNER_NOUNS = frozenset({"propriétaire", "patron", "patronne", "pdg", "fondateur", "fondatrice", "actionnaire",
                          "actionnaires", "rachat", "acquisition", "repreneur", "dirigeants", "utilisateurs", "abonnés"})


def _letter(tv, i: int, n: int) -> str:
    """The capital letter token i stands for ("Q", or "Q." closing the sentence, as the tokenizer keeps it), else ""."""
    text = tv[i].text
    if len(text) == 2 and text[1] == "." and (i + 1 == n or tv[i + 1].is_sent_start or "\n" in tv[i].whitespace_):
        text = text[0]
    if len(text) == 1 and text.isalpha() and text.isupper() and text not in ("A", "À", "Y"):
        return text
    return ""


def one_letter_brands(doc, spans: list[_Span]) -> None:
    """"le réseau social Q", "la plateforme Z", "le propriétaire de Q": a capital letter alone right after a noun
    that announces a company or a platform, or in the "de" complement of an owner's or a buyer's noun, is its name (the NER never takes one letter); the text's other mentions of that letter standing
    alone ("face à Q", "le propriétaire de Q") are the same company, unless a grade or series noun precedes
    ("la série Q") or a dot follows (a person's initial, "Q. Martin")."""
    words = lower_words_of(doc)
    if words.isdisjoint(_BRAND_NOUNS) and "social" not in words and words.isdisjoint(_OWNER_NOUNS):
        return
    tv = tokens_of(doc)
    n = len(tv)
    taken = {i for s in spans for i in range(s.start, s.end)}
    if wordpos.PREFILTER:
        # (the places of one-letter words, with or without a dot, only: this walked every token of most
        # documents, "groupe" being a brand noun; a non-ASCII lower_ may differ in length from its text, kept)
        short = sorted(i for low, places in wordpos._positions(doc).items()
                       if low and (len(low) == 1 or len(low) == 2 and low[1] == "." or not low.isascii() and len(low) <= 4)
                       for i in places)
    else:
        short = range(n)
    letters = [i for i in short if len(tv[i].text) <= 2 and i not in taken and _letter(tv, i, n)]
    if not letters:
        return
    named = set()
    for i in letters:
        if i < 2:
            continue
        prev = tv[i - 1].lower_
        if prev == "social" or prev == "sociaux":
            prev = tv[i - 2].lower_
        if (prev in _BRAND_NOUNS and prev != "groupe" and tv[i - 1].is_lower
                or prev in ("de", "du") and tv[i - 2].lower_ in _OWNER_NOUNS) and not _initial(tv, i, n):
            named.add(_letter(tv, i, n))
    if not named:
        return
    for i in letters:
        letter = _letter(tv, i, n)
        if letter not in named or _initial(tv, i, n) or i > 0 and (tv[i - 1].lower_ in _LETTER_KINDS
                                                                 or tv[i - 1].text[:1].isupper()
                                                                 and (tv[i - 1].is_alpha or tv[i - 1].text[-1:] == ".")
                                                                 and not tv[i - 1].is_sent_start):
            continue   # ("Malcolm X", "Jean Q. Martin": a person's letter)
        if i + 1 < n and (tv[i + 1].text[:1].isupper() and tv[i + 1].is_alpha or tv[i + 1].text in ("-", "&", "+")
                          or tv[i + 1].like_num):
            continue   # (a letter opening a longer name: "Q Capital", "Z-Tech")
        sp = _Span(i, i + 1, letter)
        sp.votes["ORG"] += 5
        sp.fixed_name = letter
        spans.append(sp)
    spans.sort(key=lambda s: s.start)


def _initial(tv, i: int, n: int) -> bool:
    """A letter and a dot before a capitalised word of the same sentence: a person's initial ("J. Martin")."""
    return i + 2 < n and tv[i + 1].text == "." and tv[i + 2].text[:1].isupper() and not tv[i + 2].is_sent_start


# nouns that announce a firm named after its partners ("le cabinet A B C", "la banque d'affaires A B")
_FIRM_NOUNS = frozenset({"cabinet", "cabinets", "étude", "banque", "firme", "agence", "boutique"})


def firms_of_several_surnames(doc, spans: list[_Span]) -> None:
    """"le cabinet Dubreuil Castagne Moreau Lerat": a firm named after its partners is one name however the NER
    splits the surnames (a place and a person, "Dubreuil" | "Castagne Moreau Lerat"): after a noun announcing a
    firm, names that touch with no punctuation or word between are joined (not when the second opens on a first
    name: "le cabinet Velmor Jean Dupont" is not written)."""
    words = lower_words_of(doc)
    if words.isdisjoint(_FIRM_NOUNS):
        return
    from .typing_cues import first_names
    tv = tokens_of(doc)
    by_start = {s.start: s for s in spans}
    drop = []
    for sp in list(spans):
        if any(sp is d for d in drop) or sp.fixed_name or sp.start < 1 or tv[sp.start - 1].lower_ not in _FIRM_NOUNS \
                or not tv[sp.start - 1].is_lower:
            continue
        end = sp.end
        joined = []
        while True:
            nxt = by_start.get(end)
            if nxt is None or nxt.fixed_name or "\n" in tv[end - 1].whitespace_ or not tv[end - 1].whitespace_ \
                    or not tv[end].text[:1].isupper() or tv[end].text in first_names():
                break
            joined.append(nxt)
            end = nxt.end
        if not joined:
            continue
        sp.end = end
        sp.text = doc[sp.start:end].text
        sp.votes["ORG"] += 5
        drop.extend(joined)
    if drop:
        spans[:] = [s for s in spans if not any(s is d for d in drop)]


_OF = frozenset({"de", "du", "des", "d'", "d’"})
# head words of public or mutual bodies' names the lexicon's cut_name_heads lacks
_MORE_HEADS = frozenset({"fonds", "établissement", "régie", "haute", "haut", "école", "mutuelle"})
# heads of a company's own organs ("le Conseil de surveillance et d'audit de Velmor"): what follows is its owner
_ORGAN_HEADS = frozenset({"conseil", "comité", "direction", "commission", "centre"})
_ARTICLES = frozenset({"la", "l'", "l’"})


def bodies_with_coordinated_nouns(doc, spans: list[_Span]) -> None:
    """"la Caisse de dépôt et placement du Valdor", "la Chambre de commerce et d'industrie de Lorvan": a body's
    name opened by a capitalised head word ("Caisse", "Chambre", "Office") whose lower-case complements are
    coordinated by "et" goes on to the place or name closing it, which the NER took apart ("Caisse de dépôt" |
    "Valdor"). The coordination of common nouns is what says the words are a name's, not a description's (not
    "le Conseil d'administration de Velmor", one complement, a body of Velmor); and what closes it is a place or
    a word the NER calls a person, not a company's or a public body's name ("le Comité d'audit et des risques de
    Velmor Group": the committee of a company)."""
    words = lower_words_of(doc)
    if "et" not in words:
        return
    from .candidates import absorb
    from .lexicon import lexicon
    from .typing_cues import first_names
    heads = (lexicon()["cut_name_heads"] | _MORE_HEADS) - _ORGAN_HEADS
    if words.isdisjoint(heads):
        return
    tv = tokens_of(doc)
    n = len(tv)
    by_start = {s.start: s for s in spans}
    drop = []
    for sp in list(spans):
        first = tv[sp.start]
        if any(sp is d for d in drop) or sp.fixed_name or sp.end - sp.start < 2 or not first.text[:1].isupper() \
                or first.lower_ not in heads or top(sp.votes) == "PER" or not tv[sp.end - 1].is_lower \
                or not tv[sp.end - 1].is_alpha:
            continue
        k = sp.end
        coordinated = any(tv[m].lower_ == "et" for m in range(sp.start + 1, sp.end))
        if not coordinated and k + 1 < n and tv[k].lower_ == "et":
            m = k + 1
            if tv[m].lower_ in _OF:
                m += 1
            if m < n and tv[m].is_lower and tv[m].is_alpha and tv[m].pos_ in ("NOUN", "ADJ", "VERB") \
                    and tv[m].lower_ not in _OF and tv[m].lower_ not in ("le", "la", "les", "un", "une"):
                k = m + 1
                coordinated = True
                if k < n and tv[k].is_lower and tv[k].is_alpha and tv[k].pos_ == "ADJ":
                    k += 1
        if not coordinated or k + 1 >= n or tv[k].lower_ not in _OF:
            continue
        k += 1
        if tv[k].lower_ in _ARTICLES and k + 1 < n:
            k += 1
        nxt = by_start.get(k)
        if nxt is None or not tv[k].text[:1].isupper() or nxt.fixed_name or top(nxt.votes) in ("ORG", "GOV") \
                or top(nxt.votes) == "PER" and (nxt.end - nxt.start > 1 or tv[k].text in first_names()) \
                or "\n" in doc[sp.start:nxt.end].text:
            continue
        absorb(doc, sp, nxt, drop)
    if drop:
        spans[:] = [s for s in spans if not any(s is d for d in drop)]
