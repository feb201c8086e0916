"""(s26-names26) Mention passes for names the candidates cut or join wrong: a movement's or a parliamentary
group's name built on "pour" ("le groupe Union pour la Démocratie", "le Mouvement pour la nation (MPN)") cut at
that preposition."""
from __future__ import annotations

from .index import _Span, top
from ..nlp.docview import lower_words_of, tokens_of

_ARTICLES = frozenset({"la", "le", "les", "l'", "l’", "un", "une"})
# nouns that introduce a party or a movement ("le parti X", "la liste X"; not "le groupe X": a company too)
_GROUP_NOUNS = frozenset({"parti", "mouvement", "formation", "liste", "collectif",
                          "alliance", "coalition", "intergroupe"})
# the first words of such names ("Union pour …", "Ensemble pour …", "Agir pour …"): common words a company's
# name never opens on before "pour" ("Google pour le Play Store" is a company and a product)
_MOVEMENT_HEADS = frozenset({"union", "rassemblement", "mouvement", "ensemble", "alliance", "agir", "action",
                             "collectif", "comité", "ligue", "front", "fédération", "association", "coordination",
                             "convergence", "initiative", "appel", "renouveau", "engagement", "place", "génération",
                             "générations", "cap", "unis", "unité", "objectif", "citoyens"})


_PLURAL_ARTICLES = frozenset({"les", "des", "aux"})


def _nationality(tok) -> bool:
    """"Français", "Européens", "Allemands": a people named by its nation, no group's name."""
    from .demonyms import countries_by_adjective
    low = tok.lower_
    return low in countries_by_adjective() or low.rstrip("s") in countries_by_adjective() \
        or low.startswith("europ") or low.endswith("ains") or low.endswith("ois")


def _acronym_after(tv, k: int, n: int) -> str:
    """The all-capital word in brackets at k ("(MPN)"), else ""."""
    if k + 2 < n and tv[k].text == "(" and tv[k + 2].text == ")" and tv[k + 1].text.isupper() \
            and tv[k + 1].is_alpha and 2 <= len(tv[k + 1].text) <= 6:
        return tv[k + 1].text
    return ""


def _people_word(tok) -> bool:
    """(s30-names30) "le groupe Patriotes pour la Nation", "le groupe Démocrates pour l'Avenir": a plural common
    word of French (a kind of people) opening the name after "groupe" names a parliamentary group; a company's
    name is no plural French word (not "le groupe Velmor pour l'Afrique"; not "Laboratoires", a trade word)."""
    from .candidates import _known_word
    from .lexicon import lexicon
    low = tok.lower_
    return len(low) > 3 and low[-1] in "sx" and tok.is_alpha and not tok.text.isupper() and _known_word(tok) \
        and low not in lexicon()["org_lead_words"] and low not in lexicon()["org_name_words"]


def movement_names_with_pour(doc, spans: list[_Span]) -> None:
    """"le groupe Union pour la Démocratie", "Ensemble pour la Nation (EPN)": a movement's name made of a
    capitalised word of a movement, "pour" and what it stands for is one name; candidates cut names at a lower-case
    preposition ("Solane dans Orbalia") and keep "Union" or "Ensemble" alone. Joined when what follows "pour"
    (and its article) is capitalised, or is closed by an acronym in brackets whose letters open and close like
    the name; and the name's first word is a common word (not "Google pour le Play Store": a company's name is
    no French word) or a party noun introduces it ("le parti X")."""
    if "pour" not in lower_words_of(doc):
        return
    tv = tokens_of(doc)
    n = len(tv)
    for sp in list(spans):
        k = sp.end
        if sp.fixed_name or k + 2 >= n or tv[k].text != "pour" or top(sp.votes) == "PER" \
                or not tv[sp.start].text[:1].isupper() or "\n" in doc[sp.start:k + 1].text:
            continue
        first = tv[sp.start]
        before = tv[sp.start - 1].lower_ if sp.start > 0 else ""
        named = first.lower_ in _MOVEMENT_HEADS or before in _GROUP_NOUNS or before == "groupe" \
            and _people_word(first) or before in _PLURAL_ARTICLES and _people_word(first) and not _nationality(first)
        # ((s38-names38b) "avec les Patriotes pour l'Europe", "des Démocrates pour la Nation": a plural word of
        # people after a plural article, then "pour" and a capitalised cause, is the group's whole name; joined
        # below only when what follows "pour" is capitalised — not "les Français pour l'Europe", a people)
        j = k + 1
        if tv[j].lower_ in _ARTICLES:
            j += 1
        if j >= n or not tv[j].is_alpha:
            continue
        end, acr = None, ""
        if tv[j].text[:1].isupper():
            end = j + 1
            while end < n and tv[end].text[:1].isupper() and tv[end].is_alpha and "\n" not in tv[end - 1].whitespace_:
                end += 1
            # "Mouvement pour la République sociale (MRS)": a lower-case adjective the acronym counts
            acr = _acronym_after(tv, end + 1, n)
            if end < n and tv[end].is_lower and tv[end].is_alpha and acr \
                    and acr[-1].lower() == tv[end].lower_[0] and acr[0] == first.text[0].upper():
                end += 1
        else:
            # "l'Union pour la nation (UPN)": lower-case words closed by the acronym of the whole name
            m = j
            while m < n and m - j < 3 and tv[m].is_lower and tv[m].is_alpha:
                m += 1
            acr = _acronym_after(tv, m, n)
            if m > j and acr and acr[0] == first.text[0].upper() and acr[-1].lower() == tv[m - 1].lower_[0]:
                end = m
        if end is None or not (named or acr and acr[:2] == (first.text[0] + "P").upper()):
            continue   # (an acronym that counts the "pour": "Agir pour le Climat (APC)")
        inside = [s for s in spans if s is not sp and s.start < end and s.end > k]
        if any(s.start < k or s.end > end or s.fixed_name or top(s.votes) == "PER" for s in inside):
            continue
        spans[:] = [s for s in spans if not any(s is o for o in inside)]
        sp.end = end
        sp.text = doc[sp.start:end].text
        sp.votes["ORG"] += 3
        sp.votes.pop("GOV", None)   # ("… pour la République": the state's word is the cause it stands for)
        sp.votes.pop("LOC", None)
        sp.fixed_name = sp.text


# nouns whose "de X" complement is a company or a club, never a place: "patron d'X" (lexicon
# org_complement_nouns has "pdg", "filiale", not "patron": said of a person's boss too, "le patron de Paul", but a
# capitalised name after it that is no first name and surname is an organisation's). Not "propriétaire de X":
# tried, the owned name typed a company drew a generic noun's antecedent away from the right one (invented set)
_OWNER_NOUNS = frozenset({"patron", "patronne", "patrons"})
_DE = frozenset({"de", "du", "d'", "d’"})
_TAKE_OVER_LEMMAS = frozenset({"racheter", "acquérir"})


def _company_slot(tv, sp: _Span) -> bool:
    """Whether the name fills a slot only a company fills: "45 % de X", "patron d'X",
    "le rachat de X", "a racheté (le) X"."""
    k = sp.start - 1
    if k >= 0 and tv[k].lower_ in ("le", "la", "l'", "l’") and tv[k].is_lower:
        k -= 1   # ("a racheté le X", "45 % de la X")
    if k < 1:
        return False
    if tv[k].lower_ in _DE:
        return tv[k - 1].text == "%" or tv[k - 1].lower_ in _OWNER_NOUNS or tv[k - 1].lower_ == "rachat"
    # "a racheté le X": the object of a verb of taking over (a place or a person is not bought)
    head = tv[sp.start]
    while head.head.i != head.i and sp.start <= head.head.i < sp.end:
        head = head.head
    return tv[k].pos_ == "VERB" and head.dep_ == "obj" and head.head.i == tv[k].i \
        and tv[k].lemma_.lower() in _TAKE_OVER_LEMMAS


def company_slots(doc, spans: list[_Span]) -> None:
    """"Marc Dubois possède 45 % de Silver Harbour", "Jean Morel, patron d'Ober Fiduciaire", "a racheté le
    Stade Brestois": a name the NER calls a place or a person (two surnames to it), that fills a slot only a
    company or a club fills, is an organisation's (not a country: "45 % de France" is a share of a market;
    not a first name and a surname)."""
    from .typing_cues import _country_words, _opens_with_a_first_name
    from .lexicon import fold
    words = lower_words_of(doc)
    if "%" not in words and words.isdisjoint(_OWNER_NOUNS) and "rachat" not in words \
            and not any(w.startswith(("rachet", "acqu")) for w in words):
        return
    tv = tokens_of(doc)
    countries = None
    for sp in spans:
        if sp.fixed_name or sp.ner not in ("LOC", "PER") or top(sp.votes) not in ("LOC", "PER") \
                or not tv[sp.start].text[:1].isupper() or _opens_with_a_first_name(tv, sp):
            continue
        if not _company_slot(tv, sp):
            continue
        if countries is None:
            countries = _country_words()
        if fold(sp.text) in countries:
            continue
        sp.votes["ORG"] += 3   # (over the NER's repeated guess, capped at two)
