"""Ties read from the shape of a passage rather than from one trigger's dependency slots.

Run by ``extract_relations`` after the rules: holdings and funding rounds in brackets after a
company ("X (A, B…)", "X (N M€ … mené par Y)"), partners joined by a hyphen after a word of
cooperation ("l'alliance A-B"), and the minister a portfolio stands for in ties between people.
"""
from __future__ import annotations

import re
from operator import attrgetter

from ..records import Relation
from ..mentions.lexicon import fold as _fold, lexicon
from ..nlp.docview import lower_words_of, tokens_of
from ..mentions.wordpos import WordTest, tokens_at
from .arguments import lemma_of   # (read for every token by _sanctioned_further: no import statement per call)

# Ties between people: "les sanctions imposées au ministre de la Défense" are aimed at the minister.
_PERSONAL = {"OPPOSES", "ACCUSES", "MEETS", "ALLY_OF"}
_MINISTRY_WORD = re.compile(r"\b[Mm]inist[èe]res?\b")
_MINISTER_WORD = re.compile(r"\b[Mm]inistres?\b")


def ministers_for_ministries(relations: list[Relation], index) -> list[Relation]:
    """A portfolio ("ministre de la Défense", kept as the ministry) in a tie between people stands for
    the one person the article names as that minister; without one, the tie is dropped (a ministry
    does not meet or sanction anybody in these sentences, its minister does)."""
    minister: dict[str, set[str]] = {}
    for r in relations:
        if r.type == "LEADS" and index.entities.get(r.object) is not None \
                and r.object.lower().startswith(("ministère", "secrétariat")):
            minister.setdefault(r.object, set()).add(r.subject)
    out = []
    for r in relations:
        if r.type in _PERSONAL:
            # ("X reproche au ministère de …": the ministry itself, named by its own word and no minister's)
            itself = bool(_MINISTRY_WORD.search(r.evidence or "")) and not _MINISTER_WORD.search(r.evidence or "")
            for side in ("subject", "object"):
                name = getattr(r, side)
                if name.lower().startswith(("ministère", "secrétariat")) and not itself:
                    people = minister.get(name, set())
                    if len(people) != 1:
                        r = None
                        break
                    setattr(r, side, next(iter(people)))
            if r is None or r.subject == r.object:
                continue
        out.append(r)
    return out


def _name_before_bracket(tok, index) -> str | None:
    """The name written right before an opening bracket ("Kelvio (…"), if tok is one."""
    if tok.text != "(" or tok.i == 0 or index.kinds.get(tok.i - 1) != "name":
        return None
    return index.entity_at(tok.i - 1)


# The token walks of the passes below, done once per Doc: each pass looks only at the few tokens that
# can start its pattern ("(", a word of cooperation, a holding verb, a word after "ex-"), found in one
# walk, in token order, instead of walking every token of the article once per pass.
_CUES: list = [None, None]   # (the Doc, its cue tokens)
_LEMMA = attrgetter("lemma_")


_HOLD_LEMMAS = WordTest(lambda lemma, _: lemma.lower() in _HOLD_VERBS)


def _cue_tokens(doc) -> dict[str, list]:
    if _CUES[0] is doc:
        return _CUES[1]
    from .lexicon import doc_text

    tv = tokens_of(doc)
    # (a walk only when the text has the sign or the document one of the words)
    brackets = tokens_at(tv, ("(",)) if "(" in doc_text(doc) else []   # (a bracket's lower_ is its text)
    pairs = tokens_at(tv, _PAIR_NOUNS) if not lower_words_of(doc).isdisjoint(_PAIR_NOUNS) else []
    # (the lemmas of the article once, then the tokens of those that lower to a holding verb)
    held = _HOLD_LEMMAS.among(frozenset(map(_LEMMA, tv)))   # (s36-speed36: each lemma's test kept across documents)
    holds = [t for t in tv if t.lemma_ in held] if held else []
    # (former_employers starts at the bracket or comma before the prefix; a word "ex-…" lowers to
    # "ex-…" in the lowered text too, so with no "ex-" there, there is none)
    low = doc_text(doc).lower()
    # (the words "ex-…" and "capital" by their places in the document: no walk over every token)
    # (the tests themselves kept: exact with wordpos.PREFILTER off too)
    exes = [tv[t.i - 1] for t in tokens_at(tv, [w for w in lower_words_of(doc) if w.startswith(("ex-", "ex–"))])
            if t.lower_.startswith(("ex-", "ex–")) and t.i > 0 and tv[t.i - 1].text in ("(", ",") and _is_ex(t)] \
        if "ex-" in low or "ex–" in low else []
    capital = [t for t in tokens_at(tv, ("capital",)) if t.lower_ == "capital"] if "capital" in low else []
    _CUES[:] = [doc, {"(": brackets, "pair": pairs, "hold": holds, "ex": exes, "capital": capital}]
    return _CUES[1]


def parenthesised_holdings(doc, index, found) -> list[Relation]:
    """'Technova Media (Onda TV, Radio Sud…)': an organisation followed by a bracketed list of two or
    more organisations, and nothing else, names what it owns."""
    tv = tokens_of(doc)   # the token list: tv[i] skips DocView.__getitem__
    out = []
    have = {(r.type, r.subject, r.object) for r in found}
    for tok in _cue_tokens(doc)["("]:   # (the walk over the doc: _cue_tokens)
        owner = _name_before_bracket(tok, index)
        if owner is None or index.type_of(owner) != "ORG":
            continue
        j, items, ok = tok.i + 1, [], True
        while j < len(doc) and tv[j].text != ")":
            name = index.entity_at(j)
            if name is not None and index.kinds.get(j) == "name":
                if not items or items[-1] != name:
                    items.append(name)
            elif tv[j].text not in (",", "et", "...", "…", ".") and tv[j].lower_ != "et":
                ok = False
                break
            j += 1
        if not ok or j >= len(doc) or len(items) < 2 or any(index.type_of(n) == "PER" for n in items):
            continue
        sent = tok.sent
        for name in items:
            if name == owner or ("OWNS", owner.strip(), name.strip()) in have:
                continue
            out.append(Relation(type="OWNS", subject=owner.strip(), object=name.strip(), evidence=sent.text,
                                start=sent.start_char, end=sent.end_char, confidence=0.55,
                                rule="owns.parenthesis"))
    return out


_ROUND_CUES = {"mené", "menée", "menés", "auprès", "apportés", "apportée", "souscrits", "souscrite"}
_MONEY_WORDS = {"m€", "md€", "m$", "md$", "millions", "million", "milliards", "milliard", "mds"}


def parenthesised_rounds(doc, index, found) -> list[Relation]:
    """'Kelvio (90 M€ puis 254 M€ auprès d'Atlas Growth en chef de file)': a company followed by a bracket
    giving an amount and who put it in ("mené par", "auprès de") - a funding round in a round-up."""
    tv = tokens_of(doc)   # the token list: tv[i] skips DocView.__getitem__
    out = []
    have = {(r.type, r.subject, r.object) for r in found}
    for tok in _cue_tokens(doc)["("]:
        raiser = _name_before_bracket(tok, index)
        if raiser is None or not (index.type_of(raiser) == "ORG" or raiser in index.weak):
            continue   # (a one-word name the NER alone called a place is a company when it raises money)
        j, money, cue = tok.i + 1, False, None
        while j < len(doc) and tv[j].text != ")" and j - tok.i < 30:
            low = tv[j].lower_
            money = money or low in _MONEY_WORDS
            if cue is None and low in _ROUND_CUES:
                cue = j
            j += 1
        if j >= len(doc) or tv[j].text != ")" or not money or cue is None:
            continue
        investors = []
        for k in range(cue + 1, j):
            name = index.entity_at(k)
            if name is not None and index.kinds.get(k) == "name" and name != raiser and name not in investors \
                    and index.type_of(name) in ("ORG", "PER"):
                investors.append(name)
        sent = tok.sent
        for name in investors:
            if ("INVESTS_IN", name.strip(), raiser.strip()) in have:
                continue
            out.append(Relation(type="INVESTS_IN", subject=name.strip(), object=raiser.strip(), evidence=sent.text,
                                start=sent.start_char, end=sent.end_char, confidence=0.6,
                                rule="invests.parenthesis"))
    return out


# Nouns before "A-B" that make the pair partners: "l'alliance Technova-Orbalia", "le consortium A-B".
_PAIR_NOUNS = {"alliance", "consortium", "fusion", "projet", "duo", "tandem", "attelage", "couple",
               "coentreprise", "rapprochement", "mariage", "partenariat", "groupement", "axe", "binôme"}


def _add_partners(out: list[Relation], have: set, a: str, b: str, sent, rule: str) -> None:
    """A PARTNERS_WITH tie between a and b stated by sent, once per pair (``have`` holds the keys seen)."""
    key = ("PARTNERS_WITH", *sorted((a.strip(), b.strip())))
    if key in have:
        return
    have.add(key)
    out.append(Relation(type="PARTNERS_WITH", subject=a.strip(), object=b.strip(), evidence=sent.text,
                        start=sent.start_char, end=sent.end_char, confidence=0.6, rule=rule))


def hyphen_pairs(doc, index, found) -> list[Relation]:
    """'l'alliance A-B': two names joined by a hyphen after a word of cooperation, each the short form
    of an actor the article names on its own (the tokenizer keeps "A - B" as three tokens)."""
    from ..mentions.lexicon import fold

    tv = tokens_of(doc)   # the token list: tv[i] skips DocView.__getitem__
    by_key: dict[str, str] = {}   # folded name or alias → entity, built at the first candidate pair
    out = []
    have = {(r.type, *sorted((r.subject, r.object))) for r in found}
    for tok in _cue_tokens(doc)["pair"]:
        if tok.lower_ not in _PAIR_NOUNS or tok.i + 3 >= len(doc):
            continue
        a, dash, b = tv[tok.i + 1], tv[tok.i + 2], tv[tok.i + 3]
        if dash.text != "-" or a.whitespace_ or dash.whitespace_ or not (a.text[:1].isupper() and b.text[:1].isupper()):
            continue
        if not by_key:
            for name, ent in index.entities.items():
                for form in [name, *ent.aliases]:
                    by_key.setdefault(fold(form), name)
        left, right = by_key.get(fold(a.text)), by_key.get(fold(b.text))
        if not left or not right or left == right:
            continue
        _add_partners(out, have, left, right, tok.sent, "partners.hyphen_pair")
    return out


# (the lookahead changes no match: see lexicon._first_char_guard)
_SANCTION_WORDS = ("sanction", "liste noire", "liste des", "gel d", "gels d", "embargo", "blacklist", "gelé", "gèle", "gelant")
_SANCTION_TEXT = re.compile("|".join(_SANCTION_WORDS), re.IGNORECASE)
# Words of a sanction: verbs whose subject sanctions, nouns a sanctioner imposes or adds people to.
_SANCTION_VERBS = {"sanctionner", "blacklister"}
_SANCTION_NOUNS = {"sanction", "sanctions", "gel", "gels", "embargo", "liste"}
_IMPOSE_VERBS = {"imposer", "infliger", "adopter", "décréter", "prendre", "mettre", "placer", "inscrire", "ajouter",
                 "annoncer", "étendre", "durcir"}
# Passive verbs whose agent is a sanction: "frappé par des gels d'avoirs", "visé par des sanctions".
_HIT_VERBS = {"frapper", "viser", "toucher", "cibler", "concerner"}
# Nouns of a batch of sanctions: "un nouveau paquet de sanctions", "un train de sanctions".
_BATCH_NOUNS = {"paquet", "train", "série", "salve", "vague", "volet", "liste", "ensemble"}
# Words that say a sentence adds someone to sanctions already told of: "Sont également visés X".
_ALSO = {"également", "aussi", "pareillement"}
# Words after which the members of a sanctioned group are named: "dont quatre banques, telles que X".
_EXAMPLE_CUES = {"dont", "notamment", "comme", "que"}


def _is_sanction_noun(tok) -> bool:
    low = tok.lemma_.lower()
    if low == "liste":   # only "la liste noire", "la liste des sanctions"
        nxt = tok.doc[tok.i + 1].lower_ if tok.i + 1 < len(tok.doc) else ""
        return nxt in ("noire", "des", "de")
    return low in _SANCTION_NOUNS


def _sanctioners(doc, index) -> set[str]:
    """Who the article says sanctions: the subject of "sanctionner", of "imposer des sanctions", of
    "mettre sur la liste noire", or the owner of "la liste noire de X" — states and bodies only."""
    return {n for _, n in _sanctioner_sites(doc, index)}


def _bare_participle(tok) -> bool:
    """A past participle with no auxiliary of its own ("Sanctionné en mai par X, Y …"): a passive, whose
    subject is the one sanctioned ("X a sanctionné Y" has its "a")."""
    return tok.morph.get("VerbForm") == ["Part"] and not any(c.dep_.startswith("aux") for c in tok.children)


def _sanctioner_sites(doc, index) -> list[tuple[int, str]]:
    """(character offset, name) of each place the article says who sanctions (see _sanctioners)."""
    from .arguments import _subject_of, case_of, entities_at, lemma_of

    found: list[tuple[int, str]] = []
    for tok in doc:
        agents: list = []
        if tok.pos_ == "VERB" and lemma_of(tok) in _SANCTION_VERBS and not any(c.dep_ == "aux:pass" for c in tok.children):
            if _bare_participle(tok):   # "Sanctionné en mai par X, l'armateur Y …": X sanctions, Y is hit
                agents = [x for c in tok.children if c.dep_ == "obl:agent" for x in entities_at(c, index)]
            else:
                agents = _subject_of(tok, index)
        elif tok.pos_ in ("VERB", "ADJ") and lemma_of(tok) in ("geler", "gelé") \
                and not any(c.dep_ == "aux:pass" for c in tok.children):   # (the tagger calls "a gelé" an adjective)
            agents = _subject_of(tok, index)   # "X a gelé les avoirs de Y"
        elif tok.pos_ == "NOUN" and _is_sanction_noun(tok):
            agents = [x for c in tok.children if c.dep_ == "nmod" and case_of(c) == "de"
                      for x in entities_at(c, index)]
            gov = tok.head
            if gov.pos_ == "NOUN" and gov.lemma_.lower() in _BATCH_NOUNS and tok.dep_ == "nmod":
                gov = gov.head   # "X a adopté un nouveau paquet de sanctions"
            if not agents and gov.pos_ == "VERB" and lemma_of(gov) in _IMPOSE_VERBS \
                    and not any(c.dep_ == "aux:pass" for c in gov.children):
                agents = _subject_of(gov, index)
        found += [(tok.idx, n) for n, _ in agents if index.type_of(n) in ("GOV", "LOC", "ORG")]
    return found


def implied_sanctioner(doc, index, found) -> list[Relation]:
    """'X a été sanctionné', 'Y ont été frappées par des gels d'avoirs, dont Z': in an article where one
    body, and one only, is said to sanction, a sanction without its agent is that body's."""
    from .arguments import entities_at, lemma_of
    from .lists import read_name_list

    from .lexicon import doc_text, lowered

    tv = tokens_of(doc)   # the token list: tv[i] skips DocView.__getitem__
    text = doc_text(doc)
    low = lowered(text)   # (words looked for in the lower-case text: ~20x faster than the IGNORECASE regex)
    if not (any(w in low for w in _SANCTION_WORDS) if low is not None else _SANCTION_TEXT.search(text)):
        return []   # most articles say nothing of sanctions: one search instead of a walk over the tokens
    sites = _sanctioner_sites(doc, index)
    sanctioners = {n for _, n in sites}
    # (and the bodies whose sanctions a rule has read already, "X a placé Y sur sa liste noire": the
    # nearest one before a sentence that adds someone to sanctions told of is whose they are)
    sites += [(r.start, r.subject) for r in found if r.type == "OPPOSES" and not r.negated
              and r.subject in index.entities and index.type_of(r.subject) in ("GOV", "ORG")
              and _SANCTION_TEXT.search(r.evidence or "")]
    sites.sort()
    have = {(r.type, r.subject, r.object) for r in found}
    out = []

    def add_further(targets, tok):
        before = [n for at, n in sites if at < tok.idx]   # ("des sanctions visant X": in its own sentence)
        if before:
            add(targets, tok.sent, 0.5, before[-1])

    def add(targets, sent, conf, who):
        for name, _ in targets:
            if name == who or ("OPPOSES", who, name) in have or index.type_of(name) not in ("PER", "ORG"):
                continue
            have.add(("OPPOSES", who, name))
            out.append(Relation(type="OPPOSES", subject=who.strip(), object=name.strip(), evidence=sent.text,
                                start=sent.start_char, end=sent.end_char, confidence=conf,
                                rule="opposes.implied_sanctioner"))

    for tok in doc:
        further = _sanctioned_further(tok, index, tv)
        if further:
            add_further(further, tok)
            continue
        if len(sanctioners) != 1:
            continue
        if tok.pos_ != "VERB" or not any(c.dep_ == "aux:pass" for c in tok.children):
            continue
        lemma = lemma_of(tok)
        agents = [c for c in tok.children if c.dep_ == "obl:agent"]
        if lemma in _SANCTION_VERBS:
            if any(entities_at(c, index) for c in agents):
                continue   # the agent is named: the rules read it
        elif not (lemma in _HIT_VERBS and any(_is_sanction_noun(c) for c in agents)):
            continue
        targets = [x for c in tok.children if c.dep_ == "nsubj:pass" for x in entities_at(c, index)]
        if not targets:   # "… ont été frappées par des gels d'avoirs, dont quatre banques, telles que X"
            sent = tok.sent
            for j in range(tok.i + 1, sent.end):
                if tv[j].lower_ in _EXAMPLE_CUES:
                    k = j + 1
                    while k < min(j + 5, sent.end) and index.entity_at(k) is None and tv[k].text not in (".", ";"):
                        k += 1
                    if k < sent.end and index.kinds.get(k) in ("name", "introducer"):
                        targets = read_name_list(doc, index, k, sent.end)
                        break
        add(targets, tok.sent, 0.5, next(iter(sanctioners)))
    return out


def _sanctioned_further(tok, index, tv) -> list[tuple[str, int]]:
    """Who a sentence adds to the sanctions the article has told of, with no sanctioner named:
    "Sont également visées A et B" (an agentless passive with "également" / "aussi", the subject
    inverted), "X figure aussi sur la liste", "X fait lui aussi l'objet d'un gel des avoirs",
    "des sanctions visant X". The parses of these sentences are often broken: the parties are read
    along the words (the first name before the verb, or after an inverted one, with its list mates)."""
    lemma = lemma_of(tok) if tok.pos_ in ("VERB", "NOUN") else ""
    sent = tok.sent
    if lemma in _HIT_VERBS | _SANCTION_VERBS and tok.pos_ == "VERB":
        if tok.dep_ == "acl" and tok.head.i < tok.i and (_is_sanction_noun(tok.head) or (
                tok.head.lemma_.lower() in _BATCH_NOUNS and any(_is_sanction_noun(c) for c in tok.head.children))):
            return _names_from(tok.i + 1, sent.end, index, tv)   # "des sanctions visant X"
        passive = any(c.dep_ == "aux:pass" for c in tok.children)
        if not passive or any(c.dep_ == "obl:agent" for c in tok.children) \
                or not any(c.lower_ in _ALSO for c in tok.children):
            return []
        if tv[sent.start].dep_ == "aux:pass" or (sent.start < tok.i and tv[sent.start].lower_ in ("sont", "est")):
            return _names_from(tok.i + 1, sent.end, index, tv)   # "Sont également visés A et B"
        return _names_from(sent.start, tok.i, index, tv, first_only=True)
    if lemma in ("figurer", "apparaître") and tok.pos_ == "VERB" and any(
            c.lemma_.lower() == "liste" and c.i > tok.i for c in tok.children):
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.pos_ == "NOUN" and not any(
                index.entity_at(d.i) for d in subject.subtree):
            return []   # ("X sait pourquoi son groupe figure sur la liste": the group, told before, not X)
        return _names_from(sent.start, tok.i, index, tv, first_only=True)   # "X figure sur la liste"
    if lemma == "objet" and tok.dep_ == "obj" and lemma_of(tok.head) == "faire" and tok.head.i < tok.i and any(
            _is_sanction_noun(c) for c in tok.head.children if c.i > tok.i) | any(
            _is_sanction_noun(c) for c in tok.children):
        return _names_from(sent.start, tok.head.i, index, tv, first_only=True)   # "fait l'objet d'un gel"
    return []


def _names_from(start: int, end: int, index, tv, first_only: bool = False) -> list[tuple[str, int]]:
    """The first actor named between start and end (not inside a "de" phrase), with its list mates
    (``first_only``: the subject before the verb), or the list read from it."""
    from .lists import list_mates, read_name_list

    for j in range(start, end):
        if index.kinds.get(j) not in ("name", "introducer") or index.entity_at(j) is None:
            continue
        if j > 0 and tv[j - 1].lower_ in ("de", "du", "des", "d'", "d’"):
            continue   # ("le fils de X" before the verb: the son is the one sanctioned)
        if first_only:
            return [(index.entity_at(j), j)] + [m for m in list_mates(tv[j].doc, index, j) if m[1] < end]
        return read_name_list(tv[j].doc, index, j, end)
    return []


_FAMILY_WORDS = ("famille", "clan", "dynastie")


def bracketed_families(doc, index, found) -> list[Relation]:
    """'X (famille Y)': a person followed by a bracket naming only a family belongs to it."""
    tv = tokens_of(doc)
    out = []
    have = {(r.type, r.subject, r.object) for r in found}
    for tok in _cue_tokens(doc)["("]:
        person = _name_before_bracket(tok, index)
        if person is None or index.type_of(person) != "PER" or tok.i + 2 >= len(tv):
            continue
        family = index.entity_at(tok.i + 1)
        if family is None or not family.lower().startswith(_FAMILY_WORDS):
            continue
        j = tok.i + 1
        while j < len(tv) and index.entity_at(j) == family:
            j += 1
        if j >= len(tv) or tv[j].text != ")" or ("FAMILY", person, family) in have:
            continue
        have.add(("FAMILY", person, family))
        sent = tok.sent
        out.append(Relation(type="FAMILY", subject=person.strip(), object=family.strip(), evidence=sent.text,
                            start=sent.start_char, end=sent.end_char, confidence=0.6, rule="family.bracket"))
    return out


def bodies_named_after_leaders(doc, index, found) -> list[Relation]:
    """"le régime Kadhafi", "l'administration Orel", "le gouvernement Orel": a body named after the person
    the article names who leads it (lexicon: led_body_words)."""
    fold = _fold
    words = lexicon()["led_body_words"]
    out = []
    # (the bodies first: most articles name none, and then the people need not be listed)
    if not any(ent.type in ("GOV", "ORG", "LOC") and fold(name).split(" ", 1)[0] in words
               for name, ent in index.entities.items()):
        return out
    have = {(r.type, r.subject, r.object) for r in found}
    people = {}
    for name, ent in index.entities.items():
        if ent.type == "PER":
            for alias in [name, *ent.aliases]:
                people.setdefault(fold(alias), set()).add(name)
                last = fold(alias).split(" ")[-1] if alias else ""
                if last:
                    people.setdefault(last, set()).add(name)
    for name, ent in index.entities.items():
        parts = fold(name).split(" ", 1)
        if ent.type not in ("GOV", "ORG", "LOC") or len(parts) != 2 or parts[0] not in words:
            continue
        # ("le gouvernement de Michel X", "le gouvernement d'Alban X": the leader after its "de")
        rest = re.sub(r"^(?:de |d'|d’|d )", "", parts[1])   # (folded: "d'" is "d ")
        leaders = people.get(rest, set())
        if len(leaders) != 1:
            continue
        leader = next(iter(leaders))
        if ("LEADS", leader, name) in have:
            continue
        at = min((i for i, n in index.by_token.items() if n == name and index.kinds.get(i) == "name"), default=None)
        if at is None:
            continue
        sent = doc[at].sent
        have.add(("LEADS", leader, name))
        out.append(Relation(type="LEADS", subject=leader.strip(), object=name.strip(), evidence=sent.text,
                            start=sent.start_char, end=sent.end_char, confidence=0.6, rule="leads.named_after"))
    return out


# Verbs of holding whose passive names a joint company's owners: "détenue à 50 % par A et 50 % par B".
_HOLD_VERBS = {"détenir", "contrôler", "posséder"}


def equal_owners(doc, index, found) -> list[Relation]:
    """'une coentreprise détenue à 50 % par A et 50 % par B' / 'à parts égales par A et B': the two
    owners of a company held half each are partners in it."""
    tv = tokens_of(doc)   # the token list: tv[i] skips DocView.__getitem__
    out = []
    have = {(r.type, *sorted((r.subject, r.object))) for r in found}
    for tok in _cue_tokens(doc)["hold"]:
        if tok.lemma_.lower() not in _HOLD_VERBS or "Part" not in tok.morph.get("VerbForm"):
            continue
        end = tok.i + 1
        while end < tok.sent.end and tv[end].text not in (",", ";", ".", "(", ")") and end < tok.i + 16:
            end += 1
        words = [x.lower_ for x in tv[tok.i + 1:end]]
        halves = "parts égales" in " ".join(words) or " ".join(words).count("50 %") + " ".join(words).count("50%") >= 2
        if not halves:
            continue
        owners = []
        for k in range(tok.i + 1, end):
            if tv[k].lower_ in ("par", "et") and k + 1 < end:
                j = k + 1
                while j < end and tv[j].pos_ == "DET":
                    j += 1
                name = index.entity_at(j) if j < end else None
                if name and index.kinds.get(j) in ("name", "introducer") and index.type_of(name) != "PER" and name not in owners:
                    owners.append(name)
        if len(owners) != 2:
            continue
        _add_partners(out, have, owners[0], owners[1], tok.sent, "partners.equal_owners")
    return out


def _is_ex(tok) -> bool:
    return tok.lower_[:3] in ("ex-", "ex–") and tok.text[3:4].isupper()


def former_employers(doc, index, found) -> list[Relation]:
    """'X (ex-Kelvio)', 'X, ex-Kelvio et Nuvia,': a person followed by organisations under the prefix
    "ex-", alone in a bracket or an apposition, worked there before (not a school: "ex-Polytechnique")."""
    from .relations import _is_country   # (relations imports this module)
    tv = tokens_of(doc)
    schools = set(lexicon()["school_name_words"])
    out = []
    have = {(r.type, r.subject, r.object) for r in found}
    for tok in _cue_tokens(doc)["ex"]:
        if tok.text not in ("(", ",") or tok.i == 0 or tok.i + 2 >= len(tv) or not _is_ex(tv[tok.i + 1]):
            continue
        person = index.entity_at(tok.i - 1)
        if person is None or index.kinds.get(tok.i - 1) != "name" or index.type_of(person) != "PER":
            continue
        close = ")" if tok.text == "(" else ","
        j, items, ok = tok.i + 1, [], True
        while j < len(tv) and tv[j].text != close:
            name = index.entity_at(j)
            if name is not None and index.kinds.get(j) == "name":
                if not items or items[-1] != name:
                    items.append(name)
            elif tv[j].lower_ not in ((",", "et", "/", "&") if close == ")" else ("et", "/", "&")):
                ok = False
                break
            j += 1
        if not ok or j >= len(tv) or not items:
            continue
        sent = tok.sent
        for name in items:
            if index.type_of(name) not in ("ORG", "LOC") or (index.type_of(name) == "LOC" and name not in index.weak) \
                    or set(_fold(name).replace("-", " ").split()) & schools or _is_country(name):
                continue
            if name == person or ("WORKS_FOR", person.strip(), name.strip()) in have:
                continue
            have.add(("WORKS_FOR", person.strip(), name.strip()))
            out.append(Relation(type="WORKS_FOR", subject=person.strip(), object=name.strip(), evidence=sent.text,
                                start=sent.start_char, end=sent.end_char, confidence=0.55, status="former",
                                rule="works_for.ex_prefix"))
    return out


_SUBSIDIARY_NOUNS = {"filiale", "filiales", "succursale", "antenne"}


def subsidiaries_by_name(doc, index, found) -> list[Relation]:
    """"la filiale chypriote Volgatrans Shipping": a subsidiary whose name is another organisation's of the
    article followed by more words is that organisation's."""
    tv = tokens_of(doc)
    out = []
    have = {(r.type, r.subject, r.object) for r in found}
    orgs = [n for n, e in index.entities.items() if e.type == "ORG" or (n in index.weak and e.type != "GOV")]
    for i, kind in index.kinds.items():
        if kind != "introducer" or tv[i].lower_ not in _SUBSIDIARY_NOUNS:
            continue
        child = index.entity_at(i)
        if child is None or index.type_of(child) != "ORG":
            continue
        parents = [p for p in orgs if p.strip() != child.strip() and child.strip().startswith(p.strip() + " ")]
        if len(parents) != 1 or ("OWNS", parents[0].strip(), child.strip()) in have:
            continue
        # ((s27-names27) "Y, la maison mère de X, cède sa filiale X Towers": a possessive the readers gave
        # another owner says whose subsidiary it is; the name's first word does not)
        if i > 0 and tv[i - 1].lower_ in ("sa", "son", "leur") and any(
                r.type == "OWNS" and r.object == child.strip() and r.subject != parents[0].strip()
                and r.rule == "owns.own_subsidiary_firm" for r in found):
            continue
        sent = tv[i].sent
        have.add(("OWNS", parents[0].strip(), child.strip()))
        out.append(Relation(type="OWNS", subject=parents[0].strip(), object=child.strip(), evidence=sent.text,
                            start=sent.start_char, end=sent.end_char, confidence=0.6,
                            rule="owns.subsidiary_name"))
    return out


# Kinship nouns that open a sentence as "Le fils aîné, X, …" (a person of the family just spoken of), and
# the adjectives of rank that may follow them.
# (not a spouse: "X a rencontré Y. Le mari, Z, …" is Y's husband as likely as X's)
_KIN_OPENERS = frozenset({"fils", "fille", "frère", "sœur", "soeur", "père", "mère", "neveu", "nièce", "gendre",
                          "belle-fille", "petit-fils", "petite-fille"})
_KIN_RANKS = frozenset({"aîné", "aînée", "cadet", "cadette", "benjamin", "benjamine", "unique", "puîné", "puînée"})


def kin_of_previous_subject(doc, index, found) -> list[Relation]:
    """"X a cédé 20 % du capital à son fils Y. Le fils aîné, Z, en a pris ombrage": a sentence opened by a
    kinship noun (no "de", no possessive) and the name apposed to it is about the family of the person the
    previous sentence had as subject: Z is kin of X."""
    tv = tokens_of(doc)
    out = []
    have = {(r.type, *sorted((r.subject, r.object))) for r in found}
    prev = None
    for sent in doc.sents:
        before, prev, at = prev, sent, sent.start
        if before is None or at + 4 >= sent.end or tv[at].lower_ not in ("le", "la", "l'", "l’") \
                or tv[at + 1].lower_ not in _KIN_OPENERS:
            continue
        # (the previous sentence's subject, read only before a sentence that opens so)
        subject = next((index.entity_at(t.i) for t in before if t.dep_ in ("nsubj", "nsubj:pass")
                        and t.head.dep_ == "ROOT" and index.entity_at(t.i) is not None
                        and index.type_of(index.entity_at(t.i)) == "PER"), None)
        if subject is None:
            continue
        j = at + 2
        while j < sent.end and tv[j].lower_ in _KIN_RANKS:
            j += 1
        if j + 1 >= sent.end or tv[j].text != "," or index.kinds.get(j + 1) != "name":
            continue
        kin = index.entity_at(j + 1)
        k = j + 1
        while k < sent.end and index.entity_at(k) == kin:
            k += 1
        if k >= sent.end or tv[k].text != "," or index.type_of(kin) != "PER" or kin == subject:
            continue
        key = ("FAMILY", *sorted((kin, subject)))
        if key in have:
            continue
        have.add(key)
        out.append(Relation(type="FAMILY", subject=kin.strip(), object=subject.strip(), evidence=sent.text,
                            start=sent.start_char, end=sent.end_char, confidence=0.55, rule="family.kin_opener"))
    out += _kin_possessives(doc, index, have)
    out += _fronted_marriages(doc, index, have)
    return out


_MARRIED = frozenset({"marié", "mariée", "remarié", "remariée"})


def _fronted_marriages(doc, index, have: set) -> list[Relation]:
    """"Mariée à l'avocat X, mère de trois enfants, Y préside…", "Administratrice de Z, mariée à X, …, elle se
    décrit…": a participle of marriage in the appositions fronted before a sentence's subject joins the
    spouse named after it to that subject, the first part between commas that opens on a person (an
    unresolved "elle"/"il": the article's person)."""
    tv = tokens_of(doc)
    out = []
    if _MARRIED.isdisjoint(lower_words_of(doc)):
        return out   # (no word of marriage in the document: no walk)
    for t in tv:
        if t.lower_ not in _MARRIED or t.i + 2 >= len(tv) or tv[t.i + 1].lower_ not in ("à", "au", "avec") \
                or not (t.i == t.sent.start or tv[t.i - 1].text == ","):
            continue
        j = t.i + 2
        while j < min(t.i + 7, t.sent.end) and index.entity_at(j) is None and tv[j].pos_ in ("DET", "NOUN", "ADP", "ADJ"):
            j += 1   # (past "l'avocat d'affaires")
        spouse = index.entity_at(j)
        if spouse is None or index.type_of(spouse) != "PER":
            continue
        who = _fronted_subject(tv, index, j, t.sent.end, spouse, "elle" if t.lower_.endswith("e") else "il")
        if who is None or who == spouse:
            continue
        key = ("FAMILY", *sorted((who, spouse)))
        if key in have:
            continue
        have.add(key)
        sent = t.sent
        out.append(Relation(type="FAMILY", subject=who.strip(), object=spouse.strip(), evidence=sent.text,
                            start=sent.start_char, end=sent.end_char, confidence=0.6, rule="family.fronted_married"))
    return out


def _fronted_subject(tv, index, j: int, end: int, spouse: str, pronoun: str) -> str | None:
    """The person opening the first comma-delimited part after token j (its determiner aside), if that part
    goes on with a verb: the subject the fronted appositions describe (an unresolved pronoun of the
    participle's gender: the article's person)."""
    for k in range(j + 1, end):
        if tv[k].text != ",":
            continue
        m = k + 1
        while m < end and tv[m].pos_ == "DET":
            m += 1
        if m >= end:
            return None
        name = index.entity_at(m)
        if name == spouse:
            continue
        if name is not None and index.type_of(name) == "PER" and index.kinds.get(m) in ("name", "pronoun", "descriptor"):
            return name if _verb_follows(tv, index, m, end, name) else None
        if name is None and tv[m].lower_ == pronoun and tv[m].dep_ in ("nsubj", "nsubj:pass"):
            return index.main_person()
    return None


def _verb_follows(tv, index, m: int, end: int, name: str) -> bool:
    """The mention at token m is followed, before any comma, by a verb (its clause's)."""
    k = m
    while k < end and index.entity_at(k) == name:
        k += 1
    for n in range(k, min(k + 4, end)):
        if tv[n].text == ",":
            return False
        if tv[n].pos_ in ("VERB", "AUX"):
            return True
    return False


def _kin_possessives(doc, index, have: set) -> list[Relation]:
    """"son père, Yves X", "Son fils Kirill", "Son mari, l'avocat Julien Y": a possessive kin noun and the
    person named right after it (past its rank and a comma, a determiner and the noun introducing the name),
    however the parser hangs that name: kin of the possessive's owner (mentions/coref.py _kin_possessor)."""
    tv = tokens_of(doc)
    out = []
    siblings: dict[tuple[int, str], list[str]] = {}
    for i, owner in sorted(index.kin_owner.items()):
        if owner is None or "Yes" in tv[i].morph.get("Poss") or i + 2 >= len(tv):
            continue   # (the noun's entry, not its determiner's)
        j = i + 1
        while j < len(tv) and tv[j].lower_ in _KIN_RANKS:
            j += 1
        if j < len(tv) and tv[j].text == ",":
            j += 1
        while j < len(tv) and tv[j].pos_ == "DET" and j not in index.by_token:
            j += 1
        kin = index.entity_at(j)
        if kin is None or index.kinds.get(j) not in ("name", "introducer") or index.type_of(kin) != "PER" \
                or kin == owner[0] or tv[j].sent.start != tv[i].sent.start:
            continue
        if tv[i].lower_ in _SIBLINGS:
            siblings.setdefault((tv[i].sent.start, owner[0]), []).append(kin)
        key = ("FAMILY", *sorted((kin, owner[0])))
        if key in have:
            continue
        have.add(key)
        sent = tv[i].sent
        out.append(Relation(type="FAMILY", subject=kin.strip(), object=owner[0].strip(), evidence=sent.text,
                            start=sent.start_char, end=sent.end_char, confidence=0.6, rule="family.kin_possessive"))
    for (start, owner), kins in siblings.items():
        # (s28-politics28) "Sa sœur, A, … et son frère, B": two siblings of one owner, in one sentence, are each
        # other's
        for a, b in zip(kins, kins[1:]):
            key = ("FAMILY", *sorted((a, b)))
            if a == b or key in have:
                continue
            have.add(key)
            sent = tv[start].sent
            out.append(Relation(type="FAMILY", subject=b.strip(), object=a.strip(), evidence=sent.text,
                                start=sent.start_char, end=sent.end_char, confidence=0.55,
                                rule="family.kin_siblings"))
    return out


_SIBLINGS = frozenset({"frère", "sœur", "soeur", "demi-frère", "demi-sœur", "demi-soeur"})


# Participles and adjectives of being in a company's capital: "X, déjà présent au capital depuis 2023".
_IN_CAPITAL = frozenset({"présent", "présente", "présents", "présentes", "entré", "entrée", "entrés", "entrées",
                         "arrivé", "arrivée", "arrivés", "arrivées", "resté", "restée", "restés", "restées",
                         "revenu", "revenue", "revenus", "revenues"})
_IN_CAPITAL_ADVERBS = frozenset({"déjà", "aussi", "également", "toujours", "désormais", "encore", "historiquement"})


def holders_in_topic_capital(doc, index, found) -> list[Relation]:
    """'X, déjà présent au capital depuis 2023', 'X, banque régionale entrée au capital en 2015': a name
    described, in an apposition, as in a capital of no company named holds a stake in the article's company."""
    topic = index.topic
    if topic and index.type_of(topic) != "ORG":
        topic = None   # ((s32-deals32) a stake the sentence told names the company without one)
    tv = tokens_of(doc)
    out = []
    have = {(r.type, r.subject, r.object) for r in found}
    for tok in _cue_tokens(doc)["capital"]:
        k = tok.i
        # "au capital" and nothing of whose after it ("au capital de Y" is read by the rules)
        if k < 3 or tv[k - 1].lower_ != "au" or (k + 1 < len(tv) and tv[k + 1].lower_ in ("de", "du", "des", "d'", "d’")):
            continue
        j = k - 2
        if tv[j].lower_ not in _IN_CAPITAL:
            continue
        j -= 1
        while j >= 0 and tv[j].lower_ in _IN_CAPITAL_ADVERBS:
            j -= 1
        # (not the noun: "son entrée au capital", "l'entrée au capital")
        if j < 1 or tv[j].pos_ == "DET":
            continue
        # back over the describing noun phrase ("banque régionale", "l'association de lecteurs") to the comma
        start, steps = j, 0
        while start >= 0 and tv[start].text != "," and steps < 6:
            x = tv[start]
            if x.is_punct or x.pos_ in ("VERB", "AUX", "PRON", "PROPN") or index.entity_at(x.i) is not None:
                break
            start -= 1
            steps += 1
        if start < 1 or tv[start].text != "," or tv[start].sent.start != tok.sent.start:
            continue
        holder = index.entity_at(start - 1)
        if holder is None or index.kinds.get(start - 1) != "name" or index.type_of(holder) not in ("ORG", "PER", "GOV"):
            continue
        sent = tok.sent
        from .slots.readers import stake_told_before
        told = stake_told_before(tv, index, sent.start, tok.i)
        # ((s32-deals32) "A, qui détient 28 % de Y, …, tout comme B, entré au capital": Y's capital)
        company = told[0] if told is not None else topic
        if company is None or holder.strip() == company.strip() or ("OWNS", holder.strip(), company.strip()) in have:
            continue
        have.add(("OWNS", holder.strip(), company.strip()))
        out.append(Relation(type="OWNS", subject=holder.strip(), object=company.strip(), evidence=sent.text,
                            start=sent.start_char, end=sent.end_char, confidence=0.55,
                            rule="owns.in_topic_capital"))
    return out


# Phrases after which the co-backers of a round are listed: "mené par A, aux côtés de B et C", "avec la
# participation de B", "tout comme le business angel B".
_CO_CUES = (("aux", "côtés"), ("avec", "la", "participation"), ("tout", "comme"))


def co_investors(doc, index, found) -> list[Relation]:
    """'Le tour est mené par A, aux côtés de B et de C', 'Les historiques remettent au pot, tout comme le
    business angel B': in a sentence that ties an investor to a company, the names listed after a
    phrase of company invest in it too."""
    rounds = [r for r in found if r.type == "INVESTS_IN" and not r.negated and r.start is not None]
    if not rounds:
        return []
    from bisect import bisect_left

    tv = tokens_of(doc)
    at = [t.idx for t in tv]
    starts = {}
    have = {(r.type, r.subject, r.object) for r in found}
    out = []
    by_sent: dict[int, set[str]] = {}
    for r in rounds:
        k = bisect_left(at, r.start)
        if k >= len(tv) or tv[k].idx >= r.end:
            continue
        sent = tv[k].sent
        starts[sent.start] = sent
        by_sent.setdefault(sent.start, set()).add(r.object)
    for s0, raisers in by_sent.items():
        if len(raisers) != 1:
            continue   # (two companies funded in one sentence: whose co-backers, unsure)
        raiser = next(iter(raisers))
        sent = starts[s0]
        for name in _co_listed(doc, sent, index, tv, raiser):
            if name == raiser or ("INVESTS_IN", name.strip(), raiser.strip()) in have:
                continue
            have.add(("INVESTS_IN", name.strip(), raiser.strip()))
            out.append(Relation(type="INVESTS_IN", subject=name.strip(), object=raiser.strip(), evidence=sent.text,
                                start=sent.start_char, end=sent.end_char, confidence=0.55,
                                rule="invests.co_investor"))
    return out


# (s28-stake28) the words a backer's name may follow after a bare ", avec": a determiner, an investor's kind
# noun and a lower-case qualifier ("avec le fonds américain B"); no "de" ("avec l'accord de B" is no backer)
_WITH_KINDS = frozenset({"fonds", "investisseur", "investisseurs", "banque", "groupe", "family", "office",
                         "société", "holding", "business", "angel", "angels"})


def _bare_with(doc, sent, index, tv, raiser: str, j: int) -> list[str]:
    """'Le tour a été mené par A, avec B et C': a bare "avec" after a comma, in a sentence that ties an investor
    to a company, lists its other backers when a name follows at once (past a determiner, a kind noun and a
    lower-case qualifier)."""
    from .lists import read_name_list

    k = j + 1
    while k < min(j + 5, sent.end) and index.entity_at(k) is None and (
            tv[k].pos_ == "DET" and tv[k].lower_ in ("le", "la", "l'", "l’", "les")
            or tv[k].lower_ in _WITH_KINDS or (tv[k - 1].lower_ in _WITH_KINDS and tv[k].is_lower
                                              and tv[k].pos_ in ("ADJ", "PROPN"))):
        k += 1
    if k >= sent.end or index.kinds.get(k) not in ("name", "introducer") or index.entity_at(k) == raiser:
        return []
    return [name for name, _ in read_name_list(doc, index, k, sent.end, types=("ORG", "PER"))]


def _co_listed(doc, sent, index, tv, raiser: str) -> list[str]:
    """The names listed after a phrase of company in this sentence ("aux côtés de B et de C", "avec la
    participation du fonds B", "aux côtés des investisseurs historiques de la jeune pousse, B et C": past the
    descriptor words, a mention of the raiser among them, and one comma after them, the apposition's)."""
    from .lists import read_name_list

    got = []
    for j in range(sent.start, sent.end - 2):
        cue = next((c for c in _CO_CUES if tuple(tv[j + n].lower_ for n in range(len(c))) == c), None)
        if cue is None:
            if tv[j].lower_ == "avec" and j > sent.start and tv[j - 1].text == ",":
                got += _bare_with(doc, sent, index, tv, raiser, j)
            continue
        k = j + len(cue)
        steps, comma = 0, False
        while k < sent.end and steps < 9 and index.entity_at(k) in (None, raiser) and (
                tv[k].lower_ in ("de", "d'", "d’", "du", "des") or tv[k].pos_ == "DET"
                or (tv[k].is_lower and tv[k].pos_ in ("NOUN", "ADJ", "PROPN"))
                # (s28-stake28: "de la jeune pousse", the noun after a determiner and an adjective tagged a verb)
                or (tv[k].is_lower and tv[k].is_alpha and tv[k].pos_ == "VERB" and tv[k - 1].pos_ == "ADJ"
                    and tv[k - 2].pos_ == "DET")
                or (tv[k].text == "," and steps >= 2 and not comma)):
            comma = comma or tv[k].text == ","
            k += 1
            steps += 1
        if k >= sent.end or index.kinds.get(k) not in ("name", "introducer"):
            continue
        got += [name for name, _ in read_name_list(doc, index, k, sent.end, types=("ORG", "PER"))]
    return got


# First words of an apposition before "chez Y" that name no job there: "X, cliente chez Y", "X, invité chez Y".
_NOT_JOBS = frozenset({"client", "cliente", "clients", "clientes", "invité", "invitée", "hôte", "patient",
                       "patiente", "abonné", "abonnée", "actionnaire", "locataire", "en", "de", "du", "à", "au",
                       "très", "bien", "mal", "comme", "reçu", "reçue", "venu", "venue", "installé", "installée"})
_FORMER_WORDS = frozenset({"ancien", "ancienne", "ex", "jadis", "autrefois", "naguère"})


def roles_at_employers(doc, index, found) -> list[Relation]:
    """'X, ancien data scientist chez Y,', 'X, analyste chez Y': a person followed by a short apposition
    of lower-case words (a job the title rules need not know) and "chez" an organisation works there."""
    from .lexicon import doc_text

    if "chez" not in doc_text(doc).lower():
        return []
    tv = tokens_of(doc)
    have = {(r.type, r.subject, r.object) for r in found}
    out = []
    for t in tv:
        if t.lower_ != "chez" or t.i < 3:
            continue
        # back over the job words to the comma after the person's name
        j, words = t.i - 1, []
        while j > t.sent.start and len(words) < 4 and tv[j].is_lower and tv[j].is_alpha \
                and index.entity_at(j) is None and tv[j].pos_ in ("NOUN", "ADJ", "X", "PROPN", "VERB"):
            words.append(tv[j].lower_)
            j -= 1
        if tv[j].lower_ in ("ex-", "ex") and j > t.sent.start:
            words.append("ex")
            j -= 1
        if not words or tv[j].text != "," or j < 1 or index.kinds.get(j - 1) != "name":
            continue
        first = words[-1]
        if first in _NOT_JOBS or any(w in _NOT_JOBS for w in words):
            continue
        person = index.entity_at(j - 1)
        if person is None or index.type_of(person) != "PER":
            continue
        k = t.i + 1
        while k < t.sent.end and k < t.i + 6 and index.entity_at(k) is None and (
                tv[k].pos_ == "DET" or (tv[k].is_lower and tv[k].pos_ in ("NOUN", "ADJ"))):
            k += 1
        employer = index.entity_at(k) if k < t.sent.end else None
        if employer is None or index.kinds.get(k) not in ("name", "introducer") or index.type_of(employer) != "ORG":
            continue
        # (the apposition ends after the employer: a comma, a full stop or a bracket)
        e = k
        while e < t.sent.end and index.entity_at(e) == employer:
            e += 1
        if e < t.sent.end and tv[e].text not in (",", ".", ";", ")", "(", "et"):
            continue
        if any(r[1] == person and r[2] == employer for r in have):
            continue
        have.add(("WORKS_FOR", person, employer))
        sent = t.sent
        out.append(Relation(type="WORKS_FOR", subject=person.strip(), object=employer.strip(), evidence=sent.text,
                            start=sent.start_char, end=sent.end_char, confidence=0.55,
                            status="former" if any(w in _FORMER_WORDS for w in words) else None,
                            rule="works_for.role_at"))
    return out


def company_here(index, i: int, tv) -> str | None:
    """The company token i's paragraph is about: the one a "Chez X, …", "Du côté de X, …" opening one of
    its sentences names (index.cued_company), else the article's; None when neither is an organisation."""
    company = index.cued_company(i, tv) or index.topic
    return company if company and index.type_of(company) == "ORG" else None


# The article's company as the missing party (s11-topic). A post taken or left with no company named
# ("X prend la direction générale", "Y quitte la présidence", "Z prend la tête du directoire"): the verbs, the
# post nouns that head a company, and the verbs that end the tie.
_POST_VERBS = frozenset({"prendre", "reprendre", "quitter", "céder", "abandonner", "assurer", "conserver", "garder",
                         "occuper", "hériter", "récupérer", "briguer"})
_LEAVE_VERBS = frozenset({"quitter", "abandonner"})
_TOP_POSTS = frozenset({"présidence", "tête", "rênes", "barre", "direction"})
_BARE_BOARDS = frozenset({"directoire", "conseil"})


def _bare_post(obj) -> bool:
    """Is the noun a company's top post that names no company: "la présidence", "la direction générale",
    "la tête du directoire", "la présidence du conseil de surveillance" (not "la direction financière", not
    "la présidence de Y", "la tête du groupe Y", "du conseil municipal")?"""
    low = obj.lemma_.lower()
    if low not in _TOP_POSTS:
        return False
    for c in obj.children:
        if c.dep_ == "amod" and not (low == "direction" and c.lower_ in ("générale", "opérationnelle")) \
                and c.lower_ not in ("exécutive", "non", "opérationnelle"):
            return False
        if c.dep_ == "nmod":
            if c.lemma_.lower() not in _BARE_BOARDS or any(k.dep_ in ("amod", "nmod") and k.lower_ not in
                                                            ("administration", "surveillance") for k in c.children):
                return False
    if low == "direction" and not any(c.dep_ == "amod" for c in obj.children):
        return False   # (a bare "la direction" is the management, whose post is unsaid)
    return True


def posts_at_topic(doc, index, found) -> list[Relation]:
    """'X prend la direction générale', 'Y quitte la présidence', 'Z prend la tête du directoire': a person
    taking, holding or leaving a company's top post that names no company, in a sentence naming no other
    organisation, heads the paragraph's company (company_here)."""
    from .arguments import _subject_of, lemma_of

    tv = tokens_of(doc)
    have = {(r.subject, r.object) for r in found}
    out = []
    for tok in tv:
        if tok.pos_ != "NOUN" or tok.dep_ != "obj" or tok.lemma_.lower() not in _TOP_POSTS or not _bare_post(tok):
            continue
        verb = tok.head
        if verb.pos_ != "VERB" or lemma_of(verb) not in _POST_VERBS:
            continue
        topic = company_here(index, tok.i, tv)
        if topic is None:
            continue
        sent = tok.sent
        others = {index.entity_at(k) for k in range(sent.start, sent.end)} - {None, topic}
        if any(index.type_of(n) in ("ORG", "GOV") for n in others):
            continue   # (another organisation in the sentence: whose post, unsure)
        people = [n for n, _ in _subject_of(verb, index) if index.type_of(n) == "PER"]
        if len(people) != 1 or (people[0], topic) in have:
            continue
        person = people[0]
        have.add((person, topic))
        out.append(Relation(type="LEADS", subject=person.strip(), object=topic.strip(), evidence=sent.text,
                            start=sent.start_char, end=sent.end_char, confidence=0.5,
                            status="former" if lemma_of(verb) in _LEAVE_VERBS else None,
                            rule="leads.post_at_topic"))
    return out


# Participles of a purchase set after a company's name with no buyer: "Robotix, rachetée en 2021".
_BOUGHT = frozenset({"racheter", "acquérir", "reprendre", "absorber"})


_TOO_WORDS = frozenset({"aussi", "également"})
_OFFER_MAKING = frozenset({"déposer", "faire", "remettre", "présenter", "soumettre", "formuler"})


def _name_before(verb, index) -> list:
    """"Z, son concurrent direct, avait lui aussi déposé une offre": the parser takes "lui" for the subject; the
    organisation named nearest before the verb in its sentence."""
    for j in range(verb.i - 1, verb.sent.start - 1, -1):
        name = index.entity_at(j)
        if name is not None and index.kinds.get(j) == "name":
            return [(name, j)] if index.type_of(name) == "ORG" else []
    return []


def _rival_offers_too(doc, index, found) -> list[Relation]:
    """"X rachète Y pour 310 M€, alors que Z, son concurrent, avait lui aussi déposé une offre": an offer
    "too" that names no target, in a sentence telling of one purchase or bid, was on the same company."""
    from .arguments import _subject_of, lemma_of

    by_sent: dict[int, set] = {}
    for r in found:
        if r.type in ("ACQUIRES", "BIDS_FOR") and not r.negated:
            by_sent.setdefault(r.start, set()).add((r.subject, r.object))
    out = []
    if not by_sent:
        return out
    for tok in tokens_at(tokens_of(doc), ("offre", "proposition")):   # (only those nouns: mentions/wordpos.py)
        if tok.lower_ not in ("offre", "proposition") or tok.dep_ != "obj" or lemma_of(tok.head) not in _OFFER_MAKING:
            continue
        verb = tok.head
        if not any(c.lower_ in _TOO_WORDS for c in verb.subtree if c.i < tok.i) \
                or any(c.dep_ == "nmod" for c in tok.children):
            continue   # ("une offre sur Y", "une offre de Y": the rules')
        deals = by_sent.get(tok.sent.start_char, set())
        if len({o for _, o in deals}) != 1:
            continue
        target = next(iter(deals))[1]
        buyers = {b for b, _ in deals}
        subs = [x for x in _subject_of(verb, index) if x[0] != target and x[0] not in buyers]
        for s, _ in (subs or _name_before(verb, index))[:1]:
            if s != target and s not in buyers and index.type_of(s) == "ORG" and (s, target) not in deals:
                out.append(Relation(type="BIDS_FOR", subject=s.strip(), object=target.strip(), evidence=tok.sent.text,
                                    start=tok.sent.start_char, end=tok.sent.end_char, confidence=0.5,
                                    status="proposed", rule="bids.rival_too"))
    return out


def purchases_by_topic(doc, index, found) -> list[Relation]:
    """'pas question de céder Robotix, rachetée en 2021': a company described by a participle of purchase
    with no agent ("par Y") and no auxiliary (not a clause "a été rachetée"), in a sentence naming no other
    organisation, was bought by the article's company."""
    from .arguments import lemma_of

    rivals = _rival_offers_too(doc, index, found)   # "… alors que Y, son concurrent, avait lui aussi déposé une offre"
    topic = index.topic
    if not topic or index.type_of(topic) != "ORG":
        return rivals
    tv = tokens_of(doc)
    have = {(r.subject, r.object) for r in found} | {(r.object, r.subject) for r in found}
    out = rivals
    for tok in tv:
        if tok.pos_ != "VERB" or lemma_of(tok) not in _BOUGHT or "Part" not in tok.morph.get("VerbForm") \
                or tok.i < 2 or tv[tok.i - 1].text != "," or index.kinds.get(tok.i - 2) != "name":
            continue   # (right after the name and its comma: the parser hangs such a participle anywhere)
        if any(c.dep_ in ("obl:agent", "aux", "aux:pass", "obj", "nsubj") for c in tok.children):
            continue
        sent = tok.sent
        # (no agent up to the aside's end: "Robotix, rachetée en 2021 par Y" is the rules')
        end = next((k for k in range(tok.i + 1, sent.end) if tv[k].is_punct), sent.end)
        if any(tv[k].lower_ == "par" for k in range(tok.i + 1, end)):
            continue
        bought = index.entity_at(tok.i - 2)
        if bought is None or bought == topic or index.type_of(bought) != "ORG":
            continue
        others = {index.entity_at(k) for k in range(sent.start, sent.end)} - {None, topic, bought}
        if any(index.type_of(n) in ("ORG", "GOV") for n in others) or (topic, bought) in have:
            continue
        have.add((topic, bought))
        out.append(Relation(type="ACQUIRES", subject=topic.strip(), object=bought.strip(), evidence=sent.text,
                            start=sent.start_char, end=sent.end_char, confidence=0.5, status="completed",
                            rule="acquires.bought_by_topic"))
    return out


# A round's backers named with no company: "Le fonds X mène l'opération", "Y participe également à
# l'opération", "Z accompagne la levée" — the verbs of taking part in a round and the nouns the round goes by.
_ROUND_PART_VERBS = frozenset({"mener", "participer", "accompagner", "rejoindre", "souscrire", "abonder", "codiriger",
                               "co-mener", "piloter", "figurer"})
_ROUND_NAMES = frozenset({"opération", "levée", "tour", "round", "augmentation"})


def _takes_part(verb) -> bool:
    """A verb of taking part in a round ("participe", which the tagger leaves as its own lemma, too)."""
    lemma = lemma_of(verb)
    return lemma in _ROUND_PART_VERBS or lemma + "r" in _ROUND_PART_VERBS
_ROUND_REACH = 3   # sentences back a round must be spoken of for "l'opération" to be it
# "X figure parmi les souscripteurs", "Y ne figure pas parmi les nouveaux actionnaires": who took part
_BACKER_NOUNS = frozenset({"souscripteur", "souscripteurs", "investisseur", "investisseurs", "actionnaire",
                           "actionnaires", "participant", "participants"})


def backers_of_topic_round(doc, index, found) -> list[Relation]:
    """'Le fonds X mène l'opération', 'Y participe également à l'opération', 'Z ne participe pas à
    l'opération': in an article about the round of its company (a round spoken of in that sentence or the
    three before, no takeover offer in the article), an actor taking part in "the operation", in a sentence
    naming no other organisation, invests in the article's company (negated when the verb is)."""
    from .arguments import _subject_of, lemma_of
    from .slots.biz import speaks_of_a_round

    topic = index.topic
    if not topic or index.type_of(topic) != "ORG":
        return []
    tv = tokens_of(doc)
    if index.offer_target(tv):
        return []   # (an offer's "opération" is a bid, backed, not invested in)
    if not any(_takes_part(tok) for tok in tv if tok.pos_ == "VERB"):
        return []   # (no verb of taking part: no backer below; one walk instead of the rounds' for every sentence)
    sents = [s for s in doc.sents if not s.text.isspace()]
    rounds = [speaks_of_a_round(s) for s in sents]
    have = {(r.type, r.subject, r.object) for r in found}
    out = []
    para = index.para_of
    headline = bool(rounds) and rounds[0]   # ("Kelvio lève 20 millions": the whole article is the round's)
    for n, sent in enumerate(sents):
        # (a round spoken of in this sentence, the three before, or earlier in its paragraph)
        if not headline and not any(rounds[m] for m in range(n, -1, -1) if n - m <= _ROUND_REACH
                   or (para and sent.start < len(para) and para[sents[m].start] == para[sent.start])):
            continue
        for tok in sent:
            lemma = lemma_of(tok) if tok.pos_ == "VERB" else ""
            if lemma not in _ROUND_PART_VERBS and lemma + "r" not in _ROUND_PART_VERBS:
                continue   # (the tagger leaves "participe" as its own lemma)
            nouns = [c for c in tok.children if c.dep_ in ("obj", "obl:arg", "obl:mod", "obl")
                     and not any(k.dep_ == "nmod" for k in c.children)
                     and (c.lemma_.lower() in _ROUND_NAMES if lemma != "figurer" else
                          c.lower_ in _BACKER_NOUNS and any(k.lower_ == "parmi" for k in c.children))]
            if not nouns:
                continue
            backers = [x for x, _ in _subject_of(tok, index) if x != topic and index.type_of(x) in ("ORG", "PER")]
            if backers:
                # ("X mène l'opération, aux côtés de B et de C": the names listed after a phrase of company)
                backers += [x for x in _co_listed(doc, sent, index, tv, topic) if x != topic and x not in backers]
            others = {index.entity_at(k) for k in range(sent.start, sent.end)} - {None, topic, *backers}
            if not backers or any(index.type_of(x) in ("ORG", "GOV") for x in others):
                continue
            # (the verb's own negation, or its governor's: "n'a pas souhaité participer à l'opération")
            negated = any(c.dep_ == "advmod" and c.lower_ in ("pas", "jamais", "plus", "guère")
                          for v in ((tok, tok.head) if tok.dep_ == "xcomp" else (tok,)) for c in v.children)
            for who in backers:
                if ("INVESTS_IN", who, topic) in have:
                    continue
                have.add(("INVESTS_IN", who, topic))
                out.append(Relation(type="INVESTS_IN", subject=who.strip(), object=topic.strip(), evidence=sent.text,
                                    start=sent.start_char, end=sent.end_char, confidence=0.5, negated=negated,
                                    rule="invests.topic_round"))
    return out


# An apposition giving an actor's place at a company it does not name ("X, administratrice depuis 2015,",
# "le fonds Y, deuxième actionnaire avec 11 %,", "Z, nommé directeur financier,"): the article's company.
_BOARD_ROLES = frozenset({"administrateur", "administratrice", "administrateurs", "administratrices"})
_HOLDER_ROLES = frozenset({"actionnaire", "actionnaires"})
_HOLDER_RANKS = frozenset({"premier", "première", "deuxième", "second", "seconde", "troisième", "quatrième",
                           "principal", "principale", "plus", "gros"})
_NAMED_TO = frozenset({"nommé", "nommée", "promu", "promue", "désigné", "désignée", "recruté", "recrutée"})
_TOP_TITLES = frozenset({"pdg", "président", "présidente", "gérant", "gérante"})
_EXEC_TITLES = frozenset({"directeur", "directrice"})


def _apposed_role(tv, k: int, end: int):
    """(type, first word) of the role an apposition tv[k:end] gives its actor at an unnamed company, or None."""
    words = [t.lower_ for t in tv[k:end]]
    if not words or words[0] in ("ancien", "ancienne", "ex", "ex-", "futur", "future"):
        return None
    if words[0] in _NAMED_TO:
        words = words[1:]
        if words[:3] == ["au", "poste", "de"]:
            words = words[3:]
        if not words:
            return None
        if words[0] in _TOP_TITLES or words[:2] in (["directeur", "général"], ["directrice", "générale"]):
            return ("LEADS", words[0]) if len(words) < 2 or words[1] not in ("de", "du", "des", "d'", "d’") else None
        if words[0] in _EXEC_TITLES and len(words) >= 2 and tv[k + 2].pos_ == "ADJ":
            return ("WORKS_FOR", words[0])
        return None
    if words[0] in _BOARD_ROLES and (len(words) < 2 or words[1] not in ("de", "du", "des", "d'", "d’", "chez")):
        return ("BOARD_MEMBER", words[0])
    rank = 0
    while rank < len(words) and words[rank] in _HOLDER_RANKS:
        rank += 1
    if rank and rank < len(words) and words[rank] in _HOLDER_ROLES \
            and (rank + 1 >= len(words) or words[rank + 1] not in ("de", "du", "des", "d'", "d’")):
        return ("OWNS", words[rank])
    return None


def roles_at_topic(doc, index, found) -> list[Relation]:
    """'X, administratrice depuis 2015, …', 'le fonds Y, deuxième actionnaire avec 11,4 %, …', 'Z, nommé
    directeur financier, …': an apposition after a name that gives a role at no company named, in a sentence
    naming no other organisation, is a role at the paragraph's company (company_here)."""
    tv = tokens_of(doc)
    have = {(r.subject, r.object) for r in found}
    out = []
    # (the commas right after a name, in token order: picked from the index's names, not a walk over the words)
    commas = sorted(j + 1 for j, kind in index.kinds.items()
                    if kind == "name" and 0 <= j < len(tv) - 1 and tv[j + 1].text == ",")
    for tok in map(tv.__getitem__, commas):
        who = index.entity_at(tok.i - 1)
        topic = company_here(index, tok.i, tv)
        if topic is None:
            continue
        sent = tok.sent
        end = next((k for k in range(tok.i + 1, sent.end) if tv[k].is_punct), sent.end)
        if who is None or who == topic or end - tok.i > 10 \
                or any(index.entity_at(k) is not None for k in range(tok.i + 1, end)):
            continue
        role = _apposed_role(tv, tok.i + 1, end)
        if role is None or (role[0] != "OWNS" and index.type_of(who) != "PER") \
                or index.type_of(who) not in ("PER", "ORG"):
            continue
        others = {index.entity_at(k) for k in range(sent.start, sent.end)} - {None, topic, who}
        if any(index.type_of(n) in ("ORG", "GOV") for n in others) or (who, topic) in have:
            continue
        have.add((who, topic))
        out.append(Relation(type=role[0], subject=who.strip(), object=topic.strip(), evidence=sent.text,
                            start=sent.start_char, end=sent.end_char, confidence=0.5, role=role[1],
                            rule="roles.apposed_at_topic"))
    return out


def bidder_toeholds(doc, index, found) -> list[Relation]:
    """"Le groupe lyonnais, qui détient déjà 9 % du capital de sa cible", "il a ramassé 8 % du capital de son
    concurrent": in an article with one takeover offer, a stake in the target (or in a capital of no company
    named) held by a company word or a pronoun that coreference left unresolved, or took for the target, is
    the bidder's toehold in its target."""
    from .arguments import lemma_of
    from .slots.biz import _stake_end, _words

    bids = {(r.subject, r.object) for r in found if r.type == "BIDS_FOR" and not r.negated
            and r.status != "rejected" and not (r.rule or "").endswith(".counter")}
    if len(bids) != 1:
        return []
    bidder, target = next(iter(bids))
    if any(r.type == "OWNS" and r.subject == bidder and r.object == target for r in found):
        return []
    w = _words()
    for tok in tokens_of(doc):
        if tok.pos_ != "VERB" or lemma_of(tok) not in w["offer_stake_verbs"]:
            continue
        pct = next((c for c in tok.children if c.dep_ == "obj" and c.text == "%"), None)
        if pct is None or _stake_end(pct, index, w) is None:
            continue
        subj = _toehold_subject(tok)
        if subj is None or index.kinds.get(subj.i) == "name" \
                or (subj.lower_ not in w["bidder_subject_words"] and subj.lemma_.lower() not in w["bidder_subject_words"]):
            continue
        if index.entity_at(subj.i) not in (None, target, bidder):
            continue
        sent = tok.sent
        return [Relation(type="OWNS", subject=bidder, object=target, evidence=sent.text, start=sent.start_char,
                         end=sent.end_char, confidence=0.55, rule="owns.bidder_toehold")]
    return []


def _toehold_subject(verb):
    """The subject word of a holding verb: its "nsubj", or for a relative "qui", the noun it hangs on."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ == "qui" and verb.dep_ == "acl:relcl":
        return verb.head
    return subj


def _the_bid(found) -> tuple[str, str] | None:
    """The article's one takeover offer (bidder, target), or None when it has none or several."""
    bids = {(r.subject, r.object) for r in found if r.type == "BIDS_FOR" and not r.negated
            and r.status != "rejected" and not (r.rule or "").endswith(".counter")}
    return next(iter(bids)) if len(bids) == 1 else None


def bid_lenders(doc, index, found) -> list[Relation]:
    """"L'offre est financée par un crédit-relais de 900 M€ accordé par la banque X", "l'opération sera
    financée par un prêt arrangé par un pool bancaire mené par X": a loan granted by a named lender in a
    sentence that speaks of the offer is lent to the article's one bidder (FUNDS lender → bidder)."""
    from .arguments import entities_at, lemma_of
    from .slots.biz import _words

    bid = _the_bid(found)
    if bid is None:
        return []
    bidder, target = bid
    w = _words()
    have = {(r.type, r.subject, r.object) for r in found}
    heads = {r.subject for r in found if r.type == "LEADS" and r.object == bidder}
    out = []
    for tok in tokens_of(doc):
        if tok.pos_ != "NOUN" or (tok.lower_ not in w["loan_nouns"] and tok.lemma_.lower() not in w["loan_nouns"]):
            continue
        if not any(x.lower_ in w["bid_words"] or x.lemma_.lower() in w["bid_words"] for x in tok.sent) \
                and not _borrowed_by(tok, index, bidder, heads):
            continue
        for lender, _ in _bid_lender(tok, index, w, entities_at, lemma_of):
            if lender in (bidder, target) or index.type_of(lender) not in ("ORG", "GOV") \
                    or ("FUNDS", lender, bidder) in have:
                continue
            have.add(("FUNDS", lender, bidder))
            sent = tok.sent
            out.append(Relation(type="FUNDS", subject=lender, object=bidder, evidence=sent.text,
                                start=sent.start_char, end=sent.end_char, confidence=0.6, rule="funds.bid_lender"))
    return out


def _borrowed_by(noun, index, bidder: str, heads: set) -> bool:
    """Whether the clause a loan hangs in has the bidder or one of its heads as subject ("Le PDG de X assure
    disposer d'un financement garanti par …"), up the chain of verbs."""
    tok = noun
    for _ in range(5):
        tok = tok.head
        for c in tok.children:
            if c.dep_ == "nsubj":
                who = index.entity_at(c.i)
                return who == bidder or who in heads
        if tok.head.i == tok.i:
            return False
    return False


def _bid_lender(noun, index, w, entities_at, lemma_of) -> list[tuple[str, int]]:
    """The lender a loan's participle names ("accordé par X"; "mené par X" after a pool of lenders)."""
    # (the participle may hang on the loan's amount or be mis-attached: the first one after the loan, in its
    # phrase — no comma, no finite verb between — "un crédit-relais de 900 M€ arrangé par X")
    tv = tokens_of(noun.doc)
    for j in range(noun.i + 1, min(noun.sent.end, noun.i + 10)):
        v = tv[j]
        if not _loan_participle(v, w, lemma_of):
            if v.text in (";", ":", "(", "–", "—") or "Fin" in v.morph.get("VerbForm"):
                break
            continue
        for a in v.children:
            if a.dep_ != "obl:agent" and not (a.dep_.startswith(("obl", "nmod")) and any(
                    k.dep_ == "case" and k.lower_ == "par" for k in a.children)):
                continue
            got = entities_at(a, index)
            if not got and a.lemma_.lower() in w["lender_groups"]:
                got = [x for p in a.children if p.dep_ == "acl" and lemma_of(p) in w["leading_participles"]
                       for k in p.children if k.dep_ == "obl:agent" or any(
                           kk.dep_ == "case" and kk.lower_ == "par" for kk in k.children)
                       for x in entities_at(k, index)]
            return got
        return []
    return []


def _loan_participle(v, w, lemma_of) -> bool:
    """Whether v is a participle of granting a loan ("accordé", "consentie"; the tagger may take
    "consenti" for a noun)."""
    if v.pos_ not in ("VERB", "NOUN", "ADJ"):
        return False
    if v.pos_ == "VERB" and "Part" in v.morph.get("VerbForm") and lemma_of(v) in w["bid_loan_participles"]:
        return True
    # (by its ending: "arrangé" may be tagged a finite verb, "consenti" a noun)
    stem = v.lower_.rstrip("s").rstrip("e")
    return (stem.endswith("é") and stem[:-1] + "er" in w["bid_loan_participles"]) \
        or (stem.endswith("i") and stem + "r" in w["bid_loan_participles"])


def holdings_in_target(doc, index, found) -> list[Relation]:
    """"La famille, qui contrôle 31 % des droits de vote via la holding Z", "ses membres contrôlent 22 % du
    capital au travers de Z": in an article with one takeover offer, a stake in no other company named, held
    through a named vehicle by someone who is not the bidder, is the vehicle's stake in the target."""
    from .slots.biz import _words

    bid = _the_bid(found)
    if bid is None:
        return []
    bidder, target = bid
    w = _words()
    tv = tokens_of(doc)
    have = {(r.type, r.subject, r.object) for r in found}
    out = []
    for sent in doc.sents:
        words = [x.lower_ for x in sent]
        if "%" not in words or not any(x in w["vehicle_cues"] for x in words) \
                or not any(x in w["holding_words"] for x in words):
            continue
        cue = next((x.i for x in sent if x.lower_ in w["vehicle_cues"] and any(
            tv[k].text == "%" for k in range(max(sent.start, x.i - 12), x.i))), None)
        hold = next((k for k in range(cue - 1, max(sent.start, cue - 20) - 1, -1)
                     if tv[k].lower_ in w["holding_words"]), None) if cue is not None else None
        if hold is None:
            continue
        # (a stake in a company named between them is read by the rules; the bidder's own holdings are not
        # the target's: the bidder named as the holder, just before the verb)
        between = {index.entity_at(k) for k in range(max(sent.start, hold - 3), cue)} - {None, target}
        if any(index.type_of(n) in ("ORG", "GOV") or n == bidder for n in between):
            continue
        vehicle = _vehicle_after(cue, sent.end, index, tv)
        if vehicle is None or vehicle in (bidder, target) or ("OWNS", vehicle, target) in have:
            continue
        have.add(("OWNS", vehicle, target))
        out.append(Relation(type="OWNS", subject=vehicle, object=target, evidence=sent.text, start=sent.start_char,
                            end=sent.end_char, confidence=0.55, rule="owns.vehicle_in_target"))
        # ("Celle-ci, qui contrôle 31 % via la holding Z": the pronoun taken for the target made it Z's owner)
        found[:] = [r for r in found if not (r.type == "OWNS" and r.subject == target and r.object == vehicle
                                             and r.start == sent.start_char)]
    return out


def _vehicle_after(cue: int, end: int, index, tv) -> str | None:
    """The organisation named right after a vehicle cue ("via sa holding Z", "au travers de la société Z")."""
    for k in range(cue + 1, min(end, cue + 7)):
        name = index.entity_at(k)
        if name is not None:
            # ("la holding Z": the trade word may be read as part of the name's mention)
            named = any(index.entity_at(m) == name and index.kinds.get(m) == "name" for m in range(k, min(end, k + 3)))
            return name if named and index.type_of(name) == "ORG" else None
        if tv[k].pos_ not in ("DET", "ADP", "NOUN", "ADJ"):
            return None
    return None
