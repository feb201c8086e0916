"""Typing a name from evidence in the text: cue words in it, titles and introducers around it."""
from __future__ import annotations

from functools import lru_cache

from .demonyms import countries_by_adjective
from .index import _Span
from .lexicon import lexicon
from .lexicon import fold
from .party_labels34 import label_vote
from .readb35 import banner_vote
from ..nlp.docview import tokens_of


_MOVEMENT_PREPOSITIONS = frozenset({"en", "pour", "sans", "avec", "contre"})


def _republic_as_a_movement(words: list[str]) -> bool:
    """'République en commun', 'la République en marche': "République" followed by "en", "pour" … names a
    party or a movement (a state is "République de X", "République tchèque", "République démocratique …")."""
    k = words.index("république")
    return k + 1 < len(words) and words[k + 1] in _MOVEMENT_PREPOSITIONS


@lru_cache(maxsize=1)
def _place_keys() -> frozenset[str]:
    """Folded names of the countries, regions and seats of power the demonym tables know."""
    from .demonyms import countries_by_seat, region_names
    return frozenset(n for names in countries_by_adjective().values() for n in names) | region_names() \
        | frozenset(countries_by_seat())


def _no_place_after_du(tv, sp: _Span) -> bool:
    """A name the NER calls a place after "du" / "au" that no place is: towns take no article, the countries
    that take "le" are in the demonym tables; left are a party's acronym ("le président du RN": capitals,
    2 to 5) and a club named after its capital city ("patron du Paris Saint-Germain": a seat of power
    and a capitalised word after it)."""
    first = tv[sp.start].text
    if fold(sp.text) in _place_keys():
        return False
    if sp.end - sp.start == 1:
        return first.isupper() and first.isalpha() and 2 <= len(first) <= 5
    from .demonyms import countries_by_seat
    return fold(first) in countries_by_seat() and tv[sp.start + 1].text[:1].isupper()


def _compound_demonym(word: str) -> bool:
    """(s19-gapE2) "l'anglo-australien X", "le sino-singapourien X", "le franco-belge X": nationalities joined by
    hyphens, the first ones in their "-o" form, the last a nationality the tables know."""
    if "-" not in word:
        return False
    *firsts, last = word.split("-")
    return last in countries_by_adjective() and all(len(w) >= 3 and w.endswith("o") for w in firsts)


def _only_adjectives(tv, start: int, end: int) -> bool:
    """Are the tokens between a noun and a name (if any) adjectives: "le groupe agroalimentaire X"?"""
    return all(tv[k].pos_ == "ADJ" or tv[k].dep_ == "amod" for k in range(start, end))


def _type_votes(doc, sp: _Span) -> None:
    tv = tokens_of(doc)   # the token list: tv[i] skips DocView.__getitem__
    lex = lexicon()
    words = [t.text.lower() for t in tv[sp.start:sp.end]]
    head = _head(doc, sp)
    size = len(tv)
    # (two-word entries too: "banque centrale", "union africaine")
    # (isdisjoint: the same test as any(w in words), without a generator per span)
    if "république" in words and _republic_as_a_movement(words):
        sp.votes["ORG"] += 3   # (s19-gapE) "République en commun", "La République en marche": a party's name
    elif not lex["gov_name_words"].isdisjoint(words) or len(words) > 1 and any(
            a + " " + b in lex["gov_name_words"] for a, b in zip(words, words[1:])) or len(words) > 2 and any(
            " ".join(words[i:i + 3]) in lex["gov_name_words"] for i in range(len(words) - 2)) \
            or len(words) > 1 and words[-1] in lex["gov_closing_words"]:
        # (and three: "Conseil de sécurité")
        sp.votes["GOV"] += 3
    elif len(words) > 1 and (not lex["org_name_words"].isdisjoint(words) or _trade_opener(tv, sp, lex)
                               or words[-1] in lex["org_closing_words"]):
        sp.votes["ORG"] += 3
    if tv[sp.start].text in lex["honorifics"] or (tv[sp.start].text.islower() and sp.end - sp.start > 1
                                                   and tv[sp.start].lower_ in lex["person_titles"]):
        sp.votes["PER"] += 3      # "M. X", "Me X", "prince X"
    # the noun right before the name ("le groupe X", "le ministre X", "M. X")
    trade = False   # (reached over its "de" phrase: "le cabinet d'avocats X")
    j = sp.start - 1
    while j >= 0 and (tv[j].pos_ == "ADJ" or _unknown_demonym(tv[j]) or lower_demonym(tv[j])) \
            and not _org_noun_read_as_adj(tv, j, lex):
        j -= 1
    if j >= 2 and tv[j].text in ("État", "Etat") and tv[j - 1].lower_ in ("d'", "d’", "de"):
        j -= 2   # "le groupe d'État X", "la compagnie d'État X": the noun before "d'État"
    if j >= 1 and tv[j].pos_ in ("NOUN", "ADV", "X") and tv[j].is_lower and lex["introducer_of"].get(tv[j - 1].lower_) == "ORG" \
            and not lex["introducer_of"].get(tv[j].lower_):
        j -= 1   # "l'opérateur télécom X", "le groupe agroalimentaire X": the trade noun's own noun
    if j >= 2 and tv[j].pos_ in ("NOUN", "PROPN") and tv[j].is_lower and tv[j - 1].lower_ in ("de", "d'", "d’") \
            and tv[j - 2].pos_ == "NOUN" and lex["introducer_of"].get(tv[j - 2].lower_) \
            and (sp.ner != "PER" or sp.end - sp.start > 1 and tv[sp.start].text not in first_names()):
        # "la société de livraison X", "le fonds d'investissement X": the noun before its "de" phrase (a
        # weaker cue, so not against the NER's person: a lone word it calls a person is retyped later;
        # but a name of two words not opening with a first name is no person's: "le groupe de
        # cliniques Sorelia Santé")
        j -= 2
        trade = True
    intro = None
    if j >= 0:
        prev = tv[j].text.lower()
        if tv[j].text in lex["honorifics"]:
            sp.votes["PER"] += 4
        # (the lemma of a noun only: "conseille X" is the verb "conseiller", no adviser's title)
        intro = lex["introducer_of"].get(prev) \
            or (lex["introducer_of"].get(tv[j].lemma_.lower()) if tv[j].pos_ not in ("VERB", "AUX") else None) \
            or ("ORG" if prev in org_nouns() else None) \
            or ("ORG" if tv[j].is_lower and tv[j].pos_ == "NOUN" and len(prev) > 6 and prev.endswith("erie") else None)
        # ("le joaillier X": any organisation noun; "la biscuiterie X", "la voilerie X": a workshop in "-erie")
        if intro == "ORG" and prev in lex["person_or_firm_nouns"] and _a_persons_name(tv, sp):
            intro = "PER"   # "le négociant Philibert X", "l'industriel Paul X": a trade said of people too
        if intro:
            # "le groupe X" (X hangs on the noun) is stronger evidence than "le magnat des médias X",
            # where the noun is only the complement of another and X hangs elsewhere
            # ("associé du cabinet d'avocats X": the name hangs on the trade's noun, "avocats", and says
            # which cabinet it is, whatever comes before the cabinet)
            linked = j > 0 and tv[j - 1].lower_ not in ("de", "des", "du", "d'", "d’") or head.head.i == j \
                or trade and head.head.i == j + 2 and sp.start == j + 3 \
                or intro == "ORG" and tv[j - 1].lower_ == "du" and not trade and _only_adjectives(tv, j + 1, sp.start)
            # ("PDG du groupe agroalimentaire X" with X hung on "PDG" by the parser: a singular
            # organisation noun after "du" still names X; "des" stays weak: "le magnat des médias X")
            sp.votes[intro] += 2 if linked else 1
            if linked and j == sp.start - 1 - sum(1 for t in tv[j + 1:sp.start] if t.pos_ == "ADJ"):
                sp.introduced = intro
    if not intro:
        _trade_phrase(tv, sp, lex)
    label_vote(tv, sp, size)   # (s34-politics34) "le sénateur Les Y X": a party's label between title and name
    banner_vote(tv, sp)   # (s35-readb35) "sous l'étiquette Les Y", "sous la bannière de Y": a party's name
    # "l'espagnol X", "le néerlandais X": a nationality noun in lower case before a name is a company's
    # ("le Néerlandais X", capitalised, is a person)
    # (and "du chinois X", "le bordelais X", "l'auvergnat X": a region's or a city's adjective too)
    k = sp.start - 1
    if k >= 1 and tv[k].text.islower() and (tv[k].lower_ in countries_by_adjective() or tv[k].lower_ in _local_adjectives()
                                            or _compound_demonym(tv[k].lower_)) \
            and (tv[k - 1].lower_ in ("le", "la", "l'", "l’", "les", "du", "des", "au", "aux")
                 or _market_noun_before(tv, k - 1, lex)):
        # (above the NER's person at two mentions, for a name that opens with no first name: "l'allemand
        # Voltheim Lichttechnik", "le suédois Skarvik Paper")
        if not (_a_persons_name(tv, sp) and tv[k - 1].lower_ in lex["person_or_firm_nouns"]):
            # (not "l'industriel lyonnais Paul X": a trade said of people too, and a first name)
            sp.votes["ORG"] += 3 if sp.end - sp.start > 1 and tv[sp.start].text not in first_names() else 2
    if _closes_with_a_country(tv, sp):
        sp.votes["ORG"] += 3
    # "Dauphinoise Laitière", "Normande Salaisons": a region's adjective opening a name of two words or more
    # (no first name after it) names a company, not the region
    if sp.end - sp.start >= 2 and tv[sp.start].lower_ in _local_adjectives() and tv[sp.start].text[:1].isupper() \
            and tv[sp.start + 1].text not in first_names():
        sp.votes["ORG"] += 2
    # "chez X": where one works or buys, a company (not "chez Paul X", a first name: someone's home)
    if k >= 0 and tv[k].lower_ == "chez" and tv[sp.start].text not in lex["honorifics"] \
            and not (sp.end - sp.start > 1 and tv[sp.start].text in first_names()):
        sp.votes["ORG"] += 2
    # "le PDG de X", "les investisseurs de X", "les rebelles du X": X is an organisation
    if k >= 1 and tv[k].lower_ in ("de", "du", "d'", "d’", "des") and tv[k].pos_ == "ADP":
        owner = tv[k - 1]
        if owner.lower_ in ("l'", "l’", "la", "le") and k >= 2:
            owner = tv[k - 2]
        # ((s19-gapE2) not a word of a name the NER found: "le fonds Ormel Capital de Joseph X" is Joseph X's
        # fund, "Capital" no noun of a company's capital)
        if (owner.lower_ in lex["org_complement_nouns"] or owner.lemma_.lower() in lex["org_complement_nouns"]) \
                and not (owner.ent_type_ and owner.text[1:].islower()) \
                and not (owner.lower_ == "direction" and owner.i > 0
                         and tv[owner.i - 1 - (tv[owner.i - 1].lower_ == "la")].lower_ in ("en", "sous")) \
                or _board_of(tv, owner) or _taken_over(tv, owner):
            sp.votes["ORG"] += 2
    if sp.ner == "LOC" and k >= 0 and tv[k].lower_ in ("du", "au") and _no_place_after_du(tv, sp):
        sp.votes["ORG"] += 2   # (s19-gapE) "le président du RN", "patron du Paris Saint-Germain"
    if sp.ner == "LOC" and _origin_after_company_noun(tv, k, lex):
        sp.votes["LOC"] += 2
    # "Le fils aîné, X, …", "X, le frère de …": a person noun next to the name, set off by a comma
    after = sp.end
    # ("X, sa filiale à 100 %", "X, son frère": a possessive before the noun too)
    if after + 2 < size and tv[after].text == "," and tv[after + 1].lower_ in ("le", "la", "l'", "l’", "un", "une",
                                                                                "son", "sa", "ses", "leur", "leurs"):
        persons = _person_nouns()
        n = after + 2
        while n < size - 1 and tv[n].pos_ == "ADJ" and tv[n].lower_ not in persons:
            n += 1
        # "X, le frère de …" (a person noun); "X, le quotidien de …", "X, une jeune pousse …" (an
        # organisation noun) — not "X, le président Y" (the noun introduces the next name), nor the
        # subject the sentence goes on with ("Dans une lettre à X, le patron a …")
        noun = tv[n].lower_
        kind = "PER" if noun in persons else "ORG" if noun in org_nouns() or (
            n > after + 2 and lex["descriptor_of"].get(tv[n - 1].lower_ + " " + noun) == "ORG") else None
        if kind == "ORG" and _opens_with_a_first_name(tv, sp):
            # ("Fondée par la cardiologue Léa X et l'ingénieur Hugo Y, la jeune pousse emploie …": a first
            # name and a surname are a person's; the company is the subject the sentence goes on with)
            kind = None
        if kind and not (n + 1 < size and tv[n + 1].text[:1].isupper()) and not (
                tv[n].dep_.startswith("nsubj") and any(c.dep_ == "case" for c in head.children)) \
                and not _object_of_a_fronted_clause(tv[n], head) \
                and not (k >= 0 and tv[k].text == "A" and tv[k].is_sent_start):
            # ((s24-names24) nor "A Lyon, le ministre …": "À" written without its accent, which the parser
            # does not read as a preposition: the place opens the sentence, the minister is its subject)
            sp.votes[kind] += 2
    # "X, 49 ans, …": an age in apposition, the press's way to present a person
    # (not the complement of a noun: "la directrice générale du groupe X, 47 ans, …" is the director's age)
    if after + 2 < size and tv[after].text == "," and tv[after + 1].like_num and tv[after + 2].lower_ == "ans" \
            and not any(c.dep_ == "case" for c in head.children) and (sp.start == 0 or tv[sp.start - 1].lower_ not in _DE):
        sp.votes["PER"] += 3
    if k >= 2 and tv[k].text == ",":
        n = k - 1
        # "son bras droit, X", "son homme de confiance, X": a person's circle in two or three words
        circle = lex.get("apposed_person_nouns") or ()
        in_circle = False
        for size in (3, 2):
            if n - size + 1 > 0 and " ".join(t.lower_ for t in tv[n - size + 1:n + 1]) in circle:
                n -= size - 1
                in_circle = True
                break
        if not in_circle:
            while n > 0 and tv[n].pos_ == "ADJ" and tv[n].lower_ not in _person_nouns():
                n -= 1
            if n > 1 and tv[n].lower_ in lex["kinship"] and tv[n - 1].lower_ in lex["kinship"]:
                n -= 1   # "Leur frère cadet, X", "sa fille aînée, X": the kinship noun and its rank
            in_circle = tv[n].lower_ in circle   # ("Son adjoint, X", "son associé historique, X")
        if (tv[n].lower_ in _person_nouns() or tv[n].lower_ in lex.get("counterpart_nouns", ()) or in_circle) \
                and n > 0 and tv[n - 1].lower_ in ("le", "la", "l'", "l’", "son", "sa", "ses", "leur") \
                and not (n > 1 and tv[n - 2].lower_ in ("selon", "après", "pour", "d'après", "d’après")) \
                and not (tv[n].lower_ in _EITHER_ACTOR_NOUNS and not lex["org_name_words"].isdisjoint(words)):
            # (not "Selon le ministre, X", "D'après son fondateur, X": whose word it is, not who X is; nor
            # "son investisseur historique, X Ventures": a fund, as its name says, can invest too)
            sp.votes["PER"] += 2
    # "X, PDG de Y": a title in apposition; "X, le quotidien de …", "X, l'un des acteurs de …": a descriptor
    for child in head.children:
        # ("X, petite-fille du fondateur, …": a kinship noun too)
        if child.dep_ == "appos" and (child.lemma_.lower() in lex["person_titles"] or child.lower_ in lex["kinship"]) \
                and not _org_compound_end(tv, child.i):
            sp.votes["PER"] += 2
        elif child.dep_ == "appos" and child.i > head.i:
            noun = child
            if child.lower_ in ("un", "une", "l'un", "l'une"):
                noun = next((c for c in child.children if c.dep_ == "nmod"), child)
            if noun.pos_ == "NOUN" and lex["descriptor_of"].get(noun.lemma_.lower()) == "ORG" \
                    and lex["descriptor_of"].get(noun.lower_, "ORG") == "ORG":
                sp.votes["ORG"] += 2
    # "X, députée PRD de la Gironde, …": a title set off after the name that the parser hangs on it as a
    # noun complement, not an apposition (the same cue); or on the word before it ("a dit à l'AFP X, PDG
    # de Y": the parser reads the name as the agency's apposition)
    if after + 1 < size and tv[after].text == "," \
            and (tv[after + 1].head.i == head.i and tv[after + 1].dep_ == "nmod"
                 or head.dep_ == "appos" and tv[after + 1].dep_ == "appos" and tv[after + 1].head.i == head.head.i == sp.start - 1) \
            and tv[after + 1].pos_ == "NOUN" \
            and (tv[after + 1].lower_ in lex["person_titles"] or tv[after + 1].lemma_.lower() in lex["person_titles"]):
        sp.votes["PER"] += 2
    if head.dep_ == "appos" and head.head.lemma_.lower() in lex["person_titles"]:
        sp.votes["PER"] += 2
    # "X est une société …", "X est l'ancien PDG de …": the copula's noun describes its subject
    if head.dep_ == "nsubj" and head.head.pos_ == "NOUN" and head.head.i > head.i \
            and any(c.dep_ == "cop" for c in head.head.children):
        noun = head.head
        if noun.lower_ in _person_nouns() or noun.lemma_.lower() in lex["person_titles"]:
            sp.votes["PER"] += 2
        elif noun.lower_ in org_nouns() or noun.lemma_.lower() in org_nouns():
            sp.votes["ORG"] += 2
    # "Noël X", "Camille X": a common first name opening a name of two or three capitalised words, none
    # of them an organisation's word, is a person's, whatever the NER says (not where the text calls it
    # an organisation: "les laboratoires Pierre X", a company named after its founder)
    toks = tv[sp.start:sp.end]
    if 2 <= len(toks) <= 3 and toks[0].text in first_names() and all(t.text[:1].isupper() for t in toks) \
            and lex["org_name_words"].isdisjoint(words) and lex["gov_name_words"].isdisjoint(words) \
            and sp.votes.get("ORG", 0) <= (sp.ner == "ORG"):
        sp.votes["PER"] += 2
    # "X vient de lever 14 M€", "X recrute", "X fabrique …": a name the NER calls a place but the text
    # shows raising money, hiring or making things is a company (places and states do none of these)
    if sp.ner == "LOC" and head.dep_ == "nsubj":
        verb = head.head
        if verb.lemma_.lower() in ("venir", "aller"):
            verb = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), verb)
        if verb.pos_ == "VERB" and verb.lemma_.lower() in lex["company_verbs"]:
            sp.votes["ORG"] += 2
    if _club_name(tv, sp) or _team_nickname(tv, sp):
        sp.votes["ORG"] += 3
    if _body_cue(tv, sp, head, lex):
        sp.votes["ORG"] += 2
    if len(toks) >= 2 and _lowercase_adjective_in(toks):
        if sp.ner == "PER":
            sp.votes["ORG"] += 2
        # (no person's name, whatever cue a comma beside it seemed to give: "avec le Pacte écologiste, Nadia X,
        # présidente de …" is her apposition)
        sp.votes.pop("PER", None)
    if _closes_with_an_acronym(toks):
        sp.votes["ORG"] += 2
    # PER names are one to four capitalised words, never all-caps acronyms
    if all(t.text.isupper() and len(t.text) > 1 for t in toks) and sp.ner != "LOC":   # ("RDC": a state)
        sp.votes["ORG"] += 1
    if any(t.like_num for t in toks):
        sp.votes["ORG"] += 1


_HEAD_VERBS = frozenset({"présider", "diriger", "coprésider"})
# (the forms the lemmatizer leaves as they are: "préside")
_HEAD_VERB_FORMS = frozenset({"préside", "présidait", "présidera", "présidé", "présidée", "dirige", "dirigeait",
                              "dirigera", "dirigé", "dirigée", "copréside"})


# Person nouns a company can be too ("son investisseur historique", "l'actionnaire", "l'industriel").
_EITHER_ACTOR_NOUNS = frozenset({"investisseur", "investisseurs", "actionnaire", "actionnaires", "industriel",
                                 "armateur", "financier", "associé", "associés", "partenaire", "partenaires"})


# Capitalised words opening a sports club's name before a town's adjective: "Stade quimpérois", "Stade
# toulousain", "Union sportive" is a word list of its own (not "Stade de France", a venue).
_CLUB_HEADS = frozenset({"stade", "racing", "olympique", "sporting", "entente", "avenir", "étoile"})


def _club_name(tv, sp: _Span) -> bool:
    """"le partenaire maillot du Stade quimpérois", "le Racing lensois": a club's head word and the town's
    adjective in lower case (lexicon local_adjectives, or shaped like one) is a club, an organisation."""
    if sp.end - sp.start != 2 or tv[sp.start].lower_ not in _CLUB_HEADS:
        return False
    adj = tv[sp.start + 1]
    from .candidates import DEMONYM
    return adj.is_lower and adj.is_alpha and (adj.lower_ in _local_adjectives() or DEMONYM.search(adj.lower_) is not None)


# (s29-coref29) plural words that open a place's name after "les" ("les Pays de la Loire", "les Côtes d'Armor", "les
# Sables-d'Olonne"): no team's nickname
_PLACE_PLURALS = frozenset({"pays", "hauts", "alpes", "côtes", "cotes", "îles", "iles", "monts", "gorges", "sables",
                            "bouches", "landes", "vosges", "ardennes", "pyrénées", "pyrenees", "antilles", "émirats",
                            "emirats", "états", "etats", "provinces", "baux", "ponts", "salins", "portes", "terres",
                            "plaines", "vallées", "vallees", "lacs", "marais", "causses", "monts", "rives", "hautes",
                            "basses", "deux", "trois", "sept", "mille", "champs", "jardins", "halles", "invalides",
                            "ulis", "mureaux", "lilas", "pavillons", "clayes", "essarts", "herbiers", "angles"})


def _team_nickname(tv, sp: _Span) -> bool:
    """(s29-coref29) "les Girondins de Y", "les Aigles de Y": after "les", a capitalised plural word that opens no
    place's name, then "de" and a capitalised word (the town) is a team, an organisation, whatever the NER says."""
    if sp.ner != "LOC" or sp.start < 1 or tv[sp.start - 1].lower_ != "les" or sp.start + 2 >= len(tv):
        return False
    if sp.end - sp.start != 3:
        return False
    first, de, town = tv[sp.start], tv[sp.start + 1], tv[sp.start + 2]
    return first.text[:1].isupper() and first.is_alpha and len(first.text) > 3 and first.lower_.endswith(("s", "x")) \
        and first.lower_ not in _PLACE_PLURALS and de.lower_ in ("de", "d'", "d’") and town.text[:1].isupper()


def _origin_after_company_noun(tv, k: int, lex) -> bool:
    """"L'entreprise de Saint-Herblain, filiale de …", "le groupe de Clermont-Ferrand est contrôlé …": a
    place the NER sees after "the <company noun> de" says where the company is from (like "le groupe
    clermontois"); the place is no company. (Not "la filiale de X", "les salariés de X": the owner, the
    employer, which org_complement_nouns name.)"""
    if k < 2 or tv[k].lower_ not in ("de", "d'", "d’"):
        return False
    while k > 2 and tv[k - 1].pos_ == "ADJ" and tv[k - 1].is_lower:
        k -= 1   # ("le groupe agricole de Loudéac")
    noun = tv[k - 1]
    return (noun.is_lower or noun.text.isupper()) \
        and "ORG" in (lex["introducer_of"].get(noun.lower_), lex["descriptor_of"].get(noun.lower_)) \
        and noun.lower_ not in lex["org_complement_nouns"] \
        and tv[k - 2].lower_ in ("le", "la", "l'", "l’", "ce", "cet", "cette", "du", "au")


def _body_cue(tv, sp: _Span, head, lex) -> bool:
    """'Convergence sociale, que préside Y', 'ancien porte-parole du Bloc', 'les adhérents du Rempart': a name
    opening with a capitalised common noun (a party's way to be named, where places have proper nouns) that
    someone presides or that has a spokesperson, members or a congress is an organisation's, whatever the
    NER says (it calls such names places). Not a proper noun: "le président de la Gironde" presides a
    department."""
    first = tv[sp.start]
    if first.pos_ not in ("NOUN", "ADJ") or not first.text[:1].isupper() or first.text.isupper() or sp.start == 0:
        return False
    k = sp.start - 1
    if tv[k].lower_ in ("de", "du", "des", "d'", "d’") and k >= 1:
        owner = tv[k - 1]
        if owner.lower_ in ("l'", "l’", "la", "le") and k >= 2:
            owner = tv[k - 2]
        if owner.lower_ in lex["body_member_nouns"]:
            return True
    # "X, que préside Y", "X, présidé par Y" (read on the words too: the parser often hangs the relative
    # clause elsewhere)
    k = sp.end
    if k + 2 < len(tv) and tv[k].text == "," and tv[k + 1].lower_ in ("que", "qu'", "qu’") \
            and (tv[k + 2].lemma_.lower() in _HEAD_VERBS or tv[k + 2].lower_ in _HEAD_VERB_FORMS):
        return True
    for c in head.children:
        if c.dep_ in ("acl:relcl", "acl") and (c.lemma_.lower() in _HEAD_VERBS or c.lower_ in _HEAD_VERB_FORMS) \
                and (any(g.lower_ == "que" for g in c.children) or any(g.lower_ == "par" for g in c.subtree)):
            return True
    return False


# Lower-case words of people's names: particles ("Charles de Gaulle", "Ludwig van Beethoven").
_NAME_PARTICLES = frozenset({"de", "du", "des", "d'", "d’", "la", "le", "les", "van", "von", "der", "den", "di", "da",
                             "dos", "das", "del", "della", "ben", "bin", "ibn", "al", "el", "y", "e", "zu", "ter"})


def _lowercase_adjective_in(toks) -> bool:
    """"Élan démocrate", "Pacte écologiste", "Olympique nazairien handball": a capitalised word then a lower-case
    adjective or noun is a party's, a club's or a company's name; a person's name has only particles in
    lower case (the NER calls such names persons all the same)."""
    return toks[0].text[:1].isupper() and any(t.is_lower and t.is_alpha and len(t.text) > 2 and t.lower_ not in _NAME_PARTICLES
                                              for t in toks[1:])


def _closes_with_an_acronym(toks) -> bool:
    """"Maubourg AM", "Varnier TP", "Isotherm SA": a capitalised word (no first name) then a short all-caps
    word is a company's name with its trade or legal form; neither a place's nor a person's."""
    return len(toks) == 2 and toks[0].text[:1].isupper() and not toks[0].text.isupper() and toks[0].is_alpha \
        and toks[0].text not in first_names() and toks[1].text.isupper() and toks[1].is_alpha and 2 <= len(toks[1].text) <= 4


_TAKE_WORDS = frozenset({"prendre", "pris", "prise", "prend", "prennent", "prenait", "prendra", "prenant",
                         "reprendre", "repris", "reprise", "reprend"})


# Month and time nouns that may stand between "pris" and "le contrôle": "pris en mars le contrôle de X".
_TIME_NOUNS = frozenset({"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                         "octobre", "novembre", "décembre", "an", "année", "fin", "début", "mi-", "été", "hiver",
                         "printemps", "automne"})


def _taken_over(tv, owner) -> bool:
    """(s24-names24) "prendre le contrôle de X", "la prise de contrôle de X": what is taken over is a company,
    even a family's name the NER reads as a person's (not "sous le contrôle de X": X then controls)."""
    if owner.lower_ != "contrôle" or owner.i < 2:
        return False
    before = tv[owner.i - 1]
    if before.lower_ in ("le", "son", "sa", "leur"):
        # ((s38-names38b) "a pris en 2022 le contrôle de X", "a pris dès mars le contrôle de X": a short time
        # phrase or an adverb between the verb and its object; at most three words, no punctuation)
        for back in range(owner.i - 2, max(owner.i - 5, -1), -1):
            if tv[back].lower_ in _TAKE_WORDS:
                return True
            if tv[back].is_punct or tv[back].pos_ in ("VERB", "AUX", "NOUN", "PROPN") and not tv[back].like_num \
                    and tv[back].lower_ not in _TIME_NOUNS:
                return False
        return False
    return before.lower_ == "de" and tv[owner.i - 2].lower_ in ("prise", "prises")


def _board_of(tv, owner) -> bool:
    """"le conseil d'administration de X", "le conseil de surveillance de X", "le directoire de X": only a
    company (or a body run as one) has a board; X is no place nor person."""
    i = owner.i
    if owner.lower_ == "directoire":
        return True
    return owner.lower_ in ("administration", "surveillance") and i >= 2 and tv[i - 1].lower_ in ("d'", "d’", "de") \
        and tv[i - 2].lower_ == "conseil"


def _org_noun_read_as_adj(tv, j: int, lex) -> bool:
    """"l'industriel suédois X", "le pétrolier norvégien X": an organisation noun right after its article,
    which the parser tags an adjective (the word is one too): the noun that introduces the name, not one
    of the adjectives between them."""
    t = tv[j]
    return j >= 1 and t.is_lower and (lex["introducer_of"].get(t.lower_) == "ORG" or t.lower_ in org_nouns()) \
        and tv[j - 1].lower_ in _DETS


def _market_noun_before(tv, j: int, lex) -> bool:
    """"son concurrent allemand X", "le fournisseur chinois X", "l'industriel suédois X": a nationality
    after a noun of the market (a competitor, a supplier, a client: lexicon market_nouns) or an
    organisation noun, itself after its determiner, says where a company is from, as "l'allemand X"
    does (not "le ministre allemand X", "l'oligarque russe X": person nouns are in neither list)."""
    t = tv[j]
    return j >= 1 and t.is_lower and tv[j - 1].lower_ in _DETS and (
        t.lower_ in lex.get("market_nouns", ()) or lex["introducer_of"].get(t.lower_) == "ORG" or t.lower_ in org_nouns())


def _opens_with_a_first_name(tv, sp: _Span) -> bool:
    """'Paul Fargeot', 'Léa Morvan': a name of two words or more that opens with a common first name."""
    return sp.end - sp.start > 1 and tv[sp.start].text in first_names()


def _a_persons_name(tv, sp: _Span) -> bool:
    """After a trade said of people as well as of firms ("le négociant Paul X"): a name of two words or more
    that opens with a common first name, with no organisation word in it. (Not the NER's person alone:
    "l'armateur Severnaya X" is a company the NER calls a person.)"""
    return _opens_with_a_first_name(tv, sp) \
        and lexicon()["org_name_words"].isdisjoint(t.lower_ for t in tv[sp.start:sp.end])


def lower_demonym(tok) -> bool:
    """'l'ONG genevoise X': a nationality or a city's adjective in lower case, which the tagger may read as a
    proper noun, between a noun and the name it introduces."""
    return tok.is_lower and (tok.lower_ in countries_by_adjective() or tok.lower_ in _local_adjectives())


def _unknown_demonym(tok) -> bool:
    """'le transitaire stambouliote X': a lower-case word the language model has never seen, shaped like
    a nationality or a city's adjective, between a noun and the name it introduces (the parser tags it
    anything)."""
    if not (tok.is_lower and tok.is_alpha and len(tok.text) > 5):
        return False   # (most words, asked before a name: no import statement for them)
    from .candidates import DEMONYM, _known_word   # (here: candidates imports this module)
    return DEMONYM.search(tok.lower_) is not None and not _known_word(tok)


@lru_cache(maxsize=1)
def _country_words() -> frozenset:
    """Country names as they close a company's name ("X France", "X Maroc", "X Italia"): the French names
    of data/demonyms.yaml and the lexicon's forms in other languages, folded."""
    from .demonyms import _raw
    from .lexicon import fold
    names = {fold(n) for entry in _raw()["countries"] for n in entry["names"]}
    return frozenset(names | {fold(w) for w in lexicon().get("country_name_forms", ())})


def _closes_with_a_country(tv, sp: _Span) -> bool:
    """'Pontavia Italia', 'Corbelin Maroc': a name of two or three capitalised words closing with a
    country's name, not opening with a first name, is a company's (its branch in that country); a
    person's name never ends with one."""
    toks = tv[sp.start:sp.end]
    if not 2 <= len(toks) <= 3 or toks[0].text in first_names() or not all(t.text[:1].isupper() for t in toks):
        return False
    return fold(toks[-1].text) in _country_words() and fold(toks[0].text) not in _country_words()


def _trade_opener(tv, sp: _Span, lex) -> bool:
    """"Voilerie Carnac", "Biscuiterie X", "Glaces X", "Saveurs de X": a name of several words opening
    with a capitalised trade (a workshop noun in "-erie", whatever it makes) or a product in the
    plural (lexicon trade_name_openers) is a company's; the rest is often a place's or a family's
    name, which the NER goes by."""
    return trade_word(tv[sp.start], lex)


def trade_word(first, lex) -> bool:
    """A capitalised workshop noun in "-erie" or a product in the plural, opening a company's name."""
    if not first.text[:1].isupper() or first.text.isupper():
        return False
    w = first.lower_
    return len(w) > 6 and w.endswith(("erie", "eries")) or w in lex["trade_name_openers"]


# Trade nouns that name a company when what it makes follows in a "de" phrase (lexicon sector_descriptors
# but the ones a person is as often: "l'acteur", "le vendeur", "le concepteur", "le développeur").
_SECTOR_TRADES = frozenset({"producteur", "productrice", "fabricant", "fournisseur", "exploitant", "gestionnaire",
                            "équipementier", "distributeur", "loueur", "constructeur", "opérateur"})

_DETS = frozenset({"le", "la", "l'", "l’", "les", "un", "une", "du", "au", "aux", "des", "son", "sa", "ses", "leur"})
_DE = frozenset({"de", "d'", "d’", "du", "des"})


def _trade_phrase(tv, sp: _Span, lex) -> None:
    """"le spécialiste de la mode en ligne X", "le groupe de cliniques X", "l'éditeur de logiciels de paie
    X": an organisation noun, its "de" phrase of lower-case words (however the parser tags them), then
    the name. Not "le fonds de Paul X" (the name is the "de" phrase's), nor a first name opening it."""
    k = sp.start - 1
    if k < 2 or not tv[k].is_lower or not tv[k].is_alpha or tv[k].lower_ in _DE or tv[k].lower_ in _DETS \
            or tv[sp.start].text in first_names():
        return
    stop = max(1, sp.start - 8)
    while k > stop and (tv[k].is_lower and (tv[k].is_alpha or tv[k].lower_ in ("d'", "d’", "l'", "l’"))
                        or tv[k].text == "-"):
        if tv[k].lower_ in _DE and tv[k - 1].is_lower and k >= 2 and tv[k - 2].lower_ in _DETS:
            noun = tv[k - 1].lower_
            # ("le producteur d'hydrogène vert X", "le fournisseur de pièces X": a trade noun with what it makes)
            if lex["introducer_of"].get(noun) == "ORG" or noun in org_nouns() or noun in _SECTOR_TRADES:
                sp.votes["ORG"] += 2
                return
        k -= 1


def authority_vote(doc, sp: _Span) -> None:
    """"X a infligé une amende à Y", "X a sanctionné Y": only an authority fines or sanctions (for every
    span, the NER's and the capitalised runs it missed, "L'ARP a infligé …")."""
    head = _head(doc, sp)
    if head.dep_ == "nsubj" and head.head.lemma_.lower() in lexicon()["authority_verbs"]:
        sp.votes["GOV"] += 3   # (above the NER's label and an acronym's own vote)


def _head(doc, sp: _Span):
    """The syntactic head of a span: the token whose head lies outside it."""
    tv = tokens_of(doc)   # the token list: tv[i] skips DocView.__getitem__
    for t in tv[sp.start:sp.end]:
        if not (sp.start <= t.head.i < sp.end) or t.head.i == t.i:
            return t
    return tv[sp.start]


@lru_cache(maxsize=1)
def _person_nouns() -> frozenset:
    """Nouns that only ever describe a person: kinship and the person descriptors of the lexicon."""
    lex = lexicon()
    return lex["kinship"] | {w for w, t in lex["descriptor_of"].items() if t == "PER" and " " not in w}


@lru_cache(maxsize=1)
def org_nouns() -> frozenset:
    """Nouns that only ever describe an organisation (the one-word organisation descriptors)."""
    lex = lexicon()
    return frozenset(w for w, t in lex["descriptor_of"].items() if t == "ORG" and " " not in w) - _person_nouns() \
        - {"leader", "acteur", "spécialiste"}   # (also said of people: "le leader X")


@lru_cache(maxsize=1)
def _local_adjectives() -> frozenset:
    """Adjectives of French regions and cities, every form ("bordelais", "auvergnate"): in lower case
    before a name, they say where a company is from ("le bordelais X"), as a nationality does."""
    from .demonyms import _forms
    return frozenset(f for adj in lexicon().get("local_adjectives", ()) for f in _forms(adj.lower()))


@lru_cache(maxsize=1)
def first_names() -> frozenset:
    """Common first names (data/lexicon.yaml), capitalised as written."""
    return frozenset(lexicon().get("first_names", ()))


def _org_compound_end(tv, i: int) -> bool:
    """Token i closes an organisation noun the tokenizer cut at its hyphen: the "mère" of "maison-mère" is
    no mother ("X, maison-mère de Y"; a "belle-mère" still is)."""
    return i >= 2 and tv[i - 1].text == "-" and f"{tv[i - 2].lower_}-{tv[i].lower_}" in org_nouns()


def _object_of_a_fronted_clause(noun, head) -> bool:
    """(s38-groupof38) "Après avoir quitté X, l'ancien patron du constructeur a conclu …": the noun after the comma
    is the main clause's subject, and X the party of a fronted infinitive or participle (another verb, before X),
    not the person the noun describes; a company is often named there ("quitté X", "rejoint X")."""
    verb = head.head
    return noun.dep_.startswith("nsubj") and verb.i != head.i and verb.i < head.i and noun.head.i != verb.i \
        and verb.pos_ in ("VERB", "AUX") and not {"Inf", "Part"}.isdisjoint(verb.morph.get("VerbForm"))

