"""A tie's status and negation, read from the trigger's clause in the parse.

Why rules over the dependency tree rather than substrings: a cue counts only
when it governs the trigger in the same clause ("a rejeté l'offre de rachat":
rachat ← offre ← rejeté) or modifies it ("l'ancien PDG"); a cue in another
clause of the sentence ("Le PDG, qui a rejeté…") does not. The walk up from
the trigger follows complement links (obj, xcomp, ccomp, nmod, acl…) and stops
at clause borders (conj, parataxis, advcl, relative clauses, the root).
Because the parser errs ("dément" tagged ADV), a short window of words to the
left of the trigger, inside the same comma-delimited segment, is read too.

Status order when several cues apply: denied > rejected > former > proposed >
completed > rumoured. The conditional mood ("aurait investi", "serait") means
rumoured; the conditional or future of a modal ("pourrait racheter", "devrait
rencontrer", "va racheter") or of the trigger itself ("prendra la tête") means
proposed, as the gold keeps planned deals reported in the conditional proposed.

"ne … plus" means the tie has ended: ``status_of`` gives former and
``is_negated`` gives False.
"""
from __future__ import annotations

from .lexicon import lexicon, norm_key

_LEX = lexicon()
_CUES = {status: {norm_key(w) for w in spec.get("lemmas", [])}
         for status, spec in _LEX["status_cues"].items()}
_PHRASES = {status: [norm_key(p) for p in spec.get("phrases", [])]
            for status, spec in _LEX["status_cues"].items()}
_ORDER = ("denied", "rejected", "former", "proposed", "completed", "rumoured")
_MODALS = set(_LEX["modal_lemmas"])
_NEG = set(_LEX["negation_lemmas"])
_ENDED = set(_LEX["ended_lemmas"])
_NEG_VERBS = set(_LEX["negating_verbs"])

# links followed upward from the trigger to the words that govern it
_CLIMB = {"obj", "xcomp", "ccomp", "nmod", "acl", "obl:arg", "obl", "iobj", "csubj",
          "nsubj:pass", "fixed", "flat:name", "compound", "appos", "dep"}
_MODIFIERS = {"amod", "advmod", "aux", "aux:tense", "aux:pass", "cop", "det", "cc", "mark",
              "nmod", "obl:mod", "advcl"}
_SEGMENT_BREAK = {",", ";", ":", "(", ")", ".", "!", "?", "—", "–", "«", "»", '"'}
_LEFT_WINDOW = 5
_MAX_DEPTH = 5


def _lemma(tok) -> str:
    return norm_key(tok.lemma_)


def governors(trigger) -> list:
    """The trigger and the words that govern it within its clause, nearest first."""
    chain = [trigger]
    tok = trigger
    for _ in range(_MAX_DEPTH):
        head = tok.head
        if head.i == tok.i:
            break
        dep = tok.dep_
        if dep == "nsubj":
            # "le rachat a échoué": an intransitive outcome verb governs its subject;
            # "le PDG a rejeté l'offre" must not make the PDG tie rejected
            if _lemma(head) not in _CUES["rejected"] | _CUES["former"] | _CUES["completed"] \
                    or any(c.dep_ == "obj" for c in head.children):
                break
        elif dep not in _CLIMB:
            break
        chain.append(head)
        tok = head
    return chain


def _left_window(trigger) -> list:
    out = []
    i = trigger.i - 1
    start = trigger.sent.start if trigger.doc.has_annotation("SENT_START") else 0
    while i >= start and len(out) < _LEFT_WINDOW:
        tok = trigger.doc[i]
        if tok.text in _SEGMENT_BREAK:
            break
        out.append(tok)
        i -= 1
    return out


def _verb_group(tok) -> list:
    """The token and its auxiliaries and copula."""
    return [tok] + [c for c in tok.children if c.dep_ in ("aux", "aux:tense", "aux:pass", "cop")]


_CND_ENDINGS = ("rais", "rait", "rions", "riez", "raient")


def _form(tok) -> str | None:
    """"Cnd", "Fut", "Pres", "Past", "Imp" for a finite verb. The model often tags a
    conditional ("seraient") as future; the ending decides between the two."""
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    mood, tense = tok.morph.get("Mood"), tok.morph.get("Tense")
    if "Cnd" in mood or "Fut" in tense:
        return "Cnd" if tok.lower_.endswith(_CND_ENDINGS) else "Fut"
    return tense[0] if tense and tok.morph.get("VerbForm") == ["Fin"] else None


def _mood(tok, name: str) -> bool:
    return any(_form(t) == name for t in _verb_group(tok))


def _ne_plus(tok) -> bool:
    kids = list(tok.children)
    return any(_lemma(c) in _ENDED and c.dep_ == "advmod" for c in kids) and \
        any(_lemma(c) == "ne" for c in kids)


def _past_form(tok) -> str | None:
    """"compound" (a racheté, avait dirigé, a été PDG), "simple" (racheta),
    "bare" (a participle alone: "racheté par Google"), or None."""
    group = _verb_group(tok)
    tense_aux = [t for t in group[1:] if t.dep_ in ("aux", "aux:tense")]
    participle = any(t.morph.get("VerbForm") == ["Part"] for t in group)
    if tense_aux:
        if participle and any(a.morph.get("Mood") == ["Ind"] and a.morph.get("Tense") != ["Fut"]
                              for a in tense_aux):
            return "compound"
        return None
    if tok.morph.get("VerbForm") == ["Fin"] and tok.morph.get("Tense") == ["Past"]:
        return "simple"
    if tok.pos_ == "VERB" and participle and len(group) == 1:
        return "bare"
    return None


def status_of(span, trigger, default: str | None = None, *, aspect: str | None = None) -> str | None:
    """current/former/proposed/rejected/completed/denied/rumoured from cues near ``trigger``.

    ``aspect`` says what the tie is: "event" (a deal, a payment: a past tense
    means completed), "state" (a post, a stake: "a dirigé", "a été PDG" mean
    former), or None (tense says nothing). Returns ``default`` when no cue applies.
    """
    found: set[str] = set()
    chain = governors(trigger)
    for depth, tok in enumerate(chain):
        lemma, lower = _lemma(tok), tok.lower_
        for status in _ORDER:
            # a trigger's own word sets only proposed ("offre", "projet"), not rejected etc.
            if depth == 0 and status not in ("proposed", "former"):
                continue
            if lemma in _CUES[status] or lower in _CUES[status]:
                found.add(status)
        for child in tok.children:
            if child.dep_ in _MODIFIERS and (_lemma(child) in _CUES["former"]
                                             or child.lower_ in _CUES["former"]):
                if child.dep_ not in ("nmod", "obl:mod", "advcl") or child.i < trigger.i:
                    found.add("former")
        if tok.lower_.startswith(("ex-", "ex–")):
            found.add("former")
        if _ne_plus(tok):
            found.add("former")
        if lemma in _MODALS and depth > 0 and (
                _mood(tok, "Cnd") or _mood(tok, "Fut") or (lemma == "aller" and _mood(tok, "Pres"))):
            found.add("proposed")
    for tok in _left_window(trigger):
        lemma = _lemma(tok)
        for status in ("denied", "rejected", "proposed"):
            if lemma in _CUES[status] or tok.lower_ in _CUES[status]:
                # verbs anywhere in the window; nouns only as "intention de", "projet de"
                nxt = tok.doc[tok.i + 1].lower_ if tok.i + 1 < len(tok.doc) else ""
                if tok.pos_ in ("VERB", "ADV", "ADJ") or nxt in ("de", "d'", "d’", "du"):
                    found.add(status)
        if lemma in ("ancien", "ex") or tok.lower_ in ("ex", "ex-"):
            found.add("former")
    window_text = norm_key(trigger.doc[max(trigger.sent.start, trigger.i - 8):trigger.i + 4].text)
    for status, phrases in _PHRASES.items():
        if any(p in window_text for p in phrases):
            found.add(status)
    head = trigger
    # the trigger's own verb group, or the verb it is the object of ("prendra la tête")
    verbs = [head] + [t for t in chain[1:2] if head.dep_ in ("obj", "xcomp") and _lemma(t) not in _MODALS]
    if any(_mood(t, "Fut") for t in verbs):
        found.add("proposed")
    if any(_mood(t, "Cnd") for t in verbs) or \
            any(_mood(t, "Cnd") for t in chain[1:] if _lemma(t) not in _MODALS):
        found.add("rumoured")
    past = _past_form(head) if not is_negated(span, trigger) else None  # "n'a pas racheté"
    if aspect == "event" and past:
        found.add("completed")
    if aspect == "state" and past in ("compound", "simple"):
        found.add("former")
    for status in _ORDER:
        if status in found:
            return status
    return default


def is_negated(span, trigger) -> bool:
    """True when the clause says the tie does not hold ("n'a pas investi", "aucune plainte").

    "ne … plus" is not a negation here: it means the tie ended (status former).
    """
    chain = governors(trigger)
    for tok in chain:
        if _lemma(tok) in _NEG_VERBS:
            return True
        for child in tok.children:
            lemma = _lemma(child)
            if lemma in _NEG and child.dep_ in ("advmod", "det", "cc", "nsubj", "obj", "nsubj:pass"):
                if lemma == "ni" or child.dep_ != "cc":
                    return True
    return False
