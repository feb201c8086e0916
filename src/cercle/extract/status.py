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

import re
from functools import lru_cache

from .lexicon import alternation, doc_text, lexicon, lowered, norm_key
from ..nlp.docview import tokens_of
from .clause39 import defusing_verbs   # (s39-clause39)

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
_REFUSING = set(_LEX["refusing_verbs"])
_COMPLETION = set(_LEX["completion_verbs"])
_LIGHT_VERBS = set(_LEX["light_verbs"])
_STATE_VERBS = set(_LEX["state_verbs"])
_GIVING_UP = tuple(_LEX["giving_up_stems"])

# links followed upward from the trigger to the words that govern it
_CLIMB = {"obj", "xcomp", "ccomp", "nmod", "acl", "obl:arg", "obl", "iobj", "csubj",
          "nsubj:pass", "fixed", "flat:name", "compound", "appos", "dep"}
_MODIFIERS = {"amod", "advmod", "aux", "aux:tense", "aux:pass", "cop", "det", "cc", "mark",
              "nmod", "obl:mod", "advcl"}
_SEGMENT_BREAK = {",", ";", ":", "(", ")", ".", "!", "?", "—", "–", "«", "»", '"'}
_LEFT_WINDOW = 5
_MAX_DEPTH = 5


_LEMMA_CACHE: dict[str, str] = {}


def _lemma(tok) -> str:
    raw = tok.lemma_
    key = _LEMMA_CACHE.get(raw)
    if key is None:
        key = _LEMMA_CACHE[raw] = raw.lower().replace("’", "'")
    return key


# word → the statuses it cues, so each token costs one dict lookup
_CUE_INDEX: dict[str, set[str]] = {}
for _status, _words in _CUES.items():
    for _w in _words:
        _CUE_INDEX.setdefault(_w, set()).add(_status)
_NEAR_PHRASES = [(st, re.compile(alternation(ph), re.IGNORECASE))
                 for st, ph in _PHRASES.items() if ph and st != "rumoured"]
_RUMOUR_RE = re.compile(alternation(_PHRASES["rumoured"]), re.IGNORECASE)


# The phrase searches are pure functions of the text: the ties of one trigger, and the triggers of one
# sentence, ask them again and again with the same window or sentence.
@lru_cache(maxsize=1024)
def _near_phrases(window_text: str) -> frozenset[str]:
    return frozenset(status for status, rx in _NEAR_PHRASES if rx.search(window_text))


# the longest word of each rumour phrase ("rumeurs", "bruit"…): it stands as such in any text the regex matches
_RUMOUR_WORDS = tuple(max(re.split(r"[ '’]", p), key=len) for p in _PHRASES["rumoured"])


@lru_cache(maxsize=8)
def _may_rumour(text: str) -> bool:
    """Whether the document may hold a rumour phrase: one of _RUMOUR_WORDS in its lower-case text (most
    articles have none: one look per article instead of a regex search per sentence with a tie)."""
    low = lowered(text)
    return low is None or any(w in low for w in _RUMOUR_WORDS)


@lru_cache(maxsize=64)
def _rumour_in(text: str, start: int, end: int) -> bool:
    return _may_rumour(text) and _RUMOUR_RE.search(text, start, end) is not None


_CUES_OF: dict[tuple[str, str], frozenset[str]] = {}   # (lemma, lower) → its cues: asked for every child of the chain


def _cues(tok) -> frozenset[str]:
    key = (tok.lemma_, tok.lower_)
    cues = _CUES_OF.get(key)
    if cues is None:
        cues = _CUES_OF[key] = frozenset(_CUE_INDEX.get(_lemma(tok), set()) | _CUE_INDEX.get(tok.lower_, set()))
    return cues


def governors(trigger) -> list:
    """The trigger and the words that govern it within its clause, nearest first."""
    chain = [trigger]
    tok = trigger
    for _ in range(_MAX_DEPTH):
        head = tok.head
        if head.i == tok.i:
            break
        dep = tok.dep_
        if tok.i == trigger.i and tok.pos_ == "NOUN" and dep in ("nsubj", "nsubj:pass") and any(
                c.pos_ == "PROPN" and c.dep_ in ("nmod", "appos", "nsubj") and c.i < tok.i and c.right_edge.i + 1 < tok.i
                and tok.doc[c.right_edge.i + 1].text == "," for c in tok.children):
            # (s26-fights26) "Y, le grand concurrent de X sur les smartphones, n'est pas visé": the noun the parser
            # made the subject, with Y hung on it, is Y's apposition; what the verb denies is not its tie
            break
        if dep in ("nsubj", "nsubj:pass") and tok.i != trigger.i and len(chain) >= 2 \
                and chain[-2].dep_ == "acl" and chain[-2].pos_ == "VERB" and chain[-2].head.i == tok.i:
            # (s39-misses39) "La fédération, présidée par X, n'était pas conviée": the participle set beside the
            # subject tells its own fact, which the main verb's negation does not deny
            break
        if dep == "nsubj":
            # "le rachat a échoué": an intransitive outcome verb governs its subject;
            # "le PDG a rejeté l'offre" must not make the PDG tie rejected, nor "X, actionnaire de Y,
            # s'oppose à …" the stake (a title beside the subject is not what the verb says failed)
            if _lemma(head) not in _CUES["rejected"] | _CUES["former"] | _CUES["completed"] \
                    or any(c.dep_ == "obj" for c in head.children) or (tok.i != trigger.i and tok.pos_ == "PROPN") \
                    or any(c.dep_ == "nsubj" and c.i > head.i for c in head.children):
                # (and "le conseil, présidé par X, a rejeté l'offre" with the object parsed as a second
                # subject after the verb)
                break
        elif dep not in _CLIMB:
            break
        if tok.i == tok.sent.start and "Part" in tok.morph.get("VerbForm"):
            break   # "Fondé par X, Y n'emploie que …": an opening participle is not what the main clause says
        chain.append(head)
        if dep in ("obj", "xcomp") and _lemma(head) == "devenir" and head.dep_ in ("amod", "acl") \
                and len(_verb_group(head)) == 1:
            # (s26-people26) "X, ancien cadre de Z devenu député Y": the title one became is held now; the
            # "ancien" above the participle tells the post left before
            break
        if (dep in ("appos", "acl") or dep in ("nmod", "conj") and tok.pos_ == "NOUN" and tok.i > head.i
                and not any(c.dep_ in ("case", "cc") for c in tok.children)
                and tok.doc[tok.left_edge.i - 1].text == ",") and head.pos_ == "PROPN" \
                or dep == "acl" and "Part" in tok.morph.get("VerbForm") and head.pos_ == "NOUN" and tok.i > head.i \
                and tok.left_edge.i > 0 and tok.doc[tok.left_edge.i - 1].text == ",":
            # ((s26-fights26) also the apposition the parser calls a "nmod" with no preposition or a "conj" with no
            # "et": "Y, concurrent de X, n'est pas visé par la procédure" keeps the rivalry)
            # "…: Y, filiale de X, confirme n'avoir …", "X, devenu actionnaire de Y, n'aurait pas été consulté":
            # an apposition or a participle set beside a name states its tie whatever the clause says
            # ((s39-clause39) and a participle set off by a comma beside a noun: "La fédération X, présidée par
            # Y, n'était pas conviée" keeps Y's chair)
            break
        tok = head
    return chain


def _left_window(trigger) -> list:
    tv = tokens_of(trigger.doc)   # the token list: tv[i] skips DocView.__getitem__
    out = []
    i = trigger.i - 1
    start = trigger.sent.start if trigger.doc.has_annotation("SENT_START") else 0
    while i >= start and len(out) < _LEFT_WINDOW:
        tok = tv[i]
        # stop at punctuation and at the start of a subordinate clause ("espérait que …")
        if tok.text in _SEGMENT_BREAK or tok.pos_ == "SCONJ" or tok.lower_ in ("qui", "dont", "que", "qu'", "qu’"):
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


# Verbs of renewal: "X n'a pas renouvelé son partenariat" says the tie ended, not that it never held.
_RENEWAL = frozenset({"renouveler", "reconduire", "prolonger"})


def not_renewed(tok) -> bool:
    """"n'a pas renouvelé / reconduit / prolongé": the tie ended (status former), it is not denied."""
    return _lemma(tok) in _RENEWAL and any(_lemma(c) in ("pas", "jamais") and c.dep_ == "advmod" for c in tok.children)


def _ne_plus(tok) -> bool:
    ended = ne = False   # (one pass over the children instead of two generators)
    for c in tok.children:
        lemma = _lemma(c)
        if lemma in _ENDED and c.dep_ == "advmod" and not (
                c.i + 1 < len(c.doc) and c.doc[c.i + 1].lower_ in ("que", "qu'", "qu’")):
            ended = True   # (s31-owners31: "ne détient plus que 4 %", restrictive "only": the tie holds)
        if lemma == "ne":
            ne = True
    return ended and ne


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


_PARTICIPLE_ENDS = ("é", "ée", "és", "ées", "i", "ie", "is", "ies", "u", "ue", "us", "ues", "t", "te",
                    "ts", "tes", "s", "se", "ses")


def _copula_past(tok) -> bool:
    """"a été PDG", "avait été président": a title under a past copula."""
    kids = [c for c in tok.children if _lemma(c) == "être" and c.dep_ in ("cop", "aux:pass")]
    if not kids:
        return False
    return tok.pos_ != "VERB" or not tok.lower_.endswith(_PARTICIPLE_ENDS)


def _tense_status(trigger, chain, aspect: str | None) -> str | None:
    """completed / former from the tense of the trigger's verb, gated by verb lists."""
    lemma = _lemma(trigger)
    past = _past_form(trigger)
    # "vient de racheter": recent past
    recent = any(_lemma(t) == "venir" and t.i != trigger.i for t in chain[1:3])
    if aspect != "state" and lemma in _COMPLETION and (past or recent):
        return "completed"
    if aspect != "event" and past in ("compound", "simple") and (
            lemma in _STATE_VERBS or _copula_past(trigger)):
        return "former"
    return None


def status_of(span, trigger, default: str | None = None, *, aspect: str | None = None,
              allowed: frozenset[str] | None = None, negated: bool | None = None) -> str | None:
    """current/former/proposed/rejected/completed/denied/rumoured from cues near ``trigger``.

    ``aspect`` says what the tie is: "event" (a deal, a payment) or "state" (a
    post, a stake). The past of a completion verb ("a racheté", "racheté par")
    gives completed unless aspect is "state"; the compound past of a state verb
    or a copula ("a dirigé", "a été PDG") gives former unless aspect is "event".
    ``allowed`` keeps only some statuses (a conflict is only ever rumoured or denied); ``negated``
    passes ``is_negated`` when the caller already knows it.
    Returns ``default`` when no cue applies.
    """
    found: set[str] = set()
    doc = trigger.doc
    chain = governors(trigger)
    for depth, tok in enumerate(chain):
        lemma, lower = _lemma(tok), tok.lower_
        cues = _cues(tok)
        if "rejected" in cues and _leaves_post(tok):
            # (the post's own tie becomes former; another tie told inside it, "du groupe fondé par Y", neither)
            cues = (cues - {"rejected"}) | ({"former"} if aspect == "state" else set())
        # a trigger's own word sets only proposed ("offre", "projet"), not rejected etc.
        found |= cues & {"proposed", "former"} if depth == 0 else cues
        for child in tok.children:
            if child.dep_ in _MODIFIERS and "former" in _cues(child):
                if child.dep_ not in ("nmod", "obl:mod", "advcl") or child.i < trigger.i:
                    found.add("former")
        if lower.startswith(("ex-", "ex–")):
            found.add("former")
        if _ne_plus(tok) or not_renewed(tok):
            found.add("former")
        if lemma in _MODALS and (_mood(tok, "Cnd") or _mood(tok, "Fut")
                                 or (lemma == "aller" and _mood(tok, "Pres"))):
            found.add("proposed")
        if lemma == "tenter" and _past_form(tok) in ("compound", "simple"):
            found.add("rejected")  # "a tenté de racheter": the attempt failed
        if lemma == "exclure" and any(_lemma(c) in _NEG for c in tok.children):
            found.add("rumoured")  # "il n'est pas exclu que…"
    became = False   # (s26-people26) "ancien ministre devenu PDG de Y": "ancien" before the participle of
    # becoming is the post left, the title after it is held now
    for tok in _left_window(trigger):
        lemma = _lemma(tok)
        if lemma == "devenir" and tok.pos_ in ("VERB", "AUX") and "Part" in tok.morph.get("VerbForm"):
            became = True
        cues = _cues(tok) & {"denied", "rejected", "proposed"}
        if "rejected" in cues and _leaves_post(tok):
            cues = cues - {"rejected"}
            if aspect == "state":
                found.add("former")
        if cues:
            # verbs anywhere in the window; nouns only as "intention de", "projet de"
            nxt = doc[tok.i + 1].lower_ if tok.i + 1 < len(doc) else ""
            if tok.pos_ in ("VERB", "ADV", "ADJ") or nxt in ("de", "d'", "d’", "du"):
                found |= cues
        if (lemma in ("ancien", "ex") or tok.lower_ in ("ex", "ex-")) and not became:
            found.add("former")
    sent = trigger.sent
    # a rumour hedges the whole sentence; other phrases must sit next to the trigger
    text = doc_text(doc)
    lo, hi = doc[max(sent.start, trigger.i - 4)], doc[min(sent.end, trigger.i + 5) - 1]
    window_text = text[lo.idx:hi.idx + len(hi)]
    found |= _near_phrases(window_text)
    if _rumour_in(text, sent.start_char, sent.end_char):
        found.add("rumoured")
    # the trigger's own verb group, or the verb it is the object of ("prendra la tête")
    verbs = [trigger] + [t for t in chain[1:2] if trigger.dep_ == "xcomp" and _lemma(t) not in _MODALS
                         or trigger.dep_ == "obj" and _lemma(t) in _LIGHT_VERBS]
    # (_mood(t, m) is "m in the forms of t's verb group": each group's forms read once)
    forms = [{_form(x) for x in _verb_group(t)} for t in verbs]
    if any("Fut" in f for f in forms):
        found.add("proposed")
    if any("Cnd" in f for f in forms) or \
            any(_mood(t, "Cnd") for t in chain[1:] if _lemma(t) not in _MODALS):
        found.add("rumoured")
    if negated is None:
        negated = is_negated(span, trigger)
    if not negated:  # "n'a pas racheté" is not completed
        tense = _tense_status(trigger, chain, aspect)
        if tense:
            found.add(tense)
    for status in _ORDER:
        if status in found and (allowed is None or status in allowed):
            return status
    return default


# "X a dû abandonner son poste de président de Y", "renoncer à ses fonctions": a post given up is a former
# post, not a rejected one (abandonner, renoncer are rejection cues for offers and projects)
_POST_NOUNS = frozenset({"poste", "postes", "fonction", "fonctions", "fauteuil", "siège", "mandat", "présidence",
                         "direction", "tête"})


def _leaves_post(tok) -> bool:
    return _lemma(tok) in ("abandonner", "renoncer", "retirer") and any(
        c.dep_ in ("obj", "obl:arg", "obl", "obl:mod") and c.lower_ in _POST_NOUNS for c in tok.children)


# A stake not held, in a relative clause on the stake: the holder has the rest of the company.
_HOLD = {"détenir", "posséder", "contrôler"}
_STAKE_WORDS = {"%", "pourcent", "capital", "action", "actions", "part", "parts", "titre", "titres", "reste"}
# Verbs of doubt: "ne pas douter de Y" says Y, it does not deny it.
# ("n'a jamais caché son hostilité envers Y", "n'efface pas la rivalité entre A et B": litotes)
_DOUBT = {"douter", "cacher", "cache", "dissimuler", "masquer", "effacer", "gommer", "occulter", "éclipser"}
# Verbs of ending: "le bras de fer entre A et B n'est pas terminé", "le conflit n'est pas réglé" say the tie goes on
# (a deal "pas terminé" is under way, not denied)
_ENDING = {"terminer", "finir", "achever", "clore", "régler", "solder", "éteindre", "apaiser",
           # (s33-stance33) "le bras de fer entre A et B n'a jamais vraiment cessé", "sa complicité avec Y ne s'est
           # jamais démentie", "la querelle ne faiblit pas", "X ne désarme pas contre Y": the stance goes on
           "cesser", "interrompre", "démentir", "faiblir", "fléchir", "tarir", "retomber", "estomper",
           "atténuer", "dissiper", "essouffler", "calmer", "désarmer", "refroidir", "relâcher"}
# Verbs of telling whose negation is about the telling: "X ne commente pas sa coopération avec Y", "n'a pas
# souhaité commenter son accord avec Y" say the tie, they do not deny it (data/attributes.yaml)
_UNSAID = set(_LEX.get("unsaid_verbs", ()))


def _denies_own_act(trigger) -> bool:
    """"X dément avoir conclu le moindre contrat avec Y", "X nie toutefois avoir rencontré Y": the
    denying verb runs straight on to an infinitive (adverbs between), within the trigger's segment: the
    text says the act did not happen (negated, besides its denied status). A denied claim ("ce que
    l'intéressé dément", "démentant les rumeurs de …") is denied, not negated. (The parser often tags
    "dément" ADV: read on the words, not on the tree.)"""
    window = _left_window(trigger)   # nearest first
    for k, tok in enumerate(window):
        if "denied" in _cues(tok) and tok.pos_ != "NOUN":
            after = list(reversed(window[:k]))   # the words between the denying verb and the trigger
            for nxt in after:
                if nxt.pos_ == "ADV" and not _cues(nxt):
                    continue
                return nxt.lower_ in ("avoir", "être") or "Inf" in nxt.morph.get("VerbForm")
            return False
    return False


def _present_participle_clause(tok) -> bool:
    """A present participle heading an adjunct clause ("…, accusant Y de …", "reprochant à Y …")."""
    # (the tagger may call the form an infinitive: read on the ending; set off by a comma from what it hangs on)
    return tok.pos_ == "VERB" and tok.lower_.endswith("ant") and tok.dep_ in ("advcl", "acl", "conj", "xcomp") \
        and tok.i > 0 and tok.doc[tok.i - 1].text == ","


def _refused_infinitive(tok) -> bool:
    """An infinitive complement of a refusing verb ("refusé de soutenir")."""
    return tok.dep_ == "xcomp" and "Inf" in tok.morph.get("VerbForm")


def _no_object(verb) -> bool:
    """"ne détient aucune part", "n'a signé aucun accord": the verb's object determined by "aucun" under "ne"
    (not "ne … plus aucune": the tie ended, status former)."""
    if not any(c.lower_ in ("ne", "n'", "n’") for c in verb.children) \
            or any(c.lower_ == "plus" for c in verb.children):
        return False
    return any(c.dep_ == "obj" and any(k.dep_ == "det" and _lemma(k) == "aucun" for k in c.children)
               for c in verb.children)


_RIVAL_WORDS = frozenset({"concurrent", "concurrente", "concurrents", "concurrentes", "rival", "rivale", "rivaux",
                          "rivales"})


def _possessed_rival(trigger) -> bool:
    """A rival noun with a possessive ("son concurrent Y", "ses rivaux"): it names a standing rivalry, which a
    negated verb governing it does not deny."""
    return trigger.pos_ == "NOUN" and trigger.lower_ in _RIVAL_WORDS and any(
        c.dep_ == "det" and c.lower_ in ("son", "sa", "ses", "leur", "leurs") for c in trigger.children)


_REFUSING_ANY = set(_LEX["refusing_any_verbs"])


def _any_refused(tok) -> bool:
    """(s34-politics34) The object noun of a refusing verb determined by "tout" / "aucun" ("toute alliance")."""
    return tok.dep_ == "obj" and tok.pos_ == "NOUN" and any(
        c.dep_ == "det" and c.lower_ in ("tout", "toute", "aucun", "aucune", "quelconque") for c in tok.children)


def _ni_ni(tok) -> bool:
    """(s34-politics34) "X ne soutient ni A ni B", "n'a rencontré ni A ni B": "ne" on the verb and "ni" on its
    argument (the parser hangs each "ni" on its conjunct, not on the verb)."""
    if tok.pos_ not in ("VERB", "AUX") or not any(c.lower_ in ("ne", "n'", "n’") for c in tok.children):
        return False
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.lower_ == "ni":
        return True   # ("n'appuie ni A ni B" parsed with A cut off the verb: the word after it says it)
    return any(c.dep_ in ("obj", "nsubj", "obl", "obl:arg", "iobj", "obl:mod") and any(
        k.dep_ == "cc" and k.lower_ == "ni" and k.i < c.i for k in c.children) for c in tok.children)


def is_negated(span, trigger, *, verbs: bool = True) -> bool:
    """True when the clause says the tie does not hold ("n'a pas investi", "aucune plainte").

    "ne … plus" is not a negation here: it means the tie ended (status former). ``verbs=False``
    ignores negating verbs ("exclut toute négociation" is itself the conflict, not its negation).
    """
    if verbs and _denies_own_act(trigger):
        return True
    chain = governors(trigger)
    for n, tok in enumerate(chain):
        if n == 1 and _possessed_rival(trigger):
            return False   # (s28-funds28) "X ne rachètera pas son concurrent Y": the buying is denied, not the rivalry
        if n and _present_participle_clause(chain[n - 1]):
            break   # (s14-pol) "X a exclu toute alliance, accusant Y de …": the participle's clause says its own fact
        if verbs and _lemma(tok) in _NEG_VERBS:
            # "s'est abstenu de sanctionner" negates; "il n'est pas exclu que" does not
            return not any(_lemma(c) in _NEG for c in tok.children)
        if verbs and n and _lemma(tok) in _REFUSING_ANY and _any_refused(chain[n - 1]):
            # (s34-politics34) "X refuse toute alliance avec Y", "écarte tout rapprochement avec Y", "rejette
            # toute idée de rachat de Y": "tout" / "aucun" on the refused noun denies the act, not its degree
            return not any(_lemma(c) in _NEG for c in tok.children)
        if verbs and n and _lemma(tok) in _REFUSING and _refused_infinitive(chain[n - 1]):
            # "X a refusé de soutenir Y": the act is refused, not done ("n'a pas refusé de" does it)
            return not any(_lemma(c) in _NEG for c in tok.children)
        if tok.i == trigger.i and _lemma(tok) in _HOLD and tok.dep_ == "acl:relcl" \
                and _lemma(tok.head) in _STAKE_WORDS:
            return False   # "les 16 % de Y qu'il ne détient pas encore": it holds the rest
        if n and tok.pos_ == "VERB" and _lemma(tok).startswith(_GIVING_UP) \
                and chain[n - 1].dep_ in ("obj", "obl:arg", "obl", "iobj"):
            return False   # (s38-fp38) "n'entend pas céder sa participation dans Y": the sale is denied, the stake kept
        if not_renewed(tok):
            return False   # ("n'a pas renouvelé son contrat avec Y": the tie ended, status former)
        if tok.i == trigger.i and _no_object(tok):
            return True   # "X ne détient aucune part de Y", "qui n'a signé aucun contrat avec Y"
        if n and _lemma(tok) in defusing_verbs():
            return False   # (s39-clause39) "n'a pas réussi à désamorcer son conflit avec Y": the conflict holds
        if _lemma(tok) in _DOUBT | _ENDING and tok.i != trigger.i:
            continue   # "ne doutant pas d'une montée de X au capital": not doubting it affirms it
        if _lemma(tok) in _UNSAID and tok.i != trigger.i:
            return False   # "ne commente pas sa coopération avec Y": what is not told of still holds
        for child in tok.children:
            lemma = _lemma(child)
            if lemma in _NEG and child.dep_ in ("advmod", "det", "cc", "nsubj", "obj", "nsubj:pass"):
                if lemma == "personne" and any(k.dep_ in ("det", "nummod") for k in child.children):
                    continue   # "emploie 120 personnes", "les personnes": people, not "ne … personne"
                if child.dep_ in ("obj", "nsubj", "nsubj:pass") and any(k.dep_ in ("cop", "nsubj") for k in child.children):
                    continue   # (s39-clause39) "X nous a accordé 45 M€, ce n'est pas rien": "rien" heads a clause
                    # of its own (its copula, its subject), which denies nothing of the verb it was hung on
                if lemma == "ni" or child.dep_ != "cc":
                    return True
        if _ni_ni(tok):
            return True
    return False
