"""(s31-legal31) The court report's ties told with one party named in the sentence, read as a pass over the
passage once its defendants are known (slots/court29.defendants):

- counsel in a participle: "Défendu par Me X, l'ancien patron s'est expliqué", "« … », a répété le prévenu,
  défendu par Me X", "Représentée par le cabinet Y, la société conteste", "Assisté de son avocat, Me Z, il a nié":
  the counsel works for the clause's subject (WORKS_FOR, role avocat); a role noun ("le prévenu", "l'accusée") or a
  description no name was found for stands for the text's one defendant named before;
- a civil party with no target said: "Y s'est constitué partie civile" in a trial's report sues the text's
  defendants named before; "… contre les deux frères", "contre les prévenus" sues each of them (SUES);
- "à la barre de la cour d'appel de X": one stands at a court's bar, one does not run it (a LEADS read from
  "barre", the helm's word, on a court is dropped).

The cue words are in data/legal31.yaml (no names). Written as a pass: the rules skip a sentence naming one party,
and the client or the target is a role the court report set before.
"""
from __future__ import annotations

import functools
import re

from ..mentions.lexicon import fold
from ..mentions.wordpos import tokens_at
from ..nlp.docview import tokens_of
from ..records import Relation
from .arguments import _subject_of, case_of, entities_at, lemma_of
from .lexicon import doc_text, lowered
from .slots.court29 import defendants
from .slots.legal31 import words   # (data/legal31.yaml, parsed once for both modules)
from .slots.people29 import lone_of_kind


_PHRASE_DEPS = frozenset({"obl", "obl:arg", "obl:mod", "nmod", "obl:agent"})
_HE_SHE = frozenset({"il", "elle"})


def _is_counsel_phrase(c) -> bool:
    """"par Me X", "par son avocat, Me X", "par le cabinet Y", "de maître Z": a counsel's words in the phrase."""
    w = words()["counsel_words"]
    return any(k.lower_ in w for k in c.subtree)


def _counsel_of(t, index) -> list[tuple[str, int]]:
    got = []
    for c in t.children:
        if c.dep_ in _PHRASE_DEPS and (c.dep_ == "obl:agent" or case_of(c) in ("par", "de", "d'", "d’")) \
                and _is_counsel_phrase(c):
            got += [x for x in entities_at(c, index) if index.type_of(x[0]) in ("PER", "ORG") and x[1] >= 0]
            if not got:   # ("par Me X": the parser may hang the name on "Me" as an apposition or a flat name)
                got += [(index.entity_at(k.i), k.i) for k in c.subtree if index.entity_at(k.i) is not None
                        and index.kinds.get(k.i) == "name" and index.type_of(index.entity_at(k.i)) in ("PER", "ORG")]
    return got


def _before_defendant(doc, index, at: int) -> str | None:   # noqa: C901
    """The text's one defendant, named before token ``at``; None when none or several."""
    tried = defendants(doc, index)
    before = [n for n, j in tried.items() if j < at]
    if len(before) == 1 and len(tried) == 1:
        return before[0]
    if len(before) < 2:
        return None
    # (several on trial: the one the sentence and the three before take up by a pronoun or a description, the
    # passage's topic there: "L'accusation lui reproche … . « … », a répété le prévenu")
    start = doc[at].sent.start
    for _ in range(3):   # (the three sentences before: a quote may be cut in two)
        if start > 0:
            start = doc[start - 1].sent.start
    taken = {index.by_token.get(j) for j in range(start, at) if index.by_token.get(j) in before
             and index.kinds.get(j) in ("pronoun", "descriptor")}
    return taken.pop() if len(taken) == 1 else None


def _ends_before_comma(c, t) -> bool:
    """Whether the phrase of ``c`` ends right before the comma that opens the participle ``t``."""
    end = max(k.i for k in c.subtree if k.i < t.i)
    return end + 2 == t.i and t.doc[end + 1].text == ","


@functools.lru_cache(maxsize=1)
def _participles() -> frozenset[str]:
    """The past participles of the counsel verbs, in their four forms ("défendu", "représentées")."""
    out = set()
    for v in words()["counsel_verbs"]:
        stem = v[:-2] + ("é" if v.endswith("er") else "u")
        out |= {stem, stem + "e", stem + "s", stem + "es"}
    return frozenset(out)


def _client_at(tok, doc, index, counsel: set) -> str | None:
    """The party the word ``tok`` (a subject or the noun a participle hangs on) stands for."""
    name = index.entity_at(tok.i)
    kind = index.kinds.get(tok.i)
    if name is not None and name not in counsel and index.type_of(name) in ("PER", "ORG", "GOV"):
        if kind in ("name", "introducer"):
            return name
        tried = defendants(doc, index)
        if name in tried and tried[name] < tok.i or lone_of_kind((name, tok.i), counsel, index):
            return name
        return None
    if name is not None:
        return None
    low = tok.lower_
    if low in words()["defendant_nouns"] or low in _HE_SHE:
        return _before_defendant(doc, index, tok.i)
    return None


def counsel_participles(doc, index, found) -> list[Relation]:
    """WORKS_FOR (role avocat) counsel → the party its participle describes (see the module's head)."""
    verbs = words()["counsel_verbs"]
    forms = _participles()
    have = {(r.type, r.subject, r.object) for r in found}
    out: list[Relation] = []
    for t in tokens_at(tokens_of(doc), forms):   # (the participles only: wordpos; the test below kept)
        if t.lower_ not in forms:
            continue
        fronted = t.i == t.sent.start
        if fronted and t.pos_ == "PROPN":
            pass   # ((s32-court32) "Défendue par Me X, Y a …": the capital may make the participle a name)
        elif t.pos_ not in ("VERB", "ADJ", "NOUN") or t.pos_ != "NOUN" and lemma_of(t) not in verbs:
            continue   # ("Conseillé par le pénaliste X, il …": the participle may be tagged a noun)
        if any(c.dep_ in ("aux", "aux:tense") for c in t.children):
            continue   # ("X a défendu Y": the rules read it)
        counsel = _counsel_of(t, index)
        if not counsel:
            continue
        if fronted and len(counsel) >= 2:
            # ((s32-court32) "Défendue par Me X, Y a annoncé …" parsed with Y inside the counsel's phrase: the name
            # after the comma that closes the counsel's name opens the clause, its subject)
            counsel = sorted(counsel, key=lambda x: x[1])
            for k in range(1, len(counsel)):
                n, j = counsel[k]
                if j > 0 and doc[j - 1].text == "," and index.kinds.get(j) == "name" \
                        and n not in {c for c, _ in counsel[:k]}:
                    counsel, opening = counsel[:k], (n, j)
                    break
            else:
                opening = None
        else:
            opening = None
        names = {n for n, _ in counsel}
        if opening is not None:
            hosts = [doc[opening[1]]]
        elif t.dep_ == "acl":
            hosts = [t.head]
        elif t.dep_ in ("advcl", "dep", "conj", "obl:mod") and t.head.pos_ in ("VERB", "AUX", "ADJ", "NOUN"):
            hosts = [c for c in t.head.children if c.dep_ in ("nsubj", "nsubj:pass")]
            # ("« … », a répété le prévenu, défendu par Me X", "Le parquet poursuit Y, défendu par Me X": the words
            # the participle follows, after their comma, are its host)
            near = [c for c in t.head.children if c.dep_ in ("nsubj", "nsubj:pass", "obj") and c.i < t.i
                    and _ends_before_comma(c, t)]
            if near:
                hosts = near
        else:
            hosts = [c for c in t.children if c.dep_ in ("nsubj", "nsubj:pass")]
        if not hosts and t.dep_ in ("advcl", "dep"):
            # ((s32-court32) "Le constructeur, défendu par le cabinet X, a annoncé …" parsed with the clause's subject
            # hung on the participle: the subject before it, closed by a comma)
            hosts = [c for c in t.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < t.i
                     and _ends_before_comma(c, t)]
        clients = []
        for h in hosts:
            while h.dep_ == "flat:name" and h.head is not h:
                h = h.head
            who = _client_at(h, doc, index, names)
            if who is not None and who not in names:
                clients.append(who)
        sent = t.sent
        for who in clients[:1]:
            for c, _ in counsel[:1]:
                key = ("WORKS_FOR", c, who)
                if key in have or index.type_of(c) == "GOV":
                    continue
                have.add(key)
                out.append(Relation(type="WORKS_FOR", subject=c, object=who, evidence=sent.text,
                                    start=sent.start_char, end=sent.end_char, role="avocat", confidence=0.6,
                                    rule="works_for.counsel_participle"))
    return out


def _targets(phrase, doc, index, at: int) -> list[str]:
    """Who a "contre" phrase names: its names, or, for a plural of persons ("les deux frères", "les prévenus"),
    the text's defendants named before."""
    got = [n for n, i in entities_at(phrase, index) if index.type_of(n) in ("PER", "ORG", "GOV")]
    if got:
        return got
    plural = getattr(index, "plural", None) or {}
    got = [n for n in plural.get(phrase.i, ()) if index.type_of(n) in ("PER", "ORG")]
    if got:
        return got
    if phrase.lower_ in words()["target_plurals"]:
        tried = defendants(doc, index)
        before = [n for n, j in sorted(tried.items(), key=lambda x: x[1]) if j < at]
        if 2 <= len(before) <= 4:
            return before
    return []


def _opening_name(verb, index) -> list[tuple[str, int]]:
    """"X, désormais contrôlé par Y, s'est constitué partie civile" parsed with X hung on the aside's participle: a
    verb with no subject, in a sentence opening on a name and its comma, has that name for subject."""
    if any(c.dep_ in ("nsubj", "nsubj:pass") for c in verb.children):
        return []
    sent = verb.sent
    name = index.entity_at(sent.start)
    if name is None or index.kinds.get(sent.start) != "name":
        return []
    k = sent.start
    while k < sent.end and index.entity_at(k) == name:
        k += 1
    if k >= sent.end or verb.doc[k].text != "," or verb.i <= k:
        return []
    if any(c.dep_ in ("nsubj", "nsubj:pass") and c.i > k for h in (verb.head,) for c in h.children):
        return []
    return [(name, sent.start)]


def civil_parties(doc, index, found) -> list[Relation]:
    """SUES civil party → the text's defendants, with no target named or a plural one (see the module's head)."""
    cue = words()["civil_party_words"]
    have = {(r.type, r.subject, r.object) for r in found}
    out: list[Relation] = []
    for t in tokens_at(tokens_of(doc), ("partie", "parties")):   # (those two words only: wordpos; the test kept)
        if t.lower_ not in ("partie", "parties") or t.i + 1 >= len(doc) or doc[t.i + 1].lower_ not in cue:
            continue
        holder = t.head if t.dep_ != "ROOT" else t
        if lemma_of(holder) not in words()["civil_party_verbs"]:
            continue   # ("X, qui n'est pas partie civile": only one who has become a civil party)
        phrases = [c for c in t.children if case_of(c) == "contre" and c.dep_ in _PHRASE_DEPS]
        if holder.pos_ in ("VERB", "AUX"):
            phrases += [c for c in holder.children if case_of(c) == "contre" and c.dep_ in _PHRASE_DEPS]
            who = [x for x in _subject_of(holder, index)] or _opening_name(holder, index)
        else:
            continue
        parties = []
        for n, i in who:
            if index.type_of(n) not in ("PER", "ORG", "GOV"):
                continue
            if i >= 0 and index.kinds.get(i) not in ("name", "introducer") and not lone_of_kind((n, i), set(), index) \
                    and not (index.kinds.get(i) == "descriptor" and index.type_of(n) == "GOV"):
                continue
            parties.append(n)
        if not parties:
            continue
        if phrases:
            targets = [n for c in phrases for n in _targets(c, doc, index, t.i)]
        else:
            tried = defendants(doc, index)
            targets = [n for n, j in sorted(tried.items(), key=lambda x: x[1]) if j < t.i]
            if len(targets) > 3:
                targets = []
        sent = t.sent
        negated = any(c.dep_ == "advmod" and c.lower_ in ("pas", "jamais", "plus", "point")
                      for h in (holder, t) for c in h.children)
        for s in parties[:1]:
            for o in targets:
                if o == s or ("SUES", s, o) in have:
                    continue
                have.add(("SUES", s, o))
                out.append(Relation(type="SUES", subject=s, object=o, evidence=sent.text, start=sent.start_char,
                                    end=sent.end_char, confidence=0.55, rule="sues.civil_party_of_trial",
                                    negated=negated or None))
    return out


_ARTICLE = re.compile(r"^(?:de la |de l['’]|du |des |de |d['’])")


def _at_the_bar(r: Relation) -> bool:
    """"X s'est avancé à la barre de la cour d'appel de Y": the LEADS "barre" gave is no helm."""
    w = words()
    obj = fold(r.object)
    if not any(obj.startswith(fold(h)) for h in w["court_heads"]):
        return False
    ev = fold(r.evidence)
    for bar in map(fold, w["bar_words"]):
        for m in re.finditer(rf"\b{bar}\s+", ev):
            rest = _ARTICLE.sub("", ev[m.end():])
            if rest.startswith(obj) or rest.startswith(obj.split(" ", 1)[-1]) and ev[m.end():].startswith("du "):
                return True
    return False


def legal31_ties(doc, index, found) -> list[Relation]:
    """The pass's ties added to ``found``, and the LEADS read at a court's bar dropped (the whole list)."""
    found = [r for r in found if not (r.type == "LEADS" and r.rule.startswith("leads.head_of") and _at_the_bar(r))]
    low = lowered(doc_text(doc))
    add: list[Relation] = []
    if low is None or any(w in low for w in ("défend", "représent", "assist", "conseill", "épaul", "accompagn",
                                             "plaid")):
        add += counsel_participles(doc, index, found)
    if low is None or "partie" in low:
        add += civil_parties(doc, index, found + add)
    return found + add
