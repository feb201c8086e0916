"""(s20-prec) Ties dropped or retyped at the end of extraction because what the sentence says cannot hold them.

Each check reads one relation and its sentence (no walk over the document), so it costs nothing per token.

- "le chef de l'État", "l'ancien chef de l'Etat": a head of state whose state the sentence does not name
  leads no State entity (ONTOLOGY: "a bare title with no named body gives no tie"). The press writes the
  title this way for its own country's president; the "État" the mention index found is then no actor the
  text names, or one named elsewhere ("l'État français") that this sentence does not name.
"""
from __future__ import annotations

import re
import unicodedata

from ..mentions.lexicon import fold


def _plain(text: str) -> str:
    """Lower case, accents off, apostrophes straight; punctuation kept (fold drops it, and the comma after
    "chef de l'État," says no adjective follows)."""
    s = unicodedata.normalize("NFKD", text.replace("’", "'").lower())
    return "".join(c for c in s if not unicodedata.combining(c))

# "chef de l'État", "chefs d'État": the title with the state left unnamed (no adjective right after it)
# (a word after "État" that may be its adjective, "l'État guinéen", "l'État russe": then the state is named;
# a verb after it, "le chef de l'État était venu", names none)
_BARE_HEAD_OF_STATE = re.compile(r"\bchefs? (?:de l'|d')etat\b(?! [a-z]+(?:ien|ienne|ain|aine|ais|aise|ois|oise|and|ande"
                                 r"|ol|ole|in|ine|ique|en|enne|e|c|que|ite)\b)")
_STATE_WORD = ("etat", "l'etat")


def _state_object(name: str) -> bool:
    """A name that is the word State, alone or with an adjective ("État", "l'État", "État français")."""
    words = fold(name).split()
    return bool(words) and words[0] in _STATE_WORD


def _names_state(evidence_folded: str, name: str) -> bool:
    """Does the sentence name the state beyond the bare word ("l'État français", "l'État guinéen")?"""
    key = fold(name)
    return len(key.split()) >= 2 and key in evidence_folded


def leads_unnamed_state(rel) -> bool:
    """LEADS → "État" drawn from a head-of-state title that names no state."""
    if rel.type != "LEADS" or not _state_object(rel.object):
        return False
    if _names_state(fold(rel.evidence), rel.object):
        return False
    return len(fold(rel.object).split()) == 1 or bool(_BARE_HEAD_OF_STATE.search(_plain(rel.evidence)))


# (s20-prec2) Leaving a party is membership, not employment (ONTOLOGY: MEMBER_OF "member of a party"; the
# gold gives MEMBER_OF status former). relations._memberships already retypes a body the text calls a party
# ("le parti Y") or left by a sitting elected member; these two cues catch a party named with no such word:
# - the name stands right after a candidate's or an elected member's title elsewhere in the text ("la
#   candidate Y", "le député Y": the label one runs or sits under), or another tie of the text makes someone
#   a member of it;
# - the leaving sentence speaks of the leaver's political family ("… son ancienne famille politique …").
_LEAVING_TIE = ("works_for.left",)
_LABEL_TITLES = r"(?:candidat|candidate|depute|deputee|senateur|senatrice|eurodepute|eurodeputee|elu|elue)s?"
_POLITICAL_FAMILY = ("famille politique",)


def _labelled_as_party(text_folded: str, name: str) -> bool:
    """Does the text write the name right after a candidate's or elected member's title ("la candidate Y")?"""
    key = fold(name)
    return bool(key) and re.search(r"\b" + _LABEL_TITLES + r" (?:les |la |le |l )?" + re.escape(key) + r"\b",
                                       text_folded) is not None


def party_left(rel, text_folded: str | None, with_members: frozenset = frozenset()) -> bool:
    """A WORKS_FOR tie of leaving whose body the text shows to be a party (cues above)."""
    if rel.type != "WORKS_FOR" or not rel.rule.startswith(_LEAVING_TIE):
        return False
    ev = fold(rel.evidence)
    if rel.object in with_members or any(cue in ev for cue in _POLITICAL_FAMILY):
        return True
    return text_folded is not None and _labelled_as_party(text_folded, rel.object)


def party_cues(relations: list, text: str | None = None) -> list:
    """A tie of leaving a body the text shows to be a party becomes a membership (s20-prec2; read by
    relations._memberships after its own party cues)."""
    if any(r.type == "WORKS_FOR" and r.rule.startswith(_LEAVING_TIE) for r in relations):
        folded = fold(text) if text else None
        with_members = frozenset(r.object for r in relations if r.type == "MEMBER_OF")
        for r in relations:
            if party_left(r, folded, with_members):
                r.type, r.rule = "MEMBER_OF", r.rule + ".party_cue"
    return relations
