"""(s29-court29) The court report: once the text has set a trial's roles, later words resolve by role.

- the defendants: the persons the text puts on trial ("X comparaît", "X, renvoyé devant le tribunal",
  "le parquet a requis … contre X", "X a été condamné", "le prévenu X"), found once per document
  (``defendants``). A lawyer's possessive ("Son avocat, Me Y", "son conseil") speaks for the defendant named in
  its window, not for the last person named (a witness, a banker the defendant says he never met):
  slots/titles.py ``_lawyer_client`` asks here (blind28 ho-840: the lawyer was given to the last name).
- the prosecutor: "Y, poursuivi(e) comme personne morale", "Y est également poursuivi" with no agent said, in a text
  whose one prosecutor's office is named ("le parquet de X", "le Parquet national financier"): that office sues Y
  (slots "trial_prosecutor", "prosecuted" of sues.prosecuted; read28 ho-824, blind28 ho-840).
"""
from __future__ import annotations

from ...mentions.entities import EntityIndex
from ...mentions.index import per_document
from ...nlp.docview import tokens_of
from ..arguments import case_of, entities_at, lemma_of
from .found import Found
from .gate import Readers, acts_on

# verbs whose subject is on trial ("X comparaît", "X est jugé", "X a été condamné")
_TRIED_SUBJECT = frozenset({"comparaître"})
# verbs whose object, or passive subject, is on trial ("le tribunal a condamné X", "X, renvoyé devant …")
_TRY_VERBS = frozenset({"juger", "condamner", "relaxer", "renvoyer", "poursuivre", "rejuger", "inculper",
                        "requérir"})
_TRY_FORMS = frozenset({"jugé", "jugée", "condamné", "condamnée", "relaxé", "relaxée", "renvoyé", "renvoyée",
                        "poursuivi", "poursuivie", "rejugé", "rejugée", "inculpé", "inculpée", "comparaît",
                        "comparaissait", "comparaîtra", "comparu", "requis",
                        # (s32-court32) the plurals: "A et B, renvoyés devant le tribunal", "A et B, jugés pour …"
                        "jugés", "jugées", "condamnés", "condamnées", "relaxés", "relaxées", "renvoyés", "renvoyées",
                        "poursuivis", "poursuivies", "rejugés", "rejugées", "inculpés", "inculpées", "comparaissent",
                        "comparaissaient", "comparaîtront", "comparus"})
# nouns that name the role ("le prévenu X", "X, prévenu dans ce dossier")
_ROLE_NOUNS = frozenset({"prévenu", "prévenue", "prévenus", "prévenues", "accusé", "accusée"})
# where a requisition's target stands ("requis … contre X", "réquisitions contre X")
_AGAINST_HEADS = frozenset({"requérir", "requis", "réquisition", "réquisitions", "réquisitoire", "peine", "prison",
                            "emprisonnement", "amende", "sursis"})
_COURT_WORDS = frozenset({"tribunal", "procès", "prévenu", "prévenue", "comparaît", "comparaissait", "parquet",
                          "réquisitions", "requis", "plaidoirie", "audience", "cour", "barre", "relaxe",
                          # (s31-legal31) the plural and the other tenses of appearing, the bench, the accused
                          "comparaissent", "comparaissaient", "comparaîtra", "comparaîtront", "comparu", "comparus",
                          "prévenus", "prévenues", "accusé", "accusée", "accusés", "juges", "magistrats", "prétoire",
                          "réquisitoire", "jugement", "verdict", "délibéré", "jugé", "jugée", "jugés", "jugées",
                          "rejugé", "rejugée"})


def _tried_verb(v) -> bool:
    return v.pos_ in ("VERB", "AUX", "ADJ") and (lemma_of(v) in _TRY_VERBS or v.lower_ in _TRY_FORMS)


def _on_trial(tok) -> bool:
    """Whether the name at ``tok`` (its head word) stands where a trial puts its defendant."""
    h = tok
    while h.dep_ == "flat:name" and h.head is not h:
        h = h.head
    # (s31-legal31) "A et B comparaissent": the second of two subjects stands where the first does
    if h.dep_ == "conj" and h.head.dep_ in ("nsubj", "nsubj:pass", "obj", "flat:name", "appos") and h.head is not h:
        h = h.head
        while h.dep_ == "flat:name" and h.head is not h:
            h = h.head
    # (s31-legal31) "son frère cadet, X, condamné pour sa part …": an apposition the parser made a conjunct
    if h.dep_ == "conj" and h.head.pos_ == "NOUN" and h.i > 0 and h.doc[h.i - 1].text == "," and h.head.i < h.i \
            and not any(c.dep_ == "cc" for c in h.children):
        h = h.head
    # (s32-court32) "Affaire Z : A et B renvoyés devant le tribunal": the participle on the name itself
    if any(c.dep_ in ("acl", "amod") and c.lower_ in _TRY_FORMS and c.i > h.i for c in h.children):
        return True
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
    return per_document(index, "_court29_defendants", lambda: _defendants(doc, index))


def _defendants(doc, index: EntityIndex) -> dict[str, int]:
    got = {}
    tv = tokens_of(doc)
    if any(t.lower_ in _COURT_WORDS for t in tv):
        for j, name in sorted(index.by_token.items()):
            if name in got or index.type_of(name) != "PER" or index.kinds.get(j) not in ("name", "descriptor"):
                continue
            if _on_trial(tv[j]):
                got[name] = j
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


_PROSECUTOR_HEADS = frozenset({"parquet", "procureur", "procureure", "procureurs", "ministère public"})


def prosecutor(doc, index: EntityIndex) -> tuple[str, int] | None:
    """The one prosecutor's office the text names ("le parquet de X", "le Parquet national financier"), else None."""
    return per_document(index, "_court29_prosecutor", lambda: _prosecutor(index))


def _prosecutor(index: EntityIndex) -> tuple[str, int] | None:
    found: dict[str, int] = {}
    for j, name in sorted(index.by_token.items()):
        if index.type_of(name) == "GOV" and name.split()[0].lower() in _PROSECUTOR_HEADS:
            found.setdefault(name, j)
    return next(iter(found.items())) if len(found) == 1 else None


def _passive_prosecuted(t) -> bool:
    """"poursuivi(e)(s)" read as a passive with no agent: "Y, poursuivi comme personne morale", "Y est poursuivi",
    "la banque étant poursuivie"."""
    if not t.lower_.startswith("poursuivi") or any(c.dep_ == "obl:agent" for c in t.children):
        return False
    if any(c.dep_ == "obj" for c in t.children):
        return False
    return t.dep_ == "acl" or any(c.dep_ == "aux:pass" for c in t.children) or _fronted(t)


def _fronted(t) -> bool:
    """"Poursuivie comme personne morale, la société Y risque …": a participle opening the clause, before its verb."""
    return t.dep_ in ("advcl", "dep") and t.i < t.head.i and t.i == t.sent.start


def _sure(x, t, index: EntityIndex) -> bool:
    """A name, or a descriptor whose actor its own sentence names ("… accordés par la banque X à Y, la banque étant
    poursuivie"); not a descriptor read as an actor its sentence never names while naming others (a guess)."""
    if x[1] < 0 or index.kinds.get(x[1]) not in ("descriptor", "pronoun"):
        return True
    sent = t.sent
    return any(index.by_token.get(j) == x[0] and index.kinds.get(j) == "name" for j in range(sent.start, sent.end))


@acts_on(lambda w: w.lower.startswith("poursuivi"))
def prosecuted(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"Y, poursuivi comme personne morale", "Y est également poursuivi": the text's one prosecutor sues Y."""
    if not t.lower_.startswith("poursuivi") or out.get("prosecuted") or not _passive_prosecuted(t):
        return
    # ((s32-court32) "Y n'était pas poursuivi à titre personnel": the action denied, kept negated (the negation is
    # read from the trigger), as the gold has it)
    office = prosecutor(t.doc, index)
    if office is None:
        return
    if t.dep_ == "acl":
        who = entities_at(t.head, index)
    elif _fronted(t):
        who = [x for c in t.head.children if c.dep_ in ("nsubj:pass", "nsubj") for x in entities_at(c, index)]
    else:
        who = [x for c in t.children if c.dep_ in ("nsubj:pass", "nsubj") for x in entities_at(c, index)]
        if not who and t.dep_ == "ROOT":
            # ((s32-court32) "Y, qui a quitté Z, n'était pas poursuivi": a sentence opening on a name and its comma,
            # the parser leaving the verb with no subject)
            from ..legal31 import _opening_name
            who = _opening_name(t, index)
    who = [x for x in who if x[0] != office[0] and index.type_of(x[0]) in ("PER", "ORG") and _sure(x, t, index)]
    if who:
        # (its token only when in this sentence: an office named earlier stands as the text's, token -1)
        out.put("trial_prosecutor", [office if index.sent_of.get(office[1]) == index.sent_of.get(t.i) else (office[0], -1)])
        out.put("prosecuted", who[:1])


def prosecuted_in(sent, index: EntityIndex) -> bool:
    """Whether a sentence naming one party may still hold a tie: "Y, poursuivi comme personne morale, …" (the text's
    prosecutor, named before, is the other); read only when the text names one prosecutor's office."""
    return prosecutor(sent.doc, index) is not None and any(t.lower_.startswith("poursuivi") for t in sent)


COURT29_READERS = Readers(prosecuted)
