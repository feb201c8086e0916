"""Who the text says claims a tie: "selon Les Echos", "Le Trésor américain a affirmé".

What is returned is the cue phrase as written, cue word and source together,
in text order, because that is the form of the gold ``attribution`` values
("Selon le Figaro", "d’après le quotidien sportif", "Luanda affirme",
"si l’on en croit L’Equipe"):
- a prepositional cue (selon, d'après, si l'on en croit, à en croire, aux dires
  de) with its noun phrase, up to the first comma, verb or relative pronoun;
- a speech verb (affirmer, indiquer, rapporter…) with its subject, whichever
  order they come in ("a indiqué le groupe", "a-t-il déclaré", "comme l'indique X").
A speech verb counts only when the trigger sits in what it reports (its
complement clause, or the clause it interrupts as an incise), and not when its
subject is one of the tie's own parties (``exclude`` spans), since a party
announcing its own deal is a source, not a hedge. "selon des rumeurs" is not an
attribution (it makes the status rumoured).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import alternation, lexicon, lowered, norm_key, text_and_base
from ..nlp.docview import tokens_of

_LEX = lexicon()["attribution"]
_PREP_RE = re.compile(rf"(?<!\w){alternation(_LEX['prepositions'])}", re.IGNORECASE)
_VERBS = {norm_key(v) for v in _LEX["verbs"]}
_ER_ENDINGS = ("e", "es", "ent", "é", "ée", "és", "ées", "ait", "aient", "a", "era", "eront", "erait")
# -er verbs whose lemma the model sometimes leaves inflected ("indique" → "indique")
_VERB_FORMS = {v[:-2] + e for v in _VERBS if v.endswith("er") for e in _ER_ENDINGS}
_RUMOUR_HEADS = {"rumeur", "rumeurs", "bruit", "bruits", "spéculation", "spéculations"}
_STOP_POS = {"VERB", "AUX", "SCONJ"}
_STOP_TEXT = {",", ";", ":", ".", "(", ")", "!", "?", "—", "–", "«", "»", '"', "qui", "que", "qu'",
              "qu’", "dont", "où"}
_MAX_NP = 9
_EMPTY_SUBJECTS = {norm_key(w) for w in _LEX["empty_subjects"]}
# a trigger inside the subject or an apposition is not what the cue reports:
# "Selon X, Pablo, président du club, est attendu…" credits the meeting, not the title
_NOT_REPORTED = {"nsubj", "nsubj:pass", "appos", "expl:subj", "acl:relcl"}


def _is_speech_verb(tok) -> bool:
    return tok.pos_ in ("VERB", "AUX") and (norm_key(tok.lemma_) in _VERBS or tok.lower_ in _VERB_FORMS)


def _np_after(doc, start_i: int, end_limit: int) -> int:
    """Index one past the noun phrase that starts at token ``start_i``."""
    tv = tokens_of(doc)   # the token list: tv[i] skips DocView.__getitem__
    i = start_i
    while i < end_limit and i - start_i < _MAX_NP:
        tok = tv[i]
        if tok.lower_ in _STOP_TEXT or (tok.pos_ in _STOP_POS and i > start_i):
            break
        i += 1
    return i


def _governed(trigger, verb) -> bool:
    """True when ``verb`` is the trigger or governs it without passing through
    a subject, an apposition or a relative clause."""
    tok = trigger
    for _ in range(12):
        if tok.i == verb.i:
            return True
        if tok.dep_ in _NOT_REPORTED or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


# the longest word of each prepositional cue ("croit" of "si l'on en croit"): it stands as such in any text
# _PREP_RE matches, whatever its spaces and apostrophes
_PREP_WORDS = tuple({max(re.split(r"[ '’]", p.lower()), key=len) for p in _LEX["prepositions"]})


@lru_cache(maxsize=256)   # every tie of a sentence looks for the same cues in it
def _prep_cues(text: str) -> tuple[tuple[int, int], ...]:
    low = lowered(text)
    if low is not None and not any(w in low for w in _PREP_WORDS):
        return ()   # (most sentences hold no cue word: one look in the lower-case text, no regex search)
    return tuple(m.span() for m in _PREP_RE.finditer(text))


def _prepositional(span, trigger=None) -> tuple[int, str] | None:
    text, base = text_and_base(span)
    doc = span.doc
    for m_start, m_end in _prep_cues(text):
        cue_end = doc.char_span(base + m_start, base + m_end, alignment_mode="expand")
        if cue_end is None:
            continue
        end = _np_after(doc, cue_end.end, span.end)
        if end == cue_end.end:
            continue
        np = doc[cue_end.end:end]
        if any(t.lower_ in _RUMOUR_HEADS for t in np):
            continue
        if trigger is not None:
            # the clause the cue hangs on: the head of its noun phrase's head
            attach = np.root.head if np.root.head.i != np.root.i else np.root
            # "si l'on en croit X", "à en croire X": the cue's own verb is not the clause
            while cue_end.start <= attach.i < cue_end.end and attach.head.i != attach.i:
                attach = attach.head
            while attach.pos_ not in ("VERB", "AUX") and attach.head.i != attach.i:
                attach = attach.head
            if not _governed(trigger, attach):
                continue
        return cue_end.start, doc[cue_end.start:end].text
    return None


def _reports(verb, trigger) -> bool:
    """True when ``trigger`` is in what ``verb`` reports (not the verb itself)."""
    if trigger is None:
        return any(c.dep_ in ("ccomp", "xcomp") for c in verb.children) or verb.dep_ in ("parataxis", "advcl")
    if verb.i == trigger.i:
        return False
    # trigger below the verb through a complement clause
    if _governed(trigger, verb):
        return True
    # the verb is an incise hanging off the trigger's clause ("…, a indiqué le groupe");
    # the parser may attach an inverted incise as conj
    inverted = any(c.dep_ in ("nsubj", "expl:subj") and c.i > verb.i for c in verb.children)
    if (verb.dep_ in ("parataxis", "advcl") or verb.dep_ == "conj" and inverted) and (verb.head.i == trigger.i or
                                               any(a.i == verb.head.i for a in trigger.ancestors)):
        return True
    return False


def _speaker(verb, exclude) -> str | None:
    doc = verb.doc
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "expl:subj", "nsubj:pass")]
    if not subj:
        return None
    s = subj[0]
    if s.lower_ in _EMPTY_SUBJECTS:
        return None
    left = s.left_edge.i
    # the subject's head and the words that follow it up to the first break
    right = max(s.i, _np_after(doc, s.i, verb.sent.end) - 1)
    if s.i < verb.i:
        right = min(right, verb.i - 1)
    for a, b in exclude or ():
        if doc[left].idx < b and doc[right].idx + len(doc[right]) > a:
            return None
    pieces = [verb.i, left, right] + [c.i for c in verb.children
                                      if c.dep_ in ("aux", "aux:tense", "expl:subj", "mark")
                                      or (c.dep_ == "obj" and c.pos_ == "PRON")]
    lo, hi = min(pieces), max(pieces)
    if hi - lo > 14:
        return None
    return doc[lo:hi + 1].text


_VERBS_OF: list = [None, ()]   # ((doc, start, end), its speech verbs): the ties of a sentence come one after another


def _speech_verbs(span) -> list:
    """The speech verbs of a span, in order: found once for all the ties of a sentence (they depend
    on its words only; which of them reports a tie is asked per tie)."""
    key = (span.doc, span.start, span.end)
    if _VERBS_OF[0] != key:
        _VERBS_OF[:] = [key, [tok for tok in span if _is_speech_verb(tok)]]
    return _VERBS_OF[1]


def attribution_of(span, trigger=None, exclude=None) -> str | None:
    """The source a sentence credits, as written, or None.

    ``trigger``: the tie's trigger token (speech verbs then count only when they
    report it); ``exclude``: Doc character spans of the tie's parties.
    """
    prep = _prepositional(span, trigger)
    if prep is not None:
        return prep[1]
    for tok in _speech_verbs(span):
        if _reports(tok, trigger):
            who = _speaker(tok, exclude)
            if who:
                return who
    return None
