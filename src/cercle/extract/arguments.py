"""Finding the actor a dependency-tree token stands for, and the subject of a clause.

Shared by the slot finder (slots.py): prepositions of a phrase, names behind
transparent nouns ("20 % du capital de X", "le groupe X"), coordinated lists,
subjects inherited through control verbs, coordination and relative clauses.
"""
from __future__ import annotations

from ..mentions.entities import EntityIndex

TRANSPARENT = {"part", "parts", "action", "actions", "capital", "participation", "titre", "titres",
               "contrôle", "totalité", "majorité", "%", "pourcent", "groupe", "société", "entreprise",
               "holding", "filiale", "tour", "table", "compte", "sein", "partie", "ensemble",
               "activité", "activités", "branche", "pôle", "droit", "droits", "vote", "votes",
               "actionnariat", "tiers", "moitié", "quart", "fonds", "conseil", "direction",
               "présidence", "tête", "chaîne", "journal", "banque", "club", "famille", "clan",
               "compagnie", "firme", "géant", "groupement", "consortium", "côté", "nom", "campagne", "candidature",
               "équipe", "cabinet", "parti", "mouvement", "liste", "administration", "surveillance", "gérance"}
# Verbs by which the target of an offer answers it.
RESPONSE_VERBS = {"rejeter", "refuser", "repousser", "écarter", "accepter", "examiner", "étudier",
                  "décliner", "juger", "qualifier", "accueillir", "recevoir"}
FUNDING_NOUNS = {"tour", "levée", "financement", "augmentation", "série", "round", "emprunt",
                 "obligation", "obligations", "table"}
PERSON_TITLES = {"ministre", "président", "présidente", "pdg", "patron", "patronne", "directeur",
                 "directrice", "dirigeant", "dirigeante", "secrétaire", "chef", "cheffe", "premier",
                 "première", "maire", "gouverneur", "commissaire", "porte-parole", "ambassadeur",
                 "ambassadrice", "fondateur", "fondatrice", "milliardaire", "homologue", "roi", "prince"}
ORGANS = {"directoire", "conseil", "comité", "gérance", "bureau", "commission", "assemblée", "board"}
STAKES = {"part", "parts", "action", "actions", "titre", "titres", "participation"}
NAME_CHILD_DEPS = {"appos", "flat:name", "flat", "compound", "fixed", "nmod", "amod", "nummod"}
CLAUSE_LINKS = {"xcomp", "conj", "advcl", "ccomp", "csubj"}


def case_of(tok) -> str | None:
    for c in tok.children:
        if c.dep_ in ("case", "mark") and c.pos_ in ("ADP", "SCONJ"):
            low = c.text.lower().replace("’", "'")
            return {"du": "de", "des": "de", "d'": "de", "d’": "de", "au": "à", "aux": "à"}.get(low, low)
    return None


def entities_at(tok, index: EntityIndex, depth: int = 0, seen=None) -> list[tuple[str, int]]:
    """Entities a token stands for: itself, a name in apposition, or through a transparent noun."""
    seen = seen if seen is not None else set()
    if tok.i in seen or depth > 3:
        return []
    seen.add(tok.i)
    found: list[tuple[str, int]] = []
    name = index.entity_at(tok.i)
    # "le ministre iranien des Affaires étrangères X": the title stands for the person named with it
    if tok.pos_ == "NOUN" and tok.lower_ in PERSON_TITLES:
        people = [(index.entity_at(c.i), c.i) for c in tok.children
                  if c.dep_ in ("appos", "flat:name") or (c.dep_ == "nmod" and case_of(c) is None)]
        people = [p for p in people if p[0] and index.type_of(p[0]) == "PER"]
        if people:
            name = None
            found.append(people[0])
    if name is not None:
        found.append((name, tok.i))
    else:
        for c in tok.children:
            if c.dep_ in ("appos", "flat:name", "flat", "compound", "fixed") or (
                    c.dep_ == "nmod" and case_of(c) is None):
                found += entities_at(c, index, depth + 1, seen)
        if not found and (tok.lemma_.lower() in TRANSPARENT or tok.text.lower() in TRANSPARENT
                          or tok.pos_ == "NUM" or tok.text == "%"):
            for c in tok.children:
                if c.dep_ in ("nmod", "obl", "obl:mod", "nummod") and case_of(c) in (None, "de", "dans", "à"):
                    got = entities_at(c, index, depth + 1, seen)
                    if tok.lemma_.lower() in STAKES:   # "les parts de X": a person X holds them, is not them
                        got = [g for g in got if index.type_of(g[0]) != "PER"]
                    found += got
    # coordination distributes: "A et B", "A, B et C"
    for c in tok.children:
        if c.dep_ == "conj" and c.i not in seen:
            found += entities_at(c, index, depth, seen)
    return found


def _subject_of(verb, index, hops: int = 0) -> list[tuple[str, int]]:
    """nsubj of a verb, inherited through control/coordination and relative clauses."""
    for c in verb.children:
        if c.dep_ in ("nsubj", "expl:subj", "nsubj:pass") and c.dep_ != "nsubj:pass" or (
                c.dep_ == "expl:subj"):
            if c.pos_ == "PRON" and c.lemma_.lower() in ("qui", "lequel", "laquelle") and verb.dep_.startswith("acl"):
                return entities_at(verb.head, index)
            got = entities_at(c, index)
            if got:
                return got
            return []
    if hops < 3 and verb.dep_ in CLAUSE_LINKS and verb.head.i != verb.i:
        return _subject_of(verb.head, index, hops + 1)
    if verb.dep_ == "acl" and "Part" in verb.morph.get("VerbForm") and "Past" not in verb.morph.get("Tense"):
        return entities_at(verb.head, index)   # "X, détenant 20 % de Y"
    return []


def extend_list(doc, index: EntityIndex, items: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """'de A, B et C': names that follow the last one, separated by commas and closed by et/ou, belong
    to the same list even when the parser hung them elsewhere. A lone ', X' (apposition, new clause)
    or a name of another kind (a person after companies) ends the list."""
    if not items:
        return items
    out = list(items)
    last = max(i for _, i in items)
    name = index.entity_at(last)
    kind = "PER" if index.type_of(name) == "PER" else "ORG"
    j = last + 1
    while j < len(doc) and index.entity_at(j) == name:
        j += 1
    pending: list[tuple[str, int]] = []
    while j + 1 < len(doc) and doc[j].lower_ in (",", "et", "ou"):
        closing = doc[j].lower_ in ("et", "ou")
        k = j + 1
        while k < len(doc) and doc[k].lower_ in ("et", "ou", "de", "d'", "du", "des", "la", "le", "l'", "les"):
            closing = closing or doc[k].lower_ in ("et", "ou")
            k += 1
        nxt = index.entity_at(k) if k < len(doc) else None
        if nxt is None or index.kinds.get(k) != "name" or \
                ("PER" if index.type_of(nxt) == "PER" else "ORG") != kind:
            break
        pending.append((nxt, k))
        if closing:   # the list is closed by et/ou: keep what came before
            out += [p for p in pending if p[0] not in [n for n, _ in out]]
            pending = []
        j = k
        while j < len(doc) and index.entity_at(j) == nxt:
            j += 1
    return out
