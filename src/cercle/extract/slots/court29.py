"""(s29-court29) The court report: once the text has set a trial's roles, later words resolve by role.

- the defendants: the persons the text puts on trial ("X comparaît", "X, renvoyé devant le tribunal",
  "le parquet a requis … contre X", "X a été condamné", "le prévenu X"), found once per document
  (``defendants``). A lawyer's possessive ("Son avocat, Me Y", "son conseil") speaks for the defendant named in
  its window, not for the last person named (a witness, a banker the defendant says he never met):
  slots/titles.py ``_lawyer_client`` asks here (blind28 ho-840: the lawyer was given to the last name).
"""
from __future__ import annotations

from ...mentions.entities import EntityIndex
from ...nlp.docview import tokens_of
from ..arguments import case_of, lemma_of

# verbs whose subject is on trial ("X comparaît", "X est jugé", "X a été condamné")
_TRIED_SUBJECT = frozenset({"comparaître"})
# verbs whose object, or passive subject, is on trial ("le tribunal a condamné X", "X, renvoyé devant …")
_TRY_VERBS = frozenset({"juger", "condamner", "relaxer", "renvoyer", "poursuivre", "rejuger", "inculper",
                        "requérir"})
_TRY_FORMS = frozenset({"jugé", "jugée", "condamné", "condamnée", "relaxé", "relaxée", "renvoyé", "renvoyée",
                        "poursuivi", "poursuivie", "rejugé", "rejugée", "inculpé", "inculpée", "comparaît",
                        "comparaissait", "comparaîtra", "comparu", "requis"})
# nouns that name the role ("le prévenu X", "X, prévenu dans ce dossier")
_ROLE_NOUNS = frozenset({"prévenu", "prévenue", "prévenus", "prévenues", "accusé", "accusée"})
# where a requisition's target stands ("requis … contre X", "réquisitions contre X")
_AGAINST_HEADS = frozenset({"requérir", "requis", "réquisition", "réquisitions", "réquisitoire", "peine", "prison",
                            "emprisonnement", "amende", "sursis"})
_COURT_WORDS = frozenset({"tribunal", "procès", "prévenu", "prévenue", "comparaît", "comparaissait", "parquet",
                          "réquisitions", "requis", "plaidoirie", "audience", "cour", "barre", "relaxe"})


def _tried_verb(v) -> bool:
    return v.pos_ in ("VERB", "AUX", "ADJ") and (lemma_of(v) in _TRY_VERBS or v.lower_ in _TRY_FORMS)


def _on_trial(tok) -> bool:
    """Whether the name at ``tok`` (its head word) stands where a trial puts its defendant."""
    h = tok
    while h.dep_ == "flat:name" and h.head is not h:
        h = h.head
    if h.dep_ in ("appos", "nsubj", "nsubj:pass") and h.head.lower_ in _TRY_FORMS and h.head.pos_ in ("VERB", "ADJ"):
        return True   # "Renvoyée devant le tribunal, X …" (the parser hangs the name on the fronted participle)
    if h.dep_ == "appos" and h.head.pos_ == "NOUN" and h.head.lower_ not in _ROLE_NOUNS:
        h = h.head   # "l'ancien maire X a été jugé": the title the name sits on
    head = h.head
    if h.dep_ in ("nsubj", "nsubj:pass"):
        if lemma_of(head) in _TRIED_SUBJECT or head.lower_ in _TRY_FORMS and h.dep_ == "nsubj:pass":
            return True
        # "X, ancien PDG de Y, comparaît …, renvoyé devant le tribunal": a participle on the subject's verb
        if lemma_of(head) in _TRIED_SUBJECT or any(
                c.dep_ in ("advcl", "acl", "conj", "xcomp", "dep") and c.lower_ in _TRY_FORMS
                and not any(k.dep_.startswith("nsubj") for k in c.children) for c in head.children):
            return True
    if h.dep_ == "obj" and _tried_verb(head) and lemma_of(head) != "requérir":
        return True
    if case_of(h) == "contre" and (head.lower_ in _AGAINST_HEADS or lemma_of(head) in _AGAINST_HEADS):
        return True
    for c in h.children:   # "X, renvoyé devant le tribunal", "X, prévenu dans ce dossier"
        if c.dep_ in ("acl", "appos", "amod", "acl:relcl") and (c.lower_ in _TRY_FORMS or c.lower_ in _ROLE_NOUNS):
            return True
    if h.dep_ in ("appos", "nmod") and head.lower_ in _ROLE_NOUNS:   # "le prévenu, X", "le prévenu X"
        return True
    return False


def defendants(doc, index: EntityIndex) -> dict[str, int]:
    """The persons the text puts on trial, each with the first token that does (once per document)."""
    got = getattr(index, "_court29_defendants", None)
    if got is not None:
        return got
    got = {}
    tv = tokens_of(doc)
    if any(t.lower_ in _COURT_WORDS for t in tv):
        for j, name in sorted(index.by_token.items()):
            if name in got or index.type_of(name) != "PER" or index.kinds.get(j) not in ("name", "descriptor"):
                continue
            if _on_trial(tv[j]):
                got[name] = j
    try:
        index._court29_defendants = got
    except AttributeError:
        pass
    return got


def lone_defendant(t, index: EntityIndex, window_start: int) -> tuple[str, int] | None:
    """The one defendant the text has set before ``t``, when the words from ``window_start`` name no other person
    as a subject: "X, renvoyée devant le tribunal, … . Elle a mis en cause Y. « … », a dit la prévenue, tandis
    que son avocat …": X (a person named as an object there is not whom the lawyer speaks for)."""
    tried = defendants(t.doc, index)
    before = [n for n, j in tried.items() if j < t.i]
    if len(before) != 1 or len(tried) != 1:
        return None
    tv = tokens_of(t.doc)
    for j in range(window_start, t.i):
        name = index.by_token.get(j)
        if name is None or index.type_of(name) != "PER" or name in tried:
            continue
        h = tv[j]
        while h.dep_ in ("flat:name", "appos") and h.head is not h:
            h = h.head
        if h.dep_ in ("nsubj", "nsubj:pass"):
            return None
    return before[0], tried[before[0]]
