"""Finding the actor a dependency-tree token stands for, and the subject of a clause.

Shared by the slot readers (slots/): prepositions of a phrase, names behind
transparent nouns ("20 % du capital de X", "le groupe X"), coordinated lists,
subjects inherited through control verbs, coordination and relative clauses.
"""
from __future__ import annotations

from .aux_subject38 import subjects_on_auxiliary   # (s38-xsent38)

from functools import lru_cache

from ..mentions.demonyms import countries_by_adjective
from ..mentions.entities import EntityIndex
from ..nlp.docview import UNSET, TokenView, tokens_of
from ..mentions.typing_cues import lower_demonym, org_nouns
from ..mentions.poss39 import is_subsidiary_noun, subsidiary_of   # (s39-poss39)

# (``index.by_token.get(i)`` is EntityIndex.entity_at(i) itself, read without a Python call: these readers ask
# it of every word they walk, some tens of thousands of times per corpus pass)

# (s25-fights25) groups whose leading member takes part in what the group does ("un consortium mené par X")
_LED_GROUPS = frozenset({"consortium", "groupement", "pool", "syndicat", "tour", "tandem", "attelage",
                         "alliance", "coalition", "cordée", "levée", "table"})

TRANSPARENT = {"part", "parts", "action", "actions", "capital", "participation", "titre", "titres",
               "contrôle", "totalité", "intégralité", "majorité", "%", "pourcent", "groupe", "société", "entreprise",
               "holding", "filiale", "tour", "table", "compte", "sein", "partie", "ensemble",
               "activité", "activités", "branche", "pôle", "droit", "droits", "vote", "votes",
               "actionnariat", "tiers", "moitié", "quart", "fonds", "conseil", "direction",
               "présidence", "tête", "chaîne", "journal", "banque", "club", "famille", "clan",
               "compagnie", "firme", "géant", "groupement", "consortium", "pool", "côté", "nom", "campagne", "candidature",
               "équipe", "cabinet", "parti", "mouvement", "liste", "administration", "surveillance", "gérance",
               "rébellion", "régime", "milice", "milices"}
# What someone does, standing for them as the target of blame: "dénoncer la gestion de X".
CONDUCT = {"gestion", "agissement", "agissements", "attitude", "comportement", "politique", "méthode",
           "méthodes", "pratique", "pratiques", "propos", "déclaration", "déclarations", "stratégie",
           "manœuvre", "manœuvres", "ingérence", "dérive", "dérives", "silence", "inaction"}
# Verbs by which the target of an offer answers it.
RESPONSE_VERBS = {"retenir", "choisir", "préférer", "sélectionner", "rejeter", "refuser", "repousser", "écarter", "accepter", "examiner", "étudier",
                  "décliner", "juger", "qualifier", "accueillir", "recevoir"}
# Receiving something given: "Y a obtenu un prêt de X", "Y a décroché un contrat avec X" - the
# subject is who the money or support goes to (the "target" slot), not who gives it.
RECEIVE_VERBS = {"obtenir", "décrocher", "percevoir", "toucher", "empocher", "remporter"}   # (+ "recevoir", above)
GIVEN_NOUNS = {"prêt", "financement", "subvention", "don", "contrat", "commande", "marché", "soutien", "appui"}
FUNDING_NOUNS = {"tour", "levée", "financement", "augmentation", "série", "round", "emprunt",
                 "obligation", "obligations", "table"}
# Verbs whose object, not subject, does what the infinitive says ("appeler Y à quitter").
OBJECT_CONTROL = {"accuser", "soupçonner", "suspecter", "appeler", "pousser", "inviter", "exhorter", "inciter", "contraindre", "forcer", "obliger",
                  "encourager", "autoriser", "charger", "sommer", "enjoindre", "aider", "convaincre",
                  "persuader", "mandater", "demander", "prier", "supplier",
                  # (a dative: "le PNF lui reproche d'avoir attribué Y", "ordonner à X de céder Y")
                  "reprocher", "ordonner", "interdire", "conseiller", "recommander",
                  # (perception: "il la verrait bien quitter Y", "on l'a vu rejoindre Y")
                  "voir", "entendre", "regarder"}
_DATIVE_CLITICS = frozenset({"lui", "leur", "me", "m'", "m’", "te", "t'", "t’", "nous", "vous"})
# Verbs that judge someone for a deed: "sanctionner Y pour avoir transmis …" - the one judged did it (a
# perfect infinitive after "pour" tells the cause; "poursuivre Y pour obtenir réparation" tells the aim, the
# subject's)
_JUDGING_VERBS = frozenset({"sanctionner", "condamner", "punir", "pénaliser", "épingler", "blâmer", "critiquer",
                            "féliciter", "remercier", "poursuivre", "assigner", "attaquer", "mettre", "exclure",
                            "licencier", "renvoyer", "suspendre", "radier", "amender", "verbaliser", "dénoncer",
                            "accuser", "viser", "récompenser", "saluer"})
# Verbs whose one told to act is named by "à" ("reprocher à X de …", "ordonner à X de …").
_DATIVE_CONTROL = frozenset({"reprocher", "ordonner", "interdire", "conseiller", "recommander", "demander",
                             "enjoindre", "imputer"})
# Verbs by which someone asks for something ("réclamer la démission de Y").
DEMAND_VERBS = {"réclamer", "demander", "exiger", "appeler", "souhaiter", "vouloir", "obtenir", "pousser"}
# People of a body: "les sénateurs PRV", "le député PRV X" - the name qualifies them, is not them.
MEMBERS = {"sénateur", "sénatrice", "député", "députée", "élu", "élue", "militant", "militante", "jeune",
           "adhérent", "adhérente", "membre", "salarié", "salariée", "partisan", "électeur", "sympathisant",
           "cadre", "responsable", "eurodéputé", "conseiller"}
# Verbs by which a holder parts with a stake ("céder sa participation à Y": Y is the buyer).
SELL_VERBS = {"céder", "vendre", "revendre", "transférer", "apporter", "solder"}
# Verbs by which a company raises money "auprès de" its investors.
RAISE_VERBS = {"lever", "relever", "réunir", "récolter", "boucler"}
PERSON_TITLES = {"ministre", "président", "présidente", "pdg", "patron", "patronne", "directeur",
                 "directrice", "dirigeant", "dirigeante", "secrétaire", "chef", "cheffe", "premier",
                 "première", "maire", "gouverneur", "commissaire", "porte-parole", "ambassadeur",
                 "ambassadrice", "fondateur", "fondatrice", "milliardaire", "homologue", "roi", "prince",
                 "ceo", "dg", "cofondateur", "co-fondateur", "cofondatrice", "co-fondatrice", "administrateur",
                 "administratrice", "gérant", "gérante", "vice-président", "vice-présidente",
                 "coprésident", "coprésidente", "co-président", "co-présidente",
                 "cogérant", "cogérante", "co-gérant", "co-gérante"}   # (s19-gapA: a shared manager's post)
# The elected members of an assembly, plural: together they act as the public body they sit in.
_VOTING_MEMBERS = frozenset({"élus", "élues", "conseillers", "conseillères"})
_BODY_DECISIONS = frozenset({"voter", "adopter", "approuver", "valider", "attribuer", "accorder", "octroyer",
                             "allouer", "débloquer", "confier", "verser"})
ORGANS = {"directoire", "conseil", "comité", "gérance", "bureau", "commission", "assemblée", "board"}
ORG_NOUNS = {"groupe", "société", "entreprise", "holding", "firme", "compagnie", "empire", "fonds", "banque",
             "filiale", "club", "journal", "chaîne", "galaxie", "conglomérat"}
STAKES = {"part", "parts", "action", "actions", "titre", "titres", "participation"}
NAME_CHILD_DEPS = {"appos", "flat:name", "flat", "compound", "fixed", "nmod", "amod", "nummod"}
CLAUSE_LINKS = {"xcomp", "conj", "advcl", "ccomp", "csubj"}


def lemma_of(tok) -> str:
    """The lemma, mended for first-group verbs the lemmatiser leaves as they are ("réclame",
    "reproche" tagged VERB with themselves as lemma)."""
    lemma = tok.lemma_.lower()
    if tok.pos_ == "VERB" and lemma == tok.lower_:
        if lemma.endswith(("re", "ir", "er")) and "Inf" in tok.morph.get("VerbForm"):
            return lemma   # an infinitive is its own lemma ("devrait rejoindre", "pour poursuivre")
        if lemma.endswith("ent") and len(lemma) > 5:
            return lemma[:-3] + "er"
        if lemma.endswith("e"):
            return lemma + "r"
    return lemma


def verb_tagged_noun(tok) -> bool:
    """A present-tense verb the tagger took for a noun ("X contrôle le groupe Y", "X finance Y"):
    a subject before it, an object after it, and no determiner or preposition of its own."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() != tok.lower_:
        return False
    subj = obj = False
    for c in tok.children:
        if c.dep_ in ("det", "case"):
            return False
        if c.dep_ == "nsubj" and c.i < tok.i:
            subj = True
        elif c.dep_ == "obj" and c.i > tok.i:
            obj = True
        elif c.dep_ in ("nmod", "nsubj", "xcomp") and right_after(tok, c) and c.pos_ in ("NOUN", "PROPN") \
                and not obj:
            # (s26-deals26) "X contrôle le groupe Y", "X, qui contrôle l'armateur Y": the object taken for a
            # bare complement or a second subject; a determined noun with no preposition is the object
            obj = is_bare_object(c)
    return subj and obj


def right_after(verb, c) -> bool:
    """The phrase of ``c`` opens right after the verb, or after one or two adverbs ("contrôle toujours la …")."""
    gap = c.left_edge.i - verb.i - 1
    return 0 <= gap <= 2 and all(verb.doc[k].pos_ == "ADV" for k in range(verb.i + 1, c.left_edge.i))


def is_bare_object(c) -> bool:
    """A noun with a determiner and no preposition of its own (the object of a verb tagged as a noun)."""
    det = False
    for g in c.children:
        if g.dep_ == "case":
            return False
        if g.dep_ == "det" and g.i < c.i:
            det = True
    return det


_CASE_NORM = {"du": "de", "des": "de", "d'": "de", "d’": "de", "au": "à", "aux": "à"}


def case_of(tok) -> str | None:
    # (asked about the same tokens again and again by the readers: a DocView token keeps its answer)
    if tok.__class__ is TokenView:
        case = tok.case
        if case is UNSET:
            case = tok.case = _case_of(tok)
        return case
    return _case_of(tok)


def _case_of(tok) -> str | None:
    for c in tok.children:
        if c.dep_ in ("case", "mark") and c.pos_ in ("ADP", "SCONJ"):
            low = c.text.lower().replace("’", "'")
            return _CASE_NORM.get(low, low)
    return None


def _noun_case(c) -> bool:
    """(s39-clause39) A phrase whose preposition the tagger took for a noun or an adverb ("face à", "grâce à",
    "vis-à-vis de": a "case" word with its "fixed" part): not a bare apposition. "défendre les positions du
    groupe face à ses concurrents, X" does not defend X."""
    for k in c.children:
        if k.dep_ == "case" and k.pos_ not in ("ADP", "SCONJ", "DET") and any(f.dep_ == "fixed" for f in k.children):
            return True
    return False


def _verb_between(a, b) -> bool:
    """A verb between two tokens: "au nouveau propriétaire d'avoir imposé à Canal Horizon …" with
    "Horizon" hung on the noun is no apposition of it."""
    doc = a.doc
    lo, hi = sorted((a.i, b.i))
    return any(doc[k].pos_ == "VERB" for k in range(lo + 1, hi))


# (index, {token: answer}) while the extractor reads ties: the index stands still then, and the readers
# of a sentence's triggers ask about the same tokens again and again (see memo_entities)
_MEMO: tuple | None = None


def memo_entities(index: EntityIndex | None) -> None:
    """Keep ``entities_at``'s answers for this index (None: stop). Only while nothing changes the index."""
    global _MEMO
    _MEMO = None if index is None else (index, {}, {}, {})


def entities_at(tok, index: EntityIndex, depth: int = 0, seen=None) -> list[tuple[str, int]]:
    """Entities a token stands for: itself, a name in apposition, or through a transparent noun."""
    memo = _MEMO
    if seen is None and depth == 0 and memo is not None and memo[0] is index:
        got = memo[1].get(tok.i)
        if got is None:
            got = memo[1][tok.i] = _entities_at(tok, index, 0, None)
        return list(got)   # (callers extend the list they get)
    return _entities_at(tok, index, depth, seen)


def _entities_at(tok, index: EntityIndex, depth: int = 0, seen=None) -> list[tuple[str, int]]:
    seen = seen if seen is not None else set()
    if tok.i in seen or depth > 3:
        return []
    seen.add(tok.i)
    found: list[tuple[str, int]] = []
    name = index.by_token.get(tok.i)
    titled = False   # a title standing for the person named with it
    # "le ministre iranien des Affaires étrangères X": the title stands for the person named with it
    if tok.pos_ in ("NOUN", "PROPN") and (tok.lower_ in PERSON_TITLES
                                         or (tok.text[:1].isupper() and tok.lower_ in countries_by_adjective())):
        people = [(index.by_token.get(c.i), c.i) for c in tok.children
                  if c.dep_ in ("appos", "flat:name") or (c.dep_ == "nmod" and case_of(c) is None)]
        people = [p for p in people if p[0] and index.type_of(p[0]) == "PER"]
        if not people:
            # "le ministre turc des Affaires étrangères X": the name right after the title's words
            k, own = tok.i + 1, index.by_token.get(tok.i)
            doc = tok.doc
            while k < len(doc) and ((own is not None and index.by_token.get(k) == own) or doc[k].pos_ == "ADJ"):
                k += 1
            if own is None and k + 2 < len(doc) and doc[k].lower_ in ("du", "de", "des", "d'", "d’"):
                # "à l'ancienne directrice financière du groupe, X": the title's unnamed "de" phrase, then X
                j = k + 1 + (doc[k + 1].pos_ == "DET")
                if j + 1 < len(doc) and doc[j].pos_ == "NOUN" and index.kinds.get(j) != "name":
                    j += 1
                    while j < len(doc) and doc[j].pos_ == "ADJ":
                        j += 1
                    if j + 1 < len(doc) and doc[j].text == "," and index.kinds.get(j + 1) == "name":
                        k = j + 1
            if own is None:
                k = _title_name_after(doc, k, index)
            if k + 1 < len(doc) and doc[k].text == "," and own is None and index.by_token.get(k + 1) is None:
                # "son homologue portugais, le ministre X": an apposed title and its name
                j = k + 1
                while j < min(k + 4, len(doc)) and index.by_token.get(j) is None and (
                        doc[j].pos_ == "DET" or doc[j].lower_ in PERSON_TITLES or doc[j].pos_ == "ADJ"):
                    j += 1
                while j + 1 < len(doc) and index.kinds.get(j) == "introducer" and index.by_token.get(j + 1) == index.by_token.get(j):
                    j += 1   # from "ministre" to the name it introduces
                if j > k + 1 and index.kinds.get(j) == "name":
                    k = j
            if k < len(doc) and index.by_token.get(k) and index.kinds.get(k) == "name" \
                    and index.type_of(index.by_token.get(k)) == "PER":
                people = [(index.by_token.get(k), k)]
            first = min([c.i for c in tok.children if c.dep_ == "det"] + [tok.i])
            if not people and first >= 2 and doc[first - 1].text == "," and index.kinds.get(first - 2) == "name" \
                    and index.type_of(index.by_token.get(first - 2)) == "PER" and tok.dep_.startswith("nsubj"):
                # "X, le directeur de Y, a été …" parsed with the title as the subject: the name before it
                j = first - 2
                while j > 0 and index.by_token.get(j - 1) == index.by_token.get(first - 2):
                    j -= 1
                people = [(index.by_token.get(j), j)]
        if people:
            name = None
            found.append(people[0])
            titled = True
    if name is None and tok.pos_ == "PRON" and _relative_complement(tok):
        # biz4: "Y, avec laquelle X a signé un accord", "Y, auquel X a cédé …", "Y, à qui X a versé …": a
        # relative pronoun after a preposition stands for the noun its clause hangs on
        # (when the noun names no one, the readers that look for the antecedent themselves go on)
        noun = _relative_clause(tok).head
        if index.by_token.get(noun.i) is None and noun.dep_ == "appos":
            noun = noun.head   # ("le groupe Y, groupe auquel …": the apposition repeats the noun)
        if index.by_token.get(noun.i) is not None:
            got = [x for x in entities_at(noun, index, depth + 1, seen) if x[1] < tok.i]
            if got:
                return got
    if name is None and not found:
        apposed = _name_apposed_after(tok, index)
        if apposed is not None:
            found.append(apposed)   # "directeur de sa filiale, Ostval": Ostval, not the owner
    if name is not None:
        found.append((name, tok.i))
    elif found:
        pass
    else:
        for c in tok.children:
            if c.dep_ == "appos" and tok.text == "%":
                continue   # "détient 64 % du groupe, le fonds Y, …, en possède 21 %": a new clause's subject
            if c.dep_ == "appos" and case_of(c) is not None:
                continue   # "une société créée par X" with X hung as an apposition: a phrase with its preposition is none
            if c.dep_ in ("appos", "flat:name", "flat", "compound", "fixed") or (
                    c.dep_ == "nmod" and case_of(c) is None and not _verb_between(tok, c)
                    and not _noun_case(c)):
                got = entities_at(c, index, depth + 1, seen)
                if c.dep_ in ("appos", "nmod") and got and _related_apposition(tok, c, index):
                    # (s36-subj36) "L'entreprise, filiale du groupe T, a signé…": the apposition says whose
                    # subsidiary the descriptor's referent is; T, in its "de" phrase, is not that referent
                    got = [g for g in got if not _in_genitive_of(c, g[1])]
                if tok.lemma_.lower() in MEMBERS or titled:
                    # ("le PDG du groupe Y X": the title is X, not the company beside him)
                    got = [g for g in got if index.type_of(g[0]) == "PER"]
                elif tok.lemma_.lower() in ORG_NOUNS and c.i > tok.i and any(
                        x.lower_ in PERSON_TITLES or _person_noun(x.lower_) for x in tok.doc[tok.i + 1:c.i]):
                    # ("le groupe du magnat des médias X": the person of that noun, whose group it is)
                    got = [g for g in got if index.type_of(g[0]) != "PER"]
                found += got
        if not found and (tok.lemma_.lower() in TRANSPARENT or tok.text.lower() in TRANSPARENT
                          or tok.pos_ == "NUM" or tok.text == "%") \
                and not (tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ in ("mère", "mere")):
            # ("la société mère de Y" is Y's parent, not Y)
            for c in tok.children:
                if c.dep_ in ("nmod", "obl", "obl:mod", "nummod") and case_of(c) in (None, "de", "dans", "à") \
                        and not (case_of(c) == "à" and (c.pos_ == "PROPN" or index.kinds.get(c.i) == "name"
                                                        or c.lemma_.lower() == "côté")):
                    # ((s39-clause39) an "à" phrase leads through a noun ("au capital de Y", "au sein de Y"), not
                    # to a name or a companion: "le président du groupe au Sénat" (where the group sits), "la
                    # famille, entrée au capital aux côtés de Y" (Y is beside the family, not the family))
                    if tok.lower_ == "cabinet" and c.lower_ in PERSON_TITLES and tok.dep_ == "obj" \
                            and tok.head.lemma_.lower() in ("diriger", "piloter", "présider"):
                        # "X dirigeait le cabinet du ministre de Y": X heads a minister's staff, works for Y
                        # (works_for.staff_verb), does not lead Y
                        continue
                    got = entities_at(c, index, depth + 1, seen)
                    if tok.lemma_.lower() in STAKES or tok.lemma_.lower() in ORG_NOUNS:
                        # "les parts de X", "le groupe de X": a person X holds them, is not them
                        got = [g for g in got if index.type_of(g[0]) != "PER"]
                    found += got
            # "un consortium composé de A et B", "un groupement mené par A"
            for c in tok.children:
                if c.dep_ == "acl" and c.lemma_.lower() in ("composer", "former", "constituer", "mener", "emmener"):
                    for cc in c.children:
                        if cc.dep_ in ("obl:agent", "obl", "obl:arg", "obl:mod") and case_of(cc) in ("de", "par"):
                            got = entities_at(cc, index, depth + 1, seen)
                            if c.lemma_.lower() in ("mener", "emmener") and tok.lemma_.lower() not in _LED_GROUPS:
                                # (s25-fights25) "le parti X, emmené par Y, accuse Z", "les Jeunes socialistes,
                                # emmenés par Y, s'opposent à Z": the person at the head of a party or a
                                # movement is its leader, not the one acting (a consortium's leading member is)
                                got = [g for g in got if index.type_of(g[0]) != "PER"]
                            found += got
        if not found and tok.pos_ == "NOUN" and tok.lemma_.lower() in ORGANS and tok.dep_ in ("nsubj", "nsubj:pass"):
            # "la commission d'appel d'offres de Y", "le comité d'audit de Y": a body acts for the
            # organisation its chain of plain "de" complements ends on
            found += _organ_owner(tok, index)
        if not found and tok.pos_ == "NOUN" and tok.lower_ in _VOTING_MEMBERS and tok.dep_ == "nsubj" \
                and tok.head.lemma_.lower() in _BODY_DECISIONS:
            # "les élus de la communauté de communes de Y ont voté une subvention", "les conseillers
            # municipaux de Y ont attribué le marché": the elected members of a public body decide as that
            # body (not when they speak: "les élus de Y dénoncent…" may be its opposition)
            found += [x for x in _organ_owner(tok, index) if index.type_of(x[0]) == "GOV"]
        if not found and tok.pos_ == "NOUN" and tok.lower_ in org_nouns():
            found += _name_closing(tok, index)
        if not found and tok.pos_ in ("NOUN", "ADJ") and index.kinds.get(tok.i + 1) in ("name", "introducer") \
                and index.by_token.get(tok.i + 1) is not None and lower_demonym(tok):
            # "filiale du lyonnais X", "concurrent de l'allemand X": the demonym before a name stands for it,
            # whatever the parser hung the name on
            found.append((index.by_token.get(tok.i + 1), tok.i + 1))
        if not found and tok.pos_ == "NOUN" and "Plur" in tok.morph.get("Number"):
            # "des établissements dont il est actionnaire (A, B, C)", "ses deux filiales : A et B"
            from .lists import listed_after
            found += listed_after(tok, index)
        if found and tok.pos_ == "NOUN" and is_subsidiary_noun(tok):
            # (s39-poss39) "à la filiale de X", "cette filiale de X": the subsidiary the text names as X's, not X
            found = subsidiary_of(tok, found, index)
    # coordination distributes: "A et B", "A, B et C"
    heads = [tok]
    if name is not None and index.kinds.get(tok.i) == "introducer":
        # "les magazines A et B": the parser may hang B on the name the noun introduces
        heads += [c for c in tok.children if index.by_token.get(c.i) == name and index.kinds.get(c.i) == "name"]
    elif name is not None and index.kinds.get(tok.i) == "name":
        # "A Ventures et le fonds B, …": the parser may hang the second conjunct on the name's last word
        heads += [c for c in tok.children if c.dep_ == "flat:name" and index.by_token.get(c.i) == name]
    for h in heads:
        for c in h.children:
            if c.dep_ == "conj" and c.i not in seen and not _after_comma_and(c):
                if c.pos_ == "NOUN" and c.is_lower and c.i > 0 and c.doc[c.i - 1].text == "," \
                        and not any(k.dep_ == "cc" for k in c.children):
                    continue   # "X, propriétaire de la chaîne Y, a racheté …": an apposition, not a second X
                if case_of(c) in _GENITIVE_CASES and case_of(h) not in _GENITIVE_CASES and any(
                        k.dep_ in ("nmod", "appos") and k.pos_ == "NOUN" and k.is_lower and k.i < c.i for k in h.children):
                    continue   # (s25-coref25) "X, maison mère de A, de B et de C, est présidé par …": B and C
                    # continue the apposed noun's "de" list, no second X
                if case_of(c) in _GENITIVE_CASES and case_of(h) not in _GENITIVE_CASES and h.pos_ == "NOUN" \
                        and h.lower_ in PERSON_TITLES and any(
                        k.dep_ == "nmod" and case_of(k) in _GENITIVE_CASES and k.i < c.i for k in h.children):
                    continue   # (s28-politics28) "La présidente de A et du B a reçu …": "du B" continues the
                    # title's own "de" list (the parser makes it a conjunct of the title), no second subject
                    # (not an event's: "l'entrée de A et de B" is both's)
                other = index.by_token.get(c.i)
                if other is not None and index.kinds.get(c.i) == "name" and any(
                        k.dep_ == "cc" and k.i < c.i and index.by_token.get(k.i) == other for k in c.children):
                    continue   # "associé de Sauvel & Cie": the last word of a name with its "&", no conjunct
                found += entities_at(c, index, depth, seen)
    return found


_GENITIVE_CASES = frozenset({"de", "d'", "d’", "du", "des"})


@lru_cache(maxsize=1)
def relation_appositives() -> frozenset:
    """(s36-subj36) data/subj36.yaml: nouns of a relation ("filiale", "propriété", "concurrent") in apposition."""
    import yaml
    from pathlib import Path
    data = yaml.safe_load((Path(__file__).parent / "data" / "subj36.yaml").read_text(encoding="utf-8"))
    return frozenset(data["relation_appositives"])


def _related_apposition(tok, c, index) -> bool:
    """(s36-subj36) ``c`` is a relation noun set off by a comma after the nameless descriptor ``tok``
    ("L'entreprise, filiale du groupe T, …", "Le club, propriété de T, …"): it names no one itself."""
    return c.i > tok.i and c.pos_ == "NOUN" and index.by_token.get(c.i) is None \
        and index.by_token.get(tok.i) is None and c.lemma_.lower() in relation_appositives() \
        and tok.doc[c.left_edge.i - 1].text == ","


def _in_genitive_of(c, i: int) -> bool:
    """Token ``i`` of ``c``'s phrase comes after a "de" that follows ``c`` ("filiale [du groupe T]",
    "concurrente directe de T", however the parser hung T's words)."""
    doc = c.doc
    return c.i < i <= c.right_edge.i and any(doc[j].lower_ in _GENITIVE_CASES and doc[j].pos_ == "ADP"
                                             for j in range(c.i + 1, i))


def in_related_apposition(tok, index) -> bool:
    """(s36-subj36) the name token ``tok`` sits in the "de" phrase of a relation noun set off by a comma after a
    nameless noun ("Le club, propriété de T, …", "L'assureur, actionnaire de T, …", "Le cimentier, qui est une
    filiale de T, …"): T is related to the noun's referent, is not it."""
    t = tok
    for _ in range(4):
        if t.head.i == t.i or t.head.i > t.i:
            return False
        a = t.head
        if a.pos_ == "NOUN" and a.lemma_.lower() in relation_appositives() and index.by_token.get(a.i) is None \
                and _in_genitive_of(a, tok.i):
            h = a.head
            if a.dep_ in ("appos", "conj", "nmod") or (a.dep_ == "acl:relcl" and any(k.dep_ == "cop" for k in a.children)):
                return h.pos_ == "NOUN" and h.i < a.i and index.by_token.get(h.i) is None \
                    and any(tok.doc[k].text == "," for k in range(h.i + 1, a.i))
            return False
        t = a
    return False


def _title_name_after(doc, k: int, index) -> int:
    """Where the person named after a title's words stands, or k: "a rencontré le directeur général,
    X", "avec le patron de Y, X", "le maire de Y X" — the parser hangs X on the verb, yet the title is X.
    k is the first word after the title and its adjectives; a named complement "de Y" may come first."""
    j = k
    if j + 1 < len(doc) and doc[j].lower_ in ("de", "du", "des", "d'", "d’"):
        j += 1 + (doc[j + 1].pos_ == "DET" and j + 2 < len(doc))
        if j + 1 < len(doc) and doc[j].pos_ == "NOUN" and doc[j].is_lower and index.kinds.get(j + 1) == "name":
            j += 1   # ("de la société Y")
        org = index.by_token.get(j)
        if org is None or index.kinds.get(j) != "name" or index.type_of(org) == "PER":
            return k
        while j < len(doc) and index.by_token.get(j) == org:
            j += 1
    if j < len(doc) and doc[j].text == ",":
        j += 1
    if j == k or j >= len(doc) or index.kinds.get(j) != "name" or doc[j].dep_.startswith("nsubj"):
        return k   # (", X a dit …": X opens a new clause)
    who = index.by_token.get(j)
    return j if who is not None and index.type_of(who) == "PER" else k


def _name_apposed_after(tok, index) -> tuple[str, int] | None:
    """"sa station phare, Sirocco FM", "sa filiale allemande, Ostval GmbH": a possessive noun (no person's)
    and the organisation's name put right after it between commas (however the parser hung it) — the noun stands for that
    name, not for the possessor (not a conjunct: "X et sa filiale, Y" is read by the readers of lists)."""
    # (the possessive first: the cheapest test, and the one that fails most)
    if tok.pos_ != "NOUN" or tok.dep_ == "conj":
        return None
    for c in tok.children:   # (a loop: no generator per noun)
        if c.dep_ == "det" and "Yes" in c.morph.get("Poss"):
            break
    else:
        return None
    if tok.lower_ in PERSON_TITLES or _person_noun(tok.lower_):
        return None
    doc, j = tokens_of(tok.doc), tok.i + 1
    while j < len(doc) and j < tok.i + 4 and doc[j].pos_ in ("ADJ", "NOUN") and index.by_token.get(j) is None \
            and doc[j].head.i == tok.i:
        j += 1   # ("sa station phare", "sa filiale allemande")
    if j + 1 >= len(doc) or doc[j].text != "," or index.kinds.get(j + 1) != "name":
        return None
    other = index.by_token.get(j + 1)
    return (other, j + 1) if other is not None and index.type_of(other) == "ORG" else None


_RELATIVES = frozenset({"lequel", "laquelle", "lesquels", "lesquelles", "qui", "auquel", "auxquels", "auxquelles",
                        "duquel", "desquels", "desquelles"})
_FUSED_RELATIVES = frozenset({"auquel", "auxquels", "auxquelles"})


def _relative_clause(tok):
    """The relative clause a pronoun sits in (the pronoun hung on its verb, or on a noun of it)."""
    w = tok.head
    if w.dep_ != "acl:relcl" and w.head.dep_ == "acl:relcl" and w.pos_ == "NOUN":
        w = w.head
    return w


def _relative_complement(tok) -> bool:
    """biz4: "avec laquelle", "à qui", "auquel": a relative pronoun after a preposition (not a subject)."""
    low = tok.lower_
    if low not in _RELATIVES or tok.dep_.startswith("nsubj"):
        return False
    clause = _relative_clause(tok)
    if clause.dep_ != "acl:relcl" or clause.head.i >= tok.i:
        return False
    return low in _FUSED_RELATIVES or any(c.dep_ == "case" for c in tok.children)


def _organ_owner(tok, index: EntityIndex, depth: int = 0) -> list[tuple[str, int]]:
    """The organisation or public body a body's chain of plain "de" complements ends on (three at most)."""
    if depth >= 3:
        return []
    for c in tok.children:
        if c.dep_ != "nmod" or case_of(c) != "de" or c.i < tok.i:
            continue
        name = index.by_token.get(c.i)
        if name is not None:
            return [(name, c.i)] if index.type_of(name) in ("ORG", "GOV") else []
        if c.pos_ == "NOUN":
            got = _organ_owner(c, index, depth + 1)
            if got:
                return got
    return []


def _person_noun(word: str) -> bool:
    """A noun second references use for a person ("le magnat", "le milliardaire")."""
    return _descriptor_of().get(word) == "PER"


@lru_cache(maxsize=1)
def _descriptor_of() -> dict:
    from ..mentions.lexicon import lexicon   # (imported when first asked: the lexicon module imports this one's neighbours)
    return lexicon()["descriptor_of"]


def _name_closing(tok, index: EntityIndex) -> list[tuple[str, int]]:
    """"le gestionnaire d'actifs américain X": the name that closes an organisation noun's phrase,
    whatever it hangs on, when only its complement words and adjectives stand between."""
    last = tok.right_edge.i
    name = index.by_token.get(last)
    if name is None or index.kinds.get(last) != "name":
        return []
    tv = tokens_of(tok.doc)
    k = last
    while k - 1 > tok.i and index.by_token.get(k - 1) == name:
        k -= 1
    between = tv[tok.i + 1:k]
    # only complement words ("d'actifs", "de la logistique") and adjectives; right before the name a
    # noun or an adjective, not a preposition ("la holding de X" is its complement, "depuis les X" a place)
    if 0 < len(between) <= 5 and tv[k - 1].pos_ in ("NOUN", "ADJ") and all(
            x.pos_ in ("NOUN", "ADJ", "DET") or x.lower_ in ("de", "d'", "d’", "du", "des") for x in between):
        return [(name, k)]
    return []


def _after_comma_and(conj) -> bool:
    """"…, deux filiales de B, et de C": a conjunct after ", et" coordinates at a higher level."""
    # (s29-portrait29) not ", puis C": the list of stages one after the other ("a racheté le groupe A, puis B et
    # C"), where the comma before "puis" is the usual way of writing it
    return any(k.dep_ == "cc" and k.i > 0 and conj.doc[k.i - 1].text == "," and k.lower_ != "puis"
               for k in conj.children)


_DECISION_NOUNS = {"décision", "choix", "volonté", "intention", "projet", "promesse", "refus", "tentative"}
# Verbs by which one speaks or acts against someone else's attempt or plan ("dénoncer une tentative de …").
_AGAINST_ATTEMPTS = {"dénoncer", "critiquer", "fustiger", "condamner", "bloquer", "contrer", "déjouer", "repousser",
                     "rejeter", "refuser", "combattre", "torpiller", "contester", "redouter", "craindre"}
_PERSON_NOUNS = {"homme", "femme", "personne", "personnage", "financier", "héritier", "héritière"}
# (s26-fights26) nouns of a person's job at a company or a channel: "X, l'animateur vedette de Y, qui …" (the
# relative's antecedent is X, not Y)
_STAFF_PERSON_NOUNS = frozenset({"animateur", "animatrice", "présentateur", "présentatrice", "éditorialiste",
                                 "commentateur", "commentatrice", "correspondant", "correspondante", "journaliste",
                                 "chroniqueur", "chroniqueuse", "avocat", "avocate", "salarié", "salariée",
                                 "employé", "employée", "producteur", "productrice"})


def _subject_of(verb, index, hops: int = 0) -> list[tuple[str, int]]:
    """nsubj of a verb, inherited through control/coordination and relative clauses."""
    memo = _MEMO   # (kept as entities_at's answers are: see memo_entities)
    if not hops and memo is not None and memo[0] is index:
        got = memo[2].get(verb.i)
        if got is None:
            got = memo[2][verb.i] = _subject_of_uncached(verb, index)
        return list(got)
    return _subject_of_uncached(verb, index, hops)


def _fronted_side(tok) -> bool:
    """"Côté défense, …", "Côté opposition, …": a sentence-opening "côté" and its noun, closed by a comma."""
    sent_start = tok.sent.start
    return tok.lower_ == "côté" and tok.i == sent_start and tok.i + 2 < len(tok.doc) and (
        tok.doc[tok.i + 2].text == "," or tok.doc[tok.i + 3].text == ",")


def _nearest_if_singular(verb, rel, got: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """biz4: "A et B, qui détient 52 % de Y": a singular verb after a relative "qui" has one subject, the name
    nearest before the pronoun (the parser may hang the clause on the first conjunct)."""
    if len({n for n, _ in got}) < 2:
        return got
    finite = [a for a in verb.children if a.dep_ == "aux:tense"] or [verb]
    if "Sing" not in finite[0].morph.get("Number") or "Ind" not in finite[0].morph.get("Mood"):
        return got
    before = [x for x in got if x[1] < rel.i]
    if not before:
        return got
    near = max(before, key=lambda x: x[1])[0]
    return [x for x in got if x[0] == near]


def _bare_mention(tok, index) -> bool:
    """The mention token ``tok`` belongs to is no prepositional complement ("le député du Var", "compter sur
    X"): its own phrase, as an inverted subject or an apposition is."""
    name = index.by_token.get(tok.i)
    while tok.head.i != tok.i and index.by_token.get(tok.head.i) == name:
        tok = tok.head
    return case_of(tok) is None


def _dont_subject(subj, verb, index) -> list[tuple[str, int]]:
    """"X, directeur de Y, dont la mère, Z, préside le conseil": the parser takes X for the verb's subject and
    hangs Z on X; a name after a "dont" relative's noun, closed by the comma before the verb, is its subject."""
    doc = verb.doc
    first = min([a.i for a in verb.children if a.dep_.startswith("aux") or a.dep_ == "advmod" and a.i < verb.i]
                + [verb.i])
    for k in subj.children:
        who = index.by_token.get(k.i)
        if k.dep_ not in ("appos", "conj") or k.i <= subj.i or who is None or index.kinds.get(k.i) != "name" \
                or index.type_of(who) != "PER" or who == index.by_token.get(subj.i):
            continue
        end = k.i
        while end + 1 < len(doc) and index.by_token.get(end + 1) == who:
            end += 1
        if end + 2 == first and doc[end + 1].text == "," and doc[k.i - 1].text == "," \
                and any(doc[j].lower_ == "dont" for j in range(subj.i + 1, k.i)):
            return [(who, k.i)]
    for r in subj.children:
        # (s19-gapB) "le groupe X, dont la holding Z détient 57 % de Y": the parser makes the "dont" noun a
        # relative clause of X and X the verb's subject; the name of the "dont" noun right before the verb is it
        if r.dep_ == "acl:relcl" and r.pos_ == "NOUN" and r.i > subj.i and r.right_edge.i + 1 == first \
                and any(k.lower_ == "dont" and k.i < r.i for k in r.children) \
                and not any(k.dep_ in ("cop", "nsubj") for k in r.children):
            got = [x for x in entities_at(r, index) if x[1] > r.left_edge.i]
            if got:
                return got[:1]
    return []


# (s25-relq25) what a firm does, not its founder or chairman: holding, paying, buying, selling ("X, fondée par Z,
# qui a fondé…", "…, contrôlée par Z, qui la préside" stay Z's)
_FIRM_ACTS = frozenset({"posséder", "détenir", "contrôler", "engager", "verser", "racheter", "acquérir", "exploiter",
                        "financer", "investir", "céder", "vendre", "acheter", "payer", "appartenir", "employer",
                        "fabriquer", "produire", "commercialiser", "revendiquer", "emporter", "débourser"})


def _agent_relative_antecedent(verb, index, got: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """(s25-relq25) "X, filiale de Y présidée par Z, qui possède W", "le fonds fondé par Z, qui détient W": the
    parser hangs a ", qui" relative on the person named in a past participle's "par" phrase; that person sits
    inside the participle's phrase and is not what the clause tells about — the noun the participle describes
    (climbed up through its "de" phrases and apposition to the name they describe) is. No name there: no
    subject rather than the person's (read19new, read19, read20: three passages)."""
    agent, name = verb.head, index.by_token.get(verb.head.i)
    j = agent.i
    while agent.dep_ != "obl:agent" and name is not None and j > 0 and index.by_token.get(j - 1) == name:
        j -= 1   # ("par Jean Dumas, qui…" with the surname hung elsewhere: the name's "par" token)
        agent = verb.doc[j]
    if agent.dep_ != "obl:agent":
        return got
    if any(k.pos_ == "PRON" and k.dep_ in ("obj", "iobj") for k in verb.children):
        return got   # "…, détenue par Z, qui la détient": the pronoun is the firm, so "qui" is Z
    part = agent.head
    if part.dep_ != "acl" or "Part" not in part.morph.get("VerbForm") or part.i > agent.i \
            or not all(index.type_of(n) == "PER" for n, _ in got):
        return got
    anchor = part.head
    for _ in range(6):
        if anchor.dep_ in ("nmod", "appos", "fixed") and anchor.head.i < anchor.i:
            anchor = anchor.head.head if anchor.head.pos_ == "PUNCT" else anchor.head
        else:
            break
    return [x for x in entities_at(anchor, index) if x[1] < part.i][:1]


def _subject_of_uncached(verb, index, hops: int = 0) -> list[tuple[str, int]]:
    if _merged_relative(verb):
        return entities_at(verb.head, index)
    # an inherited subject may be passive: "X a été nommé pour diriger Y" - X directs Y
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "expl:subj") or (hops and c.dep_ == "nsubj:pass")]
    if not subjects and verb.pos_ == "VERB" and not any(c.dep_ == "nsubj:pass" for c in verb.children):
        subjects = subjects_on_auxiliary(verb)   # (s38-xsent38) "Il a d'abord passé …" with "Il" hung on "a"
    if len(subjects) == 2 and subjects[1].i < verb.i and verb.doc[subjects[1].i - 1].text == "," \
            and verb.doc[subjects[0].right_edge.i + 1].text == "," and subjects[0].pos_ == "PROPN" == subjects[1].pos_:
        # "Sous la houlette de son président, X, Y a commencé…": the name right before the verb is its
        # subject, the one between commas is put beside something else
        subjects = subjects[1:]
    if len(subjects) == 2 and any(c.dep_ == "mark" and subjects[0].i < c.i < subjects[1].i < verb.i
                                  for c in verb.children):
        # (s33-money33) "Une bouffée d'oxygène, alors que Y verse …", "Un coup dur, puisque Y perd …": the noun
        # before the conjunction is a comment on the clause, the one after it is the verb's subject
        subjects = subjects[1:]
    if len(subjects) == 2 and subjects[0].i < subjects[1].i < verb.i and subjects[1].pos_ == "NOUN" \
            and any(k.lower_ == "dont" and k.i < subjects[1].i for k in subjects[1].children) \
            and entities_at(subjects[1], index):
        # (s25-relq25) "Le milliardaire Z, dont le groupe Y détient 57 % de W": the parser makes the "dont"
        # relative the main clause and Z a second subject; the relative's own subject noun (Y) holds, not Z
        # (when it names someone: "L'élu, dont la rivalité avec Y remonte à…" keeps the old reading)
        subjects = subjects[1:]
    elif len(subjects) == 2 and subjects[0].i < subjects[1].i < verb.i and subjects[1].pos_ == "NOUN" \
            and any(k.lower_ == "dont" and k.i < subjects[1].i for k in subjects[1].children) \
            and _descriptor_of().get(subjects[1].lemma_.lower()) in ("ORG", "GOV"):
        # (s28-party28) "La présidente de la Région Y, X, dont la collectivité a accordé un prêt à Z": the body
        # the person's title names (Y) acts, not X; no such body of the noun's kind: no subject
        kind = _descriptor_of()[subjects[1].lemma_.lower()]
        return [x for k in subjects[0].children if k.dep_ == "nmod" and case_of(k) in ("de", "d'", "du", "des")
                for x in entities_at(k, index)
                if ("GOV" if index.type_of(x[0]) in ("GOV", "LOC") else index.type_of(x[0])) == kind][:1]
    if subjects and _fronted_side(subjects[0]):
        # "Côté défense, la directrice de Y, X, a mandaté …": the fronted "côté" phrase is no subject; the
        # names after its comma are (however the parser hung them)
        after = [k for k in subjects[0].children if k.dep_ in ("nmod", "appos", "conj") and k.left_edge.i > 0
                 and verb.doc[k.left_edge.i - 1].text == ","]
        subjects = [k for k in after if entities_at(k, index)][:1] + subjects[1:]
    if subjects and any(k.dep_ == "case" and k.lower_ in ("selon", "après") for k in subjects[0].children):
        # "Selon X, Y n'a jamais investi…" parsed with the source as subject: the name after its comma is
        subjects = [k for k in subjects[0].children if k.dep_ in ("nmod", "appos", "conj") and k.i > subjects[0].i
                    and k.i > 0 and verb.doc[k.i - 1].text == ","][:1] + subjects[1:]
    for n, c in enumerate(subjects):
        if n and c.i - subjects[n - 1].i > 2 and not (
                verb.doc[subjects[n - 1].right_edge.i + 1].text == ","
                and c.left_edge.i - subjects[n - 1].right_edge.i in (1, 2)):
            # ("un autre milliardaire, le PDG de Y X, a pris…": an apposition split into two subjects)
            break   # another subject far away is a misparse, not a split word
        if c.pos_ == "PRON" and c.lemma_.lower() in ("qui", "lequel", "laquelle") and verb.dep_.startswith("acl"):
            got = entities_at(verb.head, index)
            if got and c.i > 0 and verb.doc[c.i - 1].text == "," and verb.lemma_.lower() in _FIRM_ACTS:
                got = _agent_relative_antecedent(verb, index, got)
            if verb.head.pos_ == "NOUN" and (verb.head.lemma_.lower() in _PERSON_NOUNS or (
                    # (s26-fights26) "X, l'animateur vedette de Y, qui accuse Z": a staff noun is said of the
                    # person before it, Y is only where he works (read26: "qui accuse" given to the channel)
                    verb.head.lemma_.lower() in _STAFF_PERSON_NOUNS
                    and not any(index.type_of(g[0]) == "PER" for g in got))):
                # "X, l'homme qui rachète Y": the relative's noun is put beside X (however it is parsed)
                noun = verb.head
                first = min([c.i for c in noun.children if c.dep_ == "det"] + [noun.i])
                if first >= 2 and verb.doc[first - 1].text == "," and index.kinds.get(first - 2) == "name" \
                        and index.type_of(index.by_token.get(first - 2)) == "PER":
                    got = [(index.by_token.get(first - 2), first - 2)]
            if not got and verb.head.pos_ == "NOUN" and verb.head.dep_ == "appos" and verb.head.head.i < verb.head.i \
                    and index.by_token.get(verb.head.head.i) is not None \
                    and not any(verb.doc[j].text == "," for j in range(verb.head.i, c.i)):
                # "X, le comparateur qui concurrence Y": the relative's noun is the apposition of X (right
                # before "qui": after "X, le patron de Z, qui …" the clause may be Z's)
                got = entities_at(verb.head.head, index)[:1]
            if not got and verb.head.pos_ == "NOUN" and c.i >= 2 and verb.doc[c.i - 1].text == "," \
                    and index.kinds.get(c.i - 2) == "name" and index.type_of(index.by_token.get(c.i - 2)) == "PER":
                # (s39-misses39) "X est un ancien collaborateur de Y, qui présidait alors Z": the clause set off by
                # a comma right after the noun's person complement is that person's (not the copula's subject)
                top = verb.doc[c.i - 2]
                while top.head.i != top.i and top.dep_ == "flat:name" and index.by_token.get(top.head.i) \
                        == index.by_token.get(c.i - 2):
                    top = top.head
                if top.dep_ == "nmod" and top.head.i == verb.head.i and case_of(top) in ("de", "d'", "d’", "du"):
                    got = [(index.by_token.get(c.i - 2), top.i)]
            if not got and verb.head.pos_ == "NOUN" and any(k.dep_ == "cop" for k in verb.head.children) \
                    and not (c.i - 2 > verb.head.i and verb.doc[c.i - 1].text == ","
                             and index.kinds.get(c.i - 2) == "name"):
                # "X est l'homme qui rachète Y": the relative's noun is the copula's subject
                # ((s39-clause39) not after ", qui" closing a name in the noun's phrase: "X est un ancien
                # collaborateur de W, qui présidait alors Y" tells of W; verbs._relative_on_other_noun reads it)
                got = [x for k in verb.head.children if k.dep_ == "nsubj" for x in entities_at(k, index)]
            if not got and verb.head.pos_ in ("VERB", "AUX") and verb.head.i < c.i and c.i >= 2 \
                    and verb.doc[c.i - 1].text == "," and index.kinds.get(c.i - 2) == "name" \
                    and _bare_mention(verb.doc[c.i - 2], index):
                # "…, explique X, qui préside Y": the clause hung on the reporting verb; its antecedent is the
                # (inverted subject's) name right before ", qui"
                got = [(index.by_token.get(c.i - 2), c.i - 2)]
            return _nearest_if_singular(verb, c, got)
        late = _dont_subject(c, verb, index)
        if late:
            return late
        named = _name_before_apposed_subject(c, verb, index)
        if named:
            return named
        # "La start-up X a levé": the tokeniser splits "start-up" into several subjects; any may hold the name
        got = entities_at(c, index)
        if got:
            return _plural_subject(verb, got, index)
    if subjects:
        return []
    first = min([c.i for c in verb.children if c.dep_.startswith("aux") or c.dep_ == "advmod"] + [verb.i])
    if verb.pos_ == "VERB" and verb.dep_ in ("obj", "dep", "advcl") and "Ind" in verb.morph.get("Mood") \
            and verb.head.dep_ == "acl:relcl" and verb.head.i < verb.i and first > 0 \
            and verb.doc[first - 1].text == "," and verb.head.head.i < verb.head.i \
            and any(c.dep_ == "nsubj" and c.lemma_.lower() == "qui" for c in verb.head.children):
        # "X, qui a piloté le dossier, reproche à Y …": the main verb after a relative clause, hung on
        # the relative's verb by the parser; its subject is the relative's antecedent
        ante = verb.head.head
        lead = ante.i
        while lead > 0 and verb.doc[lead - 1].pos_ == "DET":
            lead -= 1
        if ante.pos_ == "NOUN" and index.kinds.get(ante.i) != "name" and lead >= 2 \
                and verb.doc[lead - 1].text == "," and index.kinds.get(lead - 2) == "name" \
                and index.entity_at(lead - 2) is not None:
            # ((s29-fights29) "X, la filiale de Y qui exploite Z, demandait …": the relative's noun is X's
            # apposition; X is the subject, not the Y its noun names)
            return [(index.entity_at(lead - 2), lead - 2)]
        if verb.dep_ == "advcl" and not (ante.pos_ in ("PROPN", "NOUN") and entities_at(ante, index)):
            return []
        return entities_at(ante, index)
    if not hops and verb.dep_ in ("conj", "acl") and verb.head.dep_ == "ROOT" and (verb.head.pos_ == "PROPN" or (
                # ("La société X bénéficie …" with the verb hung on the noun that introduces the name)
                verb.head.pos_ == "NOUN" and index.kinds.get(verb.head.i) == "introducer"
                and "Ind" in verb.morph.get("Mood") and verb.doc[verb.i - 1].text != ",")) \
            and verb.head.i < verb.i and not any(c.dep_ == "obl:agent" for c in verb.children) \
            and (any(c.dep_ == "aux:tense" for c in verb.children) or "Ind" in verb.morph.get("Mood")) \
            and index.kinds.get(verb.head.i) in ("name", "introducer"):
        # "A et B, respectivement président de X et de Y, seront restés…": a long apposition makes the
        # parser take the name for the root and hang the finite verb on it; the name is its subject
        return _plural_subject(verb, entities_at(verb.head, index), index)
    judged = _judged_for(verb, index)
    if judged is not None:
        return judged
    if verb.dep_ in ("xcomp", "advcl") and (verb.head.lemma_.lower() in OBJECT_CONTROL
                                            or lemma_of(verb.head) in _DATIVE_CONTROL):   # ("reproche" left a noun's lemma)
        # "X a appelé Y à quitter…", "pousser Y à démissionner": the one asked acts, not the asker
        asked = [x for c in verb.head.children if c.dep_ in ("obj", "iobj") or c.dep_ in ("obl:arg", "obl", "obl:mod")
                 and lemma_of(verb.head) in _DATIVE_CONTROL and case_of(c) == "à" and c.i < verb.i
                 for x in entities_at(c, index)]
        if asked or any(c.dep_ == "obj" and c.pos_ == "PRON" or c.dep_ == "iobj" and c.lower_ in _DATIVE_CLITICS
                        for c in verb.head.children):
            return asked   # ("X le soupçonne de contrôler Y": the one the pronoun stands for, if known; never X)
    if not hops and verb.dep_ == "conj" and verb.head.pos_ not in ("VERB", "AUX") and verb.head.i < verb.i \
            and any(c.dep_ == "cc" for c in verb.children) and any(c.dep_.startswith("aux") for c in verb.children):
        # "…X a commencé à … et a racheté Y": a second verb the parser hung on a noun shares the
        # subject of the last verb before it that has one
        tv = tokens_of(verb.doc)
        for j in range(verb.i - 1, verb.sent.start - 1, -1):
            if tv[j].pos_ == "VERB" and any(c.dep_ == "nsubj" for c in tv[j].children):
                return [x for c in tv[j].children if c.dep_ == "nsubj" for x in entities_at(c, index)]
    if verb.dep_ == "xcomp" and "Inf" in verb.morph.get("VerbForm"):
        # "Z dénonce une tentative de X de s'emparer de Y" with the infinitive hung on the verb: the
        # decision noun's "de X", right before it, acts
        for noun in verb.head.children:
            if noun.dep_ == "obj" and noun.pos_ == "NOUN" and noun.lemma_.lower() in _DECISION_NOUNS \
                    and noun.i < verb.i and noun.right_edge.i + 3 >= verb.i:
                who = [x for c in noun.children if c.dep_ == "nmod" and case_of(c) == "de"
                       for x in entities_at(c, index)]
                if who:
                    return who
                if lemma_of(verb.head) in _AGAINST_ATTEMPTS:
                    return []   # "X a dénoncé une tentative de prendre le contrôle de Y": not X's attempt
    if verb.dep_ in ("xcomp", "conj", "parataxis") and "Fin" in verb.morph.get("VerbForm") and verb.head.i < verb.i \
            and not any(c.dep_ == "cc" and c.i < verb.i for c in verb.children):
        opener = _after_colon(verb)
        if opener is not None:
            return entities_at(opener, index) if opener else []
    if hops < 3 and verb.dep_ in CLAUSE_LINKS and verb.head.i != verb.i:
        return _subject_of(verb.head, index, hops + 1)
    if verb.dep_ == "acl" and "Inf" in verb.morph.get("VerbForm") and verb.head.pos_ == "NOUN" \
            and verb.head.lemma_.lower() in _DECISION_NOUNS:
        # "la décision du président X d'intervenir contre Y": whose decision it is does it (before the
        # verb the noun is the object of: "Z dénonce une tentative de X de s'emparer de Y" — X tries)
        who = [x for c in verb.head.children if c.dep_ == "nmod" and case_of(c) == "de" and c.i < verb.i
               for x in entities_at(c, index)]
        if who:
            return who
    # "X a l'intention de prendre…", "X a pris la décision de céder…": the infinitive's subject is
    # the subject of the verb whose object the noun is
    if hops < 3 and verb.dep_ == "acl" and "Inf" in verb.morph.get("VerbForm") and verb.head.pos_ == "NOUN" \
            and verb.head.dep_ == "obj" and verb.head.head.pos_ in ("VERB", "AUX"):
        if lemma_of(verb.head.head) in _AGAINST_ATTEMPTS and verb.head.lemma_.lower() in _DECISION_NOUNS:
            return []   # "X a dénoncé une tentative de prendre le contrôle de Y": not X's own attempt
        return _subject_of(verb.head.head, index, hops + 1)
    if hops < 3 and verb.dep_ == "acl" and "Inf" in verb.morph.get("VerbForm") and verb.head.lemma_.lower() == "vue" \
            and case_of(verb.head) == "en" and verb.head.head.pos_ in ("VERB", "AUX"):
        # "X a annoncé un accord en vue d'absorber Y": the purpose is the subject's
        return _subject_of(verb.head.head, index, hops + 1)
    if verb.dep_ == "acl" and "Part" in verb.morph.get("VerbForm") and "Past" not in verb.morph.get("Tense"):
        got = entities_at(verb.head, index)   # "X, détenant 20 % de Y"
        if not got and hops < 3 and verb.i > 0 and verb.doc[verb.i - 1].text == "," \
                and verb.head.head.pos_ in ("VERB", "AUX") and verb.head.head.i < verb.head.i:
            # (s18-gapA) "X a étrillé l'opération, reprochant à Y …": a present participle set off after the
            # object acts with the clause's subject (the parser hangs it on the object, which names no one)
            return _subject_of(verb.head.head, index, hops + 1)
        return got
    if hops < 3 and verb.dep_ in ("acl", "xcomp") and "Inf" in verb.morph.get("VerbForm") \
            and verb.head.pos_ in ("NOUN", "ADJ") and any(c.dep_ == "cop" for c in verb.head.children):
        # "X s'est abstenue de sanctionner Y", "X est prêt à racheter Y": the predicate's subject
        return [x for c in verb.head.children if c.dep_ == "nsubj" for x in entities_at(c, index)]
    return []


def _judged_for(verb, index) -> list[tuple[str, int]] | None:
    """"La CNIL a sanctionné Y pour avoir transmis des données à ses partenaires": the deed a judging verb's
    object is blamed (or praised) for is the object's: its names ([] for an object that names no one: not
    the judge either); None when the verb is no such perfect infinitive."""
    if verb.dep_ != "advcl" or lemma_of(verb.head) not in _JUDGING_VERBS \
            or not any(c.dep_ == "mark" and c.lower_ == "pour" for c in verb.children) \
            or not any(c.dep_.startswith("aux") and "Inf" in c.morph.get("VerbForm") for c in verb.children):
        return None
    return [x for c in verb.head.children if c.dep_ == "obj" for x in entities_at(c, index)]


def _name_before_apposed_subject(c, verb, index) -> list[tuple[str, int]]:
    """(s29-fights29) "X, la filiale de Y qui exploite Z, demandait …" parsed with the apposition's noun as the
    subject and the name before its comma as a bare phrase of the verb: X is the subject, not the Y its noun
    names."""
    if c.pos_ != "NOUN" or index.kinds.get(c.i) == "name":
        return []
    doc = verb.doc
    lead = c.i
    while lead > 0 and doc[lead - 1].pos_ == "DET":
        lead -= 1
    if lead < 2 or doc[lead - 1].text != "," or index.kinds.get(lead - 2) != "name":
        return []
    name = index.entity_at(lead - 2)
    start = lead - 2
    while start > c.sent.start and index.entity_at(start - 1) == name:
        start -= 1
    while start > c.sent.start and doc[start - 1].pos_ == "DET":
        start -= 1   # ("Le groupe X, l'actionnaire de Y …")
    # (the name opens the sentence and the parser kept it out of the subject: a bare phrase, or another clause's)
    if name is None or start != c.sent.start or doc[start].head.i == c.i or doc[start].dep_ == "nsubj":
        return []
    return [(name, start)]


def _merged_relative(verb) -> bool:
    """"La holding Y, que le dirigeant contrôle avec sa sœur X, détient 41 % de Z" with "contrôle" read as a
    noun: the parser makes the main verb the relative's, with "que" and "41 %" both its objects. A relative
    pronoun object and a second object after the verb say two verbs were merged: the verb is the main
    clause's, its subject the relative's antecedent (not the relative's subject, X)."""
    if verb.dep_ not in ("acl:relcl", "ccomp") or verb.head.i > verb.i or verb.head.pos_ not in ("NOUN", "PROPN", "X"):
        return False   # (the noun may be the root: "La holding Y, que …, détient" read as a noun phrase)
    # (a relative set off by commas, the verb right after the closing one: not "a annoncé la semaine dernière
    # qu'elle quittait X", a completive hung on the noun before it)
    rel = [c for c in verb.children if c.dep_ in ("obj", "mark") and c.i < verb.i and c.lower_ in ("que", "qu'", "qu’")
           and c.i > 0 and verb.doc[c.i - 1].text == ","]
    return bool(rel) and verb.doc[verb.i - 1].text == "," and any(c.dep_ == "obj" and c.i > verb.i for c in verb.children) \
        and any(c.dep_.startswith("nsubj") and rel[0].i < c.i < verb.i for c in verb.children)


def _after_colon(verb):
    """"X garde le contrôle : la holding Y, dont il possède l'essentiel, détient 78 % de Z": a finite verb the
    parser hung on the verb before a colon (complement, conjunct with no "et" of its own, parataxis) has a clause
    of its own, whose subject is the
    noun phrase that opens it after the colon (not the first clause's subject). That phrase's first noun;
    [] when none opens it; None when no colon stands between the two verbs."""
    doc = verb.doc
    colon = next((k for k in range(verb.i - 1, verb.head.i, -1) if doc[k].text in (":", ";")), None)
    if colon is None:
        return None
    opener = next((doc[k] for k in range(colon + 1, verb.i) if doc[k].pos_ in ("NOUN", "PROPN", "PRON")), None)
    return [] if opener is None or opener.pos_ == "PRON" else opener


def _plural_subject(verb, got, index) -> list[tuple[str, int]]:
    """"A et B ont investi": with a plural verb, names coordinated before the subject the parser
    kept share it (the parser often hangs "A" elsewhere). A singular verb has one subject."""
    if len(got) != 1:
        return got
    plural = "Plur" in verb.morph.get("Number") or any(
        "Plur" in a.morph.get("Number") for a in verb.children if a.dep_.startswith("aux"))
    if not plural:
        return got
    return extend_list_left(verb.doc, index, got)


def extend_list_left(doc, index: EntityIndex, got: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """"A, B et C, les patrons de…": names coordinated before the first one, of the same kind."""
    tv = tokens_of(doc)   # the token list: tv[i] skips DocView.__getitem__
    name, i = got[0]
    kind = "PER" if index.type_of(name) == "PER" else "ORG"
    j = i
    while j > 0 and index.by_token.get(j - 1) == name:
        j -= 1
    out = list(got)
    while j >= 2 and tv[j - 1].lower_ in (",", "et", "&"):
        k = j - 2
        other = index.by_token.get(k)
        if other is None or other == name or index.kinds.get(k) != "name" or \
                ("PER" if index.type_of(other) == "PER" else "ORG") != kind:
            break
        while k > 0 and index.by_token.get(k - 1) == other:
            k -= 1
        out.insert(0, (other, k))
        j = k
    if kind == "PER" and len(out) == 1 and j >= 4 and tv[j - 1].lower_ == "et" and tv[j - 2].text == ",":
        # "A, président de Y, ancien patron de Z, et B, gérant, rappellent…": a person whose
        # appositions end right before ", et B" is the other subject
        h = tv[j - 3]
        for _ in range(5):
            other = index.by_token.get(h.i)
            if other is not None and other != name and index.kinds.get(h.i) == "name" \
                    and index.type_of(other) == "PER":
                if h.i < j - 3 and h.right_edge.i >= j - 3:   # (the parser may make A the root)
                    k = h.i
                    while k > 0 and index.by_token.get(k - 1) == other:
                        k -= 1
                    out.insert(0, (other, k))
                break
            if h.head.i == h.i:
                break
            h = h.head
    return out


def extend_list(doc, index: EntityIndex, items: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """'de A, B et C': names that follow the last one, separated by commas and closed by et/ou, belong
    to the same list even when the parser hung them elsewhere. A lone ', X' (apposition, new clause)
    or a name of another kind (a person after companies) ends the list."""
    memo = _MEMO   # (kept as entities_at's answers are: every prepositional slot of every trigger asks)
    if items and memo is not None and memo[0] is index:
        try:
            key = tuple(items)
            got = memo[3].get(key)
        except TypeError:   # (unhashable items: not kept)
            return _extend_list(doc, index, items)
        if got is None:
            got = memo[3][key] = _extend_list(doc, index, items)
        return list(got)
    return _extend_list(doc, index, items)


def _extend_list(doc, index: EntityIndex, items: list[tuple[str, int]]) -> list[tuple[str, int]]:
    tv = tokens_of(doc)   # the token list: tv[i] skips DocView.__getitem__
    if not items:
        return items
    out = list(items)
    last = max(i for _, i in items)
    name = index.by_token.get(last)
    kind = "PER" if index.type_of(name) == "PER" else "ORG"
    j = last + 1
    while j < len(doc) and index.by_token.get(j) == name:
        j += 1
    j = _past_share(tv, j)
    if j < len(doc) and tv[j].text == "(":
        # "entre A (président de Y) et B": step over a bracket describing the name
        close = next((k for k in range(j + 1, min(j + 12, len(doc))) if tv[k].text == ")"), None)
        if close is not None and close + 1 < len(doc) and tv[close + 1].lower_ in ("et", "ou", ","):
            j = close + 1
    pending: list[tuple[str, int]] = []
    while j + 1 < len(doc) and tv[j].lower_ in (",", "et", "ou", "&", "and"):
        if tv[j].text == "," and tv[j + 1].lower_ in ("et", "ou"):
            break   # "A, deux filiales de B, et de C": ", et" closes an apposition, it does not go on a list
        closing = tv[j].lower_ in ("et", "ou", "&", "and")
        k = j + 1
        common = 0   # "et des historiques X", "et du fonds X": a word or two describing the next name
        while k < len(doc) and (tv[k].lower_ in ("et", "ou", "de", "d'", "du", "des", "la", "le", "l'", "les")
                                or (common < 2 and tv[k].pos_ in ("ADJ", "NOUN") and tv[k].is_lower
                                    and index.by_token.get(k) is None
                                    # ("… et député du Nord": another title begins, not the list)
                                    and tv[k].lower_ not in PERSON_TITLES and tv[k].lemma_.lower() not in MEMBERS
                                    # (", propriétaire du Monde": an apposition saying what it holds)
                                    and tv[k].lemma_.lower() not in _HOLDER_NOUNS)):
            closing = closing or tv[k].lower_ in ("et", "ou")
            common += tv[k].pos_ in ("ADJ", "NOUN")
            k += 1
        nxt = index.by_token.get(k) if k < len(doc) else None
        if nxt is None or index.kinds.get(k) != "name" or \
                ("PER" if index.type_of(nxt) == "PER" else "ORG") != kind:
            break
        if common and tv[j].text == "," and not closing and tv[k - 1].lower_ in ("de", "d'", "d’", "du", "des"):
            break   # (s28-party28) "sur A, la maison mère de B et de C": B is the noun's complement, not listed
        if common and tv[j + 1].pos_ == "NOUN" and tv[j + 1].is_lower \
                and tv[k - 1].lower_ in ("de", "d'", "d’", "du", "des"):
            break   # (s30-stakes30) "filiale de A et concurrent direct de B": a bare noun begins another phrase
        pending.append((nxt, k))
        if closing:   # the list is closed by et/ou: keep what came before
            out += [p for p in pending if p[0] not in [n for n, _ in out]]
            pending = []
        j = k
        while j < len(doc) and index.by_token.get(j) == nxt:
            j += 1
        j = _past_share(tv, j)
    return out


_HOLDER_NOUNS = {"propriétaire", "actionnaire", "détenteur", "filiale", "maison-mère", "éditeur", "fondateur"}


def _past_share(tv, j: int) -> int:
    """"propriétaire de A à 72,5 % et de B à 98 %": the share after a listed name is stepped over."""
    if j + 2 < len(tv) and tv[j].lower_ == "à" and tv[j + 1].like_num and tv[j + 2].text in ("%", "pourcent"):
        return j + 3
    return j


def person_ending_at(index, i: int):
    """(who, first token) of the person whose name ends at token i ("X, …" read back from the comma), or None."""
    if index.kinds.get(i) != "name":
        return None
    who = index.by_token.get(i)
    if who is None or index.type_of(who) != "PER":
        return None
    while i > 0 and index.by_token.get(i - 1) == who:
        i -= 1
    return who, i
