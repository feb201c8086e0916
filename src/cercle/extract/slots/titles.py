"""Title and role nouns: the name they describe and the organisation they belong to."""
from __future__ import annotations

from operator import attrgetter

from ...nlp.docview import DONT_PREDICATES, tokens_of

from ...mentions.entities import EntityIndex
from ...mentions.lexicon import lexicon
from ..arguments import (GIVEN_NOUNS, ORG_NOUNS, ORGANS, PERSON_TITLES, RECEIVE_VERBS, RESPONSE_VERBS, _subject_of, case_of,
                         entities_at, extend_list_left, lemma_of)
from . import core
from .found import Found
from .names27 import apposition_names
from .readers import aside_agents, fronted_apposition, has_a_new_title, partitive
# Verbs of an incise reporting what a clause said ("…, précise X, son PDG").
_REPORTING_VERBS = frozenset({"préciser", "expliquer", "indiquer", "ajouter", "souligner", "assurer", "confirmer",
                              "commenter", "affirmer", "déclarer", "dire", "insister", "détailler", "rappeler",
                              "reconnaître", "nuancer", "prévenir", "avertir"})
from .words import ADDRESSEE_VERBS, APPOINT_VERBS, ARRIVAL_NOUNS, KIN_NOUNS, RIVAL_NOUNS, SPEAKER_NOUNS, TRADE_VERBS


# (s24-recall24) verbs of leaving or keeping a post that may hang under another verb ("a dû quitter son poste de
# T de Y", "a pu conserver son fauteuil de PDG de Y")
_POST_KEEPING_OR_LEAVING_VERBS = frozenset({"quitter", "abandonner", "céder", "lâcher", "perdre", "conserver", "garder"})


def _opens_main_clause(t, tv) -> bool:
    """A title phrase the main verb follows with no comma, that verb having no subject of its own:
    the phrase is its subject, not an apposition to the name before it."""
    start = t.i
    while start > 0 and tv[start - 1].pos_ in ("DET", "ADJ") and tv[start - 1].i >= t.sent.start:
        start -= 1
    if start == 0 or tv[start - 1].text != ",":
        return False   # only a phrase set off by a comma, that could be read as an apposition
    j = t.i + 1   # past the title's own complements ("de Y"), not what the parser hangs on it
    n = len(tv)
    while j < n and (tv[j].pos_ in ("ADP", "DET", "ADJ", "NOUN", "PROPN") and tv[j].text not in (",", "(")):
        j += 1
    if j < n and tv[j].text == "(":
        while j < n and tv[j].text != ")":
            j += 1
        j += 1
    while j < n and (tv[j].dep_.startswith(("expl", "aux")) or tv[j].lower_ in ("ne", "n'", "n’")):
        j += 1
    if j >= n or tv[j].pos_ not in ("VERB", "AUX") or "Fin" not in tv[j].morph.get("VerbForm"):
        return False
    return not any(c.dep_.startswith("nsubj") for c in tv[j].children)


def _of_a_thing(t) -> bool:
    """"la gestion du PDG de Y, X": a title complementing a noun that is no person (not "l'avocat du
    PDG de Y, X", where X may be the lawyer) is the one the name after its comma holds."""
    h = t.head
    if case_of(t) != "de" or t.dep_ != "nmod" or h.pos_ != "NOUN" or not h.is_lower:
        return False
    lex = lexicon()
    low = h.lemma_.lower()
    return low not in PERSON_TITLES and low not in lex["kinship"] and lex["descriptor_of"].get(low) != "PER" \
        and lex["descriptor_of"].get(h.lower_) != "PER" and low not in lex["person_titles"]


# (s23-coref23) "Y a rappelé X comme directeur général": calling a former head back to a post appoints, with
# "comme" only ("X a rappelé le directeur général" reminds)
_RECALL_VERBS = frozenset({"rappeler"})


def _appointing(t):
    """(verb, nominal) when the title t is the post someone is appointed to: "nommer X directeur",
    "choisir X comme président", "désigner X au poste de PDG" (nominal None), or "annoncer la
    nomination de X au poste de PDG" (verb annoncer, nominal nomination)."""
    h = t.head
    if t.dep_ in ("obj", "xcomp") and h.pos_ == "VERB" and lemma_of(h) in APPOINT_VERBS and h.i < t.i:
        return h, None
    if t.dep_ in ("appos", "nmod") and case_of(t) == "comme" and h.dep_ in ("obj", "nsubj:pass") \
            and h.head.pos_ == "VERB" and lemma_of(h.head) in APPOINT_VERBS | _RECALL_VERBS:
        return h.head, None
    if t.dep_ == "nmod" and case_of(t) == "de" and h.lemma_.lower() == "poste" and case_of(h) in ("à", "au"):
        g = h.head
        if g.pos_ == "VERB" and lemma_of(g) in APPOINT_VERBS:
            return g, None
        if g.pos_ == "NOUN" and g.lemma_.lower() in ARRIVAL_NOUNS and g.dep_ == "obj" and g.head.pos_ == "VERB":
            return g.head, g
    if t.dep_ in ("nmod", "appos") and case_of(t) == "comme" and h.pos_ == "NOUN" and h.lemma_.lower() in ARRIVAL_NOUNS \
            and h.dep_ == "obj" and h.head.pos_ == "VERB" and h.i < t.i:
        # "Y annonce la nomination de X comme directeur général": the nominal form with "comme"
        return h.head, h
    if t.dep_ == "appos" and case_of(t) == "comme" and h.dep_ == "nmod" and case_of(h) == "de" \
            and h.head.pos_ == "NOUN" and h.head.lemma_.lower() in ARRIVAL_NOUNS and h.head.dep_ == "obj" \
            and h.head.head.pos_ == "VERB":
        # "Y confirme l'arrivée de X comme directeur financier" (the title hung on the person)
        return h.head.head, h.head
    if t.dep_ in ("obl:mod", "obl", "obl:arg") and case_of(t) == "comme" and h.pos_ == "VERB" \
            and lemma_of(h) in APPOINT_VERBS | _RECALL_VERBS and h.i < t.i:
        return h, None   # "Y a nommé X comme directeur général" (the title read as the verb's phrase)
    if t.dep_ == "appos" and h.dep_ == "obj" and h.head.pos_ == "VERB" and lemma_of(h.head) in APPOINT_VERBS \
            and h.head.i < h.i < t.i and not any(x.text == "," for x in t.doc[h.i:t.i]):
        return h.head, None   # "Y a nommé X directeur général" (the title hung on the name, no comma between)
    return None


# Nouns whose two parties are of one kind: "son concurrent X" is a company's when X is a company.
_LIKE_KIND = {"concurrent", "concurrente", "rival", "rivale", "compétiteur", "challenger", "homologue"}


_OFFERS = {"offre", "opa", "ope", "contre-offre", "surenchère"}
_TIME_WORDS = {"ancien", "ancienne", "anciens", "anciennes", "futur", "future", "futurs", "futures", "ex"}
_TIMELESS = {"fondateur", "fondatrice", "cofondateur", "cofondatrice", "co-fondateur", "co-fondatrice"}


def _other_time(first, second) -> bool:
    """Two coordinated titles of different times ("administrateur et ancien dirigeant"): one's complement is
    not the other's. A founder's title is timeless ("fondateur et ancien PDG de Y": Y's founder too)."""
    def timed(tok):
        return tok.lower_.startswith(("ex-", "ex–")) or any(
            k.dep_ == "amod" and k.lower_ in _TIME_WORDS for k in tok.children)
    return first.lemma_.lower() not in _TIMELESS and timed(first) != timed(second)


_COMMA_OR_BRACKET = frozenset((",", "("))
_text = attrgetter("text")
_LAWYERS = {"avocat", "avocate", "avocats", "avocates", "conseil", "défenseur"}
_HONORIFICS = {"me", "maître", "mes"}


def _honorific_holder(t, index: EntityIndex, out: Found, tv) -> None:
    """(bpol) "Son avocat, Me X, …", "L'avocat de Y, Maître X": the lawyer named after the comma that closes
    the title's phrase, behind the honorific the parser hangs elsewhere (slot "head")."""
    j = t.i + 1
    while j < min(t.sent.end, t.i + 8) and tv[j].text != "," and tv[j].pos_ not in ("VERB", "AUX"):
        j += 1
    if j + 2 >= t.sent.end or tv[j].text != "," or tv[j + 1].lower_ not in _HONORIFICS:
        return
    who = index.entity_at(j + 2)
    if who is None or index.kinds.get(j + 2) != "name" or index.type_of(who) != "PER":
        return
    got = [(who, j + 2)]
    k = j + 2
    while k < t.sent.end and index.entity_at(k) == who:
        k += 1
    if k + 2 < t.sent.end and tv[k].lower_ == "et" and tv[k + 1].lower_ in _HONORIFICS \
            and index.kinds.get(k + 2) == "name" and index.type_of(index.entity_at(k + 2)) == "PER":
        got.append((index.entity_at(k + 2), k + 2))   # ("Les avocats de Y, Me A et Me B")
    out.put("head", got)


def _split_title_complement(t, index: EntityIndex, tv) -> list[tuple[str, int]]:
    """"X, directrice générale déléguée de l'équipementier Y" with "de Y" hung on "déléguée", the last word
    of the title the parser split: the title's own complement (none when the title has one)."""
    if any(c.dep_ == "nmod" and case_of(c) == "de" and c.i > t.i for c in t.children):
        return []
    j = t.i + 1
    while j < min(t.i + 4, t.sent.end) and tv[j].is_lower and tv[j].pos_ in ("ADJ", "NOUN") \
            and tv[j].dep_ in ("amod", "nmod") and case_of(tv[j]) is None and index.entity_at(j) is None:
        for c in tv[j].children:
            if c.dep_ == "nmod" and case_of(c) == "de" and c.i > j:
                return entities_at(c, index)
        j += 1
    return []


# Determiners of an apposition that introduces a name ("X, un importateur de…", "X, une PME…").
_INTRODUCING_DETS = frozenset({"un", "une"})


def _introduced_before(t, index: EntityIndex, tv, taken: set) -> tuple[str, int] | bool | None:
    """"La décision met dans l'embarras X, un importateur de Y qui… Son PDG, Z": when the previous
    sentence has no named subject, "son" points to the organisation it introduced by an apposition
    (a name followed by ", un/une <noun>") — the one it is about, not the names of the apposition's
    complements. Only one such organisation, else none. (s38-refs38) False when the previous sentence's subject
    is an actor's noun left unresolved: "son" is that actor's, whom no name was found for."""
    start = t.sent.start
    if start == 0 or any(index.entity_at(k) for k in range(start, t.i)):
        return None
    prev = index.sent_of.get(start - 1)
    if prev in index.unnamed_subject_sents:
        return False   # (s38-refs38) "Le leader du secteur, …, a racheté X, un concurrent. Son PDG": the leader's
    found = set()
    k = start - 1
    while k > 2 and index.sent_of.get(k) == prev:
        name = index.entity_at(k)
        if name and name not in taken and index.kinds.get(k) == "name" \
                and index.type_of(name) == "ORG" and index.entity_at(k + 1) != name \
                and tv[k + 1].text == "," and tv[k + 2].lower_ in _INTRODUCING_DETS \
                and k + 3 < len(tv) and tv[k + 3].pos_ == "NOUN":
            found.add((name, k))
        k -= 1
    return found.pop() if len({n for n, _ in found}) == 1 and len(found) == 1 else None


# (s22-coref22) Titles only a company gives: their possessor is never a public body
_COMPANY_TITLES = frozenset({"pdg", "p.-d.g.", "ceo"})


# Titles only a state (or a city) gives: their possessor may be a place ("son ambassadeur", "son maire");
# any other person's title ("son PDG", "son avocat") is never a place's.
_STATE_TITLES = frozenset({"ministre", "ambassadeur", "ambassadrice", "roi", "reine", "prince", "princesse",
                           "gouverneur", "maire", "premier", "première", "homologue"})
# Prepositions a coordinated possessive may repeat ("à la société et à son PDG", "de X et de son PDG")
_REPEATED_PREPS = frozenset({"à", "de", "d'", "d’", "avec", "contre", "pour", "par", "chez", "entre"})


def _coordinated_owner(t, index: EntityIndex, tv) -> tuple[str, int] | None | bool:
    """"…des griefs à la société et à son ancien PDG", "l'hebdomadaire et sa directrice": a possessive title
    coordinated right after a noun phrase is that noun phrase's. The actor it names ((name, token)); False
    when the coordinated noun phrase names no actor of the title's kind (then the possessive is no one
    else's either: "le ministre et son conseiller"); None when the title is not so coordinated."""
    det = next((c for c in t.children if c.dep_ == "det" and "Yes" in c.morph.get("Poss")), None)
    if det is None or det.lower_ in ("leur", "leurs"):
        return None
    j = det.i - 1
    if j > 0 and tv[j].lower_ in _REPEATED_PREPS:
        j -= 1
    if j < 1 or tv[j].lower_ not in ("et", "ou") or index.sent_of.get(j) != index.sent_of.get(t.i):
        return None
    q = j - 1
    if tv[q].is_punct:
        return None
    name = index.entity_at(q)
    if name is None:
        # (only a noun: "X a rencontré le ministre et son conseiller"; not a verb or a number)
        return False if tv[q].pos_ in ("NOUN", "PROPN") else None
    if t.lower_ in _LAWYERS:
        ok = index.type_of(name) in ("PER", "ORG")
    elif t.lower_ in PERSON_TITLES:
        ok = index.type_of(name) in ("ORG", "GOV") or (
            index.type_of(name) == "LOC" and t.lower_ in _STATE_TITLES)
    else:
        return None
    return (name, q) if ok else False


# Nouns that name an organisation as a whole: a sentence whose subject is one of them ("La filiale
# française du groupe X conteste…") is about that organisation, not about the "de X" that follows
_BODY_NOUNS = ORG_NOUNS | {"start-up", "startup", "pousse", "pme", "office", "cabinet", "association",
                           "coopérative", "fédération", "parti", "syndicat", "usine", "laboratoire", "fabricant",
                           "équipementier", "industriel", "société", "maison", "enseigne", "assureur", "éditeur",
                           "family"}


def _last_word_before(start: int, tv) -> int:
    """The last token before ``start`` that is not a line break (a paragraph break is parsed as a sentence
    of its own): the previous sentence's; -1 at the start of the text."""
    k = start - 1
    while k >= 0 and tv[k].is_space:
        k -= 1
    return k


def _previous_subject(t, index: EntityIndex, tv, kinds) -> tuple[str, int] | bool | None:
    """"Le family office, qui gère…, prend 15 % de Y. « … », a assuré son directeur": a possessive with no
    actor named before it in its sentence points to the previous sentence's subject, even when that
    subject is a description ("le family office", "la filiale française de X") rather than a name. The
    actor it stands for ((name, token)); False when it is an organisation noun the text does not resolve
    (neither Y, named later in the sentence, nor X, its owner, is then safe); None when the previous
    sentence has a named subject (``index.antecedent`` reads those) or none at all."""
    start = t.sent.start
    last = _last_word_before(start, tv)
    if last < 0 or any(index.kinds.get(k) == "name" for k in range(start, t.i)):
        return None
    root = tv[last].sent.root
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
    subj = _opening_subject(tv[last].sent, subj) or subj
    if subj is None or subj.pos_ != "NOUN":
        return None
    # (a name the parser hangs on the subject past a "de": "La filiale du groupe X" is X's, not X; past a "par"
    # (s28-politics28): "Le parti présidé par X" is the party, X its president)
    if any(not any(tv[k].lower_ in ("de", "du", "des", "d'", "d’", "par") for k in range(subj.i + 1, j))
           for j, _ in index.subjects.get(index.sent_of.get(last), [])
           if j > subj.i or t.lower_ not in _BODY_OFFICERS):   # (an officer's: the subject's own name aside)
        return None
    name = index.entity_at(subj.i)
    if name is not None:
        return (name, subj.i) if index.type_of(name) in kinds else False
    if subj.lower_ in _BODY_NOUNS or subj.lower_ in _OTHER_PARTY_NOUNS:
        return False
    # (a description standing alone, "le concurrent malheureux", "l'association"; not one that introduces or
    # names its actor, "le négociant Y", "la commission des sanctions de l'AMF": the readers below know those)
    named = any(index.kinds.get(k) == "name" for k in range(subj.left_edge.i, subj.right_edge.i + 1))
    return False if not named and _actor_noun(subj) else None


# (s23-coref23) nouns naming the other party of a tie ("Le propriétaire des magasins X convoite Y. Son directeur
# général, Z": Z is the owner's, neither X nor Y): left unresolved, the possessive after them has no safe owner
_OTHER_PARTY_NOUNS = frozenset({"propriétaire", "actionnaire", "concurrent", "rival", "client", "fournisseur",
                                "acquéreur", "repreneur", "créancier", "prêteur", "maison-mère"})


_DEFINITE_DETS = frozenset({"le", "la", "l'", "l’", "les"})


def _opening_subject(sent, subj):
    """"Le concurrent malheureux, dont l'offre était 15 % moins chère, a déposé …": the noun a sentence opens
    on after a definite article, when it is a subject the parser hung on a later noun (the relative
    clause's) rather than on the root, or the root itself (the verb misread); None when the root's own
    subject comes first."""
    k = sent.start
    if k + 1 >= sent.end or sent.doc[k].lower_ not in _DEFINITE_DETS:
        return None
    noun = sent.doc[k + 1]
    # (or the root itself: "L'association, créée par …, réclame des comptes" with "réclame" read as a noun)
    if noun.pos_ != "NOUN" or not (noun.dep_.startswith("nsubj") or noun.dep_ == "ROOT") \
            or (subj is not None and subj.i <= noun.i):
        return None
    return noun


def _actor_noun(tok) -> bool:
    """A common noun that names an organisation ("l'association", "le concurrent malheureux", "le
    transporteur"): as a subject the text leaves unresolved, what a possessive after it points to is
    unknown, neither a name in its sentence nor the article's company."""
    lex = lexicon()
    low = tok.lower_
    return low in lex["market_nouns"] or lex["descriptor_of"].get(low) in ("ORG", "GOV")


def _agent_list_owner(t, index: EntityIndex, tv) -> tuple[str, int] | bool | None:
    """"La start-up fondée en 2023 par A, une ancienne ingénieure du CEA, et B, son directeur technique, …":
    a possessive title in apposition to the last of the agents of a participle ("fondée par", "dirigée
    par") is the company the participle describes, not a name inside the list (the CEA). The actor
    ((name, token)) when the company is resolved; False when it is not; None when the title is not so
    placed."""
    det = next((c for c in t.children if c.dep_ == "det" and "Yes" in c.morph.get("Poss")), None)
    if det is None or det.i < 4 or tv[det.i - 1].text != ",":
        return None
    holder = index.entity_at(det.i - 2)
    if holder is None or index.type_of(holder) != "PER":
        return None
    first = det.i - 2
    while first > 0 and index.entity_at(first - 1) == holder:
        first -= 1
    if tv[first - 1].lower_ != "et":
        return None
    sent = index.sent_of.get(t.i)
    for k in range(first - 2, max(first - 30, 0), -1):
        if index.sent_of.get(k) != sent:
            return None
        v = tv[k]
        if v.dep_ == "acl" and "Part" in v.morph.get("VerbForm") and v.head.pos_ in ("NOUN", "PROPN") \
                and any(c.dep_ == "obl:agent" and c.i < first for c in v.children):
            owner = index.entity_at(v.head.i)
            return (owner, v.head.i) if owner and index.type_of(owner) in ("ORG", "GOV") else False
    return None


def _person_said_before(t, index: EntityIndex, tv) -> bool:
    """"« C'est un retour aux sources pour ce fils d'éleveurs du Léon », souligne un administrateur. Son
    président…": the previous sentence's subject is an unnamed person, so its one name (a region, a
    company in passing) is not what it is about; the possessive is not that name's."""
    k = _last_word_before(t.sent.start, tv)
    if k < 0:
        return False
    for tok in tv[k].sent:
        # (the speaker of an incise, "…, souligne un administrateur", is often parsed as the verb's object)
        if (tok.dep_ in ("nsubj", "nsubj:pass") or tok.dep_ == "obj" and tok.i > tok.head.i
                and tok.head.dep_ == "parataxis") and tok.pos_ == "NOUN" and index.entity_at(tok.i) is None \
                and tok.head.pos_ == "VERB" and tok.head.lemma_ in _REPORTING_VERBS:
            return True
    return False


_SECOND_PERSON = frozenset({"votre", "vos", "ton", "ta", "tes"})


from .we26 import unspoken_first_person   # (s26-we26) "notre filiale Z" in a plain report: no owner


def _second_person_owner(t, index: EntityIndex, out: Found) -> bool:
    """"votre filiale", "votre frère" (an interview's question): the possessor is the one spoken to (the
    mention mentions/quoted_we.py put on the possessive, if any), never a third party the clause names
    ("X aurait fait une offre sur votre filiale"); with no such mention, no owner. (The first person,
    "notre concurrent", is left to the readers below: the speaker's company is often the clause's topic.)"""
    det = next((c for c in t.children if c.dep_ == "det" and c.lower_ in _SECOND_PERSON), None)
    if det is None:
        return False
    who = index.entity_at(det.i)
    if who is not None:
        out.put("poss", [(who, det.i)])
    elif "poss" not in out:
        out["poss"] = []   # (an empty slot: no later reader takes the article's company for it either)
    return True


def _apposed_on_noun(t, index: EntityIndex, tv) -> list[tuple[str, int]]:
    """The names the apposition's head stands for. When that head is a plain noun ("deux entrants : A, …,
    et B, la chaîne de Z") and a comma opens the apposition, the one it describes is the name right before
    that comma: if the word there is a name not found (capitalised), no other name of the noun is."""
    described = entities_at(t.head, index)
    first = t.left_edge.i
    if not described or index.entity_at(t.head.i) is not None or first < 2 or tv[first - 1].text != "," \
            or t.head.i > first - 2:
        return described
    before = index.entity_at(first - 2)
    if before is None and not tv[first - 2].text[:1].isupper():
        return described   # ("X, 36 ans, directrice de Y": no name before the comma)
    return [d for d in described if d[0] == before]


def _sibling_apposed(t, index: EntityIndex, tv) -> list[tuple[str, int]]:
    """"avec le Parti A, X, présidente de Y, a …": the parser hangs both X and the title on A as
    appositions; the title describes the nearest name before its comma, X."""
    first = t.left_edge.i
    k = first - 2
    if k <= t.head.i or tv[first - 1].text != "," or index.kinds.get(k) != "name":
        return []
    name = index.entity_at(k)
    while k - 1 > t.head.i and index.entity_at(k - 1) == name:
        k -= 1
    sib = tv[k]
    if sib.head.i != t.head.i:
        return []
    if sib.dep_ == "conj" and tv[k - 1].lower_ in ("et", ",") and index.entity_at(t.head.i) is None:
        # "deux entrants : A, le projet de Y, et B, la chaîne de Z": B the last of a list hung on a plain
        # noun, the title its apposition (the parser hangs it on the noun, whose first name is A)
        return [(name, k)]
    if sib.dep_ != "appos" or index.entity_at(t.head.i) in (None, name) or tv[k - 1].text != ",":
        return []
    return [(name, k)]


# Participles of being given or taking a post, that may stand before the post's title with no article
# ("nommée directrice générale de Y", "devenue en 2020 présidente de Y").
_APPOINTED = APPOINT_VERBS | {"reconduire", "confirmer", "propulser", "bombarder", "nommer", "réélire", "devenir",
                              "redevenir"}


def _appointment_participle(tok) -> bool:
    """"nommée", "élus", "reconduit": the lemmatizer leaves some of them, or makes them nouns."""
    low = tok.lower_.rstrip("s")
    if low.endswith(("é", "ée", "u", "ue", "i", "ie")) and lemma_of(tok) in _APPOINTED:
        return True
    return low.rstrip("e") in ("nommé", "élu", "désigné", "promu", "reconduit", "choisi", "devenu", "réélu")


def _appointed_holder(t, index: EntityIndex, tv) -> list[tuple[str, int]]:
    """"X, nommé en janvier président de Y, …" and "Nommée directrice générale de Y le 1er mars, X …":
    the parser hangs the title on the date or makes the participle a noun; read as a line, the post's
    holder is the name before the participle's comma, or after the title's comma when it opens the
    sentence."""
    start = t.sent.start
    p = next((j for j in range(t.i - 1, max(t.i - 6, start - 1), -1) if _appointment_participle(tv[j])), None)
    if p is None or any(tv[j].is_punct or tv[j].lower_ in PERSON_TITLES or index.entity_at(j) for j in range(p + 1, t.i)):
        return []
    # the post's body, if any, is named ("président de Y", "du conseil de Y"), not a noun read through ("de cette
    # instance de Y", where the parse of the phrase says little of whose post it is); read as a line, the
    # parser often hangs "de Y" on the participle
    j, end = t.i + 1, t.sent.end
    while j < end and tv[j].pos_ == "ADJ" and tv[j].is_lower:
        j += 1
    if j < end and tv[j].lower_ in ("de", "du", "des", "d'", "d’"):
        j += 1
        while j < end and tv[j].pos_ == "DET":
            j += 1
        if j >= end or not (index.kinds.get(j) in ("name", "introducer") or tv[j].lemma_.lower() in ORGANS):
            return []
    if p == start or (p == start + 1 and tv[start].is_punct):
        return [h for h in fronted_apposition(t, index) if index.type_of(h[0]) == "PER"]
    if p - 2 < start or tv[p - 1].text != ",":
        return []
    who = index.entity_at(p - 2)
    if who is None or index.kinds.get(p - 2) != "name" or index.type_of(who) != "PER":
        return []
    k = p - 2
    while k - 1 >= start and index.entity_at(k - 1) == who:
        k -= 1
    return [(who, k)]


_FOUNDERS = frozenset({"fondateur", "fondatrice", "cofondateur", "cofondatrice", "créateur", "créatrice"})


def _founder_of_kin(t, index: EntityIndex, out: Found) -> None:
    """"X, PDG de Y et fils du fondateur, Z" / "Dirigé par X, fils du fondateur Z, Y est …": the founder a
    kin noun names founded the company of the person's other title, or the main clause's company (not
    the article's, the bare title's fallback)."""
    kin = t.head
    if t.dep_ != "nmod" or kin.lower_ not in KIN_NOUNS or any(
            c.dep_ == "nmod" and case_of(c) in ("de", "du", "d'") and entities_at(c, index) for c in t.children):
        return
    orgs: list = []
    if kin.dep_ == "conj" and kin.head.lower_ in PERSON_TITLES:   # "PDG de Y et fils du fondateur"
        orgs = [x for c in kin.head.children if c.dep_ == "nmod" and case_of(c) in ("de", "du", "d'")
                for x in entities_at(c, index) if index.type_of(x[0]) == "ORG"]
    if not orgs:
        # a participle opening the sentence ("Dirigé depuis 2019 par X, fils du fondateur Z, Y est …"):
        # the company is the main clause's subject, read along the comma-separated pieces (the parser
        # breaks these sentences: phrases.fronted_participle_ties)
        from .phrases import _fronted_kind, _segment_subject, _segments
        tv = tokens_of(t.doc)
        first = t.sent.start
        while first < t.sent.end and tv[first].is_punct:
            first += 1
        if first < t.i and _fronted_kind(tv[first]) is not None:
            for a, b in _segments(tv, first, t.sent.end):
                if a > t.i and tv[a].lower_ not in ("et", "ou"):
                    subject = _segment_subject(tv, a, b, index, first)
                    if subject is not None:
                        at = next((j for j in range(a, b) if index.entity_at(j) == subject), -1)
                        orgs = [(subject, at)]
                    break
    if orgs:
        out.put("prep:de", orgs[:1])   # (else the bare title's fallback: the article's company)


def _lawyer_client(t, index: EntityIndex, taken: set) -> tuple[str, int] | None:
    """"… le départ de X. Son avocat, Me Y, dénonce …": a lawyer's possessive is the person last named
    (in its sentence before it, else in the sentence before), a company's only when no person is named there
    (the accused, the person aimed at, is whom a lawyer speaks for in a news story)."""
    s = index.sent_of.get(t.i)
    if s is None:
        return None
    voice = t.head
    if voice.lower_ in ("voix", "bouche", "intermédiaire") and case_of(voice) == "par":
        # "X conteste … par la voix de son avocate, Me Y": the one who speaks through the lawyer
        verb = voice.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head is not verb:
            verb = verb.head
        got = [x for x in _subject_of(verb, index) if x[0] not in taken]
        if got:
            return got[0]
    tv = tokens_of(t.doc)
    quoted_skipped = speaker_pronoun = False
    first = tried = None
    for j in range(t.i - 1, -1, -1):
        at = index.sent_of.get(j)
        if at is not None and at < s - 1 and not (at == s - 2 and quoted_skipped and speaker_pronoun):
            break
        if at == s - 1 and j not in index.in_quotes and (tv[j].lower_ in ("-elle", "-il", "-t-elle", "-t-il") or (
                tv[j].lower_ in ("elle", "il") and tv[j].dep_.startswith("nsubj"))):
            # (the inverted "a-t-elle déclaré" the parser may hang anywhere)
            speaker_pronoun = True
        name = index.entity_at(j)
        if name is not None and j in index.in_quotes and t.i not in index.in_quotes and at == s - 1 and speaker_pronoun:
            # (s25-coref25) "« Je n'ai jamais été l'avocate de Y », a-t-elle dit. Son avocat, Me Z": a person
            # named inside the previous sentence's quotation, which a pronoun outside it speaks, is not whom
            # the lawyer speaks for; the speaker is (the pronoun's antecedent, in the sentence before that)
            quoted_skipped = True
            continue
        if name is not None and name not in taken and index.type_of(name) == "PER" \
                and index.kinds.get(j) == "pronoun" and j not in index.in_quotes:
            # (s29-court29) "X comparaît … . Il a nié … . Son avocat": the defendant a pronoun carries on
            if tried is None:
                from .court29 import defendants
                tried = defendants(t.doc, index)
            if name in tried:
                return name, j
        if name is not None and name not in taken and index.type_of(name) == "PER" \
                and index.kinds.get(j) in ("name", "introducer", "descriptor"):
            if first is None:
                first = (name, j)
            # (s29-court29) in a court report, the defendant named in the window, not the last person named
            # ("X a nié avoir rencontré Y. Son avocat, Me Z": X, on trial; slots/court29.py)
            if tried is None:
                from .court29 import defendants
                tried = defendants(t.doc, index)
            if not tried:
                return first
            if name in tried:
                return name, j
    if tried is None:
        from .court29 import defendants
        tried = defendants(t.doc, index)
    if tried:   # (s29-court29) no defendant in the window: the one the text set, unless another person speaks there
        from .court29 import lone_defendant
        start = min((k for k, at in index.sent_of.items() if at is not None and at >= s - 1), default=t.i)
        lone = lone_defendant(t, index, start)
        if lone and lone[0] not in taken:
            return lone
    return first


def _traded_company_owner(t, gov, index: EntityIndex, out: Found) -> None:
    """"Y a racheté Z à son fondateur, X", "Y l'a cédé à sa directrice": the possessive of the person a company
    is bought from or sold to is the company traded (the verb's object), not the buyer; an object that names
    no actor (a clitic left unresolved) leaves the title with no owner rather than the subject's."""
    if t.head.i != gov.i or case_of(t) not in ("à", "au", "aux") \
            or (t.lower_ not in PERSON_TITLES and t.lemma_.lower() not in PERSON_TITLES) \
            or gov.pos_ != "VERB" or lemma_of(gov) not in TRADE_VERBS:
        return
    # (the object before the title, which the parser may call xcomp: "racheté Kelvio à son fondateur"; a
    # passive subject only under a passive auxiliary: "Z a été racheté à son fondateur")
    passive = any(c.dep_ == "aux:pass" for c in gov.children)
    objs = [c for c in gov.children if (c.dep_ in ("obj", "xcomp") and c.i < t.i) or (passive and c.dep_ == "nsubj:pass")]
    if not objs:
        return
    traded = [x for c in objs for x in entities_at(c, index) if index.type_of(x[0]) in ("ORG", "GOV")]
    if traded:
        out.put("poss", traded[:1])
    else:
        out["poss"] = []


def counted_apposition(t, index: EntityIndex, out: Found) -> None:
    """"…par A et B, deux anciens de Y": a noun counted by a numeral right after a comma describes the list of
    names that closes before that comma (however the parser hangs it); slot "counted_names"."""
    if not out.wants("counted_names"):
        return
    tv = tokens_of(t.doc)
    j = t.i - 1
    if j < 1 or not tv[j].like_num or tv[j - 1].text != ",":
        return
    got, k = [], j - 2
    while k >= t.sent.start:
        name = index.entity_at(k)
        if name is not None and index.kinds.get(k) == "name":
            if not got or got[-1][0] != name:
                got.append((name, k))
            k -= 1
            continue
        if tv[k].lower_ in ("et", ",") and got:
            k -= 1
            continue
        break
    if len(got) >= 2:
        out.put("counted_names", sorted(got, key=lambda x: x[1]))


def _name_before_comma(t, index: EntityIndex, tv) -> tuple[str, int] | None:
    """The name (not the verb's subject) that ends right before the comma opening ``t``'s phrase."""
    first = t.left_edge.i
    k = first - 2
    if k < t.sent.start or tv[first - 1].text != "," or index.kinds.get(k) != "name" \
            or not any(c.dep_ == "det" for c in t.children):
        return None
    name = index.entity_at(k)
    if any(x[0] == name for x in _subject_of(t.head, index)):
        return None
    return name, k


# Posts one is "at": "à la tête de Y", "aux commandes de Y", "à la barre de Y" (leads.head_of)
_HELM_NOUNS = frozenset({"tête", "commande", "commandes", "barre", "rênes", "présidence", "direction"})
# Participles that put someone at the helm ("X, nommé à la tête de Y") (s19-gapA)
_PLACED_AT_HELM = APPOINT_VERBS | {"propulser", "porter", "réélire", "reconduire", "maintenir", "parachuter",
                                   "bombarder", "placer", "hisser", "revenir", "arriver", "confirmer"}


def _name_before_phrase(t, index: EntityIndex):
    """The person named right before the comma that opens the phrase of ``t`` ("X, alors à la tête de Y"),
    if any: the one a phrase set off after a name describes (not another name the parser hung it on)."""
    doc, j = t.doc, t.left_edge.i - 1
    while j > t.sent.start and (doc[j].pos_ == "ADV" or doc[j].lower_ in ("jusqu'", "jusqu’", "jusque", "ici")):
        j -= 1   # ("X, jusqu'ici à la tête de Y": the adverb parsed apart)
    k = j - 1
    if k < t.sent.start or doc[j].text != "," or index.kinds.get(k) != "name":
        return None
    who = index.entity_at(k)
    return (who, k) if index.type_of(who) == "PER" else None


def _bracketed_label(t, c, index: EntityIndex, tv) -> bool:
    """"X, le président (PRV) de la région Y": an organisation in brackets right after a person's title is
    the holder's party or firm, never the holder."""
    name = index.entity_at(c.i)
    return c.i == t.i + 2 and tv[t.i + 1].text == "(" and name is not None \
        and index.type_of(name) in ("ORG", "OTHER") and t.lower_ in PERSON_TITLES


def _relative_antecedent(t, qui, index: EntityIndex) -> list:
    """"X, qui est (à la tête de / la directrice générale de) Y": who a copula's relative "qui" stands for, the
    noun the clause hangs on, or the name right before ", qui" when the parser hung the clause on a verb
    ("… a écrit à X, qui est désormais la patronne de Y, pour …")."""
    if t.dep_ == "acl:relcl":
        return _subject_of(t, index)
    k = qui.i - 2
    if k >= t.sent.start and t.doc[qui.i - 1].text == "," and index.kinds.get(k) == "name":
        return [(index.entity_at(k), k)]
    return []


def _complement_description(t, c, index: EntityIndex, tv) -> bool:
    """(s31-people31) A noun set after the title's own "de" complement and a comma describes that complement,
    not the holder: "X, le PDG de Y, filiale de Z", "la directrice de Y, maison mère de Z" (the parser hangs
    it on the title); nor is a word of a name that opens inside that description ("filiale de Norlac
    Industries" with "Industries" hung on the title) the holder's name."""
    name = index.entity_at(c.i)
    if name is not None:
        j = c.i - 1
        return index.entity_at(j) == name and tv[j].head.i not in (t.i, c.i) and tv[j].head.i > t.i \
            and index.entity_at(tv[j].head.i) is None
    if c.dep_ != "appos" or c.pos_ != "NOUN" or tv[c.i - 1].text != ",":
        return False
    return any(k.dep_ == "nmod" and t.i < k.i < c.i and case_of(k) in ("de", "du", "des", "d'", "d’")
               and index.entity_at(k.i) is not None for k in t.children)


def _party_label(t, c, index: EntityIndex) -> bool:
    """An elected title's organisation named right after it ("le député PS", "la maire UR"): the label it
    was elected under (member.elected, member.mayor_label), never the person who holds the title."""
    from .bonds import words as bond_words
    name = index.entity_at(c.i)
    return name is not None and index.type_of(name) in ("ORG", "OTHER") \
        and t.lower_ in bond_words()["elected_titles"]


# Prepositions that open a phrase of the verb's ("… et au fonds Z", "… et avec la banque Z"); "depuis", "en"
# before a title are its time, misparsed as its case.
_PHRASE_PREPOSITIONS = frozenset({"à", "au", "aux", "avec", "pour", "par", "chez", "contre", "sur", "auprès"})


def _own_preposition(t) -> bool:
    return any(c.dep_ == "case" and c.lower_ in _PHRASE_PREPOSITIONS for c in t.children)


def title_parties(t, index: EntityIndex, out: Found) -> None:
    """Nouns and adjectives: the name they describe, and the subject of the clause they sit in."""
    tv = tokens_of(t.doc)   # the token list: tv[i] skips DocView.__getitem__
    put = out.put
    if t.lower_ in _FOUNDERS:
        _founder_of_kin(t, index, out)
    # the dependency labels of the title's children, read once: most tests below ask whether one is there
    deps = {c.dep_ for c in t.children}
    # nouns and adjectives: the name they describe, and the subject of the clause they sit in
    # (the morphologizer calls some hyphenated plurals singular: "vice-présidents" → lemma "vice-président")
    plural = "Plur" in t.morph.get("Number") or (t.lower_.endswith(("s", "x")) and t.lemma_.lower() != t.lower_)
    # "…, en collaboration avec X, l'actuel président de Y (…) s'envolera": the title is the subject
    subject_title = t.pos_ == "NOUN" and t.dep_ != "ROOT" and _opens_main_clause(t, tv)
    if t.dep_ == "appos" and not subject_title:
        # "X, PDG de Y"; a singular title describes one name, not a whole list before it
        described = _sibling_apposed(t, index, tv) or _apposed_on_noun(t, index, tv)
        if described and any(d[1] > t.i for d in described):
            # not the title's own complement, reached back through its head ("place …, filiale de Y")
            last = max(x.i for x in t.subtree)
            described = [d for d in described if not t.i < d[1] <= last]
        if plural and len(described) == 1:   # "A et B, les patrons de…" with B parsed alone
            described = extend_list_left(t.doc, index, described)
        if not plural and len(described) > 1:
            # a singular title describes one name: the one right before it ("…, A et B, la mère de Y")
            before = [d for d in described if d[1] < t.i and index.kinds.get(d[1]) == "name"] or \
                [d for d in described if d[1] < t.i]
            described = [max(before, key=lambda d: d[1])] if before else described[:1]
        put("head", described if plural else described[:1])
    elif t.dep_ == "obj" and t.pos_ == "NOUN" and (named := _name_before_comma(t, index, tv)):
        # "Il succède à X, parti chez Y, le grand concurrent de Z" with the title taken for the verb's
        # object: a noun phrase after a name and its comma is that name's apposition (the verb's other
        # parties are not the title's: tidy drops them)
        put("head", [named])
        put("_apposed", [named])
    elif t.dep_ == "nmod" and t.lemma_.lower() in _HELM_NOUNS and case_of(t) in ("à", "au", "aux") \
            and index.kinds.get(t.head.i) == "name" and t.head.i < t.i and (anchor := _name_before_phrase(t, index)):
        # (s18-gapA) "X, (désormais / jusqu'ici) à la tête de Y, …", "X, aux commandes de Y depuis 2010": the
        # post set off after the name, parsed as the name's phrase
        put("head", [anchor])
    elif t.dep_.startswith("obl") and t.lemma_.lower() in _HELM_NOUNS and case_of(t) in ("à", "au", "aux") \
            and t.head.dep_ == "acl" and lemma_of(t.head) in _PLACED_AT_HELM and t.head.head.i < t.head.i \
            and index.kinds.get(t.head.head.i) == "name":
        # (s19-gapA) "X, nommé à la tête de Y", "X, propulsé à la présidence de Y": the participle set off after
        # the name puts that name at the helm
        put("head", entities_at(t.head.head, index)[:1])
    elif t.dep_ == "nmod" and case_of(t) in ("de", "des", "d'", "d’") and t.head.lemma_.lower() in ("un", "une") \
            and any(c.dep_ == "cop" for c in t.head.children):
        # (s18-gapA) "X est l'un des fondateurs de Y", "X était l'une des dirigeantes de Y": the copula's subject
        # is one of those the plural title names
        put("head", [x for c in t.head.children if c.dep_ == "nsubj" for x in entities_at(c, index)])
    elif t.dep_ == "nmod" and case_of(t) in ("jusqu'", "jusque") and t.pos_ == "NOUN" \
            and index.kinds.get(t.head.i) == "name" and t.head.i < t.i \
            and any(tv[j].text == "," for j in range(t.head.i + 1, t.i)):
        # "X, jusqu'ici administrateur indépendant de Y, devient …": the apposition, parsed as a phrase
        put("head", entities_at(t.head, index)[:1])
    elif t.dep_ == "conj" and t.i >= 3 and tv[t.i - 1].lower_ in ("et", "&") \
            and tv[t.i - 2].head.i == t.head.i and tv[t.i - 2].lemma_.lower() in PERSON_TITLES \
            and index.kinds.get(t.head.i) == "name":
        # "X, fondateur et PDG de Y" parsed as a list of three with X: both titles describe X
        put("head", entities_at(t.head, index)[:1])
    elif t.dep_ == "conj" and t.i >= 3 and tv[t.i - 1].lower_ in ("et", "&") \
            and tv[t.i - 2].lemma_.lower() in PERSON_TITLES and index.kinds.get(t.i - 2) == "descriptor" \
            and index.type_of(index.entity_at(t.i - 2)) == "PER" and "det" not in deps:
        # "…, souligne X, le cofondateur et PDG de Y" (both titles hung on the verb): the second title
        # describes the person the first one already stands for
        put("head", [(index.entity_at(t.i - 2), t.i - 2)])
    elif t.dep_ == "conj" and t.i >= 1 and tv[t.i - 1].lower_ in ("et", "&") and t.head.i == t.i - 2 \
            and t.head.lemma_.lower() in PERSON_TITLES and index.kinds.get(t.head.head.i) == "name" \
            and t.head.head.i < t.head.i:
        # "X, fondatrice et directrice générale de Y" with "de Y" hung on the first title: the second one
        # describes X too, and shares the complement that follows both
        put("head", entities_at(t.head.head, index)[:1])
        if "nmod" not in deps:
            put("prep:de", [x for c in t.head.children if c.dep_ == "nmod" and case_of(c) == "de" and c.i > t.i
                            for x in entities_at(c, index)])
    for c in t.children if not deps.isdisjoint(("appos", "flat:name", "nmod")) else ():
        if c.dep_ in ("appos", "flat:name") or (c.dep_ == "nmod" and case_of(c) is None and c.pos_ != "PRON"):
            between = t.doc[t.i + 1:c.i]
            if c.i > t.i and t.lower_ not in PERSON_TITLES and any(x.lower_ in ("de", "du", "des", "d'") for x in between) \
                    and not any(x.is_punct and x.text != "-" or index.kinds.get(x.i) == "name" for x in between) \
                    and any(x.pos_ == "NOUN" for x in between):   # ("-": of "maison-mère", split by the tokenizer)
                # "le mari de la chanteuse X": X is the complement's name, not the title's
                put("prep:de", entities_at(c, index))
                continue
            if c.i > t.i and any(x.pos_ in ("VERB", "AUX") for x in between):
                continue   # a name past a relative clause ("…, qui développe la marque X") is not apposed
            if c.dep_ == "appos" and c.i > t.i and tv[c.i - 1].text == "," and t.dep_ == "nmod" and case_of(t) == "de" \
                    and t.head.i < t.i \
                    and t.head.pos_ == "NOUN" and (t.head.lemma_.lower() in SPEAKER_NOUNS or t.head.lower_ in KIN_NOUNS):
                continue   # "L'avocat de l'ex-dirigeant, Me X": X is the lawyer the parser hung on the title
            if c.pos_ == "NOUN" and index.entity_at(c.i) is None and c.lower_ in KIN_NOUNS and c.i > t.i:
                continue   # "le président du directoire, fils de la fondatrice X": X is the relative
            if c.dep_ == "appos" and c.i > t.i and any(k.dep_ == "conj" and k.lower_ in KIN_NOUNS and t.i < k.i < c.i
                                                       for k in t.children):
                continue   # "X, PDG de Y et fils du fondateur, Z": Z is the founder, the kin noun's, not the PDG
            if index.entity_at(c.i) is not None and any(
                    k.dep_ == "nmod" and k.i < c.i and case_of(k) and index.entity_at(k.i) == index.entity_at(c.i)
                    for k in t.children):
                continue   # "la présidente du Caux Handball Club": a word of the complement's name, split off
            if c.i == t.i + 1 and _party_label(t, c, index) or _bracketed_label(t, c, index, tv):
                continue   # "X, le député PS du Finistère", "le maire UR d'Évry": the party is the label, not the holder
            if c.i > t.i and _complement_description(t, c, index, tv):
                continue   # (s31-people31) "X, le PDG de Y, filiale de Z": Z is Y's owner, not the PDG
            put("head", entities_at(c, index))            # "le PDG de Y, X" / "le PDG X"
    if "head" not in out and t.pos_ == "NOUN" and "nmod" in deps:
        # "Le frère de A, B, est …" with B hung on A: a name takes no other name in apposition, so a
        # person's name after the "de" complement's name and its comma is the noun's
        for c in t.children:
            if c.dep_ == "nmod" and c.i > t.i and case_of(c) == "de" and index.kinds.get(c.i) in ("name", "introducer"):
                for k in c.children:
                    who = index.entity_at(k.i)
                    if k.dep_ == "appos" and k.i > c.i and tv[k.i - 1].text == "," and who is not None \
                            and who != index.entity_at(c.i) and index.kinds.get(k.i) == "name" \
                            and index.type_of(who) == "PER":
                        put("head", [(who, k.i)])
                        break
    if "head" not in out and t.pos_ == "NOUN":
        # "son partenaire japonais X" with X parsed anywhere: the name right after the title
        j = t.i + 1
        while j < min(t.i + 3, len(tv)) and tv[j].pos_ == "ADJ" and tv[j].is_lower:
            j += 1
        # (not the body a person's title itself introduces: "le secrétaire d'Etat chilien à la défense";
        # "leur société commune X" does describe X; nor the title's own complement, "vice-ministre chilien
        # des Affaires étrangères")
        if j < len(tv) and index.kinds.get(j) == "name" and case_of(tv[j]) is None \
                and not tv[j - 1].is_punct and not (t.lower_ in PERSON_TITLES and index.entity_at(j) == index.entity_at(t.i)) \
                and not any(n == index.entity_at(j) for k, v in out.items() if k.startswith("prep:") for n, _ in v) \
                and not (j == t.i + 1 and _party_label(t, tv[j], index)):
            put("head", [(index.entity_at(j), j)])
    if "head" not in out and t.pos_ == "NOUN" and t.lower_ in PERSON_TITLES and t.i + 3 < len(tv) \
            and tv[t.i + 1].text == "," and any(c.dep_ == "det" and c.lower_ in _POSS_DETS for c in t.children) \
            and not (t.dep_ == "conj" and any(x.lower_ in _POSS_DETS for x in tv[max(t.sent.start, t.i - 8):t.i - 1])):
        # "son fondateur, le designer X", "son fondateur, l'homme d'affaires X" with the name hung elsewhere:
        # the person's name after the comma, past a determiner and the words of a trade (not after another
        # possessive it is coordinated with, "sa filiale Y et son fondateur, …": whose founder is unsure)
        put("head", _name_after_trade(t.i + 2, index, tv))
    if "head" not in out and t.pos_ == "NOUN" and t.lower_ in PERSON_TITLES:
        # "le secrétaire général de l'Alliance nordique Paul Verdier" with the name hung on the organisation:
        # a person's name right after the title's "de" complement, with no comma between, is the title's holder
        for c in t.children:
            org = index.entity_at(c.i)
            if c.dep_ != "nmod" or c.i < t.i or case_of(c) != "de" or org is None or index.type_of(org) == "PER":
                continue
            k = c.i
            while k + 1 < len(tv) and index.entity_at(k + 1) == org:
                k += 1
            k += 1
            if k < len(tv) and index.kinds.get(k) == "name" and index.type_of(index.entity_at(k)) == "PER" \
                    and (c.i <= tv[k].head.i < k or (   # (or a second subject of the title's own verb)
                        t.dep_ == "nsubj" and tv[k].dep_ == "nsubj" and tv[k].head.i == t.head.i)):
                put("head", [(index.entity_at(k), k)])
                break
    if "prep:de" not in out and t.pos_ == "NOUN" and t.lower_ in PERSON_TITLES:
        put("prep:de", _split_title_complement(t, index, tv))
    if "head" not in out and t.pos_ == "NOUN" and t.lower_ in _LAWYERS:
        _honorific_holder(t, index, out, tv)
    comma = t.i + 1   # (past the title's adjectives: "sa directrice générale, X")
    while comma < t.sent.end - 1 and tv[comma].dep_ == "amod" and tv[comma].head.i == t.i and tv[comma].is_lower:
        comma += 1
    if "head" not in out and t.pos_ == "NOUN" and t.lower_ in PERSON_TITLES and comma + 1 < len(tv) \
            and tv[comma].text == "," and index.kinds.get(comma + 1) == "name":
        # "aux côtés du président, X." (or "…, X (sa famille)") with X hung elsewhere: a person closing
        # the phrase after the comma (not the subject of the next clause: "Selon le président, X a …",
        # but the inverted subject of a verb before the title: "…, a déclaré sa directrice, X.")
        who = index.entity_at(comma + 1)
        j = comma + 1
        while j < len(tv) and index.entity_at(j) == who:
            j += 1
        if index.type_of(who) == "PER" and (j >= t.sent.end or tv[j].text in (".", ",", ";", ")", "»", "(")) \
                and (not tv[comma + 1].dep_.startswith("nsubj") or tv[comma + 1].head.i < t.i):
            put("head", [(who, comma + 1)])
    if "head" not in out and t.pos_ == "NOUN" and t.lower_ in RIVAL_NOUNS and comma + 1 < t.sent.end \
            and tv[comma].text == "," and "det" in deps and any(c.dep_ == "det" and c.lower_ in ("son", "sa", "leur") for c in t.children):
        # "face à son concurrent historique, le lyonnais X" with X hung elsewhere: the name closing the
        # phrase after the comma, past an article and a demonym or a trade noun (not the subject
        # of the next clause: "Avec son rival, X a …")
        j = comma + 1
        if tv[j].lower_ in ("le", "la", "l'", "l’"):
            j += 1
            while j < t.sent.end - 1 and tv[j].is_lower and index.entity_at(j) is None and tv[j].pos_ != "VERB":
                j += 1
        who = index.entity_at(j) if index.kinds.get(j) in ("name", "introducer") else None
        if who is not None:
            k = j
            while k < t.sent.end and (index.entity_at(k) == who or tv[k].pos_ == "ADJ" and tv[k].is_lower
                                      and index.kinds.get(j) == "introducer"):   # ("le groupe allemand X")
                k += 1
            if j - comma <= 4 and (k >= t.sent.end or tv[k].text in (".", ",", ";", ")", "»", "(")) \
                    and not tv[j].dep_.startswith("nsubj"):
                put("head", [(who, j)])
    if t.pos_ == "NOUN" and t.lower_ in PERSON_TITLES and t.i >= 3:
        owner, holder = has_a_new_title(t, index)
        if owner and holder:   # "Y a un nouveau directeur général depuis l'été, le Belge X"
            put("haver", [owner])
            if "head" not in out:
                put("head", [holder])
                out["_holder"] = [holder]   # ("depuis cet été, X" misparsed: not a "depuis" phrase)
    if "head" not in out and t.i - t.sent.start <= 2 and t.pos_ == "NOUN" and (not t.is_lower or (
            t.i > t.sent.start and tv[t.sent.start].is_title and all(
                x.pos_ == "ADJ" or x.lower_ == "ex-" for x in tv[t.sent.start:t.i]))):
        # (s19-gapA2: "Ancienne directrice de Y, X a …": an adjective opens the sentence before the title)
        put("head", fronted_apposition(t, index))     # "PDG de Y depuis 2019, X a …"
    if "head" not in out and t.pos_ == "NOUN" and t.lower_ in PERSON_TITLES:
        put("head", _appointed_holder(t, index, tv))  # "X, nommée mardi directrice générale de Y"
    if t.dep_ == "amod" and t.pos_ == "ADJ":
        put("head", entities_at(t.head, index))           # "X, proche de Y"
    cop = "cop" in deps
    # "nommer X au poste de PDG de Y", "X a démissionné de ses fonctions de président de Y"
    if t.dep_ == "nmod" and t.head.lemma_.lower() in ("poste", "fonction", "fonctions", "mandat", "rôle", "titre", "fauteuil"):
        gov = t.head.head
        if gov.pos_ == "NOUN" and gov.lemma_.lower() in ARRIVAL_NOUNS and t.head.i > gov.i:
            # "la nomination de X au poste de directeur général": the person of the appointment noun
            put("head", [x for c in gov.children if c.dep_ == "nmod" and case_of(c) == "de" and c.i < t.head.i
                         for x in entities_at(c, index) if index.type_of(x[0]) == "PER"])
        elif gov.pos_ in ("VERB", "AUX"):
            people = [x for c in gov.children if c.dep_ == "obj" for x in entities_at(c, index)]
            if not people:
                people = [x for c in gov.children if c.dep_ in ("nsubj", "nsubj:pass")
                          for x in entities_at(c, index)]
            if not people and gov.dep_ in ("advcl", "xcomp") and lemma_of(gov.head) in APPOINT_VERBS:
                # "Y a nommé X pour lui succéder au poste de président": the appointee; Y is the body
                people = [x for c in gov.head.children if c.dep_ == "obj" for x in entities_at(c, index)]
                put("appointer", [x for x in _subject_of(gov.head, index) if index.type_of(x[0]) != "PER"])
            if not people and gov.dep_ == "xcomp" and lemma_of(gov) in _POST_KEEPING_OR_LEAVING_VERBS:
                # (s24-recall24) "X a dû quitter / abandonner son poste de directeur général de Y": the subject of
                # the verb the leaving verb depends on
                people = [x for x in _subject_of(gov, index) if index.type_of(x[0]) == "PER"]
            put("head", people)
    # "Y a nommé X directeur général", "Y a choisi X comme président", "Y a désigné X au poste de PDG",
    # "Y annonce la nomination de X au poste de PDG": with no body named after the title, the body
    # that appoints (an organisation, not a person) is the one X will serve
    appoint = _appointing(t)
    if appoint is not None:
        verb, noun = appoint
        if noun is not None:   # the nominal form: who takes the post is the noun's "de X"
            people = [x for c in noun.children if c.dep_ == "nmod" and case_of(c) == "de" for x in entities_at(c, index)]
        else:
            people = [x for c in verb.children if c.dep_ in ("obj", "nsubj:pass") and c.i != t.i
                      for x in entities_at(c, index)]
            if not people and any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
                # ("Y a nommé X comme DG" with X parsed as a second subject after the verb)
                people = [x for c in verb.children if c.dep_ == "nsubj" and verb.i < c.i < t.i
                          for x in entities_at(c, index)]
            if not people and case_of(t) == "comme":
                # (s23-coref23) "Y a rappelé comme directeur général X": the name hung on the title after it
                people = [x for c in t.children if c.dep_ in ("appos", "flat:name") and c.i > t.i
                          for x in entities_at(c, index)]
        people = [x for x in people if index.type_of(x[0]) == "PER"]
        bodies = [x for x in _subject_of(verb, index) if index.type_of(x[0]) in ("ORG", "GOV")]
        if noun is None:
            bodies += [x for c in verb.children if c.dep_ == "obl:agent" for x in entities_at(c, index)
                       if index.type_of(x[0]) in ("ORG", "GOV")]
        if not bodies and index.topic and index.type_of(index.topic) == "ORG" and any(
                c.dep_ in ("nsubj", "obl:agent") and c.lemma_.lower() in ORGANS and not entities_at(c, index)
                for c in verb.children):
            # "Lundi, le conseil d'administration a nommé X directeur général": the board of the article's company
            bodies = [(index.topic, -1)]
        if people and bodies:
            if "head" not in out:
                put("head", people)
            from .phrases import _heads_a_department
            if t.pos_ == "NOUN" and _heads_a_department(t, index):
                # "Y annonce l'arrivée de X comme directrice des ressources humaines": a department's
                # head works for Y, does not lead it
                put("poss_dept", bodies)
            else:
                put("appointer", bodies)
    # "Cette liste est celle des investisseurs de Y": the pronoun standing for the subject's noun
    if t.dep_ == "nmod" and t.head.lemma_.lower() == "celui" and case_of(t) == "de" \
            and any(c.dep_ == "cop" for c in t.head.children):
        put("head", [x for c in t.head.children if c.dep_ == "nsubj" for x in entities_at(c, index)])
    # "X est nommé président de Y", "X devient PDG de Y": the verb's subject is the title's person
    become = ("devenir", "redevenir", "rester", "demeurer")
    gov_b = t.head
    if t.dep_ == "nmod" and gov_b.lower_ in lexicon()["date_words"] and gov_b.dep_ in ("obj", "obl:arg", "obl:mod") \
            and (lemma_of(gov_b.head) in become or (lemma_of(gov_b.head) in APPOINT_VERBS | {"réélire"} and any(
                c.dep_ == "aux:pass" for c in gov_b.head.children))):
        # "X deviendra le 1er juin directeur général de Y", "X a été élue dimanche présidente de Y":
        # the title hung on the date
        gov_b = gov_b.head
    elif t.dep_ == "obl:mod" and lemma_of(gov_b) in APPOINT_VERBS | {"réélire"} and case_of(t) is None \
            and t.lower_ in PERSON_TITLES and any(c.dep_ == "aux:pass" for c in gov_b.children):
        pass   # "X a été nommée mardi directrice générale de Y": the title read as a phrase of the verb
    elif not (t.dep_ in ("obl:arg", "obl:mod") and lemma_of(gov_b) in become and case_of(t) in (None, "en")
              and any(c.pos_ == "NUM" for c in t.children)):
        gov_b = None     # (and "X est devenu en 2014 président de Y": the title read as a dated phrase)
    if (t.dep_ == "xcomp" or gov_b is not None or (t.dep_ == "obj" and lemma_of(t.head) in become)) \
            and (gov_b or t.head).pos_ in ("VERB", "AUX"):
        # ("Dre et Iovine deviennent des salariés de Y": the parser makes the attribute an object)
        for c in (gov_b or t.head).children:
            if c.dep_ in ("nsubj", "nsubj:pass"):
                got = entities_at(c, index)
                if not got and c.lower_ == "qui" and lemma_of(c.head) in become:
                    # (s19-gapA) "X, qui reste PDG de Y", "X, qui demeure présidente de Y": the relative's name
                    got = _relative_antecedent(c.head, c, index)
                put("head", got)
        gov_c = gov_b or t.head
        if "head" not in out and gov_c.dep_ == "conj" and lemma_of(gov_c) in become \
                and not any(c.dep_ in ("nsubj", "nsubj:pass") for c in gov_c.children):
            # (s28-politics28) "X adhère à Z, puis devient l'assistant de Y": a coordinated verb of becoming
            # shares the first verb's subject
            put("head", _subject_of(gov_c, index))
        gov_a = gov_b or t.head
        if "head" not in out and (gov_a.dep_ == "acl" or gov_a.dep_ in ("appos", "punct", "parataxis") and tv[gov_a.i - 1].text == ",") \
                and lemma_of(gov_a) in become and gov_a.head.i < gov_a.i and index.kinds.get(gov_a.head.i) == "name":
            # (s19-gapA) "X, devenu conseiller de Y", "X, resté président de Y": the participle's name
            put("head", entities_at(gov_a.head, index)[:1])
    for c in t.children if not deps.isdisjoint(("nsubj", "expl:subj", "nsubj:pass")) else ():
        if c.dep_ in ("nsubj", "expl:subj", "nsubj:pass"):
            got = entities_at(c, index)
            if not got and c.pos_ == "PRON" and c.lower_ == "qui":
                got = _relative_antecedent(t, c, index)
            put("head" if cop else "subj", got)
    if "head" not in out and t.dep_ == "nmod" and t.head.pos_ == "PRON" and t.head.lemma_.lower() in ("un", "une") \
            and t.head.i < t.i and any(c.dep_ == "cop" for c in t.head.children):
        # "X est l'un des principaux actionnaires de Y": the copula's subject is one of them
        put("head", [x for c in t.head.children if c.dep_ == "nsubj" for x in entities_at(c, index)][:1])
    if "head" not in out and case_of(t) == "comme" and t.head.dep_ == "acl" and t.head.pos_ == "VERB" \
            and t.head.head.i < t.head.i:
        # "X, présenté comme candidat à la reprise de Y", "X, décrit comme le bras droit de Y": the participle's
        # name is what the noun describes
        put("head", entities_at(t.head.head, index)[:1])
    if "head" not in out and case_of(t) == "comme" and t.head.pos_ == "VERB" and t.dep_.startswith("obl") \
            and t.head.i < t.i:
        # (s19-gapA) "On présente X comme un proche de Y", "X est décrit comme un fidèle de Y": the verb's
        # object, or its passive subject, is what the noun describes
        got = [x for c in t.head.children if c.dep_ in ("obj", "nsubj:pass") and c.i < t.i
               for x in entities_at(c, index)]
        if got:
            put("head", got[:1])
    gov = t.head
    if t.dep_ in ("obj", "obl", "obl:arg", "obl:mod", "xcomp", "nsubj", "nmod") and gov.i != t.i:
        hops = 0
        while gov.pos_ == "NOUN" and gov.dep_ in ("obj", "obl", "obl:mod", "nmod") and hops < 2:
            gov = gov.head
            hops += 1
        if gov.pos_ == "NOUN" and gov.dep_ == "ROOT" and any(c.dep_ == "aux:tense" for c in gov.children):
            # "X a recours aux services de Y": the parser makes the light verb's noun the root
            put("osubj", [x for c in gov.children if c.dep_ == "nsubj" for x in entities_at(c, index)])
        if gov.pos_ in ("VERB", "AUX"):
            # "X a lancé une offre sur Y" (object of a light verb) vs "X est à la tête de Y"
            # (oblique): rules ask for the second as "osubj" only where it is safe
            if (gov.lemma_.lower() in RESPONSE_VERBS or (gov.lemma_.lower() in RECEIVE_VERBS
                                                          and t.lemma_.lower() in GIVEN_NOUNS)) and t.dep_ == "obj":
                from .gapa2 import receiver_of   # (s19-gapA2: "la candidate Y, X, a reçu …": X)
                put("target", receiver_of(gov, index))   # "Y a rejeté l'offre de X": Y is the target
            elif lemma_of(gov) == "bénéficier" and t.lemma_.lower() in GIVEN_NOUNS and case_of(t) == "de" \
                    and t.dep_ != "nsubj" and gov.i < t.i:
                # "Y bénéficie d'une subvention de X": Y receives it
                put("target", _subject_of(gov, index))
            elif lemma_of(gov) == "faire" and (t.head.lemma_.lower() == "partie" or any(
                    c.dep_ == "obj" and c.lemma_.lower() == "partie" for c in gov.children)) \
                    and not (t.i > 0 and t.doc[t.i - 1].text == ","):   # (not an apposition after the phrase)
                put("subj", _subject_of(gov, index))   # "X fait partie des actionnaires de Y"
            elif case_of(t) == "parmi" and lemma_of(gov) in ("figurer", "compter", "être", "se trouver", "trouver") \
                    and gov.i < t.i and not (t.i > 0 and t.doc[t.i - 1].text == ","):
                put("subj", _subject_of(gov, index))   # "X figure (déjà) parmi les actionnaires de Y": X is one
            elif lemma_of(gov) == "faire" and t.dep_ != "obj" and any(
                    c.dep_ == "obj" and c.lemma_.lower() == "objet" for c in gov.children):
                put("target", _subject_of(gov, index))   # "Y a fait l'objet d'une offre de X": Y undergoes it
            elif not (lemma_of(gov) in ADDRESSEE_VERBS and case_of(t) in ("à", "au", "aux")):
                put("subj" if t.dep_ in ("obj", "xcomp", "nsubj") else "osubj", _subject_of(gov, index))
    # linear apposition, robust to misparses: "NAME, PDG de Y" / "NAME (PDG de Y)" — not a title that
    # opens the next clause ("…vendre le stade, le propriétaire du club va-t-il…": no comma before its verb)
    # (the phrase's right edge, read from the spaCy token, only when a comma lies between the title and its verb)
    opens_clause = subject_title or t.dep_.startswith("nsubj") and t.head.i > t.i and (
        "," not in map(_text, tv[t.i + 1:t.head.i]) or not any(
            tv[k].text == "," for k in range(t.right_edge.i + 1, t.head.i)))
    if opens_clause and "head" not in out:
        out["_no_linear"] = []   # nor may the nearest names stand in for its holder
    if "head" not in out and (not case_of(t) or partitive(t)) and not opens_clause:
        j = t.i - 1
        while j >= 0 and (tv[j].pos_ in ("DET", "ADJ") and tv[j].dep_ in ("det", "amod")
                          or tv[j].pos_ == "ADV" or (tv[j].pos_ == "NUM" and tv[j].dep_ == "nummod")):
            j -= 1
        # "NAME, un des administrateurs de Y": step over the partitive
        if j >= 2 and tv[j].lower_ in ("des", "de") and tv[j - 1].lower_ in ("un", "une"):
            j -= 2
            if j >= 0 and tv[j].lower_ in ("l'", "l’"):
                j -= 1
        # "NAME (ACRONYM), propriétaire de Y": step over the bracketed short form
        if j >= 4 and tv[j].text == "," and tv[j - 1].text == ")" and tv[j - 3].text == "(" \
                and index.entity_at(j - 2) is not None and index.entity_at(j - 2) == index.entity_at(j - 4):
            j -= 3
        if j >= 1 and tv[j].text in (",", "(") and index.entity_at(j - 1) is not None:
            # not a name inside a place or time phrase: "En déplacement à Marseille, l'actionnaire…"
            name_tok = tv[j - 1]
            while name_tok.head.i != name_tok.i and index.entity_at(name_tok.head.i) == index.entity_at(j - 1):
                name_tok = name_tok.head
            # "derrière Kelvio, filiale de X" still describes the name; a place does not
            found_name = [(index.entity_at(j - 1), j - 1)]
            if "Plur" in t.morph.get("Number"):   # "A et B, les patrons de X et de Y"
                found_name = extend_list_left(t.doc, index, found_name)
            if case_of(name_tok) in (None, "de") or (
                    case_of(name_tok) not in ("à", "en", "dans", "vers", "depuis", "sur")
                    and index.type_of(index.entity_at(j - 1)) in ("ORG", "PER")) or (
                    # "une offre sur Y, son concurrent grenoblois": the target of an offer is a party, no place
                    case_of(name_tok) == "sur" and name_tok.head.lemma_.lower() in _OFFERS
                    and index.type_of(index.entity_at(j - 1)) == "ORG"):
                put("head", found_name)
    # "fondateur et PDG de X": the first title shares the complement of the second
    for c in t.children if "conj" in deps else ():
        if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and index.kinds.get(c.i) != "name" \
                and not any(k.startswith("prep:") for k in out) \
                and not any(k.dep_ == "nmod" and case_of(k) == "de" for k in t.children) \
                and t.lower_ not in ORG_NOUNS and not _other_time(t, c):
            # (a person's titles, not "le groupe X, maison mère de Y": the group is not Y's holding)
            # (not when the first title has its own complement: "ministre de l'Intérieur et député du Nord")
            # (nor when the second one is of another time: "administrateur référent et ancien dirigeant de Y"
            # is a board member of the article's company and a former head of Y)
            for cc in c.children:
                p = case_of(cc)
                if p and cc.dep_ == "nmod":
                    put(f"prep:{p}", entities_at(cc, index))
    # "le patron de X, NAME," : the name right after the title's phrase
    # ("son principal concurrent, Y": an organisation too, after a noun that is not a person's title;
    # the parser often hangs that name on the noun as a conjunct)
    # ("signé par le secrétaire d'Etat …, X", "un accord avec le patron de Y, X": after a preposition too)
    if "head" not in out and (case_of(t) in (None, "pour", "selon", "chez", "par", "à", "avec")
                              or t.lower_ not in PERSON_TITLES or _of_a_thing(t)) \
            and any(map(_COMMA_OR_BRACKET.__contains__, map(_text, tv[t.i + 1:min(t.i + 12, len(tv))]))):
        end = max([t.i] + [x.i for c in t.children if c.dep_ not in ("conj", "cc", "punct")
                           for x in c.subtree]) + 1
        doc = t.doc
        wanted = ("PER",) if t.lower_ in PERSON_TITLES else ("ORG",) if case_of(t) else ("PER", "ORG")
        if end + 1 < len(doc) and doc[end].text in (",", "(") and index.entity_at(end + 1) \
                and index.type_of(index.entity_at(end + 1)) in wanted and index.kinds.get(end + 1) == "name":
            # ("la holding familiale de X (Verlane)": the bracketed name, if the bracket holds only it)
            k = end + 1
            while k < len(doc) and index.entity_at(k) == index.entity_at(end + 1):
                k += 1
            # (not the subject of the clause that follows: "Selon le président, X a commis …")
            starts_clause = doc[end + 1].dep_.startswith("nsubj") and not t.dep_.startswith("nsubj")
            if starts_clause and doc[end].text == "," and k < len(doc) and doc[k].text == "," \
                    and t.lower_ in PERSON_TITLES and case_of(t) is None \
                    and all(x.pos_ == "DET" or x.dep_ in ("case", "fixed") for x in tv[t.sent.start:t.i]):
                # "(Quant à) la présidente du club X, Y, (elle) savoure" with the title taken for a phrase
                # and Y for the subject: a name closed by a comma after the clause's opening title is put
                # beside it
                starts_clause = False
            if (doc[end].text == "," or (k < len(doc) and doc[k].text == ")")) and not starts_clause:
                put("head", [(index.entity_at(end + 1), end + 1)])
    # "L'avocat de X est Me Y" parsed the other way round: the name, with the copula, hangs on the title
    if "head" not in out and t.pos_ == "NOUN" and t.dep_ == "ROOT":
        for c in t.children:
            if c.i > t.i and c.dep_ in ("parataxis", "appos", "conj") and any(k.dep_ in ("cop", "aux:pass") and k.lemma_ == "être" for k in c.children) \
                    and index.kinds.get(c.i) == "name" and index.type_of(index.entity_at(c.i)) == "PER":
                put("head", [(index.entity_at(c.i), c.i)])
                break
    if t.pos_ == "NOUN" and "prep:sur" not in out and t.lemma_.lower() in ("offre", "opa", "ope"):
        # "une offre publique d'achat non sollicitée sur Y": the target hung on the offer's participle
        near = [t] + [c for c in t.children if c.dep_ == "nmod" and case_of(c) == "de" and c.i > t.i]
        for c in [k for n in near for k in n.children if k.dep_ == "acl" and k.i > t.i]:
            if any(k.dep_ == "obl:agent" for k in c.children):
                continue
            put("prep:sur", [x for k in c.children if k.dep_.startswith("obl") and case_of(k) == "sur"
                             for x in entities_at(k, index)])
    if "prep:sur" not in out and t.lower_ in ("offre", "opa", "ope") and t.pos_ in ("NOUN", "VERB"):
        # (s19-gapB2) "son offre de 66 milliards de dollars sur Y": the target hung on the amount (the offer
        # after a possessive is sometimes tagged a verb)
        amounts = [c for c in t.children if c.dep_ == "nmod" and case_of(c) == "de" and c.i > t.i
                   and (c.like_num or any(k.dep_ == "nummod" for k in c.children))]
        put("prep:sur", [x for a in amounts for k in a.children if k.dep_ == "nmod" and case_of(k) == "sur"
                         for x in entities_at(k, index)])
    if t.pos_ == "NOUN" and "prep:de" not in out and t.lemma_.lower() in ("filiale", "propriété"):
        # "X est une filiale à 100 % de Y": the owner hung on the share
        for c in t.children:
            if c.dep_ == "nmod" and c.text == "%" and case_of(c) == "à" and c.i > t.i:
                put("prep:de", [x for k in c.children if k.dep_ == "nmod" and case_of(k) == "de"
                                for x in entities_at(k, index)])
    # "Y, dont le président est X": the title is the subject of a copula naming the person
    if t.dep_ == "nsubj" and any(c.dep_ == "cop" for c in t.head.children):
        put("head", entities_at(t.head, index))
        nxt = t.head.i + 1   # "l'avocat de X est Me Y": the honorific heads the clause, the name follows
        if "head" not in out and t.head.text in lexicon()["honorifics"] and nxt < len(tv) \
                and index.entity_at(nxt):
            put("head", [(index.entity_at(nxt), nxt)])
        dont = [c for c in list(t.children) + list(t.head.children) if c.lower_ == "dont"]
        if t.head.lemma_.lower() in DONT_PREDICATES and not any(c.lower_ == "dont" for c in t.children):
            # (s19-gapB2) "Y, dont le groupe X est le premier actionnaire": "dont" is the owner title's
            # complement, not the subject's (X is Y's shareholder, Y is not X's owner)
            dont = []
        if dont and t.head.dep_.startswith("acl"):
            put("prep:de", entities_at(t.head.head, index))
        elif dont and dont[0].i >= 2 and tv[dont[0].i - 1].text == ",":
            name = index.entity_at(dont[0].i - 2)   # misparsed: the name before ", dont"
            if name:
                put("prep:de", [(name, dont[0].i - 2)])
    elif t.pos_ == "NOUN" and t.lower_ in PERSON_TITLES and "prep:de" not in out and "head" in out and t.i >= 4:
        # "Y, dont la porte-parole, X, a …": a title whose "dont" is its own complement is Y's
        dont = [c for c in t.children if c.lower_ == "dont" and c.i < t.i]
        if dont and tv[dont[0].i - 1].text == "," and all(x.pos_ == "DET" for x in tv[dont[0].i + 1:t.i]):
            j = dont[0].i - 2
            name = index.entity_at(j)
            if name and index.kinds.get(j) == "name" and index.type_of(name) != "PER":
                put("prep:de", [(name, j)])
    if t.dep_ == "nsubj" and "head" not in out and not any(c.dep_ == "cop" for c in t.head.children):
        # "L'avocat de X est Me Y" with "est" parsed as an auxiliary: the person right after "être"
        j = t.right_edge.i + 1
        if j + 1 < len(tv) and tv[j].lemma_ == "être":
            k = j + 1
            while k < min(j + 3, len(tv)) and index.entity_at(k) is None and (
                    tv[k].text in lexicon()["honorifics"] or tv[k].pos_ == "DET"):
                k += 1
            if index.kinds.get(k) == "name" and index.type_of(index.entity_at(k)) == "PER":
                put("head", [(index.entity_at(k), k)])
    # "X a pour avocat Me Y", "X a pour actionnaire Y": the title's holder is the object, X the other side
    if "case" in deps and any(c.dep_ == "case" and c.lower_ == "pour" for c in t.children) and (
            any(c.dep_.startswith("aux") and c.lemma_ == "avoir" for c in t.children) or lemma_of(t.head) == "avoir"):
        clause = t if t.head.i == t.i or lemma_of(t.head) != "avoir" else t.head
        for c in clause.children:
            if c.dep_ == "obj":
                put("head", entities_at(c, index))
            elif c.dep_ == "nsubj":
                put("prep:de", entities_at(c, index))
    # "PDG de X et fils de Y": a coordinated title shares the name it describes
    # ("le président turc X et la Première ministre suédoise": a title with its own
    # determiner is another person)
    # ("… le patron de Y, et au fonds Z": a conjunct with its own preposition is another phrase, not a
    # second title of the same person)
    if t.dep_ == "conj" and t.head.pos_ in ("NOUN", "ADJ") and "head" not in out \
            and "det" not in deps and not _own_preposition(t):
        up = core.slots(t.head, index)
        put("head", up.get("head", []))
        put("subj", up.get("subj", []))
    # "son PDG et cofondateur X": the second title shares the first one's complement
    if t.dep_ == "conj" and t.head.pos_ == "NOUN" and t.head.lower_ in PERSON_TITLES \
            and not any(k.startswith("prep:") or k == "poss" for k in out) \
            and "det" not in deps and not _own_preposition(t):
        up = core.slots(t.head, index)
        for k in ("prep:de", "poss"):
            put(k, up.get(k, []))
    # a title standing for someone named before ("Le fondateur de Free vient de…")
    if index.kinds.get(t.i) in ("descriptor",) and "head" not in out:
        put("head", [(index.entity_at(t.i), t.i)])
    # "son PDG", "sa participation": the owner named just before
    if "det" in deps and any(c.dep_ == "det" and "Yes" in c.morph.get("Poss") for c in t.children) \
            and not _second_person_owner(t, index, out) and not unspoken_first_person(t, index, out):
        taken = {n for k, items in out.items() if k == "head" or k.startswith("prep:") for n, _ in items}
        # "Y a assigné l'hebdomadaire et sa directrice, X": a person's title coordinated right after an
        # organisation is that organisation's (however the parser hangs the conjunct)
        # (also past a repeated preposition and an adjective: "à la société et à son ancien PDG")
        beside = _coordinated_owner(t, index, tv)
        if beside and beside[0] not in taken:
            put("poss", [beside])
        if "poss" not in out and t.lower_ in _LAWYERS and not beside:
            client = _lawyer_client(t, index, taken)
            if client:
                put("poss", [client])
        # "La start-up fondée par A, …, et B, son directeur technique": the company, not a name in the list
        if beside is None and t.lower_ in PERSON_TITLES:
            beside = _agent_list_owner(t, index, tv)
            if beside:
                put("poss", [beside])
        # "X a accru sa participation": the possessive is the clause's subject first
        gov = t.head
        while gov.pos_ == "NOUN" and gov.dep_ in ("obj", "obl", "nmod") and gov.head.i != gov.i:
            gov = gov.head
        if "poss" not in out:
            _traded_company_owner(t, gov, index, out)
        if "poss" not in out and gov.pos_ in ("VERB", "AUX") and t.dep_ in ("obj", "obl", "obl:arg", "obl:mod", "nmod"):
            # (not an inverted subject after the noun: "« … », a déclaré sa directrice, X" — X holds the title)
            owner = [x for x in _subject_of(gov, index) if x[0] not in taken and not x[1] > t.i]
            # (s27-coref27) "X, dont le fonds Y détient 30 %, a annoncé le départ de son directeur": X, not the
            # relative clause's subject the parser made the whole sentence's
            owner = [index.past_relative(x[1], t.i) or x for x in owner]
            # ("A et B … leur société commune": a plural possessive is the whole plural subject)
            theirs = any(c.dep_ == "det" and c.lower_ in ("leur", "leurs") for c in t.children)
            if owner:
                put("poss", owner if theirs else owner[:1])
        # "Y ne prendra pas de participation, précise X, son PDG": the speaker of an incise after a
        # reported clause speaks for that clause's subject (not for the name nearest the title)
        # (the title hung on the speaker, or on the verb itself after its subject)
        verb = t.head.head if t.dep_ == "appos" and t.head.dep_ == "nsubj" else \
            t.head if t.dep_ in ("dep", "appos", "conj") and t.head.pos_ == "VERB" and any(
                c.dep_ == "nsubj" and t.head.i < c.i < t.i for c in t.head.children) else None
        if "poss" not in out and t.lower_ in PERSON_TITLES and verb is not None \
                and verb.dep_ == "parataxis" and lemma_of(verb) in _REPORTING_VERBS \
                and verb.head.i < verb.i and verb.head.pos_ in ("VERB", "AUX"):
            owner = [x for x in _subject_of(verb.head, index)
                     if index.type_of(x[0]) in ("ORG", "GOV") and x[0] not in taken]
            if owner:
                put("poss", owner[:1])
        # "son PDG": the possessor of a title is an organisation, not a person
        # ("son avocat" is a person's or a company's, never a state's or a place's)
        kinds = ("ORG", "GOV", "LOC") if t.lower_ in PERSON_TITLES else ("PER", "ORG") if t.lower_ in _LAWYERS \
            else ("ORG", "GOV") if t.lower_ in _BODY_OFFICERS else ("PER", "ORG", "GOV", "LOC")
        if t.lemma_.lower() in _LIKE_KIND and out.get("head"):
            # "Son concurrent allemand X": a rival is of its rival's kind (a company's, not its boss's)
            kinds = (index.type_of(out["head"][0][0]),)
        # "Y, contrôlé par X, a accru sa participation": "sa" is Y's, not the agent's of the aside
        taken |= aside_agents(t, index)
        taken |= apposition_names(t, index)   # (s27-names27) "Y, la maison mère de X, … sa filiale": Y's
        # "Y, dont l'Etat est actionnaire, vende sa participation": nor a name inside a relative clause on Y
        for j in range(t.sent.start, t.i):
            rel = tv[j]
            if rel.dep_ == "acl:relcl" and index.entity_at(rel.head.i) is not None:
                # (up to its closing comma: the parser often hangs the main clause on the relative)
                close = next((k for k in range(rel.i, rel.right_edge.i + 1) if tv[k].text == ","), rel.right_edge.i)
                if close < t.i:
                    taken |= {index.entity_at(k) for k in range(rel.left_edge.i, close)
                              if index.entity_at(k) not in (None, index.entity_at(rel.head.i))}
        # "La banque, elle, accompagne … : X, son directeur": the dislocated topic, before any nearer name
        topic = None if "poss" in out or beside is False else index.dislocated_topic(t.i, kinds, tv)
        if topic:
            put("poss", [topic])
        # "Le family office … prend 15 % de Y. « … », a assuré son directeur": the previous subject, described
        before = None if "poss" in out or beside is False or topic is False \
            or (t.lower_ not in PERSON_TITLES and t.lower_ not in _BODY_OFFICERS) \
            else _previous_subject(t, index, tv, kinds)
        if before:
            put("poss", [before])
        ante = None if "poss" in out or beside is False or topic is False or before is False else index.antecedent(t.i, exclude=taken | {n for n, _ in out.get("head", [])}
                                | ({index.entity_at(t.i - 3)} if t.i >= 3 and tv[t.i - 2].text == ","
                                   and not _topic_opened(t.i - 3, index, tv) else set()), types=kinds,
                                strict=t.lower_ in PERSON_TITLES, lone=not _person_said_before(t, index, tv))
        if ante is None and "poss" not in out and t.lower_ in PERSON_TITLES and beside is not False \
                and topic is not False and before is not False:
            ante = _introduced_before(t, index, tv, taken)
        # a place owns only a state's title ("son ambassadeur", "son maire"), not "son président" or
        # "son PDG": then no owner (not the next candidate back: the nearest one was wrong, not missing)
        unsure = ante and index.type_of(ante[0]) == "LOC" and t.lower_ in PERSON_TITLES \
            and t.lower_ not in _STATE_TITLES
        # (s22-coref22) nor a public body a company's own title: "La collectivité financera … . Son PDG, X":
        # a region, a ministry has no PDG; no owner rather than the body
        unsure = unsure or bool(ante and index.type_of(ante[0]) == "GOV" and t.lower_ in _COMPANY_TITLES)
        if ante and not unsure:
            put("poss", [ante])
        elif "poss" not in out and (unsure or ante is False or False in (beside, topic, before)):
            # no owner is safe: an empty possessive slot, so that no later reader takes the article's
            # main organisation for it either (a bare title's fallback)
            out["poss"] = []


def _topic_opened(j: int, index: EntityIndex, tv) -> bool:
    """(s22-coref22) "Quant à Y, son président X …": the name before "…, son <title>" is the topic the
    sentence opens on ("quant à"), the title's owner, not a holder set beside the title ("X, son PDG")."""
    k = j
    while k > 0 and index.entity_at(k - 1) is not None and index.entity_at(k - 1) == index.entity_at(j):
        k -= 1   # (the name's first word)
    while k > 0 and tv[k - 1].is_lower and tv[k - 1].pos_ in ("DET", "NOUN") and j - k < 4 \
            and tv[k - 1].lower_ not in ("au", "aux"):
        k -= 1   # (past an introducing noun and its article: "Quant au site X")
    return k >= 2 and tv[k - 2].lower_ == "quant" and tv[k - 1].lower_ in ("à", "au", "aux")


# (s28-politics28) officers only a body has: "son trésorier" is a party's or a club's, not its president's
_BODY_OFFICERS = frozenset({"trésorier", "trésorière"})
_POSS_DETS = {"son", "sa", "leur", "ses", "leurs", "notre", "votre"}
_TRADE_LINKS = {"le", "la", "l'", "l’", "un", "une", "d'", "d’", "de"}


def _name_after_trade(j: int, index: EntityIndex, tv) -> list:
    """The person named at or after ``j`` past a determiner and a trade in lower case ("le designer X",
    "l'homme d'affaires X", "une ancienne avocate X"): [(name, index)] or []."""
    end = min(j + 6, len(tv))
    k = j
    while k < end and index.kinds.get(k) != "name" and tv[k].is_lower and (
            tv[k].pos_ in ("DET", "ADJ", "NOUN") or tv[k].lower_ in _TRADE_LINKS):
        k += 1
    if k == j or k >= end or index.kinds.get(k) != "name" or index.type_of(index.entity_at(k)) != "PER":
        return []
    if not any(tv[x].pos_ == "NOUN" for x in range(j, k)):
        return []   # (a trade at least: "son fondateur, le X" is read elsewhere)
    return [(index.entity_at(k), k)]
