"""(s30-interview30) The first and second person of interviews and quotations, read by the general readers:

- "X, le président de notre conseil d'administration", "le vice-président de votre conseil de surveillance, X",
  "membre de notre directoire": a board the speaker's or the asked one's possessive names (mentions/quoted_we.py)
  is that organisation's (slot "prep:de_organ" of leads.title and board.organ_member; the board with no company
  named otherwise gives no owner to a person's title). blind29 ho-853.
- "Y, l'association dont nous sommes membres", "Y, l'organisation dont Z est adhérente": "dont" + a member +
  a copula + a membership noun, after a descriptor set off after a name, is membership of that name (slots
  "whose_member", "whose_body" of member.whose; read on the words, the parse often broken there; the plain "X,
  dont il est membre" was read already). blind29 ho-861.
- "Vous avez confié la direction générale à X", "Le conseil de Y a confié la présidence à X", "Y a transmis sa
  direction générale à X": the one a head's post with no body of its own is handed to leads the giver's body —
  the interviewee's organisation for a "vous" in a question or a "nous" in an answer, the company of a board,
  else the named organisation giving it (slots "post_taker", "post_giver" of leads.post_handed). blind29 ho-861.
- "Avec mon frère, nous détenons 80 % de Y" in an interview's answer where "nous" stands for Y itself: the
  interviewee and the people named with "avec" hold Y (slots "we_holders", "we_held" of owns.we_hold). blind29
  ho-861.
"""
from __future__ import annotations

from ...mentions.entities import EntityIndex
from ..arguments import case_of, entities_at, lemma_of
from .found import Found
from .gate import Readers, acts_on
from .phrases import _bare_board

_BOARDS = frozenset({"conseil", "directoire", "board"})
_BOARD_TITLES = frozenset({"président", "présidente", "membre", "membres", "vice-président", "vice-présidente"})
_FIRST_SECOND = frozenset({"notre", "nos", "votre", "vos"})


@acts_on(lambda w: not w.verbal and w.lower in _BOARD_TITLES)
def our_board_title(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"le président de notre conseil d'administration", "membre de votre directoire": the board of the one
    speaking or spoken to."""
    if verbal or t.lower_ not in _BOARD_TITLES or t.pos_ != "NOUN" or "prep:de_organ" in out or "prep:de" in out:
        return
    for c in t.children:
        if c.dep_ != "nmod" or case_of(c) != "de" or c.lemma_.lower() not in _BOARDS:
            continue
        if any(d.dep_ == "det" and d.lower_ in _FIRST_SECOND and d.i in index.quoted_we for d in c.children):
            owners = [x for x in _bare_board(c, index) if x[0]]
            if owners:
                out.put("prep:de_organ", [(owners[0][0], c.i)])
        return


_MEMBER_NOUNS = frozenset({"membre", "membres", "adhérent", "adhérente", "adhérents", "adhérentes"})


_COPULAS = frozenset({"est", "sont", "était", "étaient", "sommes", "étions", "êtes", "étiez", "reste", "restent",
                      "restons", "demeure", "demeurent", "devenu", "devenue", "devenus"})


def _set_off_name(tv, index: EntityIndex, k: int, lo: int) -> str | None:
    """The name set off by a comma before a descriptor ending right before token k ("Y, l'association des
    industriels | dont"): the descriptor opens on a determiner, holds no verb, comma or quotation mark."""
    j = k - 1
    while j > lo and tv[j].text != "," and tv[j].pos_ not in ("VERB", "AUX", "PUNCT") and index.entity_at(j) is None:
        j -= 1
    if index.entity_at(j) is not None and index.kinds.get(j) == "descriptor":
        # ("Y, l'association des …": the descriptor coreference already gave to Y)
        name = index.entity_at(j)
        return name if index.type_of(name) in ("ORG", "GOV") else None
    if j <= lo or tv[j].text != "," or j + 1 >= k or tv[j + 1].pos_ != "DET" or index.kinds.get(j - 1) != "name":
        return None
    name = index.entity_at(j - 1)
    return name if index.type_of(name) in ("ORG", "GOV") else None


@acts_on(lambda w: not w.verbal and w.lower in _MEMBER_NOUNS)
def member_whose(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"Y, l'association des industriels dont nous sommes membres": "dont" stands for the clause's antecedent,
    read on the words ("dont" + the member + a copula + the noun), the parse often broken there."""
    if verbal or t.lower_ not in _MEMBER_NOUNS or "whose_body" in out or t.i < 4:
        return
    tv = t.doc
    if t.i + 1 < len(tv) and tv[t.i + 1].lower_ in ("de", "du", "des", "d'", "d’"):
        return   # ("dont X est membre du conseil": a seat on the antecedent's board, not its membership)
    j = t.i - 1
    if tv[j].lower_ not in _COPULAS:
        return
    j -= 1
    member = index.entity_at(j)
    if member is None or index.type_of(member) not in ("PER", "ORG", "GOV"):
        return
    while j > t.sent.start and index.entity_at(j - 1) == member:
        j -= 1
    if tv[j].lower_ in ("nous", "vous") and index.kinds.get(j) != "pronoun":
        return
    if j == 0 or tv[j - 1].lower_ != "dont":   # (j == 0: tv[-1] would be the document's last word)
        return
    body = _set_off_name(tv, index, j - 1, t.sent.start)
    if body is None or body == member:
        return
    out.put("whose_member", [(member, j)])
    out.put("whose_body", [(body, j - 1)])


_HAND_VERBS = frozenset({"confier", "céder", "transmettre", "remettre", "passer"})
_POSTS = frozenset({"direction", "présidence"})
_TOP = frozenset({"générale", "exécutive"})


def _bare_post(noun) -> bool:
    """"la direction générale", "la présidence exécutive", "la présidence": a head's post naming no body."""
    if noun.lemma_.lower() not in _POSTS:
        return False
    for c in noun.children:
        if c.dep_ == "amod" and c.lower_ not in _TOP:
            return False
        if c.dep_ in ("nmod", "acl", "acl:relcl", "appos") and case_of(c) not in ("à", "au"):
            return False   # ("la direction de l'usine", not "la direction générale à X" the parser hangs on it)
        if c.dep_ == "det" and c.lower_ not in ("la", "l'", "l’"):
            return False   # ("sa direction générale": the possessive's owner, read by leads.head_of)
    return True


def _giver(verb, index: EntityIndex) -> str | None:
    """The body whose post the verb's subject hands on: "vous" (a question) or "nous" (an answer) of an
    interview, a board's company, a named organisation."""
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subj) != 1:
        return None
    s = subj[0]
    if s.lower_ in ("vous", "nous"):
        org = index.__dict__.get("_interview_org")
        frame = index.__dict__.get("_interview_frame")
        if not org or not frame:
            return None
        asked = next((q for a, b, q in frame[1] if a <= s.i < b), None)
        if asked is None or asked != (s.lower_ == "vous"):
            return None   # ("vous" in a question, "nous" in an answer only)
        return org if index.type_of(org) in ("ORG", "GOV") else None
    if s.lemma_.lower() in _BOARDS:
        owners = [x for x in _bare_board(s, index) if x[0]]
        return owners[0][0] if len(owners) == 1 and index.type_of(owners[0][0]) == "ORG" else None
    got = entities_at(s, index)
    if len(got) == 1 and index.type_of(got[0][0]) in ("ORG", "GOV"):
        return got[0][0]
    return None


@acts_on(lambda w: w.verbal and w.lemma in _HAND_VERBS)
def post_handed(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"Vous avez confié (en 2024) la direction générale à X": X leads the giver's body."""
    if not verbal or lemma_of(t) not in _HAND_VERBS or any(c.dep_ in ("aux:pass", "nsubj:pass") for c in t.children):
        return
    # (the post may be parsed as a phrase: "confié en 2024 la direction générale à X", the date glued to it)
    posts = [c for c in t.children if (c.dep_ == "obj" or c.dep_.startswith("obl") and case_of(c) in (None, "en"))
             and _bare_post(c)]
    if len(posts) != 1:
        return
    takers = [x for c in [*t.children, *posts[0].children]
              if (c.dep_.startswith("obl") or c.dep_ == "nmod") and case_of(c) in ("à", "au")
              for x in entities_at(c, index) if index.type_of(x[0]) == "PER"]
    if len(takers) != 1:
        return
    body = _giver(t, index)
    if body is None or body == takers[0][0]:
        return
    out.put("post_taker", takers)
    out.put("post_giver", [(body, posts[0].i)])


_HOLD_VERBS = frozenset({"détenir", "posséder", "contrôler"})


@acts_on(lambda w: w.verbal and w.lemma in _HOLD_VERBS)
def we_hold_ourselves(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"(Avec mon frère,) nous détenons 80 % de Y" in an interview's answer where "nous" stands for Y itself: the
    holders are the interviewee and the people named with "avec", not Y."""
    if not verbal or lemma_of(t) not in _HOLD_VERBS:
        return
    frame = index.__dict__.get("_interview_frame")
    if not frame:
        return
    we = next((c for c in t.children if c.dep_ == "nsubj" and c.lower_ == "nous"), None)
    if we is None or index.kinds.get(we.i) != "pronoun":
        return
    person, paras = frame
    if next((q for a, b, q in paras if a <= t.i < b), True):
        return   # (an answer's "nous" only)
    held = [x for c in t.children if c.text == "%" and c.dep_ in ("obj", "obl:mod", "obl")
            for k in c.children if k.dep_ == "nmod" and case_of(k) in ("de", "d'", "du")
            for x in entities_at(k, index)]
    if len(held) != 1 or held[0][0] != index.entity_at(we.i) or index.type_of(held[0][0]) != "ORG":
        return   # ("nous" is the company held: the holders are people)
    holders = [(person, we.i)]
    for c in t.children:
        if c.dep_.startswith("obl") and case_of(c) == "avec":
            for k in (c, *(g for g in c.children if g.dep_ == "conj")):
                holders += [x for x in entities_at(k, index) if index.type_of(x[0]) == "PER" and x[0] != person]
    out.put("we_holders", holders)
    out.put("we_held", held)


def post_handed_in(sent, index: EntityIndex) -> bool:
    """An interview's sentence naming one party that may still tie it to the interviewee or their organisation: a
    post handed on ("Vous avez confié la direction générale à X": "vous" stands for the organisation), a stake
    "nous" holds in the company "nous" is ("Nous possédons 55 % de Y": the interviewee holds it)."""
    return bool(index.__dict__.get("_interview_org")) and any(
        t.pos_ == "VERB" and (lemma_of(t) in _HAND_VERBS or lemma_of(t) in _HOLD_VERBS) for t in sent)


INTERVIEW30_READERS = Readers(our_board_title, member_whose, post_handed, we_hold_ourselves)
