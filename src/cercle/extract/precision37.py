"""(s37-precision37) Ties read again at the end of extraction, right after precision36: a party the sentence does
not make one, a wrong end, or a type the sentence does not give (cue words in data/precision37.yaml: French words
only, never a name).

Each check reads one relation and its sentence (the folded evidence); each is gated on its type first.

- attribution's source: "il a reçu, selon Le Journal, le soutien de Y": the paper says where the news comes from,
  it is no party to the support (nor to a deal, a meeting, a feud told so);
- offer's target: "A rejette l'offre de B, C et D sur T": the bidders bid for T, not for A (BIDS_FOR turned to T,
  rejected);
- completed bid: a BIDS_FOR the sentence says was completed ("a cédé le club à X en 2022") is an ACQUIRES;
- minister's staff: "X, directeur du cabinet du ministre de Y": X works in the minister's staff, X does not head
  ministry Y (LEADS turned to WORKS_FOR);
- standing by: "« Je reste aux côtés de X »" is support (ALLY_OF), not a meeting;
- same customers: "A et B, qui convoitent les mêmes clients": competitors (COMPETES_WITH), no bid for one another;
- board's dismissal: "le conseil de Y a démis X de ses fonctions de président": X led Y (LEADS, former), no feud;
- constituency: "le député des Alpes-X": a place after a member's title is no party;
- product model: "six nouveaux réacteurs X2": a model's name after its common noun is no party;
- common-noun acronym: "un contrat d'allocation de production (CAP)": an acronym that spells the lower-case words
  before it is no party;
- appeal against a sanction: "X a déposé un recours contre cette sanction": the appeal goes against the one that
  sanctioned X (SUES turned to it), not against another actor the resolver found;
- bare kind noun beside another name: "Z, le parti que dirige X", "eurodéputé de Z et coprésident du groupe": the
  descriptor is Z's, so a tie with another organisation the sentence does not write goes;
- sale accord: "X a annoncé un accord avec Y pour lui racheter sa participation": buyer and seller, no partners;
- acronym twin: "Y (YB)" and a headline's "YB" read as two entities: one tie each way is the same tie (the acronym's
  is dropped for the full name's).
"""
from __future__ import annotations

import dataclasses
import functools
import re
from pathlib import Path

from ..yamldata import load_yaml
from .precision34 import _plain, _sentence_tokens, _spans, _text_spans
from .precision36 import _lit   # (one alternation builder for the word lists of both)
from .turns import turn_each   # (s38: the one loop of the late checks)


@functools.lru_cache(maxsize=1)
def words() -> dict:
    raw = load_yaml((Path(__file__).parent / "data" / "precision37.yaml").read_text(encoding="utf-8"))
    return {k: tuple(str(x) if str(x).isupper() else _plain(str(x)) for x in v)
            for k, v in raw.items() if isinstance(v, list)}


_ART = r"(?:(?:le|la|les|l')\s*)?"
_DE = r"(?:de la |de l'|des |du |de |d')"


@functools.lru_cache(maxsize=1)
def _patterns() -> dict:
    w = words()
    return {
        "attributed": re.compile(r"(?:^|[\s,(«—–-])(?:" + _lit(w["attribution_openers"]) + r")\s+" + _ART + r"$"),
        "rejected_offer": re.compile(r"\b(?:" + _lit(w["rejection_verbs"]) + r")\s+(?:(?:vendredi|lundi|mardi|"
                                     r"mercredi|jeudi|samedi|dimanche|hier|finalement|a son tour|donc)\s+)?"
                                     r"(?:l'|la |les |une |un )(?:" + _lit(w["offer_nouns"]) + r")\b"),
        "target_link": re.compile(r"\s+(?:" + _lit(w["offer_target_links"]) + r")\s+" + _ART + r"$"),
        "staff": re.compile(r"\b(?:" + _lit(w["staff_titles"]) + r")\s+(?:" + _lit(w["staff_of"]) + r")\b"),
        "standing": re.compile(r"\b(?:" + _lit(w["standing_verbs"]) + r")\s+(?:\w+\s+)?aux cotes d"),
        "covet": re.compile(r"\b(?:" + _lit(w["covet_verbs"]) + r")\s+(?:" + _lit(w["same_words"]) + r")\b"),
        "dismissal": re.compile(r"\b(?:" + _lit(w["dismissal_verbs"]) + r")\b"),
        "duty": re.compile(r"\b(?:" + _lit(w["duty_words"]) + r")\s*(?:de |d')?\s*(?P<title>" + _lit(w["lead_titles"])
                           + r")?\b"),
        "board": re.compile(r"\b(?:" + _lit(w["board_nouns"]) + r")\b"),
        "constituency": re.compile(r"\b(?:" + _lit(w["constituency_titles"]) + r")\s+" + _DE + r"$"),
        "delegation": re.compile(r"\b(?P<title>(?:" + _lit(w["delegation_titles"]) + r")\s+(?:de la |de |d')"
                                 r"(?:" + _lit(w["delegation_nouns"]) + r"))\s+" + _DE + r"$"),
        "sale_accord": re.compile(r"\baccords?\b[^.;]{0,30}?\bavec\b[^.;]{0,90}?\bpour (?:lui |leur |en |y )?"
                                  r"(?:" + _lit(w["sale_verbs"]) + r")\b"),
        "product": re.compile(r"\b(?:" + _lit(w["product_nouns"]) + r")\s+$"),
        "appeal": re.compile(r"\b(?:" + _lit(w["appeal_words"]) + r")\b[^.;]{0,80}?\bcontre\s+(?:"
                             + _lit(w["sanction_refs"]) + r")\b"),
    }


def _sub(rel, a: int, b: int) -> str:
    """The folded evidence between two document offsets."""
    pe = _plain(rel.evidence)
    return pe[max(0, a - rel.start):max(0, b - rel.start)]


def _party_spans(rel, name, doc, index, tokens) -> list:
    """Where the sentence names or points at ``name`` (its own words, or a mention the resolver linked)."""
    return _spans(doc, index, tokens, rel, name) if doc is not None else _text_spans(rel.evidence, rel.start, name)


# ------------------------------------------------------------------ parties that are none

def attribution_source(rel, spans) -> bool:
    """A party named only as the source of an attribution ("selon X", "d'après X")."""
    pat = _patterns()["attributed"]
    if rel.type == "OWNS" and any(rel.rule.startswith(r) for r in words()["attribution_owned_rules"]):
        spans = spans[1:]   # (s38-fp38) the owned party only: "Selon le Journal X, Y est détenue par Z"
    elif rel.type not in words()["attribution_types"]:
        return False
    return any(sp and all(pat.search(_sub(rel, a - 60, a)) for a, _ in sp) for sp in spans)


def constituency_place(rel, index) -> bool:
    """A place written only after a member's title ("le député des Alpes-X"): the constituency is no party (nor is
    it through the relative pronoun after it, "le député des Alpes-X, qui dit avoir rencontré Y")."""
    if index is None:
        return False
    pat = _patterns()["constituency"]
    for name in (rel.subject, rel.object):
        ent = index.entities.get(name)
        if ent is None or ent.type in ("PER", "ORG") or not _place_like(name):
            continue
        sp = _text_spans(rel.evidence, rel.start, name)
        if not sp:
            continue
        if all(pat.search(_sub(rel, a - 40, a)) for a, _ in sp):
            return True
    return False


def _place_like(name: str) -> bool:
    """A place's name: capitalised words and particles only ("Alpes-X", "Var"; not "communauté de communes de Y", a
    body its members act for)."""
    return all(w[:1].isupper() or w in _PARTICLES for w in re.split(r"[\s']+", name) if w)


_PARTICLES = frozenset({"de", "d", "du", "des", "la", "le", "les", "l", "sur", "en", "et", "sous", "lès", "lez"})


def product_model(rel, spans) -> bool:
    """A model's name (with a digit) right after a product's common noun ("réacteurs X2")."""
    pat = _patterns()["product"]
    for name, sp in zip((rel.subject, rel.object), spans):
        if not sp or not any(c.isdigit() for c in name):
            continue
        if all(pat.search(_sub(rel, a - 30, a)) for a, _ in sp):
            return True
    return False


def _initials(phrase: str) -> str:
    skipped = words()["acronym_skipped"]
    out = []
    for w in re.findall(r"[a-z][a-z\-]*", phrase.replace("'", " ")):
        if w not in skipped:
            out.append(w[0])
    return "".join(out)


def common_noun_acronym(rel) -> bool:
    """A party that is an acronym in brackets spelling the lower-case words before it ("un contrat d'allocation de
    production (CAP)")."""
    for name in (rel.subject, rel.object):
        if not (2 <= len(name) <= 8 and name.isalpha() and name.isupper()):
            continue
        ev = rel.evidence
        at = [m.start() for m in re.finditer(r"\(\s*" + re.escape(name) + r"\s*\)", ev)]
        if not at:
            continue
        ok = True
        for a in at:
            before = ev[max(0, a - 120):a].rstrip()
            # (the words right before the bracket, back to the first punctuation: all in lower case)
            phrase = re.split(r"[,;:.()«»\"]", before)[-1]
            ws = phrase.split()
            if not ws or any(w[:1].isupper() for w in ws[-len(name) - 3:]):
                ok = False
                break
            if not _initials(_plain(" ".join(ws))).endswith(name.lower()):
                ok = False
                break
        if ok:
            return True
    return False


# ------------------------------------------------------------------ wrong ends

def offer_target(rel, index):
    """BIDS_FOR(B → A) from "A rejette l'offre de B … sur T": BIDS_FOR(B → T), rejected (the relation); None when the
    sentence is something else."""
    if rel.type != "BIDS_FOR" or index is None:
        return None
    pe = _plain(rel.evidence)
    m = _patterns()["rejected_offer"].search(pe)
    if not m:
        return None
    os_ = _text_spans(rel.evidence, rel.start, rel.object)
    if not os_ or any(a - rel.start >= m.start() for a, _ in os_):
        return None   # (the object named after the rejection: not the rejecter)
    link = _patterns()["target_link"]
    best = None
    for name, ent in index.entities.items():
        if name in (rel.subject, rel.object) or ent.type == "PER":
            continue
        for a, _ in _text_spans(rel.evidence, rel.start, name):
            if a - rel.start > m.end() and link.search(_sub(rel, a - 30, a)):
                if best is None or a < best[0]:
                    best = (a, name)
    if best is None:
        return None
    return dataclasses.replace(rel, object=best[1], status="rejected", rule=rel.rule + ".target37")


def appeal_target(rel, relations, spans):
    """SUES(X → Y) from "X a déposé un recours contre cette sanction", Y not written in the sentence: turned to the
    one that sanctioned X (the relation), else dropped (True); None when the sentence is something else."""
    if rel.type != "SUES" or not _patterns()["appeal"].search(_plain(rel.evidence)):
        return None
    if spans[1]:
        return None   # (the sentence names or points at the one appealed against)
    sanctioners = [r.subject for r in relations if r.type in ("OPPOSES", "ACCUSES") and r.object == rel.subject
                   and r.start < rel.start and not r.negated]
    if sanctioners:
        if sanctioners[-1] == rel.object:
            return None
        return dataclasses.replace(rel, object=sanctioners[-1], rule=rel.rule + ".appeal37")
    return True


_BARE_KIND = re.compile(r"\b(?:le|du|au|ce|la|de la) (?:groupe|parti|mouvement|formation|délégation|liste)\b"
                        r"(?!\s+(?:de|d'|d’|du|des)\b|\s+[A-ZÀ-Ý])")
_CAPS_RUN = r"[A-ZÀ-Ý][\w'’\-&]*(?:\s+(?:(?:de|d'|d’|du|des|la|le|pour|l'|l’)\s*)?[A-ZÀ-Ý][\w'’\-&]*)*"
_APPOSED = re.compile(r"(?P<name>" + _CAPS_RUN + r")(?:\s+(?:pour|de|du|des|d'|d’)\s*(?:l'|l’|la |le )?"
                      + _CAPS_RUN + r")?\s*,\s*(?:le|la|l'|l’) (?:parti|groupe|formation|mouvement|liste)\b")
_COMPLEMENT = re.compile(r"\b(?:de|d'|d’|du|des)\s*(?:l'|l’|la |le )?(?P<name>" + _CAPS_RUN + r")")
_TITLED = re.compile(r"\b(?:co-?)?(?:president|presidente|vice-president|vice-presidente|dirigeant|dirigeante|chef|"
                     r"cheffe|secretaire general|secretaire generale|porte-parole|membre|tresorier|tresoriere|"
                     r"fondateur|fondatrice|cofondateur|cofondatrice|patron|patronne|responsable|numero deux)\s*$")
_MEMBER_OF_TITLE = re.compile(r"\b(?:depute|deputee|eurodepute|eurodeputee|senateur|senatrice|elu|elue|militant|"
                              r"militante|adherent|adherente|cadre|membre)\s*$")
_CONTROL = ("LEADS", "WORKS_FOR", "MEMBER_OF", "BOARD_MEMBER", "FOUNDED")


def bare_kind_elsewhere(rel, index) -> bool:
    """A control tie whose organisation the sentence does not write, reached through a bare kind noun ("le parti",
    "du groupe") that the sentence sets beside another name: "Z, le parti que dirige X" (apposed to Z), "eurodéputé
    de Z et coprésident du groupe" (Z named between the person and the noun)."""
    if rel.type not in _CONTROL or index is None:
        return False
    ent = index.entities.get(rel.object)
    if ent is None or ent.type == "PER":
        return False
    if _text_spans(rel.evidence, rel.start, rel.object) or any(
            _text_spans(rel.evidence, rel.start, al) for al in ent.aliases if al[:1].isupper()):
        return False
    ev = rel.evidence
    kinds = list(_BARE_KIND.finditer(ev))
    if not kinds:
        return False
    obj_words = {w for w in re.findall(r"\w+", _plain(rel.object + " " + " ".join(ent.aliases))) if len(w) > 1}

    def other(name: str) -> bool:
        ws = {w for w in re.findall(r"\w+", _plain(name)) if len(w) > 1}
        return bool(ws) and not ws & obj_words and _plain(name) != _plain(rel.subject)

    ss = _text_spans(ev, rel.start, rel.subject)
    if not ss:
        return False
    for m in _APPOSED.finditer(ev):
        # (the person right after the apposed noun: "Z, le parti que dirige X", "Z, le groupe présidé par X")
        if other(m.group("name")) and any(0 <= a - rel.start - m.end() <= 40 for a, _ in ss):
            return True
    s_end = min(b for _, b in ss)
    for k in kinds:
        if not _TITLED.search(_plain(ev[:k.start()])):
            continue   # (only a post held in it: "coprésident du groupe"; not "Y, la filiale du groupe")
        between = ev[s_end - rel.start:k.start()]
        if not between or re.search(r"[.;:]", between):
            continue
        for m in _COMPLEMENT.finditer(between):
            named = index.entities.get(m.group("name"))
            # (an organisation, or a name the reader left out: not a place; a person only as what a member's title
            # hangs on, "eurodéputé de Z", a party the reader took for a person's name)
            if other(m.group("name")) and (named is None or named.type == "ORG" or named.type == "PER"
                                           and _MEMBER_OF_TITLE.search(_plain(between[:m.start()]))):
                return True
    return False


# ------------------------------------------------------------------ retypes

def completed_bid(rel):
    """A BIDS_FOR the sentence says was completed: ACQUIRES (an offer not yet completed is the bid: ONTOLOGY)."""
    if rel.type == "BIDS_FOR" and rel.status == "completed" and not rel.negated:
        return dataclasses.replace(rel, type="ACQUIRES", rule=rel.rule + ".done37")
    return None


def ministers_staff(rel):
    """LEADS(X → ministry) from "X, directeur du cabinet du ministre de Y": a post in the minister's staff, no head
    of the ministry: WORKS_FOR with the title as role (as the team's gold reads "au cabinet du ministre de Y");
    None otherwise."""
    if rel.type not in ("LEADS", "BOARD_MEMBER"):
        return None
    m = _patterns()["staff"].search(_plain(rel.evidence))
    if not m:
        return None
    os_ = _text_spans(rel.evidence, rel.start, rel.object)
    if os_ and not any(0 <= a - rel.start - m.start() <= 90 for a, _ in os_):
        return None
    ss = _text_spans(rel.evidence, rel.start, rel.subject)
    if not ss or any(a - rel.start >= m.start() for a, _ in ss):
        return None   # (the minister named after the staff title heads the ministry: "chef de cabinet de la ministre
        # X au ministère de Y", LEADS X → Y stays; only the staffer, named before the title, is turned)
    role = rel.evidence[m.start():m.end()].split(" du ministre")[0].split(" de la ministre")[0]
    return dataclasses.replace(rel, type="WORKS_FOR", role=role.strip().lower(), rule=rel.rule + ".staff37")


def delegation_head(rel):
    """WORKS_FOR(X → party) from "X, chef de la délégation des Y au sein du groupe Z": an elected member heading
    the party's members in a group is a member of the party (MEMBER_OF, role the title), no employee."""
    if rel.type != "WORKS_FOR":
        return None
    pat = _patterns()["delegation"]
    os_ = _text_spans(rel.evidence, rel.start, rel.object)
    for a, _ in os_:
        m = pat.search(_sub(rel, a - 60, a))
        if m:
            at = max(0, a - 60 - rel.start)   # (the title as written: the folded text keeps the offsets)
            title = rel.evidence[at + m.start("title"):at + m.end("title")]
            return dataclasses.replace(rel, type="MEMBER_OF", role=title.strip(), rule=rel.rule + ".delegation37")
    return None


def sale_accord(rel) -> bool:
    """PARTNERS_WITH from "un accord avec Y pour lui racheter sa participation": a sale, no partnership."""
    return rel.type == "PARTNERS_WITH" and bool(_patterns()["sale_accord"].search(_plain(rel.evidence)))


def standing_by(rel):
    """MEETS from "je reste aux côtés de X": ALLY_OF."""
    if rel.type != "MEETS" or not _patterns()["standing"].search(_plain(rel.evidence)):
        return None
    return dataclasses.replace(rel, type="ALLY_OF", role=None, rule=rel.rule + ".standing37")


def same_customers(rel):
    """BIDS_FOR from "qui convoitent les mêmes clients": COMPETES_WITH."""
    if rel.type != "BIDS_FOR" or not _patterns()["covet"].search(_plain(rel.evidence)):
        return None
    return dataclasses.replace(rel, type="COMPETES_WITH", status=None, amount=None, share=None, role=None,
                               rule=rel.rule + ".rivals37")


def board_dismissal(rel, index):
    """OPPOSES(Y ↔ X) from "le conseil de Y a démis X de ses fonctions de président": LEADS(X → Y), former."""
    if rel.type != "OPPOSES" or index is None:
        return None
    pe = _plain(rel.evidence)
    pats = _patterns()
    d = pats["dismissal"].search(pe)
    if not d or not pats["board"].search(pe[:d.start()]):
        return None
    duty = pats["duty"].search(pe, d.end())
    if not duty or duty.start() - d.end() > 80:
        return None
    ents = [index.entities.get(n) for n in (rel.subject, rel.object)]
    if None in ents or {e.type for e in ents} != {"PER", "ORG"}:
        return None
    per, org = (rel.subject, rel.object) if ents[0].type == "PER" else (rel.object, rel.subject)
    ps = _text_spans(rel.evidence, rel.start, per)
    if not ps or not any(d.end() <= a - rel.start <= duty.start() for a, _ in ps):
        return None   # (the person is the one removed, between the verb and the duty)
    title = duty.group("title")
    typ = "LEADS" if title or "presidence" in duty.group(0) or "direction" in duty.group(0) else "WORKS_FOR"
    return dataclasses.replace(rel, type=typ, subject=per, object=org, status="former", role=title or None,
                               negated=False, rule=rel.rule + ".dismissed37")


# ------------------------------------------------------------------ acronym twins

def acronym_twins(relations: list, index) -> list:
    """An entity named by an acronym that another entity has as its alias ("Y (YB)" read once whole, once as the
    headline's "YB"): the acronym's ties go to the full name; a tie then twice is kept once."""
    if index is None:
        return relations
    owner = {}
    for name, ent in index.entities.items():
        for al in ent.aliases:
            if al != name and al in index.entities and al.isupper() and len(al) >= 2 and al[0] == name[:1].upper():
                owner.setdefault(al, set()).add(name)
    owner = {a: next(iter(o)) for a, o in owner.items() if len(o) == 1}
    if not owner:
        return relations
    out, seen = [], set()
    for r in relations:
        if r.subject in owner or r.object in owner:
            r = dataclasses.replace(r, subject=owner.get(r.subject, r.subject), object=owner.get(r.object, r.object))
            if r.subject == r.object:
                continue
        k = (r.type, r.subject, r.object, r.negated)
        if k in seen:
            continue
        seen.add(k)
        out.append(r)
    return out


def precision37_checks(doc, index, relations: list) -> list:
    """The relations the checks above leave, retype or turn (read at the end of relations.extract_relations)."""
    if not relations:
        return relations

    def turn(rel):
        tokens = _sentence_tokens(doc, rel) if doc is not None else []
        spans = (_party_spans(rel, rel.subject, doc, index, tokens), _party_spans(rel, rel.object, doc, index, tokens))
        if attribution_source(rel, spans) or constituency_place(rel, index) or product_model(rel, spans) \
                or common_noun_acronym(rel) or bare_kind_elsewhere(rel, index) or sale_accord(rel):
            return True
        return offer_target(rel, index) or appeal_target(rel, relations, spans) or ministers_staff(rel) \
            or completed_bid(rel) or standing_by(rel) or same_customers(rel) or board_dismissal(rel, index) \
            or delegation_head(rel)

    return acronym_twins(turn_each(relations, turn), index)
