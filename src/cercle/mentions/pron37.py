"""(s37-pron37) Pronoun parties the earlier passes left unread or read wrong.

Called by mentions/coref.py (link_anaphora and _backward_antecedent), each through one small hook:

* ``stressed_referent``: a stressed pronoun after a preposition, "un violent désaccord avec lui", "a porté plainte
  contre lui", "s'est rangé derrière elle", is a party of the tie its clause states. It is never the clause's own
  subject, nor the name its phrase is set beside ("X, un cousin du patriarche, en froid avec lui": not X). "lui" is
  masculine and "elle" feminine when stressed, so it stands for the one actor of its gender, as the text or the
  first name gives it, named before it in its sentence, else in the sentence before: a person first (a company is
  seldom "lui" after a preposition), an organisation only when the text gave it that gender and no person fits.
  Two that fit: nothing (precision first).
* ``plural_actor``: an actor the text names with a plural determiner ("Les Fédérés", "des Laboratoires X") is not
  what a singular subject pronoun stands for ("Les Fédérés … lui reprochent … . Elle peut compter sur …").

* ``detached_name``: "Quant à son frère, X, longtemps directeur du groupe, il …" is X.
* ``closed_relative_subject``: "Chez Z, dont Y détient 4 %, il a réclamé …": not Y (a relative closed before it).
* ``organisation_gender``: an organisation's gender from the head nouns the text gave it ("l'assureur", "la
  banque X", "Groupe Y"), for the pronoun's fit and for "ce dernier"/"cette dernière"
  (``other_gender_organisations``).
* ``chain_over_sentence``, ``cleft_focus``: last resorts for a subject pronoun opening its main clause, after a
  sentence with no fitting actor (the subject before it goes on) or after a cleft ("C'est …, X, qui …").
* ``former_employer``: "son ancien employeur" of a person the text tied to the article's company.

Lexicons in data/pron37.yaml (and the head-noun genders of data/pron36.yaml).
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

from ..yamldata import load_yaml

_ACTORS = ("PER", "ORG", "GOV")
_STRESSED_GENDER = {"lui": "Masc", "elle": "Fem"}


@lru_cache(maxsize=1)
def _data() -> dict:
    d = load_yaml(resources.files("cercle.mentions").joinpath("data/pron37.yaml").read_text("utf-8"))
    preps = tuple(tuple(p.replace("'", "' ").replace("’", "’ ").split()) for p in d["stressed_prepositions"])
    return {"preps": preps, "after": frozenset(d["stress_after"]), "plural": frozenset(d["plural_determiners"]),
            "employer_nouns": frozenset(d["employer_nouns"])}


def _after_preposition(tv, i: int) -> bool:
    """The words right before token i are one of the prepositions of the lexicon."""
    for words in _data()["preps"]:
        n = len(words)
        if i - n < 0:
            continue
        got = [tv[k].lower_.replace("’", "'") for k in range(i - n, i)]
        want = [w.replace("’", "'") for w in words]
        if got == want:
            return True
    return False


def _phrase_owner(tok, index) -> str | None:
    """The actor the phrase holding ``tok`` is set beside ("X, un cousin du patriarche, en froid avec lui": X): the
    first named token up the parse from the pronoun, when the walk passes through an apposition or an adjective
    set beside a noun (not through the clause's verb)."""
    t, hops = tok.head, 0
    while hops < 5 and t.head.i != t.i:
        if t.i in index.by_token and index.kinds.get(t.i) in ("name", "introducer", "descriptor", "pronoun"):
            return index.by_token[t.i]
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("acl", "amod"):
            return None
        t, hops = t.head, hops + 1
    if t.i in index.by_token:
        return index.by_token[t.i]
    return None


def _clause_subject(tok, index) -> set[str]:
    """The actors subject of the clause holding ``tok``, however deep the pronoun sits in its phrases ("X a quitté
    le groupe après un désaccord avec lui": X): up the parse to the first word with a subject; a relative's "qui"
    takes the noun it hangs on."""
    t, hops = tok.head, 0
    while hops < 6:
        subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i != tok.i), None)
        if subj is not None:
            if subj.lower_ == "qui" and t.dep_ == "acl:relcl":
                subj = t.head
            return {index.by_token[x.i] for x in (subj, *[c for c in subj.children if c.dep_ in ("appos", "flat:name")])
                    if x.i in index.by_token}
        if t.head.i == t.i:
            break
        t, hops = t.head, hops + 1
    return set()


def stressed_referent(doc, tok, index, sent_of) -> str | None:
    """The actor a stressed "lui"/"elle" after a preposition stands for (see the module's head), or None."""
    from . import coref   # (coref imports this module: read it at call time)
    low = tok.lower_
    gender = _STRESSED_GENDER.get(low)
    if gender is None or tok.pos_ != "PRON" or tok.i == 0 or tok.i in index.by_token:
        return None
    tv = coref.tokens_of(doc)
    if not _after_preposition(tv, tok.i):
        return None
    if tok.i + 1 < len(tv) and (tv[tok.i + 1].lower_ in _data()["after"] or tv[tok.i + 1].text.startswith("-")):
        return None   # ("contre lui-même", "avec elle seule")
    if sent_of[tok.i] in index.quoted or tok.i in index.in_quotes:
        return None   # (a quotation speaks of its own actors)
    own = coref._clause_doers(tok, index)
    if own is None:
        return None
    own = own | _clause_subject(tok, index)
    s = sent_of[tok.i]
    # (and the main subject of its sentence before it, however the parse hangs it: "X, qui l'a licencié, a porté
    # plainte contre lui" with X read as an oblique)
    own |= {n for i, n in index.subjects.get(s, ()) if i < tok.i and coref._main_subject(tv, i, index)}
    owner = _phrase_owner(tok, index)
    if owner is not None:
        own = own | {owner}

    def fits(name: str) -> str | None:
        """"PER" or "ORG" when the actor may be the pronoun, by its type and the gender the text gives it."""
        ent = index.entities[name]
        if name in own or ent.type not in _ACTORS:
            return None
        if ent.type == "PER":
            return "PER" if coref._person_gender(index, name, doc) == gender else None
        return "ORG" if coref._gender_of(index, name, doc) == gender else None

    start = tok.sent.start
    for lo, hi in ((start, tok.i), (None, start)):
        if lo is None:
            if start == 0:
                return None
            k = start - 1
            while k > 0 and tv[k].is_space:
                k -= 1
            if sent_of.get(k) != s - 1 or sent_of[k] in index.quoted:
                return None
            lo = tv[k].sent.start
        found: dict[str, set] = {"PER": set(), "ORG": set()}
        others = False
        for j in range(lo, hi):
            name = index.by_token.get(j)
            if name is None or index.kinds.get(j) not in ("name", "introducer", "descriptor", "pronoun"):
                continue
            if any(tv[x].lower_ in ("selon", "après") for x in range(max(j - 3, lo), j)):
                continue   # (a source, not a party)
            kind = fits(name)
            if kind:
                found[kind].add(name)
            elif name not in own and index.entities[name].type == "PER" \
                    and coref._person_gender(index, name, doc) is None:
                others = True   # (a person of no known gender may be the one meant)
        if lo != start:
            found["ORG"] = set()   # (an organisation only in the pronoun's own sentence: "lui" is seldom one)
        if found["PER"] or found["ORG"] or others:
            if others:
                return None
            pick = found["PER"] or found["ORG"]
            return next(iter(pick)) if len(pick) == 1 else None
    return None


def plural_actor(tv, index, name: str) -> bool:
    """The text names the actor with a plural determiner before its name ("Les Fédérés", "des Laboratoires X"),
    or its name opens on one ("Les Verts unis")."""
    cache = index.__dict__.setdefault("_plural37", {})
    if name in cache:
        return cache[name]
    plural = _data()["plural"]
    got = name.split()[0].lower() in plural if name.split() else False
    if not got:
        for j, n in index.by_token.items():
            if n != name or index.kinds.get(j) != "name" or index.by_token.get(j - 1) == name or j == 0:
                continue
            det = tv[j - 1]
            if det.lower_ in plural and det.pos_ in ("DET", "ADP") and tv[j].text[:1].isupper():
                got = True
                break
    cache[name] = got
    return got


def detached_name(tv, tok, index, fits) -> tuple[str, int] | None:
    """"Quant à son frère, X, longtemps directeur du groupe, il a été écarté…": a subject pronoun right after the
    comma that closes a phrase detached by "quant à" at its sentence's start stands for the first actor named in
    that phrase, whatever the parser made the subject (it often makes the name one). Only when no verb of a main
    clause comes between the name and the pronoun, and the actor fits the pronoun."""
    sent = tok.sent
    st = sent.start
    while st < tok.i and tv[st].is_space:
        st += 1
    if tok.i < st + 4 or tv[st].lower_ != "quant" or tv[st + 1].lower_ not in ("à", "au", "aux") \
            or tv[tok.i - 1].text != ",":
        return None
    j = next((k for k in range(st + 2, tok.i) if index.kinds.get(k) == "name"), None)
    if j is None or any(tv[k].pos_ in ("VERB", "AUX") for k in range(st + 2, j)):
        return None
    name = index.by_token[j]
    # (the pronoun's own clause is the first main one: a verb between would be a clause of its own, "Quant à X,
    # elle a dit que…" excepted, which the pronoun comes before)
    if any(tv[k].pos_ in ("VERB", "AUX") and tv[k].dep_ in ("ROOT", "conj") for k in range(j + 1, tok.i)):
        return None
    return (name, j) if fits(name) else None


_RELATIVE_OPENERS = frozenset({"dont", "que", "qu'", "qu’", "où", "auquel", "laquelle", "lequel", "duquel"})


def closed_relative_subject(tv, subj, tok) -> bool:
    """"Chez Z, dont Y détient 4 % du capital, il a réclamé…" parsed with the relative's verb as the sentence's root
    and the main verb as its conjunct: the subject Y, right after a relative word that follows a comma, is the
    relative's, and a comma closes the relative before the pronoun. What the pronoun stands for is not Y."""
    k = subj.i - 1
    if k < 1 or tv[k].lower_ not in _RELATIVE_OPENERS or tv[k].pos_ != "PRON" or tv[k - 1].text != ",":
        return False
    return subj.i < tok.i and any(tv[x].text == "," for x in range(subj.i + 1, tok.i)) \
        and not any(tv[x].lower_ in _RELATIVE_OPENERS | {"qui"} for x in range(subj.i + 1, tok.i))


def organisation_gender(tv, index, name: str) -> str | None:
    """The gender of an organisation as the text introduced and described it: the head nouns of the lexicon of
    mentions/data/pron36.yaml that stand for it ("la banque X", "l'assureur", "le groupe", "X, filiale de Y") and
    the first word of its name ("Banque X", "Groupe Y"), elided article or not. Both genders among them, or none:
    None (a pronoun then goes by the rest of the reading)."""
    # (not kept between calls: the pass links descriptors as it goes, and each one it links may vote)
    from .pron36 import _data as _pron36_data
    _, genders = _pron36_data()
    votes: set[str] = set()
    words = name.split()
    if len(words) > 1 and words[0].lower() in genders:
        votes.add(genders[words[0].lower()])
    for j, n in index.by_token.items():
        if n != name:
            continue
        t = tv[j]
        kind = index.kinds.get(j)
        if kind in ("introducer", "descriptor") and t.pos_ in ("NOUN", "PROPN", "ADJ", "VERB") \
                and "Plur" not in t.morph.get("Number"):
            g = genders.get(t.lower_) or genders.get(t.lemma_.lower())
            if g:
                votes.add(g)
        elif kind == "name":
            for c in t.children:
                if c.dep_ == "appos" and c.i not in index.by_token and "Plur" not in c.morph.get("Number"):
                    g = genders.get(c.lower_)
                    if g:
                        votes.add(g)
    return next(iter(votes)) if len(votes) == 1 else None


def chain_over_sentence(doc, tok, index, subjects_by_sent, sent_of, fits, gender: str) -> tuple[str, int] | None:
    """"À 52 ans, X deviendra la directrice générale. Le conseil de l'assureur l'a désignée jeudi, en remplacement
    de Paul Y. Polytechnicienne, elle a fait ses armes…": a subject pronoun opening its main clause, after a
    sentence with no actor for subject that names no actor the pronoun may stand for, goes on with the main
    subject of the sentence before that one, when that subject is one actor of the pronoun's gender as the text
    (or a person's first name) says it. A last resort: only where nothing else was found."""
    from . import coref
    tv = coref.tokens_of(doc)
    s = sent_of[tok.i]
    if s < 2 or subjects_by_sent.get(s - 1) or not coref._in_main_clause(tok) or tok.i in index.in_quotes:
        return None
    start = tok.sent.start
    if any(j in index.by_token for j in range(start, tok.i)):
        return None   # (an actor named before it in its own sentence: the usual reading's business)
    while start > 0 and sent_of.get(start - 1, -1) >= s - 1:
        start -= 1
    if sent_of.get(start, s) != s - 1 or (s - 1) in index.quoted:
        return None
    back = {n for i, n in subjects_by_sent.get(s - 2, ()) if fits(n) and (
        coref._main_subject(tv, i, index) or index.kinds.get(i) == "pronoun")}
    if len(back) != 1:
        return None
    name = next(iter(back))
    if coref._gender_known(index, name, doc) != gender \
            and not (index.entities[name].type != "PER" and organisation_gender(tv, index, name) == gender):
        return None
    for j in range(start, tok.sent.start):
        n = index.by_token.get(j)
        if n is None or n == name:
            continue
        ent = index.entities[n]
        if ent.type not in _ACTORS:
            continue
        known = coref._gender_known(index, n, doc) if ent.type == "PER" else (
            coref._gender_of(index, n, doc) or organisation_gender(tv, index, n))
        if fits(n) and known in (None, gender):
            return None   # (another actor of the sentence between may be the one meant)
    return name, max(i for i, n in subjects_by_sent[s - 2] if n == name)


_CLEFT_VERBS = frozenset({"est", "était", "fut", "sera"})


def cleft_focus(doc, tok, index, sent_of, fits, gender: str) -> tuple[str, int] | None:
    """"C'est l'ancienne directrice export de la société, X, qui a alerté la justice. Licenciée en 2023, elle accuse
    …": the sentence before is a cleft ("c'est … qui"), and what it puts in focus is what it is about. A subject
    pronoun opening its main clause, with no actor named before it in its own sentence, stands for the one actor
    named in the focus (between "c'est" and "qui") that the text gives the pronoun's gender. A last resort, as
    ``chain_over_sentence``."""
    from . import coref
    tv = coref.tokens_of(doc)
    s = sent_of[tok.i]
    if s < 1 or not coref._in_main_clause(tok) or tok.i in index.in_quotes:
        return None
    start = tok.sent.start
    if any(j in index.by_token for j in range(start, tok.i)):
        return None
    k = start - 1
    while k > 0 and tv[k].is_space:
        k -= 1
    if k < 0 or sent_of.get(k) != s - 1 or (s - 1) in index.quoted:
        return None
    first = tv[k].sent.start
    while first < k and tv[first].is_space:
        first += 1
    if tv[first].lower_ not in ("c'", "c’", "ce") or tv[first + 1].lower_ not in _CLEFT_VERBS:
        return None
    qui = next((x for x in range(first + 2, k) if tv[x].lower_ == "qui"), None)
    if qui is None:
        return None
    focus = {}
    for j in range(first + 2, qui):
        n = index.by_token.get(j)
        if n is None or index.entities[n].type not in _ACTORS:
            continue
        focus.setdefault(n, j)
    # (the focus's own noun says the gender: "C'est une ancienne responsable du groupe, X, qui…", "l'ancienne
    # directrice"; over the tagger's guess from a first name)
    said = _noun_gender(tv[first + 1].head) if tv[first + 1].head.i < qui else None
    persons = [n for n in focus if index.entities[n].type == "PER"]
    if said is not None and len(persons) == 1:
        n = persons[0]
        return (n, focus[n]) if said == gender and fits(n) else None
    good = [(n, j) for n, j in focus.items() if fits(n) and (
        coref._gender_known(index, n, doc) == gender if index.entities[n].type == "PER"
        else (coref._gender_of(index, n, doc) or organisation_gender(tv, index, n)) == gender)]
    return good[0] if len(good) == 1 else None


def _noun_gender(noun) -> str | None:
    """The gender a person noun's determiner or adjective shows ("une responsable", "l'ancienne directrice"), or
    None (an elided article and no adjective that agrees)."""
    if noun.pos_ != "NOUN":
        return None
    det = next((c for c in noun.children if c.dep_ == "det" and c.i < noun.i), None)
    if det is not None and det.lower_ in ("un", "le", "ce", "cet"):
        return "Masc"
    if det is not None and det.lower_ in ("une", "la", "cette"):
        return "Fem"
    adj = next((c for c in noun.children if c.dep_ == "amod" and c.i < noun.i and c.pos_ == "ADJ"), None)
    if adj is not None and adj.lower_ in ("ancienne", "nouvelle", "première", "seule"):
        return "Fem"
    if adj is not None and adj.lower_ in ("ancien", "nouveau", "nouvel", "premier", "seul"):
        return "Masc"
    return None


def former_employer(doc, tok, index) -> tuple[str, int] | None:
    """"Licenciée en 2023, elle a saisi les prud'hommes contre son ex-employeur", "il a assigné son ancien
    employeur": a person's (former) employer named by a possessive alone is the organisation the article is about,
    when the possessive's owner is a person other than that organisation's (the story of an employee against the
    company). Not when a name follows that says who it is ("son ancien employeur, X": the name's own reading).
    Returns the organisation and the token where the mention starts (the possessive)."""
    if tok.lower_ not in _data()["employer_nouns"] or index.topic is None \
            or index.entities[index.topic].type != "ORG":
        return None
    from . import coref
    tv = coref.tokens_of(doc)
    det = next((c for c in tok.children if c.dep_ == "det" and c.i < tok.i), None)
    if det is None or det.lower_ not in ("son", "sa") or tok.i - det.i > 2:
        return None
    if any(tv[k].lower_ not in ("ancien", "ancienne", "ex") for k in range(det.i + 1, tok.i)):
        return None
    if tok.i + 2 < len(tv) and (tok.i + 1 in index.by_token or tv[tok.i + 1].text == "," and tok.i + 2 in index.by_token):
        return None   # ("son ancien employeur, X": named there)
    owner = index.antecedent(det.i, types=("PER", "ORG", "GOV"))
    if owner is None or index.entities[owner[0]].type != "PER" or owner[0] == index.topic:
        return None
    # (and the text tied them: the sentence that first names the person names the organisation too, "une ancienne
    # responsable de la conformité du groupe, X")
    first = min((j for j, n in index.by_token.items() if n == owner[0] and index.kinds.get(j) == "name"), default=None)
    if first is None or not any(index.by_token.get(j) == index.topic for j in range(tv[first].sent.start,
                                                                                   tv[first].sent.end)):
        return None
    return index.topic, det.i


def other_gender_organisations(tv, index, names: list, gender: str) -> list:
    """"ce dernier" / "cette dernière": the (token, name) pairs without the organisations the text only called by
    nouns of the other gender ("la banque X … Ce dernier" is not the bank)."""
    seen: dict[str, bool] = {}
    out = []
    for j, n in names:
        if n not in seen:
            seen[n] = index.entities[n].type in ("ORG", "GOV") and organisation_gender(tv, index, n) not in (None, gender)
        if not seen[n]:
            out.append((j, n))
    return out
