"""(s35-precision35) Ties dropped at the end of extraction by general checks of French grammar: a party the tie names
is not what the sentence makes it (cue words in data/precision35.yaml; French words only, never a name).

Each check reads one relation, its sentence and the mention index (the former names are read once per document by
one pass over its entities), so it costs nothing per token.

- locative party: "près de X, le PDG de Y …", "aux portes de X", "au nord de X": a name after a locative phrase is a
  place, never a party;
- former name: "Y, l'ex-X", "Y (ex-X)", "X, rebaptisé Y", "Y, anciennement X": one actor under two names, no tie
  between them;
- gapped holder: "dont A détient 22 % et B un peu plus de 5 %": a name a share follows is a holder (the gapped
  clause's subject), never the company held;
- other actor's complement: "reproche à la filiale de X", "plainte contre l'avocat de X": the accused, sued or opposed
  is the noun's actor, not X;
- clitic target: "lui reproche une gestion … de X", "l'accuse d'avoir ruiné X": the target is the clitic, a name
  after the verb is inside the charge;
- helm handed over: "Y a confié les commandes à X", "laisse les rênes à X": an appointment, no order paid (read as
  LEADS(X → Y) when Y is an organisation);
- officer of a person: "dont il est l'un des vice-présidents" read on a person: a person has no vice-president,
  treasurer or secretary general (a body has);
- gathered members: "l'association, qui réunit notamment A et B": members, not investors of a sum raised;
- listed together: "rivaliser avec A et B": two members of one complement are not each other's rivals or partners;
- own title target: "X, présidente du groupe Y, reproche au groupe …": the accused is not X's own body;
- own surname: "X Durand … le « système » Durand": no adversarial or symmetric tie between a person and his surname;
- fronted participle: "Recentré sur …, Y": a one-word "name" that is a participle at a sentence's start is no actor.
(A delegated minister's portfolio and an administration's secretary general, the team's conventions, are read once,
by conv35.py.)
"""
from __future__ import annotations

import dataclasses
import functools
import re
from pathlib import Path

from ..yamldata import load_yaml
from .precision34 import _plain, _plain_doc, _spans, _text_spans, _word_spans, fails


@functools.lru_cache(maxsize=1)
def words() -> dict:
    raw = load_yaml((Path(__file__).parent / "data" / "precision35.yaml").read_text(encoding="utf-8"))
    return {k: tuple(str(x) for x in v) for k, v in raw.items() if isinstance(v, list)}


def _alt(ws) -> str:
    return "|".join(sorted(ws, key=len, reverse=True))


def _lit(ws) -> str:
    return "|".join(re.escape(w) for w in sorted(ws, key=len, reverse=True))


_DE = r"(?:de |d'|du |des )(?:la |le |les |l')?"


@functools.lru_cache(maxsize=1)
def _patterns() -> dict:
    w = words()
    det = r"(?:la |le |les |l'|sa |son |ses |leur |leurs |une |un |des |aux |au |du |cette |ce |cet )"
    return {
        "locative": re.compile(r"(?:^|[\s,(])(?:" + _alt(w["locatives"]) + r")\s+" + _DE + r"$"),
        "former": re.compile(r"\s*(?:,|\(|-|–)\s*(?:" + _alt(w["former_name_cues"]) + r")\s*"),
        "renamed": re.compile(r"\s*,\s*(?:" + _alt(w["renamed_cues"]) + r")\s+(?:en \d{4},?\s+)?"),
        "share_after": re.compile(r"^\s*(?:(?:" + _lit(w["share_adverbs"]) + r")\s+){0,2}\d[\d\s]*(?:[,.]\d+)?\s*"
                                  r"(?:%|pour ?cent)"),
        "other_actor": re.compile(r"\b" + det + r"(?:" + _lit(w["other_actor_nouns"]) + r")(?: [a-z\-]+)? "
                                  + _DE + r"$"),
        "clitic": re.compile(
            r"\b(?:(?:" + _lit(w["dative_clitics"]) + r") (?:(?:" + _alt(w["dative_verbs"]) + r")\b|(?:"
            + _lit(w["auxiliaries"]) + r") (?:" + _lit(w["dative_participles"]) + r")\b)"
            + r"|(?:" + _lit(w["accusative_clitics"]) + r")(?:(?:" + _alt(w["accusative_verbs"]) + r")\b|(?:"
            + _lit(w["auxiliaries"]) + r") (?:" + _lit(w["accusative_participles"]) + r")\b))"),
        "helm": re.compile(r"\b(?:" + _alt(w["helm_verbs"]) + r")[a-z]*\s+(?:[a-z']+\s+){0,3}?(?:"
                           + _lit(w["helm_nouns"]) + r")\b"),
        "gathering": re.compile(r"\b(?:" + _lit(w["gathering_verbs"]) + r")[a-z]*\s+(?:(?:" + _lit(w["gathering_adverbs"])
                                + r")\s*,?\s*)*"),
        "money": re.compile(r"(?:" + "|".join(w["money_words"]) + r")"),
        "list_before": re.compile(r"\b(?:" + _lit(w["list_prepositions"]) + r")\s+(?:[a-z'\-]+\s+){0,5}$"),
        "list_between": re.compile(r"^\s*(?:,\s*(?:et\s+|ou\s+)?|et\s+|ou\s+|ainsi que\s+)(?:[a-z'\-]+\s+){0,4}$"),
    }


def _lower(text: str) -> str:
    return text.lower().replace("’", "'")


def _party_spans(rel, doc, index, tokens, name):
    return _spans(doc, index, tokens, rel, name)


# ------------------------------------------------------------------ the checks

def locative_party(rel, doc, index, tokens) -> bool:
    """A party named only right after a locative phrase ("près de X", "au nord de X")."""
    pe = _plain(rel.evidence)
    pat = _patterns()["locative"]
    for name in (rel.subject, rel.object):
        # (the name as written: a descriptor the index hung on the place, "le PDG de Y", is the error itself)
        spans = _text_spans(rel.evidence, rel.start, name)
        if spans and all(pat.search(pe[max(0, a - rel.start - 60):a - rel.start]) for a, _ in spans):
            return True
    return False


def former_names(text: str, index) -> frozenset:
    """Unordered pairs of entity names the text gives as one actor's former and present names."""
    if index is None or not text:
        return frozenset()
    plain = _plain_doc(text)
    if len(plain) != len(text):
        return frozenset()
    pats = _patterns()
    # (no cue anywhere in the text, no former name: most articles stop here, before a scan per name)
    if not (pats["former"].search(plain) or pats["renamed"].search(plain)):
        return frozenset()
    names = [n for n in index.entities if n and len(n) > 1]
    # (a person named before the cue has a career, not a former name: "Anne Fabre, ex-Kelvio" names a former
    # employer; the name after the cue may be of any type, the NER's guess on a lone company name being loose)
    bodies = [n for n in names if getattr(index.entities[n], "type", None) != "PER"]
    plains = {n: _plain(n) for n in names}
    out = set()
    for n in bodies:
        pn = plains[n]
        for _, end in _word_spans(pn, plain):
            for key in ("former", "renamed"):
                cue = pats[key].match(plain, end)
                if not cue:
                    continue
                pos = cue.end()
                for o in names:
                    if o != n and plain.startswith(plains[o], pos) and not plain[pos + len(plains[o]):pos + len(plains[o]) + 1].isalnum():
                        out.add(frozenset((n, o)))
    return frozenset(out)


def former_name(rel, pairs: frozenset) -> bool:
    return frozenset((rel.subject, rel.object)) in pairs


def gapped_holder(rel, doc, index, tokens) -> bool:
    """OWNS whose company held is a name a share follows ("… et B un peu plus de 5 %")."""
    if rel.type != "OWNS" or "table" in rel.rule:
        return False
    pe = _plain(rel.evidence)
    # (the name as written: a descriptor of it, "le fonds de pension … Y", is read with the name)
    spans = _text_spans(rel.evidence, rel.start, rel.object)
    if not spans:
        return False
    pat = _patterns()["share_after"]
    return all(pat.match(pe[b - rel.start:b - rel.start + 40]) for _, b in spans)


_ADVERSE = frozenset({"ACCUSES", "SUES", "OPPOSES"})


def other_actor_target(rel, doc, index, tokens) -> bool:
    """An accused, sued or opposed named only as the complement of a noun of another actor ("la filiale de X")."""
    if rel.type not in _ADVERSE:
        return False
    pe = _plain(rel.evidence)
    spans = _text_spans(rel.evidence, rel.start, rel.object)
    if not spans:
        return False
    # (the accuser named after the noun phrase, "l'avocat de X a accusé Y": the noun phrase is no target; the
    # tie stands on something else)
    if any(a > spans[0][0] for a, _ in _text_spans(rel.evidence, rel.start, rel.subject)):
        return False
    pat = _patterns()["other_actor"]
    return all(pat.search(pe[max(0, a - rel.start - 60):a - rel.start]) for a, _ in spans)


def clitic_target(rel, doc, index, tokens) -> bool:
    """An accused named only after a verb of charging whose target is a clitic ("lui reproche … X")."""
    if rel.type != "ACCUSES":
        return False
    m = _patterns()["clitic"].search(_lower(rel.evidence))
    if not m:
        return False
    spans = _party_spans(rel, doc, index, tokens, rel.object)
    if not spans:
        return False
    subj = _party_spans(rel, doc, index, tokens, rel.subject)
    # (the subject after the verb, "… lui reproche X": an inversion, left alone)
    if any(a - rel.start >= m.end() for a, _ in subj):
        return False
    return all(a - rel.start >= m.end() for a, _ in spans)


def helm_handed(rel, doc, index, tokens) -> bool:
    """FUNDS to a person from "confier les commandes à X" (an appointment)."""
    if rel.type != "FUNDS" or index is None:
        return False
    ent = index.entities.get(rel.object)
    if ent is None or ent.type != "PER":
        return False
    return bool(_patterns()["helm"].search(_plain(rel.evidence)))


@functools.lru_cache(maxsize=1)
def _officers() -> frozenset:
    return frozenset(words()["body_officer_titles"])


def officer_of_person(rel, doc, index, tokens) -> bool:
    """WORKS_FOR(person → person) from a title only a body has ("vice-président", "trésorier")."""
    if rel.type != "WORKS_FOR" or index is None or not rel.role:
        return False
    s, o = index.entities.get(rel.subject), index.entities.get(rel.object)
    if s is None or o is None or s.type != "PER" or o.type != "PER":
        return False
    return _plain(rel.role).strip() in _officers()


def gathered_members(rel, doc, index, tokens) -> bool:
    """INVESTS_IN from "réunir" whose investor is listed as the verb's object with no sum ("qui réunit
    notamment A et B"): members, not investors."""
    if rel.type != "INVESTS_IN" or "raise" not in rel.rule:
        return False
    pe = _plain(rel.evidence)
    spans = _text_spans(rel.evidence, rel.start, rel.subject)
    if not spans:
        return False
    pats = _patterns()
    first = min(a for a, _ in spans) - rel.start
    last = max(b for _, b in spans) - rel.start
    for m in pats["gathering"].finditer(pe):
        if first < m.end() or first - m.end() > 80:
            continue
        # no sum between the verb and the name, nor in the list's close ("réunit A et B pour 20 millions")
        if pats["money"].search(pe[m.end():first]) or pats["money"].search(re.split(r"[.;]", pe[last:])[0][:50]):
            continue
        return True
    return False


def listed_together(rel, doc, index, tokens) -> bool:
    """A tie between two names of one list a preposition introduces ("rivaliser avec A et B")."""
    if rel.type not in _list_types():
        return False
    pe = _plain(rel.evidence)
    ss = _text_spans(rel.evidence, rel.start, rel.subject)
    os_ = _text_spans(rel.evidence, rel.start, rel.object)
    if not ss or not os_ or len(ss) > 1 or len(os_) > 1:
        return False
    (a1, b1), (a2, b2) = sorted([ss[0], os_[0]])
    a1, b1, a2, b2 = a1 - rel.start, b1 - rel.start, a2 - rel.start, b2 - rel.start
    pats = _patterns()
    if not pats["list_between"].match(pe[b1:a2]):
        return False
    # (a comma alone joins list members only when the list goes on after the second: "avec A, B et C"; "face à A,
    # B entend …" closes a fronted phrase on A)
    if not re.search(r"\b(?:et|ou|ainsi que)\b", pe[b1:a2]) \
            and not re.match(r"\s*(?:,|et\b|ou\b)\s*(?:[a-z'\-]+\s+){0,3}[A-ZÀ-Ý]", rel.evidence[b2:b2 + 60]):
        return False
    # (the list opens after the preposition, through lower-case descriptors and earlier members)
    # (earlier members, capitalised names each closed by a comma, are stepped over: "contre A, B et C")
    before = rel.evidence[max(0, a1 - 120):a1]
    for _ in range(6):
        m = _EARLIER_MEMBER.search(before)
        if not m:
            break
        before = before[:m.start()]
    return bool(pats["list_before"].search(_plain(before)))


_EARLIER_MEMBER = re.compile(r"(?:^|(?<=\s))[A-ZÀ-Ý][\w'’\-&.]*(?:\s+[A-ZÀ-Ý&][\w'’\-&.]*)*\s*,\s*$")


@functools.lru_cache(maxsize=1)
def _list_types() -> frozenset:
    return frozenset(words()["list_types"])


def participle_names(text: str, index) -> frozenset:
    """One-word "names" that are a fronted past participle ("Recentré sur …, Y"): written only at a sentence's
    start, followed by a preposition, a determiner or a comma."""
    if index is None or not text:
        return frozenset()
    w = words()
    ends = tuple(w["participle_endings"])
    follow = frozenset(w["participle_followers"])
    out = set()
    for name in index.entities:
        if " " in name or "-" in name or not name.endswith(ends) or not name[:1].isupper():
            continue
        hits = list(re.finditer(r"(?<![\w])" + re.escape(name) + r"(?![\w])", text))
        if hits and all(_sentence_start(text, m.start()) and _next_word(text, m.end()) in follow for m in hits):
            out.add(name)
    return frozenset(out)


def _sentence_start(text: str, i: int) -> bool:
    before = text[max(0, i - 3):i].rstrip(" «\"“")
    return i == 0 or not before or before[-1] in ".!?\n:;"


def _next_word(text: str, i: int) -> str:
    m = re.match(r"\s*(,|[\w']+)", text[i:i + 30])
    return m.group(1).lower().rstrip("'") if m else ""


def own_title_target(rel, doc, index, tokens) -> bool:
    """An accused, sued or opposed written only inside a title ("présidente du groupe Y", "porte-parole du
    syndicat Y") in the sentence where it is accused: its own body, reached by a descriptor meant for another."""
    if rel.type not in _ADVERSE:
        return False
    spans = _text_spans(rel.evidence, rel.start, rel.object)
    subj = _text_spans(rel.evidence, rel.start, rel.subject)
    if not spans or not subj:
        return False
    pe = _plain(rel.evidence)
    for a, _ in spans:
        a0 = a - rel.start
        w0 = max(0, a0 - 60)
        m = _OWN_TITLE().search(pe[w0:a0])
        if not m:
            return False
        # the title is the accuser's own: in apposition right after his name ("X, présidente du groupe Y")
        t0 = w0 + m.start()
        if not any(0 <= t0 - (b - rel.start) <= 4 and pe[b - rel.start:t0].strip() in (",", "") for _, b in subj):
            return False
    return True


@functools.lru_cache(maxsize=1)
def _OWN_TITLE():
    from .precision34 import words as words34
    titles = set(words34()["lead_titles"]) | set(words()["own_title_words"])
    return re.compile(r"\b(?:" + _lit(titles) + r")s?(?: [a-z\-]+)? (?:de la |de l'|du |des |de |d')"
                      r"(?:groupe |parti |syndicat |federation |mouvement |collectif |association |formation )?$")


def helm_leader(rel, index):
    """FUNDS(Y → X) from "Y a confié les commandes à X" read as LEADS(X → Y) when Y is an organisation (the one
    who hands the helm over is the body X now heads); None otherwise."""
    if rel.type != "FUNDS" or index is None:
        return None
    giver, taker = index.entities.get(rel.subject), index.entities.get(rel.object)
    if giver is None or taker is None or giver.type not in ("ORG", "GOV") or taker.type != "PER":
        return None
    m = _patterns()["helm"].search(_plain(rel.evidence))
    if not m:
        return None
    # ("les rênes de Z": the helm of another body, which the sentence names)
    if re.match(r"\s+(?:de la |de l'|du |des |de |d')", _plain(rel.evidence)[m.end():m.end() + 8]):
        return None
    return dataclasses.replace(rel, type="LEADS", subject=rel.object, object=rel.subject, amount=None,
                               rule=rel.rule + ".helm35", role=None)


_SELF_TYPES = frozenset({"ACCUSES", "SUES", "OPPOSES", "MEETS", "ALLY_OF", "COMPETES_WITH"})


def own_surname(rel, doc, index, tokens) -> bool:
    """An adversarial or symmetric tie between a person and a one-word name that is that person's own surname
    ("X Durand accuse … le « système » Durand"): one actor, or his family's, never his counterpart."""
    if rel.type not in _SELF_TYPES:
        return False
    full, short = rel.subject, rel.object
    if len(_plain(full).split()) == 1:
        full, short = short, full
    a, b = _plain(full).split(), _plain(short).split()
    if not (len(b) == 1 and len(a) > 1 and a[-1] == b[0]):
        return False
    # (the longer name a person's: "l'Union des prêteurs de Y" against Y is a body against another)
    ent = index.entities.get(full) if index is not None else None
    return ent is not None and ent.type == "PER"


CHECKS = (locative_party, gapped_holder, other_actor_target, clitic_target, helm_handed, officer_of_person,
          gathered_members, listed_together, own_title_target, own_surname)


def precision35_checks(doc, index, relations: list) -> list:
    """The relations the checks above leave (read at the end of relations.extract_relations)."""
    if not relations:
        return relations
    text = doc.text if doc is not None else ""
    pairs = former_names(text, index)
    junk = participle_names(text, index)
    out = []
    for rel in relations:
        if pairs and former_name(rel, pairs):
            continue
        if junk and (rel.subject in junk or rel.object in junk):
            continue
        helm = helm_leader(rel, index)
        if helm is not None:
            out.append(helm)
            continue
        if not fails(rel, doc, index, CHECKS):
            out.append(rel)
    return out
