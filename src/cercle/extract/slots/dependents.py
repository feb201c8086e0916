"""The trigger's own dependents: subject, object, agent and prepositional phrases."""
from __future__ import annotations

from ...mentions.entities import EntityIndex
from ..arguments import (_DECISION_NOUNS, GIVEN_NOUNS, MEMBERS, ORGANS, PERSON_TITLES, STAKES, _PERSON_NOUNS, _after_comma_and, _person_noun,
                         case_of, entities_at, lemma_of)
from ...mentions.lexicon import lexicon
from ...nlp.docview import lower_words_of
from .found import Found
from ..clause39 import glued_to_person_object   # (s39-clause39)
from .words import BUY_VERBS, LATIN_ADVERBIALS

_LINEAGE = {"génération", "lignée", "descendance"}
# "à côté de Y", "à hauteur de N", "au prix de N", "à titre de": an "à" phrase naming no seller
# units of a company whose head works for it: "patron de la branche X de Y" (a named subsidiary is a company)
_DEPT_HEADS = {"directeur", "directrice", "responsable", "chef", "cheffe", "patron", "patronne"}
_TITLE_UNITS = {"branche", "pôle", "division", "activité", "activités", "département", "unité", "métier", "métiers"}
_NOT_SELLERS = {"côté", "hauteur", "prix", "titre", "cours", "valeur", "montant", "raison", "proximité"}   # "issu de la troisième génération de X"


_STATE_NOUNS = {"république", "royaume", "principauté", "confédération", "émirat", "sultanat"}
_UNIT_NOUNS = {"activité", "activités", "branche", "division", "pôle", "actifs", "actif", "portefeuille"}
_DEPUTY_WORDS = {"adjoint", "adjointe", "adjoints", "adjointes"}
_BUY_VERBS = BUY_VERBS | {"récupérer"}   # ("récupérer la participation de Z dans Y")
_DEAL_NOUNS = {"rachat", "reprise", "acquisition", "achat", "contrôle"}
# words between a deal noun and its "sur" phrase: "une offre publique d'achat de 3,2 milliards
# d'euros sur Y" (the parser hangs "sur Y" on the amount)
_OFFER_CHAIN = {"achat", "échange", "rachat", "milliard", "million", "euro", "dollar", "franc", "livre"}
# "la maison-mère de Y", "la société mère de Y": the word before a "de" phrase that belongs to it.
_PARENT_WORDS = {"mère", "maison-mère", "mere", "maison-mere"}
# (s21-corpB) a sports team's nouns before its name ("la franchise des Y", "l'écurie Y"): a title's "de" through
# them is the team (as "club", "équipe"), not a department of it
_TEAM_NOUNS = frozenset({"franchise", "écurie"})


def _title_then_name(c, index: EntityIndex) -> list:
    """"reçue à Matignon par le Premier ministre, X": the person a bare title stands for, set off right after
    it by a comma (the parser hangs the name on the verb instead of the title)."""
    doc = c.doc
    j = max(x.i for x in c.subtree) + 1
    if j + 1 < len(doc) and doc[j].text == "," and index.kinds.get(j + 1) == "name":
        name = index.entity_at(j + 1)
        if name is not None and index.type_of(name) == "PER" and doc[j + 1].head.i == c.head.i:
            return [(name, j + 1)]
    return []


def _names_a_person(c) -> bool:
    """A noun a person is described by: a title, or a word for a person ("un homme d'affaires", "le magnat")."""
    low = c.lemma_.lower()
    return low in PERSON_TITLES or low in _PERSON_NOUNS or _person_noun(low) or _person_noun(c.lower_)


def _comma_before(c) -> bool:
    """A comma right before the token's phrase."""
    first = c.left_edge.i
    return first > 0 and c.doc[first - 1].text == ","


def read_dependents(t, index: EntityIndex, out: Found) -> None:
    """Parties among the trigger's dependents, by dependency and preposition."""
    put = out.put
    if index.kinds.get(t.i) == "introducer":          # "la holding Verlane de X": the trigger is the name
        put("self", [(index.entity_at(t.i), t.i)])
    apposed = False   # names listed after a plural noun's comma ("les filles de X, A et B")
    # ("le PDG Christophe de Margerie": the "de" inside the name it introduces is no complement)
    own = index.entity_at(t.i) if index.kinds.get(t.i) == "introducer" else None
    if own is not None and index.type_of(own) != "PER":
        own = None   # ("le ministre iranien des Affaires étrangères": the ministry's own words are its complement)
    # (the trigger's own tests, asked once rather than for each child)
    t_verb = t.pos_ == "VERB"
    t_lem = t.lemma_.lower()
    buys_goods = t_verb and t_lem == "acheter"
    # ("X se fournit auprès de Y": the reflexive buys, the name after it is the supplier, not a customer)
    supplies = t_verb and t_lem in ("fournir", "approvisionner", "équiper") \
        and not any(k.lower_ in ("se", "s'", "s’") for k in t.children)
    for c in t.children:
        dep = c.dep_
        if own is not None and index.entity_at(c.i) == own:
            continue
        if buys_goods and dep in ("obj", "obl", "obl:mod", "obl:arg") and c.pos_ == "NOUN":
            # "X a acheté des moteurs à Y": the seller's "à" phrase hangs on the goods bought (or on the
            # amount: "X a acheté pour 90 M€ de potasse à Y")
            put("bought_from", [x for k in c.children if k.dep_ == "nmod" and case_of(k) == "à"
                                and k.lower_ not in _NOT_SELLERS
                                for x in entities_at(k, index)])
        if supplies and dep == "obj" and index.kinds.get(c.i) == "name" \
                and not any(k.dep_ in ("obl", "obl:arg", "obl:mod", "iobj") and case_of(k) == "à" for k in t.children):
            # "X fournissait la Sécurité civile depuis 2018": the customer is named as the object (not the
            # goods: "X fournit à Y le moteur Leap")
            put("supplied", entities_at(c, index))
        if dep == "conj" and _after_comma_and(c):
            continue   # "A, deux filiales de B, et de C": ", et" coordinates at a higher level
        if dep == "conj" and t.pos_ == "NOUN" and c.i > 0 and (t.doc[c.i - 1].text == "," or apposed) \
                and index.kinds.get(c.i) == "name" and "Plur" in t.morph.get("Number") \
                and any(k.dep_ == "nmod" and t.i < k.i < c.i for k in t.children):
            # "les filles de X, A et B, …": names after the comma are the plural noun's apposition,
            # not more names in its "de" phrase
            named = entities_at(c, index)
            apposed = True
            put("head", named)
            for k in [k for k in out if k.startswith("prep:")]:
                out[k] = [x for x in out[k] if x not in named]
            continue
        if dep == "nsubj:pass" and not any(k.dep_ == "aux:pass" for k in t.children) \
                and any(k.dep_ == "aux:tense" and k.lemma_ == "avoir" for k in t.children):
            put("subj", entities_at(c, index))   # "X n'a pas investi": an active verb, mislabelled passive
        elif dep == "nsubj:pass":
            got = entities_at(c, index)
            if not got and c.lower_ == "qui" and t.dep_ == "acl:relcl" and c.i < t.i:
                # (s19-gapB) "la société X, qui a été rachetée par Y": the passive "qui" stands for the noun
                # the relative clause hangs on
                got = entities_at(t.head, index)
            put("pass", got)
        elif dep == "obj" and t_verb and c.pos_ == "NOUN" and c.i > t.i \
                and any(k.dep_ == "nsubj" and k.i < c.i for k in c.children) and _comma_before(c):
            # "… après avoir quitté la banque X, le milliardaire contrôle 65 % de Y" with "contrôle" read as a
            # second object: a noun with a subject of its own, after a comma, is the main clause's verb misread
            continue
        elif dep == "obj" and c.lemma_.lower() == "seuil" and t_verb and t_lem == "franchir":
            # "X a franchi le seuil de 10 % du capital de Y": a stake in Y
            put("prep:capital", [x for k in c.children if k.dep_ == "nmod" and k.text == "%" and any(
                kk.dep_ == "nmod" and kk.lemma_.lower() in ("capital", "actionnariat") for kk in k.children)
                                 for x in entities_at(k, index)])
        elif dep == "obj" and glued_to_person_object(t, c):
            continue   # (s39-clause39) "accuse le propriétaire du groupe Y d'avoir …" with Y read as a second object
        elif dep == "obj":
            got = entities_at(c, index)
            stake = _bought_stake(c) if t_verb and t_lem in _BUY_VERBS else None
            if stake is not None:
                # "X a racheté la participation de Z dans Y", "la majeure partie des parts détenues par Z
                # dans Y": X buys a stake in Y (OWNS), not Z nor Y
                put("stake_in", [x for k in stake.subtree if k.dep_ in ("nmod", "obl", "obl:mod", "obl:arg")
                                 and case_of(k) in ("dans", "au") for x in entities_at(k, index)])
                out["_stake_bought"] = []
                continue
            if c.lemma_.lower() in _UNIT_NOUNS and t_verb:
                # "X a racheté la division Nuvia de Y": the unit named right after its noun is bought
                if c.i + 1 < len(t.doc) and index.kinds.get(c.i + 1) == "name" and not got:
                    got = [(index.entity_at(c.i + 1), c.i + 1)]
                    out["_unit_bought"] = []
                # "X a racheté les activités génériques (hors USA) du groupe Y": Y sells a unit (the last
                # organisation its phrase names), X does not buy Y itself
                sellers = [x for k in c.subtree if k.i > c.i and case_of(k) == "de" and k.dep_ == "nmod"
                           for x in entities_at(k, index) if index.type_of(x[0]) == "ORG"]
                put("unit_of", sellers[-1:])
                got = [x for x in got if x not in sellers]
            if t_verb and index.entity_at(c.i) is not None and any(
                    k.dep_ == "obj" and k.lemma_.lower() in GIVEN_NOUNS and index.entity_at(k.i) is None
                    for k in t.children):
                got = []   # ("a reçu un don … valdarien Y": a second object beside the gift is its misparsed giver)
            if c.lemma_.lower() in GIVEN_NOUNS and t_verb and index.entity_at(c.i) is None:
                # "X a reçu un don de la part du marchand d'armes Y": a name the parser hangs on the gift
                # is its giver, not what the verb receives or meets
                got = []
            put("obj", got)
        elif dep in ("obl:agent",):
            # (the other agent first: left_edge is read from the spaCy token, slower)
            if any(k.dep_ == "obl:agent" and k.i < c.i for k in t.children) \
                    and c.left_edge.i >= 2 and index.kinds.get(c.left_edge.i - 1) == "name":
                continue   # "A est conseillé par X, B par Y": the second agent is the gapped clause's, B's
            got = entities_at(c, index)
            if not got and c.lemma_.lower() in PERSON_TITLES:
                got = _title_then_name(c, index)
            if case_of(c) == "avec":   # (s18-gapA) "s'est entretenu mardi par téléphone avec X": no agent
                put("prep:avec", got)
                continue
            put("agent", got)
        elif dep == "xcomp" and c.pos_ == "PROPN" and t_verb and not case_of(c) \
                and not any(k.dep_ == "obj" for k in t.children):
            put("obj", entities_at(c, index))   # "X avait accusé Y en 2021": the name taken for a complement
        elif dep == "iobj":
            put("prep:à", entities_at(c, index))
        elif dep in ("obl", "obl:arg", "obl:mod", "nmod", "acl", "xcomp", "conj") and case_of(c) or dep in ("obl", "obl:arg", "obl:mod", "nmod", "acl") or (dep == "appos" and case_of(c)) \
                or (dep == "advcl" and c.pos_ in ("NOUN", "PROPN") and case_of(c)
                    and any(k.dep_ == "cc" and k.lemma_.lower() == "ainsi" for k in c.children)):
            # ("propriétaire de X ainsi que de Y": Y parsed as a clause)
            p = case_of(c)
            if dep == "conj" and p == "de" and t.pos_ == "NOUN" and case_of(t) == "de":
                continue   # "… d'A, du fonds B et de C": C is the list's next member, not the fund's owner
            # (only in a document with such a word: left_edge is read from the spaCy token, slower)
            if p == "de" and t.pos_ == "NOUN" and not _PARENT_WORDS.isdisjoint(lower_words_of(t.doc)) \
                    and c.left_edge.i - 1 > t.i + 1 and t.doc[c.left_edge.i - 1].lower_ in _PARENT_WORDS:
                continue   # "président de la maison-mère de Y" misparsed: "de Y" is the parent's, not the title's
            if p == "par" and t_verb:
                put("agent", entities_at(c, index))
            elif p in ("à", "dans") and c.lemma_.lower() in ("capital", "actionnariat"):
                put("prep:capital", entities_at(c, index))   # "entrer au capital de Y": a stake, not a seat
                if t_verb and "prep:capital" not in out and out.wants("capital_topic") \
                        and not any(k.dep_ == "nmod" for k in c.children) and (index.topic or index.focus) \
                        and not any(k.text == "%" for k in t.doc[t.sent.start:t.i]):
                    # "le fonds X, entré au capital en 2019 à hauteur de 22 %": the capital of no company
                    # named is the article's company's (else the one whose capital the text spoke of last;
                    # not after a stake the sentence told: "les 38 % restants de la holding sont aux mains de
                    # X, entré au capital en 2017" is the holding's)
                    put("capital_topic", [(index.topic or index.focus, -1)])
            elif p == "à" and c.text == "%" and t_verb and any(
                    k.dep_ == "nmod" and k.lemma_.lower() in ("capital", "actionnariat") for k in c.children):
                put("prep:capital", entities_at(c, index))   # "X est monté à 15 % du capital de Y"
            elif p == "de" and t.pos_ == "NOUN" and t_lem in PERSON_TITLES and index.entity_at(c.i) is None \
                    and (c.lemma_.lower() in _TITLE_UNITS or (
                        # "directrice des opérations de Y, le gestionnaire de …": a department's head, even
                        # with an apposition hung on the department that names Y
                        t_lem in _DEPT_HEADS and c.lemma_.lower() in lexicon()["departments"])):
                if c.lemma_.lower() not in _TITLE_UNITS:   # (the department's own "de Y")
                    put("prep:de2", [x for cc in c.children if cc.dep_ == "nmod" and case_of(cc) == "de"
                                     for x in entities_at(cc, index)])
                # "l'ancien patron de la branche signalisation de Y", "directeur du pôle énergie de Y": the head
                # of a unit of Y works for Y, does not lead it
                put("prep:de2", entities_at(c, index))
            elif p:
                got = entities_at(c, index)
                if not got and t_verb and _names_a_person(c):
                    # "Y appartient à un homme d'affaires chypriote, X, qui …": the name set off after the
                    # person's noun (the parser hangs it on the verb as a conjunct)
                    got = _title_then_name(c, index)
                put(f"prep:{p}", got)
                if p == "de" and c.lemma_.lower() in MEMBERS:
                    # "le patron des sénateurs PRV": the party the group belongs to
                    nxt = c.i + 1   # the party right after the group's noun, however it was parsed
                    party = index.entity_at(nxt) if nxt < len(t.doc) else None
                    if party and index.kinds.get(nxt) == "name" and index.type_of(party) in ("ORG", "GOV"):
                        put("prep:de_members", [(party, nxt)])
                if p == "de" and t.pos_ in ("NOUN", "VERB") and not entities_at(c, index) \
                        and not (c.i + 1 < len(t.doc) and t.doc[c.i + 1].lower_ in _PARENT_WORDS):
                    # "directeur de la stratégie de X": a department of X
                    for cc in c.children:
                        if case_of(cc) == "de" and cc.dep_ == "nmod":
                            if c.lemma_.lower() in _STATE_NOUNS:   # "président de la République de X": X itself
                                put("prep:de", entities_at(cc, index))
                                continue
                            if c.lower_ in LATIN_ADVERBIALS and entities_at(cc, index):   # "le dirigeant de facto du pays"
                                put("prep:de", entities_at(cc, index))
                            if c.lemma_.lower() in _TEAM_NOUNS and t.pos_ == "NOUN" and t_lem in PERSON_TITLES:
                                # (s21-corpB) "le patron de la franchise des Y": the team itself, no department
                                put("prep:de", entities_at(cc, index))
                                continue
                            put("prep:de2", entities_at(cc, index))
                            if c.lemma_.lower() in ORGANS:   # "président du directoire de X"
                                put("prep:de_organ", entities_at(cc, index))
                            if c.lemma_.lower() in _LINEAGE:   # "issu de la 5e génération de X"
                                put("prep:de_lineage", entities_at(cc, index))
                # "un don de la part de X": X is where it comes from, as "de X"
                if p == "de" and c.lemma_.lower() == "part" and "Plur" not in c.morph.get("Number") \
                        and any(k.dep_ == "det" and k.lower_ == "la" for k in c.children) \
                        and not any(k.dep_ in ("amod", "nummod") for k in c.children):
                    put("prep:de", [x for cc in c.children if cc.dep_ == "nmod" and case_of(cc) == "de"
                                    for x in entities_at(cc, index)])
                # "auprès de X", "à la tête de X", "au sein de X": the real preposition is the last one
                for cc in c.children:
                    if cc.dep_ in ("nmod",) and case_of(cc) == "de" and c.lemma_.lower() in ("auprès", "côté", "sein", "tête", "encontre"):
                        real = entities_at(cc, index)
                        put(f"prep:{c.lemma_.lower()}", real)
                        if p == "à" and f"prep:{p}" in out:   # ("au sein de Y" is no "à Y")
                            names = {n for n, _ in real}
                            out[f"prep:{p}"] = [x for x in out[f"prep:{p}"] if x[0] not in names]
                            if not out[f"prep:{p}"]:
                                del out[f"prep:{p}"]
                # "candidat à la reprise de Y": the company a deal named after the preposition is about
                if p == "à" and c.lemma_.lower() in _DEAL_NOUNS:
                    put("deal_of", [x for cc in c.children if cc.dep_ == "nmod" and case_of(cc) == "de"
                                    for x in entities_at(cc, index)])
                # "vice-président en charge des ventes de Y": the department's organisation
                if p == "en" and c.lemma_.lower() == "charge" and t.pos_ == "NOUN":
                    # (the department itself is no name: "en charge du football de Kilmer Sports", the
                    # company's name parsed as two complements of the department)
                    for cc in c.children:
                        if cc.dep_ == "nmod" and case_of(cc) == "de" and index.entity_at(cc.i) is None:
                            for ccc in cc.children:
                                if ccc.dep_ == "nmod" and case_of(ccc) == "de":
                                    put("prep:de2", entities_at(ccc, index))
                            if "prep:de2" not in out:
                                put("prep:de2", entities_at(cc, index))
                    if "prep:de2" in out:   # "l'agence en charge de la communication de Y"
                        put("charge_of", out["prep:de2"])
        # "des sanctions ciblées contre X", "une offre hostile sur Y": the parser hangs the noun's
        # phrase on the adjective right after it
        # (s18-gapA: and "un soutien appuyé à Y", "en guerre ouverte avec Y", the adjective or participle taken
        # for a clause: _phrase_on_adjective)
        elif dep == "amod" and t.pos_ == "NOUN" and c.i == t.i + 1:
            for cc in c.children:
                p = case_of(cc)
                if p in ("contre", "sur", "avec", "envers", "entre", "à") and cc.dep_ in ("obl", "obl:arg", "obl:mod", "nmod") \
                        and f"prep:{p}" not in out:
                    put(f"prep:{p}", entities_at(cc, index))
    if t.pos_ == "NOUN" and t.i + 1 < len(t.doc):
        _phrase_on_adjective(t, index, out)
    if t_verb and t_lem == "appartenir" and "prep:à" not in out and any(
            c.dep_ == "obl:arg" and c.lower_ in ("parts", "part") for c in t.children):
        # "Y appartient à parts égales à A et à B": the owners hung on the adjective of the shares
        # (the adjective hung on the verb or on "parts")
        for c in [k for c in t.children for k in ([c] + list(c.children) if c.lower_ in ("parts", "part") else [c])]:
            if c.dep_ in ("xcomp", "amod") and c.lemma_.lower() in ("égal", "égales", "égaux"):
                put("prep:à", [x for k in c.children if k.dep_.startswith("obl") and case_of(k) in ("à", "au", "aux")
                               for x in entities_at(k, index)])
    if t_verb and t.dep_ == "xcomp" and lemma_of(t.head) in _MODALS:
        _modal_phrases(t, index, out)
    if out.wants("acl_agent") and (t.pos_ == "NOUN" or t.i > 0 and t.doc[t.i - 1].pos_ == "DET"):
        # (or a noun tagged as a verb after its determiner: "l'offre formulée par X")
        _participle_agent(t, index, out)
    if t.pos_ == "NOUN" and "prep:de" not in out and out.wants("prep:de"):
        _dont_antecedent(t, index, out)
    if t.pos_ == "NOUN" and "prep:par" not in out and t.dep_ == "nmod" and out.wants("prep:par") \
            and t.head.lemma_.lower() in _DECISION_NOUNS and case_of(t) == "de":
        # "la tentative de rachat de Y par X", "le projet de rachat de Y par X": the "par" phrase hung on the
        # noun of intent is the deal's
        out.put("prep:par", [x for c in t.head.children if c.dep_ == "nmod" and c.i > t.i and case_of(c) == "par"
                             for x in entities_at(c, index)])
    if t.pos_ == "NOUN" and "subj" not in out and out.wants("subj"):
        _copula_after_relative(t, index, out)
    if t.pos_ == "NOUN" and "head" not in out and out.wants("head"):
        _relative_title_name(t, index, out)
    if t.pos_ == "NOUN" and "prep:sur" not in out:
        for y in _chain_phrases(t, "sur"):
            put("prep:sur", entities_at(y, index))
    if t.pos_ == "NOUN":
        # (or the adjective parsed as a modifier noun phrase: "directeur général adjoint de Y" gives
        # "adjoint" ADJ/nmod after "général" (s24-coref24b))
        # (not "directeur général délégué": an officer with the CEO's powers towards others, who leads)
        deputy = None
        for c in t.children:   # (speed37: the first such modifier, found in one loop with no list built)
            if c.lower_ in _DEPUTY_WORDS and (c.dep_ == "amod" or c.dep_ == "nmod" and c.pos_ == "ADJ"):
                deputy = c
                break
        if deputy is not None:
            # "le chef d'état-major adjoint de Y", "le directeur général adjoint de Y": a deputy works for Y,
            # does not lead it (the "de Y" is often hung on the adjective)
            got = [x for c in deputy.children if c.dep_ == "nmod" and case_of(c) == "de"
                   for x in entities_at(c, index)] or out.get("prep:de") or out.get("prep:de2") or []
            out["deputy_of"] = list(got)   # (even empty: tidy empties the title's "de" slots)
    if t.pos_ == "NOUN" and t_lem in PERSON_TITLES:
        _unit_head(t, index, out)


def _phrase_on_adjective(t, index: EntityIndex, out: Found) -> None:
    """"en guerre ouverte avec Y", "un soutien appuyé à Y": the noun's phrase hung on the adjective or
    participle right after it, which the parser took for a clause (acl); the noun's own phrase of that
    preposition, if any, stands."""
    c = t.doc[t.i + 1]
    if c.dep_ != "acl" or c.head.i != t.i or not (c.pos_ == "ADJ" or c.pos_ == "VERB" and "Part" in c.morph.get("VerbForm")):
        return
    for cc in c.children:
        p = case_of(cc)
        if p in ("contre", "avec", "envers", "entre", "à") and cc.dep_ in ("obl", "obl:arg", "obl:mod", "nmod") \
                and f"prep:{p}" not in out:
            out.put(f"prep:{p}", entities_at(cc, index))


# Modal verbs the parser may hang the infinitive's phrase on, when words come between ("X peut compter, lui,
# sur Y"), and the prepositions of such phrases read for the infinitive
# (and the verbs of trying or going on that govern an infinitive the same way: "X peine à rivaliser, sur les prix,
# avec Y", "X cherche à s'allier avec Y", the phrase hung on the governing verb)
_MODALS = frozenset({"pouvoir", "devoir", "vouloir", "savoir", "peiner", "chercher", "tenter", "essayer",
                     "continuer", "commencer", "parvenir", "réussir", "apprêter", "espérer", "souhaiter",
                     "entendre", "envisager"})
_MODAL_PREPS = frozenset({"sur", "avec", "contre", "pour", "dans", "chez", "auprès"})


def _modal_phrases(t, index: EntityIndex, out: Found) -> None:
    """"X peut compter, lui, sur Y": a phrase after the infinitive that the parser hung on the modal verb
    governing it is the infinitive's (only where the infinitive has no phrase of that preposition)."""
    for c in t.head.children:
        p = case_of(c)
        if c.i > t.i and p in _MODAL_PREPS and c.dep_ in ("obl", "obl:arg", "obl:mod") and f"prep:{p}" not in out:
            out.put(f"prep:{p}", entities_at(c, index))


def _biz_words() -> dict:
    from .biz import _words   # (here: biz reads this module's slots)
    return _words()


def _participle_agent(t, index: EntityIndex, out: Found) -> None:
    """"l'OPA lancée par X sur Y", "l'offre déposée la semaine dernière par X pour Y", "le prêt consenti par X à
    Y": the agent of a participle of making or giving (data/biz.yaml maker_participles) hung on the noun (slot
    "acl_agent"), and the participle's "sur"/"pour"/"à"/"avec"/"contre" phrases as the noun's own."""
    makers = _biz_words()["maker_participles"]
    doc = t.doc
    # (or on the noun's own "de" complement: "l'offre publique d'achat lancée par X", hung on "achat")
    own = [c for c in t.children if c.dep_ == "nmod" and c.pos_ == "NOUN" and c.i == t.i + 2 + (doc[t.i + 1].pos_ == "ADJ")
           and case_of(c) == "de" and index.entity_at(c.i) is None] if t.i + 3 < len(doc) else []
    for v in [v for w in [t] + own for v in w.children]:
        if v.dep_ != "acl" or v.pos_ != "VERB" or v.i < t.i or "Part" not in v.morph.get("VerbForm") \
                or "Pres" in v.morph.get("Tense") or lemma_of(v) not in makers:
            continue   # (a past participle: not "en passant par X")
        # (the parser may hang the agent on a date before it: "lancée en mars par X")
        agents = [x for c in v.children if c.dep_ == "obl:agent" for x in entities_at(c, index)] or [
            x for c in v.children if c.dep_.startswith("obl") for k in c.children
            if k.dep_ == "nmod" and case_of(k) == "par" for x in entities_at(k, index)]
        if not agents:
            continue
        out.put("acl_agent", agents)
        for c in v.children:
            p = case_of(c)
            # (and its other party: "l'accord signé par X avec Y", "le recours déposé par X contre Y")
            # (not the agent itself, hung under that phrase: "déposée contre la chambre par X et Z")
            if p in ("sur", "pour", "à", "avec", "contre") and c.dep_.startswith("obl") and f"prep:{p}" not in out:
                out.put(f"prep:{p}", [x for x in entities_at(c, index) if not any(
                    k.dep_ == "nmod" and case_of(k) == "par" and x[1] in (y.i for y in k.subtree) for k in c.children)])
            elif c.dep_ == "obl:agent":
                # (hung on the agent: "déposée par X sur Y", "conclu par X avec la société Y")
                for k in c.children:
                    p = case_of(k)
                    if k.dep_ == "nmod" and k.i > c.i and p in ("sur", "pour", "à", "avec", "contre") \
                            and f"prep:{p}" not in out:
                        out.put(f"prep:{p}", entities_at(k, index))
        return
    # "le prêt consenti par X à Y", "l'alliance nouée par X avec Y": the participle right after the noun
    # (tagged an adjective, or with no phrase of its own), its agent hung on the noun
    nxt = doc[t.i + 1] if t.i + 2 < len(doc) else None
    if nxt is not None and nxt.head is t and nxt.dep_ in ("amod", "acl", "nmod") \
            and nxt.lower_.endswith(("é", "ée", "és", "ées", "i", "ie", "is", "ies", "u", "ue", "us", "ues")) \
            and (lemma_of(nxt) in makers or _participle_lemma(nxt.lower_) & makers):
        out.put("acl_agent", [x for c in t.children if c.dep_ == "nmod" and c.i > t.i + 1 and case_of(c) == "par"
                              for x in entities_at(c, index)])


def _participle_lemma(low: str) -> set[str]:
    """The infinitives a past participle may come from ("consenti" → consentir, "signée" → signer)."""
    stem = low.rstrip("s")
    stem = stem[:-1] if stem.endswith("e") and len(stem) > 2 and stem[-2] in "éiu" else stem
    if stem.endswith("é"):
        return {stem[:-1] + "er"}
    if stem.endswith("i"):
        return {stem + "r"}
    if stem.endswith("u"):
        return {stem[:-1] + "re", stem[:-1] + "oir"}
    return set()


# Words after the noun's name that take the "dont" themselves ("X, dont la société Y fait partie", "dont Y est
# membre"), and kind nouns that say what a name is, not whose it is ("dont la société Y et le fonds Z")
_DONT_LATER = frozenset({"partie", "membre", "membres", "actionnaire", "actionnaires", "propriétaire", "client",
                         "clients", "fournisseur", "partenaire", "partenaires", "adhérent", "adhérente"})
_KIND_NOUNS = frozenset({"société", "entreprise", "fonds", "groupe", "firme", "compagnie", "banque", "start-up",
                         "sociétés", "entreprises", "groupes", "banques"})


def _stake_in_other(doc, j: int, end: int, index: EntityIndex, owner: int) -> bool:
    """(s19-gapB) "le groupe X, dont la holding Z détient 57 % de Y": the stake is in a company named after the
    percent, so "dont" is the holding's owner (not the stake's); not after "le fondateur de X, dont …", whose
    "dont" may be the founder's."""
    if owner < 1 or doc[owner - 1].lower_ in ("de", "du", "d'", "d’", "des"):
        return False
    pct = next((x.i for x in doc[j:end] if x.text == "%"), None)
    if pct is None or any(x.lower_ in _DONT_LATER for x in doc[j:end]):
        return False
    return pct + 2 < len(doc) and doc[pct + 1].lower_ in ("de", "du", "d'", "d’") and any(
        index.kinds.get(i) == "name" for i in range(pct + 2, min(pct + 6, end)))


def _dont_antecedent(t, index: EntityIndex, out: Found) -> None:
    """"X, dont la filiale Y a souffert", "X, dont le principal concurrent, Y, …": "dont" is "de" + the name
    before its comma; the noun right after it ("dont" + article + noun) is that name's (slot "prep:de")."""
    doc = t.doc
    if t.lower_ in _KIND_NOUNS:
        return
    k = t.i - 1
    while k > 0 and doc[k].pos_ in ("DET", "ADJ") and k > t.i - 3:
        k -= 1
    if k < 2 or doc[k].lower_ != "dont" or doc[k - 1].text != "," or index.kinds.get(k - 2) != "name":
        return
    # the noun names its own holder, right after it ("la filiale Y", "le principal concurrent, Y"): not a bare
    # noun read back by coreference, nor the subject of a verb the "dont" belongs to ("X, dont le fonds Y
    # détient 30 %": 30 % of X)
    j = t.i + 1
    while j < len(doc) and doc[j].pos_ == "ADJ" and doc[j].head is t:
        j += 1
    j += j < len(doc) and doc[j].text == ","
    if j >= len(doc) or index.kinds.get(j) != "name" or index.entity_at(j) is None:
        return
    held = doc[j:min(j + 8, t.sent.end)]
    end = next((x.i for x in held if x.text == ","), held.end if len(held) else j)
    if any(x.text == "%" or x.lower_ in STAKES or x.lower_ in _DONT_LATER for x in doc[j:end]) \
            and not _stake_in_other(doc, j, end, index, k - 2):
        return   # (read along the words: the parser seldom hangs such a subject right)
    name = index.entity_at(k - 2)
    if name is not None:
        out.put("prep:de", [(name, k - 2)])


def _relative_title_name(t, index: EntityIndex, out: Found) -> None:
    """"le fonds Y, dont le représentant au conseil, X, a réclamé un audit": a title opening a relative
    "dont" clause describes the person named right after its phrase and comma (the parser makes that name
    the subject of the verb that follows)."""
    if "dont" not in lower_words_of(t.doc):
        return   # (both tests below need a "dont": most documents' triggers are told by one set lookup)
    if not any(c.lower_ == "dont" for c in t.children) and not (
            t.i > 1 and t.doc[t.i - 2].lower_ == "dont" and t.doc[t.i - 1].pos_ == "DET"):
        return
    end = max(x.i for c in t.children if c.dep_ not in ("punct", "conj", "cc", "parataxis", "appos")
              for x in c.subtree) if any(c.i > t.i for c in t.children) else t.i
    end = max(end, t.i) + 1
    doc = t.doc
    if end + 1 >= t.sent.end or doc[end].text != ",":
        return
    name = index.entity_at(end + 1)
    if name is not None and index.kinds.get(end + 1) == "name" and index.type_of(name) == "PER":
        out.put("head", [(name, end + 1)])


def _copula_after_relative(t, index: EntityIndex, out: Found) -> None:
    """"X, qui a réalisé 640 M€ de ventes en 2024, est en concurrence avec Y": a noun predicate whose copula
    follows a relative clause set off by commas has the name before ", qui" for subject (the parser hangs the
    predicate inside the relative clause)."""
    cop = next((c for c in t.children if c.dep_ == "cop" and c.i < t.i), None)
    if cop is None or any(c.dep_.startswith("nsubj") for c in t.children):
        return
    from .verbs import subject_before_relative
    out.put("subj", subject_before_relative(cop, index))


def _unit_head(t, index: EntityIndex, out: Found) -> None:
    """"patron du pôle énergie de Y", "directeur de la division cybersécurité de Y": the parser hangs "de Y"
    on the title or on the unit's name; the company after the unit is the title's "de2" (a department's
    head works for Y), not its "de" (who leads Y)."""
    unit = next((c for c in t.children if c.dep_ == "nmod" and case_of(c) == "de"
                 and c.lemma_.lower() in _TITLE_UNITS and index.entity_at(c.i) is None), None)
    if unit is None:
        return
    doc = t.doc
    end = max(x.i for x in t.subtree)
    for j in range(unit.i + 1, min(end, unit.i + 8) + 1):
        if doc[j].text in (",", ";", "(", ")"):
            return
        name = index.entity_at(j)
        if name is None or index.kinds.get(j) not in ("name", "introducer"):
            continue
        k = j - 1
        while k > unit.i and doc[k].pos_ in ("DET", "ADJ", "NOUN") and index.entity_at(k) == name:
            k -= 1
        if doc[k].lower_ not in ("de", "du", "des", "d'", "d’"):
            return
        if "prep:de" in out:
            out["prep:de"] = [x for x in out["prep:de"] if x[0] != name]
            if not out["prep:de"]:
                del out["prep:de"]
        out.put("prep:de2", [(name, j)])
        return


def _chain_phrases(t, prep: str, depth: int = 3):
    """The ``prep`` phrases hung on the deal and amount words below a noun."""
    level = [t]
    for _ in range(depth):
        level = [c for k in level for c in k.children
                 if c.dep_ in ("nmod", "nummod") and c.lemma_.lower() in _OFFER_CHAIN]
        if not level:
            return   # (nothing deeper either)
        for k in level:
            for c in k.children:
                if c.dep_ in ("nmod", "obl", "obl:mod") and case_of(c) == prep:
                    yield c


_FRACTIONS = {"partie", "majorité", "totalité", "intégralité", "moitié", "tiers", "quart", "reste", "solde"}


def _bought_stake(obj):
    """The stake noun a buying verb's object is ("la participation", "la majeure partie des parts"), or None."""
    if obj.lemma_.lower() in STAKES:
        return obj
    if obj.lemma_.lower() in _FRACTIONS:
        return next((k for k in obj.children if k.dep_ == "nmod" and case_of(k) == "de"
                     and k.lemma_.lower() in STAKES), None)
    return None
