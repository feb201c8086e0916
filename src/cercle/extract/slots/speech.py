"""Accusation, opposition and lawsuit constructions the generic readers miss: the actor behind an
event one opposes ("s'opposer à l'entrée de X", "à ce que X …", "au rachat de Y par X"), a target
named after "à l'encontre de" wherever the parser hung it, a critical look ("voir d'un œil critique
les projets de X"). Word lists: data/speech.yaml."""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

from ...mentions.entities import EntityIndex
from ...mentions.lexicon import lexicon
from ...nlp.docview import tokens_of
from ...yamldata import load_yaml
from ..arguments import (CONDUCT, PERSON_TITLES, _subject_of, case_of, entities_at, extend_list, extend_list_left,
                         lemma_of)
from .found import Found


@lru_cache(maxsize=1)
def words() -> dict[str, frozenset[str]]:
    raw = load_yaml(resources.files("cercle.extract").joinpath("data/speech.yaml").read_text("utf-8"))
    return {k: frozenset(str(w).lower() for w in v) for k, v in raw.items()}


_WORD_GATE = ("opposition_words", "titled_target_triggers", "refusal_words", "freeze_verbs", "reciprocal_verbs",
              "legal_nouns")
_VERB_GATE = ("contest_verbs", "blame_verbs", "court_verbs", "speech_verbs", "taunting_verbs", "bringing_verbs",
              "measure_reacting_verbs")
_MAY_FIRE: dict[tuple, bool] = {}   # (pos, lemma, lower, verbal) → whether speech_parties can fill anything


@lru_cache(maxsize=1)
def _gate_words() -> tuple[frozenset[str], frozenset[str]]:
    w = words()
    return frozenset().union(*(w[k] for k in _WORD_GATE)), \
        frozenset({"prendre", "condamner"}).union(*(w[k] for k in _VERB_GATE))


def _may_fire(t, verbal: bool) -> bool:
    """Whether one of speech_parties' constructions can start at ``t``: a noun always may ("reciprocal"
    reads any noun); another word only if it is in one of the lists the constructions first test (a
    superset of those tests, reckoned once per word)."""
    if t.pos_ == "NOUN":
        return True
    key = (t.pos_, t.lemma_, t.lower_, verbal)
    may = _MAY_FIRE.get(key)
    if may is None:
        lemma, low = lemma_of(t), t.lower_
        any_word, verbs = _gate_words()
        may = _MAY_FIRE[key] = bool(
            lemma in any_word or low in any_word
            or verbal and lemma in verbs
            or t.pos_ == "ADJ" and _infinitive(low) in words()["freeze_verbs"])
    return may


def speech_parties(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    if not _may_fire(t, verbal):
        return
    w = words()
    lemma, low = lemma_of(t), t.lower_
    if lemma in w["opposition_words"] or low in w["opposition_words"] or (verbal and lemma in w["contest_verbs"]):
        _opposed_actors(t, index, out)
    if verbal and lemma in w["blame_verbs"]:
        _blamed_for(t, index, out)
        _titled_list(t, index, out)
    if lemma in w["freeze_verbs"] or (t.pos_ == "ADJ" and _infinitive(low) in w["freeze_verbs"]):
        _frozen(t, index, out)
    if lemma in w["titled_target_triggers"] or low in w["titled_target_triggers"]:
        _titled_targets(t, index, out, verbal)
        _and_its_head(t, index, out)
    if verbal and lemma == "prendre":
        _taken_to(t, index, out)
    if t.pos_ == "NOUN" and (low in w["encontre_nouns"] or lemma in w["encontre_nouns"]) \
            and "prep:encontre" not in out:
        _encontre_after(t, index, out)
    if t.pos_ == "NOUN" and lemma in w["eye_words"]:
        _critical_eye(t, index, out)
    if (t.pos_ == "NOUN" or t.pos_ == "VERB" and t.i > 0 and t.doc[t.i - 1].pos_ == "DET") \
            and (low in w["legal_nouns"] or lemma in w["legal_nouns"]):   # ("un référé" tagged a verb)
        _legal_phrases(t, index, out)
    if verbal and lemma in w["court_verbs"]:
        _in_court(t, index, out)
    if verbal and lemma in w["speech_verbs"]:
        _speech_blame(t, index, out)
    if verbal and lemma in w["measure_reacting_verbs"] and "blamed_in_speech" not in out:
        _measure_denounced(t, index, out, w)
    if (verbal and lemma in w["taunting_verbs"]) or (t.pos_ == "NOUN" and low + "r" in w["taunting_verbs"]):
        _taunt_target(t, index, out, w)
    if lemma in w["refusal_words"] or low in w["refusal_words"]:
        _refused_cooperation(t, index, out)
    if t.pos_ == "NOUN" and (lemma in w["received_blame_nouns"] or low in w["received_blame_nouns"]):
        _received_blame(t, index, out)
    if (lemma in w["reciprocal_verbs"] or t.pos_ == "NOUN") and out.wants("reciprocal"):   # (fills only this)
        _reciprocal(t, index, out, verbal)
    if t.pos_ == "NOUN" and (lemma in w["fine_nouns"] or low in w["fine_nouns"]):
        _fined(t, index, out)
    if t.pos_ == "NOUN" and (lemma in w["blow_nouns"] or low in w["blow_nouns"]):
        _blows(t, index, out)
    if t.pos_ == "NOUN" and lemma in w["charge_nouns"] and _charging_verb(t, w) is not None:
        _charged(t, index, out)
    if verbal and lemma in w["bringing_verbs"]:
        _brought_against(t, index, out)
    if t.pos_ == "NOUN" and lemma in w["won_nouns"]:
        _won_against(t, index, out)
    if verbal and lemma == "condamner":
        _awarded_to(t, index, out)
    if t.pos_ == "NOUN" and len(out.get("poss", [])) == 1 and (
            lemma in w["refusal_words"] or lemma in w["opposition_words"] or lemma in w["encontre_nouns"]) \
            and any(c.dep_ == "det" and c.lower_ in ("leur", "leurs") for c in t.children):
        # "A et B … leur refus de …": a plural possessive is both names coordinated
        name, i = out["poss"][0]
        if i >= 0 and index.kinds.get(i) == "name":
            out["poss"] = extend_list(t.doc, index, extend_list_left(t.doc, index, [(name, i)]))


def _titled_list(t, index: EntityIndex, out: Found) -> None:
    """"accuse Mme A et M. B de …": people listed with a civil title; the parser may hang the second
    elsewhere (the title "M." read as a conjunct of the verb), the list goes on through ", M." / "et Mme"."""
    tv = tokens_of(t.doc)
    end_s = t.sent.end
    for slot in ("obj", "prep:à"):
        items = out.get(slot)
        if not items or items[-1][1] < 0 or index.type_of(items[-1][0]) != "PER":
            continue
        name, k = items[-1]
        while True:
            while k < end_s and index.entity_at(k) == name:
                k += 1
            if k + 2 >= end_s or tv[k].lower_ not in (",", "et") or tv[k + 1].text not in lexicon()["honorifics"]:
                break
            j = k + 2 if index.entity_at(k + 1) is None else k + 1
            other = index.entity_at(j)
            if other is None or other == name or index.type_of(other) != "PER":
                break
            out.put(slot, [(other, j)])
            name, k = other, j


def _title_holder(c, index: EntityIndex, tv, end_of_sent: int) -> list[tuple[str, int]]:
    """"le chef de l'armée de Y, X": a title with no name of its own stands for the person named after
    the comma that closes its phrase."""
    if c.pos_ != "NOUN" or c.lower_ not in PERSON_TITLES or index.entity_at(c.i) is not None or entities_at(c, index):
        return []
    end = max([c.i] + [x.i for k in c.children if k.dep_ in ("nmod", "amod", "det", "case", "flat")
                       for x in k.subtree]) + 1
    if end + 1 >= end_of_sent or tv[end].text != ",":
        return []
    j = end + 1
    who = index.entity_at(j)
    if who is None or index.kinds.get(j) != "name" or index.type_of(who) != "PER":
        return []
    k = j
    while k < end_of_sent and index.entity_at(k) == who:
        k += 1
    if k >= end_of_sent or tv[k].text in (",", ".", ";", "et", ")", "»") or tv[k].pos_ in ("ADV", "SCONJ"):
        return [(who, j)]
    return []


def _blows(t, index: EntityIndex, out: Found) -> None:
    """"A et B redoublent de coups sur la gestion du PDG de Y, X": blows aimed at X (slots "blower",
    "blow_target")."""
    tv = tokens_of(t.doc)
    gov = t.head
    if gov.pos_ not in ("VERB", "AUX") or t.dep_ not in ("obj", "obl", "obl:arg"):
        return
    # ("une charge violente contre X": the phrase hung on the adjective)
    kids = list(gov.children) + list(t.children) + [k for a in t.children if a.dep_ == "amod" for k in a.children]
    phrases = [c for c in kids if c.i > t.i and case_of(c) in ("sur", "contre")
               and c.dep_ in ("obl", "obl:mod", "obl:arg", "nmod")]
    targets = []
    for c in phrases:
        got = entities_at(c, index)
        if not got and c.lemma_.lower() in CONDUCT:
            for k in c.children:
                if k.dep_ == "nmod" and case_of(k) == "de":
                    got += entities_at(k, index) or _title_holder(k, index, tv, t.sent.end)
        targets += got
    if not targets:
        return
    blower = _subject_of(gov, index)
    if len(blower) == 1 and "Plur" in gov.morph.get("Number"):
        # ("les deux fonds A et B": from the name itself, not the noun that introduces it)
        name, i = blower[0]
        k = next((k for k in range(i, min(i + 6, gov.i)) if index.entity_at(k) == name
                  and index.kinds.get(k) == "name"), i)
        blower = extend_list(t.doc, index, [(name, k)])
    names = {n for n, _ in targets}
    blower = [b for b in blower if b[0] not in names]
    if blower:
        out.put("blower", blower)
        out.put("blow_target", targets)


def _reflexive(v) -> bool:
    return any(c.lower_ in ("se", "s'", "s’") and c.pos_ == "PRON" for c in v.children)


def _refused_cooperation(t, index: EntityIndex, out: Found) -> None:
    """"X refuse de gouverner avec Y", "leur refus de s'allier avec Y": Y (slot "refused_with")."""
    w = words()
    for c in t.children:
        if c.pos_ == "VERB" and c.dep_ in ("xcomp", "acl", "ccomp", "obj") and lemma_of(c) in w["cooperation_verbs"]:
            if any(k.dep_ == "advmod" and k.lower_ in ("pas", "jamais", "plus") for k in t.children):
                return
            # ("refuse de gouverner avec Y" with "avec Y" hung on the refusal)
            phrases = [k for k in c.children if case_of(k) == "avec"] or [
                k for k in t.children if case_of(k) == "avec" and k.i > c.i]
            out.put("refused_with", [x for k in phrases if k.dep_ in ("obl", "obl:mod", "obl:arg", "nmod")
                                     for x in entities_at(k, index)])


def _received_blame(t, index: EntityIndex, out: Found) -> None:
    """"X a essuyé les critiques de Y", "X est la cible des attaques de Y": Y blames X (slots "blamer_de",
    "receiver"); the clause's subject is then not the one who blames."""
    w = words()
    gov = t.head
    if t.dep_ == "nmod" and gov.lemma_.lower() == "cible":   # "X est la cible des critiques de Y"
        receiver = [x for c in gov.children if c.dep_ == "nsubj" for x in entities_at(c, index)]
    elif gov.pos_ in ("VERB", "AUX") and t.dep_ in ("obj", "obl", "obl:arg", "iobj") and lemma_of(gov) in w["receiving_verbs"]:
        receiver = _subject_of(gov, index)
    else:
        return
    blamer = [x for c in t.children if c.dep_ == "nmod" and case_of(c) == "de" for x in entities_at(c, index)]
    names = {n for n, _ in receiver}
    blamer = [b for b in blamer if b[0] not in names]
    if receiver and blamer:
        out.put("blamer_de", blamer)
        out.put("receiver", receiver)
        for k in ("subj", "osubj", "prep:de"):
            out.pop(k, None)
        out["_no_linear"] = []


def _reciprocal(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"A et B s'affrontent", "A et B se livrent une guerre": the plural subject of a reflexive verb
    holds both sides (slot "reciprocal")."""
    w = words()
    v = t if verbal else (t.head if t.dep_ == "obj" and t.head.pos_ == "VERB" else None)
    if v is None or not _reflexive(v) or (not verbal and lemma_of(v) not in w["reciprocal_verbs"]):
        return
    # ("se disputent la présidence de Y": a post sought, not a third party)
    if verbal and any((c.dep_ == "obj" and index.entity_at(c.i) is not None) or case_of(c) in ("à", "contre")
                      for c in v.children):
        return   # "A et B s'opposent à la réforme": on one side, against a third
    if any(c.dep_ in ("obj", "obl:mod", "obl") and c.i > v.i and c.lemma_.lower() in w["market_words"]
           for c in v.children):
        return   # "A et B se disputent le marché": competitors
    subj = _subject_of(v, index)
    # ("les deux hommes se sont brouillés": one plural mention standing for the last pair named, spread later)
    # (a verb of feud only: "les deux groupes se livrent une concurrence" may be another pair than the last)
    if len({n for n, _ in subj}) >= 2 or verbal and any(i in index.plural for _, i in subj):
        out.put("reciprocal", subj)


def _fined(t, index: EntityIndex, out: Found) -> None:
    """"X a infligé une amende à Y": a sanction on Y (slot "fined")."""
    w = words()
    gov = t.head
    if t.dep_ == "obj" and gov.pos_ == "VERB" and lemma_of(gov) in w["fine_verbs"]:
        out.put("fined", [x for c in gov.children if c.dep_ == "iobj" or (
            # (s21-corpA: "a infligé à Y une amende": the parser takes "à Y" before the object for an xcomp)
            case_of(c) == "à" and c.dep_ in ("obl", "obl:arg", "obl:mod", "xcomp")) for x in entities_at(c, index)])
    # (s21-corpA) "a infligé en 2013 à Y une amende": the parser hangs the fine on "à Y" as its object
    elif (t.dep_ == "obj" and gov.pos_ in ("PROPN", "NOUN") and case_of(gov) == "à" and gov.i < t.i
          and gov.head.pos_ == "VERB" and lemma_of(gov.head) in w["fine_verbs"]):
        out.put("fined", entities_at(gov, index))
        # (the fine's own subject slot finds no verb above it: the verb's subject imposes it)
        out.put("fine_imposer", [x for c in gov.head.children if c.dep_ == "nsubj" for x in entities_at(c, index)])


def _court_named(c) -> bool:
    """A phrase naming a court ("au tribunal de commerce", "devant la cour d'appel"): the venue, no party."""
    return c.lemma_.lower() in words()["court_words"] or c.lower_ in words()["court_words"]


def _charging_verb(t, w):
    """The verb that notifies the charges ``t``: their governor ("a notifié des griefs à Y"), or the verb of
    the time phrase the parser hung them on ("a notifié en juin des griefs à Y": "griefs" a "de" of "juin")."""
    gov = t.head
    if t.dep_ == "obj" and lemma_of(gov) in w["charging_verbs"]:
        return gov
    if t.dep_ == "nmod" and gov.dep_ in ("obl", "obl:mod") and gov.i < t.i and lemma_of(gov.head) in w["charging_verbs"]:
        return gov.head
    return None


def _charged_phrases(c) -> list:
    """An "à" phrase and the ones coordinated with it: "à la société et à son ancien PDG, X", "à l'intéressé
    comme à sa société" (the parser hangs the second on the first, as a conjunct or a "de"-less nmod)."""
    got = [c] + [k for k in c.children if k.i > c.i and (k.dep_ == "conj" or (k.dep_ == "nmod" and _with_a(k)))]
    # ("à la société et à son ancien directeur, X": the name may hang on the first phrase)
    return got + [k for h in got for k in h.children if k.dep_ == "appos" and k.pos_ == "PROPN"]


def _with_a(k) -> bool:
    return any(a.dep_ == "case" and a.lower_ in ("à", "au", "aux") for a in k.children)


def _topic_company(k, index: EntityIndex) -> list[tuple[str, int]]:
    """"… à la société et à son ancien PDG": "la société" (definite, no name of its own) in an article about
    one company is that company, when the sentence names no other organisation."""
    topic = index.topic
    if not topic or index.type_of(topic) != "ORG" or k.pos_ != "NOUN" or lemma_of(k) not in words()["company_words"] \
            or not any(c.dep_ == "det" and c.lower_ in ("la", "le", "l'", "l’") for c in k.children):
        return []
    sent = k.sent
    others = {index.entity_at(j) for j in range(sent.start, sent.end)} - {None, topic}
    if any(index.type_of(n) == "ORG" for n in others):
        return []
    return [(topic, -1)]


def _charged(t, index: EntityIndex, out: Found) -> None:
    """"L'AMF a notifié des griefs à Y (et à Z)": the opening of a sanction procedure against Y and Z (slot
    "charged"; the notifier in "charged_by"); the "à" phrase is then no target of words of blame."""
    gov = _charging_verb(t, words())
    phrases = [c for c in gov.children if c.dep_ == "iobj" or (
        (case_of(c) == "à" or c.i > t.i and _with_a(c)) and c.dep_ in ("obl", "obl:arg", "obl:mod", "nmod"))]
    phrases += [c for c in t.children if c.dep_ == "nmod" and case_of(c) == "à"]
    got: list = []
    for p in phrases:
        for k in _charged_phrases(p):
            got += [x for x in entities_at(k, index) or _topic_company(k, index) if x not in got]
    if got:
        out.put("charged", got)
        out.put("charged_by", _subject_of(gov, index))
        out.pop("prep:à", None)


def _brought_against(t, index: EntityIndex, out: Found) -> None:
    """"X a intenté une action contre Y", "X a intenté un procès à Y", "l'action intentée par X contre Y":
    Y (slot "brought_against"; the one who brings it is the subject or the agent)."""
    heads = [t] + [c for c in t.children if c.dep_ == "obj" and c.pos_ == "NOUN"]
    got = []
    for h in heads:
        for c in h.children:
            if c.dep_ in ("obl", "obl:mod", "obl:arg", "nmod", "iobj") and c.i > t.i and not _court_named(c) \
                    and (case_of(c) == "contre" or (case_of(c) == "à" and h is not t) or c.dep_ == "iobj"):
                got += entities_at(c, index)
    if not got and t.dep_ == "acl" and t.head.pos_ == "NOUN":
        # "l'action intentée par X devant le tribunal contre Y" with "contre Y" hung on the action
        got = [x for c in t.head.children if c.dep_ == "nmod" and case_of(c) == "contre" for x in entities_at(c, index)]
    if got:
        out.put("brought_against", got)


def _won_against(t, index: EntityIndex, out: Found) -> None:
    """"X a obtenu gain de cause contre Y (devant les prud'hommes)": X sued Y (slot "won_against")."""
    if not any(c.lower_ == "cause" and case_of(c) == "de" for c in t.children):
        return
    kids = list(t.children) + (list(t.head.children) if t.dep_ == "obj" and t.head.pos_ == "VERB" else [])
    kids += [k for c in t.children if c.lower_ == "cause" for k in c.children]
    frame = words()["won_frame_words"]
    sent = t.sent
    if not any(k.lower_ in frame or k.lemma_.lower() in frame for k in sent) \
            and "conseil d'état" not in sent.text.lower():
        return   # (s37-reads37: a won argument, not a won case)
    out.put("won_against", [x for c in kids if case_of(c) == "contre" and c.i > t.i
                            and c.dep_ in ("obl", "obl:mod", "obl:arg", "nmod") for x in entities_at(c, index)])


def _awarded_to(t, index: EntityIndex, out: Found) -> None:
    """"Y a été condamné à verser 2 M€ à X", "le tribunal a condamné Y à indemniser X": X had sued Y (slot
    "claimant"; the one condemned is the verb's object or passive subject)."""
    w = words()
    for v in t.children:
        if v.dep_ not in ("xcomp", "obl", "obl:arg", "advcl") or v.pos_ != "VERB" or lemma_of(v) not in w["award_verbs"]:
            continue
        got = []
        for c in v.children:
            if lemma_of(v) in ("indemniser", "dédommager") and c.dep_ == "obj":
                got += entities_at(c, index)
            if c.dep_ in ("obj",) and c.pos_ in ("NOUN", "NUM"):
                # (s31-legal31: and deeper, "verser N d'euros de dommages et intérêts à X", "à" hung on the damages)
                got += [x for k in c.subtree if k.dep_ == "nmod" and case_of(k) == "à" and k.i > c.i
                        for x in entities_at(k, index)]
            if c.dep_ in ("iobj", "obl", "obl:arg", "obl:mod") and case_of(c) == "à" or c.dep_ == "iobj":
                got += entities_at(c, index)
        if got:
            out.put("claimant", got)
            return


_QUOTES = {"«", "»", '"', "“", "”"}


def _speaker(v, index: EntityIndex) -> list[tuple[str, int]]:
    """The speaker: the subject, or the name after an incise verb ("…», a déclaré X", parsed as its object)."""
    got = _subject_of(v, index)
    if not got and v.i > 0 and any(t.text in (",", "»", '"') for t in v.doc[max(v.sent.start, v.i - 3):v.i]):
        got = [x for c in v.children if c.dep_ in ("obj", "nsubj") and c.i > v.i for x in entities_at(c, index)]
    return [x for x in got if index.kinds.get(x[1]) != "pronoun" or x[1] < v.i][:1] if got else []


def _reported(v) -> list:
    """The tokens of what the speech verb reports: the quotation it is an incise of, its quoted or
    "que" clause, its object."""
    doc, tv = v.doc, tokens_of(v.doc)
    sent = v.sent
    marks = [j for j in range(sent.start, sent.end) if tv[j].text in _QUOTES]
    if len(marks) >= 2:
        # the quotation right before the incise, or right after "X : « … »"
        before = [j for j in marks if j < v.i]
        after = [j for j in marks if j > v.i]
        if len(before) >= 2 and v.i - before[-1] <= 4:
            return [tv[j] for j in range(before[-2] + 1, before[-1])]
        if len(after) >= 2 and after[0] - v.i <= 3:
            return [tv[j] for j in range(after[0] + 1, after[1])]
    for c in v.children:
        if c.dep_ in ("ccomp", "obj") and c.i > v.i:
            return list(c.subtree)
    return []


def _blamed_by_cue(cue, index: EntityIndex, inside: set[int]) -> list[tuple[str, int]]:
    w = words()
    if cue.pos_ in ("VERB", "AUX"):
        if any(c.dep_ == "advmod" and c.lower_ in ("pas", "jamais", "ni", "guère") for c in cue.children):
            return []   # "X n'a pas menti"
        return [x for x in _subject_of(cue, index) if index.kinds.get(x[1]) != "pronoun" or x[1] in inside]
    noun = cue.head if cue.pos_ == "ADJ" and cue.dep_ == "amod" else cue
    # "un financement occulte de X", "une enquête sur les comptes de X": down the "de" (and a first "sur") chain
    # "une enquête de Y sur X" with "sur X" hung on Y: what it is about, wherever it hangs
    about = next((k for k in noun.subtree if k.dep_ == "case" and k.lower_ == "sur" and k.head.i != noun.i), None)
    if about is not None and not any(case_of(k) == "sur" for k in noun.children):
        got = entities_at(about.head, index)
        if got:
            return got
    node, hops = noun, 0
    while hops < 4:
        # ("une enquête de Y sur X": what it is about, before who leads it)
        nxt = [k for k in node.children if k.dep_ == "nmod" and hops == 0 and case_of(k) == "sur"] or \
            [k for k in node.children if k.dep_ == "nmod" and case_of(k) == "de"]
        if not nxt:
            break
        got = entities_at(nxt[0], index)
        if got:
            return got
        node, hops = nxt[0], hops + 1
    if cue.pos_ != "ADJ":
        return []   # ("X a ouvert une enquête": the investigator is not blamed)
    # "X agit avec des méthodes inamicales": the subject of the clause the cue sits in
    gov = noun.head
    while gov.pos_ == "NOUN" and gov.dep_ in ("obj", "obl", "obl:mod", "nmod", "conj") and gov.head.i != gov.i:
        gov = gov.head
    if noun.dep_ in ("obj", "obl", "obl:mod", "obl:arg", "conj", "nmod") and gov.pos_ in ("VERB", "AUX"):
        return [x for x in _subject_of(gov, index) if index.kinds.get(x[1]) != "pronoun"]
    return []


# Nouns of a takeover an adjective of blame ("inamicale", "hostile") only classifies.
_DEAL_NOUNS = {"offre", "opa", "ope", "raid", "rachat", "approche", "tentative", "prise", "fusion"}


_DE_FORMS = {"d'": "de", "du": "de", "des": "de"}


def _quote_subject_taunted(t, index: EntityIndex, out: Found, speaker) -> None:
    """"« La présidente aurait dû se déporter », tacle X": a taunt's quote that opens on a named or
    described actor doing something blames that actor (not a pronoun: its antecedent is too often
    someone else in a quote)."""
    doc, sent = t.doc, t.sent
    if t.i - 2 < sent.start or doc[t.i - 1].text != "," or doc[t.i - 2].text not in ("»", '"', "”"):
        return
    start = next((j for j in range(t.i - 3, sent.start - 1, -1) if doc[j].text in ("«", '"', "“")), None)
    if start is None:
        return
    k = start + 1
    while k < t.i and doc[k].pos_ == "DET" and index.entity_at(k) is None:
        k += 1
    name = index.entity_at(k)
    if name is None or name == speaker[0][0] or index.kinds.get(k) not in ("name", "descriptor", "introducer"):
        return
    n = k
    while n < t.i and index.entity_at(n) == name:
        n += 1
    if n < t.i and doc[n].pos_ in ("VERB", "AUX"):
        out.put("taunter", speaker)
        out.put("taunted", [(name, k)])


def _taunt_target(t, index: EntityIndex, out: Found, w) -> None:
    """"« … », tacle X à propos de Y", "X ironise au sujet de Y", "X a fustigé, à l'adresse de Y, …": the one a
    taunt is said about (slots "taunter" and "taunted"). The tagger often takes the incise verb ("tacle") for
    a noun: the speaker is then the name right after it."""
    doc, sent = t.doc, t.sent
    if t.pos_ == "NOUN":
        if t.i - 2 < sent.start or doc[t.i - 1].text != "," or doc[t.i - 2].text not in _QUOTES:
            return
        k = t.i + 1   # ("tacle l'élu d'opposition X": the name after its descriptor)
        while k < min(t.i + 6, sent.end) and index.kinds.get(k) != "name" and (
                doc[k].pos_ in ("DET", "ADP") or (doc[k].is_lower and doc[k].pos_ in ("NOUN", "ADJ"))):
            k += 1
        if k >= sent.end or index.kinds.get(k) != "name":
            return
        speaker = [(index.entity_at(k), k)]
    else:
        speaker = _speaker(t, index)
    if not speaker:
        return
    if "taunted" not in out:
        _quote_subject_taunted(t, index, out, speaker)
    start = max(t.i, speaker[0][1]) + 1
    while start < sent.end and index.entity_at(start) == speaker[0][0]:
        start += 1
    for j in range(start, min(sent.end - 1, start + 6)):
        tok = doc[j]
        if tok.pos_ in ("VERB", "AUX") or tok.text in (";", ":", "«", "»"):
            return
        seq = [_DE_FORMS.get(x.lower_.replace("’", "'"), x.lower_.replace("’", "'")) for x in doc[j:min(sent.end, j + 4)]]
        cue = next((c for c in w["taunt_about"] if seq[:len(c.split())] == c.split()), None)
        if cue is None:
            continue
        k = j + len(cue.split())
        while k < sent.end and doc[k].pos_ in ("ADP", "DET") and index.entity_at(k) is None:
            k += 1
        if k < sent.end and index.entity_at(k) is None and doc[k].pos_ == "NOUN" and k + 1 < sent.end \
                and index.kinds.get(k + 1) == "name":
            k += 1   # ("à propos de la ministre X")
        name = index.entity_at(k) if k < sent.end else None
        if name is not None and name != speaker[0][0] and index.kinds.get(k) in ("name", "introducer"):
            out.put("taunter", speaker)
            out.put("taunted", [(name, k)])
        return


def _speech_blame(v, index: EntityIndex, out: Found) -> None:
    """"« X a menti », a déclaré Y", "Y évoque un financement occulte de X": Y accuses X (slots
    "speaker" and "blamed_in_speech")."""
    w = words()
    content = _reported(v)
    if not content:
        return
    inside = {t.i for t in content}
    blamed = []
    for tok in content:
        lem = lemma_of(tok) if tok.pos_ == "VERB" else tok.lemma_.lower()
        if (tok.pos_ == "VERB" and lem in w["blame_cue_verbs"]) or (
                tok.pos_ in ("NOUN", "ADJ") and (tok.lower_ in w["blame_cue_words"] or lem in w["blame_cue_words"])):
            if tok.dep_ == "amod" and tok.head.lemma_.lower() in _DEAL_NOUNS:
                continue   # "une offre inamicale sur Y" is a kind of bid, no blame
            blamed += _blamed_by_cue(tok, index, inside)
    if not blamed and lemma_of(v) in w["blaming_speech_verbs"]:
        roots = [t for t in content if t.head.i not in inside or t.head.i == t.i]
        for r in roots:
            # (the parser sometimes takes the quoted verb for a noun: its subject is still a subject)
            subj = _subject_of(r, index) if r.pos_ in ("VERB", "AUX") else [
                x for c in r.children if c.dep_ == "nsubj" for x in entities_at(c, index)]
            blamed += [x for x in subj if index.kinds.get(x[1]) == "name" and x[1] in inside]
    if not blamed:
        return
    speaker = _speaker(v, index)
    names = {n for n, _ in speaker}
    blamed = [b for b in blamed if b[0] not in names]
    if speaker and blamed:
        out.put("speaker", speaker)
        out.put("blamed_in_speech", blamed)


def _measure_denounced(v, index: EntityIndex, out: Found, w) -> None:
    """"Y a dénoncé des sanctions « illégales »", "Y a jugé ces mesures « injustifiées »", "Y proteste contre une
    « mesure unilatérale »", "Y dénonce une « ingérence » européenne": who condemns a measure accuses the body
    that took it (slots "speaker" and "blamed_in_speech"): the state its adjective names, its "de X", else the
    public body the article last showed taking sanctions."""
    speaker = _speaker(v, index)
    if not speaker:
        return
    nouns = [c for c in v.children if c.dep_ in ("obj", "obl:arg", "obl", "obl:mod", "xcomp") and c.i > v.i]
    nouns += [k for c in nouns for k in c.children if k.dep_ == "conj"]
    content = _reported(v)
    nouns += [k for k in content if k.pos_ == "NOUN"][:3]   # (the quotation's first nouns: "« une guerre économique »")
    measure = next((c for c in nouns if c.pos_ == "NOUN" and _is_measure(c, w)), None)
    if measure is None:
        return
    speaker_names = {n for n, _ in speaker}
    decider = _measure_decider(measure, index, v.sent.start)
    decider = [x for x in decider if x[0] not in speaker_names and index.type_of(x[0]) in ("GOV", "LOC")]
    if decider:
        out.put("speaker", speaker)
        out.put("blamed_in_speech", decider[:1])


def _is_measure(noun, w) -> bool:
    lem = noun.lemma_.lower()
    if lem in w["denounced_measures"] or noun.lower_ in w["denounced_measures"]:
        return True
    # "une guerre économique", "une piraterie commerciale": a hostile act in trade
    return lem in w["hostile_trade_nouns"] and any(
        c.dep_ == "amod" and c.lower_.startswith(("économique", "commercial")) for c in noun.children)


def _measure_decider(measure, index: EntityIndex, sent_start: int) -> list[tuple[str, int]]:
    from ...mentions.demonyms import country_named
    for c in measure.children:
        if c.dep_ == "amod":
            state = country_named(c.lower_, index)
            if state:
                return [(state, c.i)]
            if c.lower_.startswith("européen") and _european_union(index):
                return [(_european_union(index), c.i)]
        if c.dep_ == "nmod" and case_of(c) == "de":
            got = entities_at(c, index)
            if got:
                return got
    return _last_sanctioner(index, measure.doc, sent_start)


def _european_union(index: EntityIndex) -> str | None:
    return next((n for n, e in index.entities.items() if e.type == "GOV" and n.lower().startswith("union européenne")), None)


def _last_sanctioner(index: EntityIndex, doc, before: int) -> list[tuple[str, int]]:
    """The public body the article shows taking sanctions before token ``before`` (the subject or agent of the
    sentences that speak of sanctions: "Les Vingt-Sept ont adopté des sanctions", "Pékin sanctionne Y"): the
    one named so most often, the first on a tie (the article's own sanctioner, not one that followed it)."""
    w = words()
    counts: dict[str, list] = {}
    for tok in doc[:before]:
        lem = lemma_of(tok) if tok.pos_ == "VERB" else tok.lemma_.lower()
        if not (lem in w["sanctioning_words"] or tok.lower_ in w["sanctioning_words"]):
            continue
        verb = tok if tok.pos_ == "VERB" else tok.head
        while verb.pos_ != "VERB" and verb.head.i != verb.i:
            verb = verb.head
        if verb.pos_ != "VERB":
            continue
        # (the parser may give a dateline's agency as a second subject: every subject is asked)
        got = _subject_of(verb, index) + [x for c in verb.children if c.dep_ in ("nsubj", "obl:agent")
                                          for x in entities_at(c, index)]
        # (a state the NER took for a place is still the one that sanctions)
        for name, i in [x for x in got if index.type_of(x[0]) in ("GOV", "LOC")][:1]:
            counts.setdefault(name, [0, i])[0] += 1
    if not counts:
        return []
    name, (_, i) = max(counts.items(), key=lambda kv: (kv[1][0], -kv[1][1]))
    return [(name, i)]


def _blamed_for(t, index: EntityIndex, out: Found) -> None:
    """"pointer du doigt la responsabilité de X", "dénoncer le rôle de X": X is blamed."""
    w = words()
    objs = [c for c in t.children if c.dep_ == "obj"]
    # "pointer du doigt la responsabilité de X": the noun after "du doigt" hung on it
    objs += [k for c in objs if c.lemma_.lower() == "doigt" for k in c.children if k.dep_ in ("nmod", "obj", "appos")]
    for c in objs:
        if c.lemma_.lower() == "doigt":
            continue
        if index.entity_at(c.i) is not None and c.head.lemma_.lower() == "doigt":
            out.put("obj", entities_at(c, index))   # "pointer du doigt X"
        elif c.lemma_.lower() in w["blame_nouns"] and index.entity_at(c.i) is None:
            out.put("obj", [x for k in c.children if k.dep_ == "nmod" and case_of(k) == "de"
                            for x in entities_at(k, index)])


def _infinitive(participle: str) -> str:
    """"gelés" → "geler", "saisis" → "saisir": a participle tagged as an adjective, back to its verb."""
    for end, inf in (("ées", "er"), ("és", "er"), ("ée", "er"), ("é", "er"), ("is", "ir"), ("ie", "ir"), ("i", "ir")):
        if participle.endswith(end):
            return participle[: -len(end)] + inf
    return participle


def _titled_targets(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"des sanctions au chef d'état-major de l'armée de Y, X": a title with no name of its own, as
    the target, stands for the person named after the comma that closes its phrase."""
    tv = tokens_of(t.doc)
    gov = t if verbal else (t.head if t.dep_ == "obj" and t.head.pos_ == "VERB" else None)
    if gov is None:
        return
    for c in gov.children:
        p = case_of(c)
        slot = "obj" if c.dep_ == "obj" and verbal else f"prep:{p}" if p in ("à", "contre") else None
        if slot is None or c.i == t.i or c.pos_ != "NOUN" or c.lower_ not in PERSON_TITLES \
                or index.entity_at(c.i) is not None:
            continue
        # ("accuse le président de Y, X, d'avoir …": the title read as its body Y stands for X when X follows)
        bodies = entities_at(c, index)
        if any(index.type_of(n) == "PER" for n, _ in bodies):
            continue
        # the title's phrase: its own complements (not the main clause's words the parser hung on it)
        end = max([c.i] + [x.i for k in c.children if k.dep_ in ("nmod", "amod", "det", "case", "flat")
                           for x in k.subtree]) + 1
        # (the parser may hang the name after the comma inside the title's phrase: the first comma closes
        # it, when no verb comes before)
        end = next((k for k in range(c.i + 1, min(end, t.sent.end)) if tv[k].text == ","), end)
        while end < t.sent.end and index.entity_at(end) is not None and index.entity_at(end) == index.entity_at(end - 1):
            end += 1   # (a name the phrase ends in, its last words hung elsewhere: "de Quimper Bretagne Occidentale")
        if any(tv[k].pos_ in ("VERB", "AUX") for k in range(c.i + 1, end)):
            continue
        if end + 1 >= t.sent.end or tv[end].text != ",":
            continue
        j = end + 1
        who = index.entity_at(j)
        if who is None or index.kinds.get(j) != "name" or index.type_of(who) != "PER":
            continue
        k = j
        while k < t.sent.end and index.entity_at(k) == who:
            k += 1
        if k >= t.sent.end or tv[k].text in (",", ".", ";", "et", ")", "»"):
            if bodies and slot in out:
                out[slot] = [x for x in out[slot] if x not in bodies]
            out.put(slot, [(who, j)])


def _and_its_head(t, index: EntityIndex, out: Found) -> None:
    """(bpol) "X a assigné le journal Y et sa directrice de la publication, Z", "une plainte contre Y et son
    président, Z": the person named after "et son/sa <title>," beside the target is a target too."""
    tv = tokens_of(t.doc)
    end_s = t.sent.end
    for slot in ("obj", "prep:contre", "prep:à", "pass"):
        for name, i in list(out.get(slot, ())):
            if i < 0:
                continue
            k = i
            while k < end_s and index.entity_at(k) == name:
                k += 1
            if k + 3 >= end_s or tv[k].lower_ != "et" or tv[k + 1].lower_ not in ("son", "sa", "leur") \
                    or tv[k + 2].pos_ != "NOUN" or tv[k + 2].lower_ not in PERSON_TITLES:
                continue
            j = k + 3
            while j < min(end_s, k + 9) and tv[j].text != "," and tv[j].pos_ not in ("VERB", "AUX") \
                    and index.entity_at(j) is None:
                j += 1
            if j + 1 >= end_s or tv[j].text != ",":
                continue
            who = index.entity_at(j + 1)
            if who is None or index.kinds.get(j + 1) != "name" or index.type_of(who) != "PER" or who == name:
                continue
            e = j + 1
            while e < end_s and index.entity_at(e) == who:
                e += 1
            if e >= end_s or tv[e].text in (",", ".", ";", ")", "»") or tv[e].lower_ in ("pour", "devant"):
                out.put(slot, [(who, j + 1)])


def _frozen(t, index: EntityIndex, out: Found) -> None:
    """"X a gelé les avoirs de Y": a sanction on Y (slot "frozen_owner")."""
    w = words()
    for c in t.children:
        if c.dep_ in ("obj", "nsubj:pass") and c.lemma_.lower() in w["assets"] and index.entity_at(c.i) is None:
            out.put("frozen_owner", [x for k in c.children if k.dep_ == "nmod" and case_of(k) == "de"
                                     for x in entities_at(k, index)])


def _taken_to(t, index: EntityIndex, out: Found) -> None:
    """"X s'en prend à Y", "X s'en est pris violemment à Y": an attack in words (slot "taken_to")."""
    if not any(c.lower_ == "en" and c.pos_ == "PRON" for c in t.children) or \
            not any(c.lower_ in ("s'", "s’", "se", "me", "m'", "te", "nous", "vous") for c in t.children):
        return
    out.put("taken_to", [x for c in t.children if c.dep_ in ("obl", "obl:arg", "obl:mod", "iobj")
                         and (case_of(c) == "à" or c.dep_ == "iobj") for x in entities_at(c, index)])


def _legal_phrases(t, index: EntityIndex, out: Found) -> None:
    """Who files a complaint and against whom, where the parser hung the phrases."""
    put = out.put
    tv = tokens_of(t.doc)
    # "la plainte déposée par X contre Y": the participle carries both phrases
    for c in t.children:
        if c.dep_ == "acl" and c.pos_ == "VERB" and "Part" in c.morph.get("VerbForm"):
            for k in c.children:
                p = case_of(k)
                if k.dep_ == "obl:agent" or (p == "par" and k.dep_.startswith("obl")):
                    put("subj", entities_at(k, index))
                elif p == "contre" and "prep:contre" not in out:
                    put("prep:contre", entities_at(k, index))
    # "aucune plainte n'a été déposée par X contre Y": the passive light verb carries them
    gov = t.head
    if t.dep_ == "nsubj:pass" and gov.pos_ == "VERB":
        for k in gov.children:
            if k.dep_ == "obl:agent" or (case_of(k) == "par" and k.dep_.startswith("obl")):
                put("subj", entities_at(k, index))
        if "prep:contre" not in out:   # ("par X contre Y" with "contre Y" hung on X)
            for k in gov.subtree:
                if k.lower_ == "contre" and k.dep_ == "case" and k.head.i != gov.i:
                    put("prep:contre", entities_at(k.head, index))
                    break
    # "X a porté plainte pour diffamation contre Y": "contre Y" hung on the charge; the first
    # "contre" phrase after the noun inside the light verb's phrases
    if "prep:contre" not in out and t.dep_ != "obj" and t.pos_ == "VERB":
        # "X a déposé vendredi un référé contre Y": the noun tagged a verb ("référer") and hung on the time
        # phrase or on the light verb as a loose dependent; the light verb is the first verb above it
        gov = next((a for a in (t.head, t.head.head) if a.pos_ == "VERB" and a.i < t.i), None) \
            if t.dep_ in ("appos", "dep", "xcomp", "nmod", "obl:mod") else None
        if gov is None:
            return
        if "subj" not in out:
            out.put("subj", _subject_of(gov, index))   # (who files it: the light verb's subject)
    if "prep:contre" not in out and (t.dep_ == "obj" or t.pos_ == "VERB") and gov.pos_ == "VERB":
        for j in range(t.i + 1, min(t.i + 10, t.sent.end)):
            k = tv[j]
            if k.text in (".", ";", ":", "«", "»") or (k.pos_ in ("VERB", "AUX") and k.i != gov.i):
                break
            if k.lower_ == "contre" and k.dep_ == "case":
                phrase = k.head
                up = phrase
                while up.i != gov.i and up.head.i != up.i and up.i != t.i:
                    up = up.head
                if up.i in (gov.i, t.i):
                    put("prep:contre", entities_at(phrase, index))
                break


# (s39-clause39) prepositions that open a noun's complement
_COMPLEMENT_WORDS = frozenset({"de", "d'", "d’", "du", "des", "à", "au", "aux"})


def _in_court(t, index: EntityIndex, out: Found) -> None:
    """"X attaque Y en justice", "X a traîné Y devant les tribunaux": a lawsuit, not an attack in words.
    The object moves to "court_obj" (the passive subject to "court_pass"), read by sues.court."""
    w = words()
    tv = tokens_of(t.doc)
    near = [tv[j] for j in range(t.i + 1, min(t.i + 9, t.sent.end))]
    court = False
    for k in near:
        if k.text in (".", ";", ":") or (k.pos_ in ("VERB", "AUX") and k.dep_ not in ("aux", "aux:pass", "aux:tense")):
            break
        if k.lemma_.lower() in w["court_words"] or k.lower_ in w["court_words"]:
            court = True
            break
    if not court:
        return
    for src, dst in (("obj", "court_obj"), ("pass", "court_pass")):
        if src in out:
            out[dst] = out.pop(src)
    if "court_obj" not in out and "court_pass" not in out:
        # "X a assigné Y devant le tribunal" with Y misparsed: the name between the verb and the court word
        for j in range(t.i + 1, k.i):
            if index.kinds.get(j) == "name":
                out.put("court_obj", [(index.entity_at(j), j)])
                break
    if "court_obj" not in out and "court_pass" not in out and not any(
            c.dep_ in ("obj", "nsubj:pass") or (c.dep_ == "nsubj" and c.i > t.i) for c in t.children):
        # (pol2) "X a assigné devant le tribunal de commerce de Lyon la holding Y" with the object after the
        # court's phrase, hung inside it: a new noun phrase (a determiner not after "de") then its first name
        end = min(t.sent.end, k.i + 14)
        j = k.i + 1
        while j < end and tv[j].text not in (".", ";", ":", "«") and not (
                tv[j].pos_ == "DET" and tv[j - 1].pos_ != "ADP" and tv[j - 1].lower_ not in ("de", "d'", "du", "des")):
            j += 1
        inside = False
        for m in range(j + 1, min(j + 9, t.sent.end)):
            if tv[m].text in (".", ";", ":") or tv[m].pos_ in ("VERB", "AUX") or tv[m].lower_ == "pour":
                break
            if tv[m].lower_ in _COMPLEMENT_WORDS and index.kinds.get(m) is None:
                inside = True   # (s39-clause39) "… Paris W, le commissaire aux comptes de Y": a name in the noun's
                # own "de" / "à" complement is not the one sued (W, read as no actor, is); a name apposed after
                # the comma is ("la holding du fondateur, Y")
            elif tv[m].text == ",":
                inside = False
            if index.kinds.get(m) == "name" and not inside:
                out.put("court_obj", [(index.entity_at(m), m)])
                break
    out["_no_linear"] = []


def event_actors(c, index: EntityIndex) -> list[tuple[str, int]]:
    """The actor of an event noun: "l'entrée de X", "les projets de X", "le rachat de Y par X" (X)."""
    w = words()
    lem = c.lemma_.lower()
    if lem in w["purchase_nouns"] or c.lower_ in w["purchase_nouns"]:
        if lem == "prise" and not any(k.lemma_.lower() == "contrôle" for k in c.children):
            return []
        got = [x for k in c.children if k.dep_ in ("nmod", "obl:agent") and case_of(k) == "par"
               for x in entities_at(k, index)]
        if not got and c.head.pos_ == "VERB" and not any(k.dep_ in ("aux:pass", "nsubj:pass") for k in c.head.children):
            # "non au rachat de Y par X" with "par X" hung on the verb, right after the noun's phrase
            end = max(x.i for x in c.subtree) + 1
            got = [x for k in c.head.children if k.i > c.i and case_of(k) == "par"
                   and min(x.i for x in k.subtree) == end for x in entities_at(k, index)]
        return got
    if lem in w["actor_event_nouns"] or c.lower_ in w["actor_event_nouns"]:
        # "l'entrée de la Suède et de la Finlande": the second "de" phrase is often the noun's conjunct
        return [x for k in c.children if (k.dep_ == "nmod" or (k.dep_ == "conj" and k.pos_ == "PROPN"))
                and case_of(k) == "de" for x in entities_at(k, index)]
    return []


def names_a_deal_before(sent) -> bool:
    """"… s'oppose à cette transaction": a sentence naming one party may still hold a tie whose other
    party is the buyer of the deal told in the sentence before (see _deal_named_before)."""
    deals = words()["deal_nouns"]
    toks = list(sent)
    return any(a.lower_ in ("ce", "cet", "cette", "ces") and b.lemma_.lower() in deals for a, b in zip(toks, toks[1:]))


def _deal_named_before(c, index: EntityIndex) -> list[tuple[str, int]]:
    """"X s'oppose à cette transaction": a deal noun with a demonstrative stands for the purchase told in
    the sentence before; its buyer is the one opposed."""
    w = words()
    if c.lemma_.lower() not in w["deal_nouns"] or not any(
            k.dep_ == "det" and k.lower_ in ("ce", "cet", "cette", "ces") for k in c.children):
        return []
    tv = tokens_of(c.doc)
    start, seen = c.sent.start, 0
    while start > 0 and seen < 2:   # the sentence before (a paragraph break is no sentence)
        prev = tv[start - 1].sent
        start = prev.start
        if not prev.text.strip():
            continue
        seen += 1
        for tok in prev:
            if tok.pos_ == "VERB" and lemma_of(tok) in w["purchase_verbs"]:
                buyers = [x for x in _subject_of(tok, index) if index.kinds.get(x[1]) == "name"]
                if buyers:
                    return buyers
        break
    return []


def _clause_subject(ce, index: EntityIndex) -> list[tuple[str, int]]:
    """"à ce que X vende…": the subject of the clause "ce" announces."""
    tv = tokens_of(ce.doc)
    for k in ce.children:
        if any(m.dep_ == "mark" and m.lower_ in ("que", "qu'", "qu’") for m in k.children):
            if k.pos_ in ("VERB", "AUX"):
                return [x for s in k.children if s.dep_ in ("nsubj", "nsubj:pass") for x in entities_at(s, index)]
            return entities_at(k, index)
    # misparsed: the name right after "que"
    j = ce.i + 1
    if j + 1 < len(ce.doc) and tv[j].lower_ in ("que", "qu'", "qu’"):
        j += 1
        while j < len(ce.doc) and tv[j].pos_ == "DET":
            j += 1
        if j < len(ce.doc) and index.kinds.get(j) == "name":
            return [(index.entity_at(j), j)]
    return []


def _opposed_actors(t, index: EntityIndex, out: Found) -> None:
    """"s'opposer à ce que X …", "bloquer l'entrée de X", "son veto à l'adhésion de X": X."""
    # "X est opposé à Y": the participle of a state, whose subject opposes (no "par" agent)
    if lemma_of(t) == "opposer" and "pass" in out and "agent" not in out and "subj" not in out \
            and any(case_of(c) == "à" for c in t.children):
        out["subj"] = out.pop("pass")
    for c in t.children:
        p = case_of(c)
        if c.dep_ == "obj":
            slot = "obj"
        elif p in ("à", "contre") and c.dep_ in ("obl", "obl:arg", "obl:mod", "nmod", "iobj"):
            slot = f"prep:{p}"
        else:
            continue
        if c.lower_ == "ce" and c.pos_ == "PRON":
            out.put(slot, _clause_subject(c, index))
        elif index.entity_at(c.i) is None:
            # ("l'entrée de A et de B": the parser makes B the noun's conjunct, reached as a name of its own)
            got = event_actors(c, index)
            if not got and not entities_at(c, index):
                got = _deal_named_before(c, index)
            out.put(slot, got)
    if t.pos_ == "NOUN" and "head" not in out:
        out.put("head", _fronted(t, index))


def _fronted(t, index: EntityIndex) -> list[tuple[str, int]]:
    """"Obstacle depuis mai à l'entrée de Y, X a …": a noun phrase opening the sentence describes the
    name that follows its closing comma."""
    tv = tokens_of(t.doc)
    start = t.sent.start
    if any(tv[j].pos_ != "DET" for j in range(start, t.i)):
        return []
    # (the parser often hangs the main clause on the fronted noun: not part of its phrase)
    end = max([t.i] + [x.i for c in t.children if c.dep_ not in ("parataxis", "punct", "conj", "cc")
                       for x in c.subtree]) + 1
    if end >= t.sent.end or tv[end].text != ",":
        return []
    j = end + 1
    while j < min(end + 4, t.sent.end) and tv[j].pos_ == "DET":
        j += 1
    if j < t.sent.end and index.kinds.get(j) == "name" and tv[j].dep_.startswith("nsubj"):
        return [(index.entity_at(j), j)]
    return []


def _encontre_after(t, index: EntityIndex, out: Found) -> None:
    """"ses griefs à l'encontre de X" with "à l'encontre" hung anywhere: read right after the noun."""
    tv = tokens_of(t.doc)
    end = t.sent.end
    j = t.i + 1
    while j < min(t.i + 4, end) and (tv[j].pos_ in ("ADJ", "ADV") and tv[j].dep_ in ("amod", "advmod")):
        j += 1
    if j + 1 < end and tv[j].lower_ in ("de", "d'", "d’") and tv[j + 1].pos_ == "NOUN" and tv[j + 1].is_lower:
        j += 2   # ("une procédure de sanction à l'encontre de X": the noun's own "de" complement first)
    if not (j + 2 < end and tv[j].lower_ in ("à", "a") and tv[j + 1].lower_ in ("l'", "l’", "l")
            and tv[j + 2].lower_ == "encontre"):
        return
    k = j + 3
    while k < min(j + 7, end) and (tv[k].lower_ in ("de", "d'", "d’", "d", "'", "’", "du", "des") or tv[k].pos_ == "DET"):
        k += 1
    if k < end and index.entity_at(k) is not None and index.kinds.get(k) in ("name", "introducer", "descriptor"):
        out.put("prep:encontre", [(index.entity_at(k), k)])


def _critical_eye(t, index: EntityIndex, out: Found) -> None:
    """"X voit d'un œil critique les projets de Y", "regarde d'un mauvais œil Y"."""
    w = words()
    tv = tokens_of(t.doc)
    critical = any(c.dep_ == "amod" and c.lemma_.lower() in w["critical_eye"] for c in t.children) or (
        t.i > 0 and tv[t.i - 1].lower_ in w["critical_eye"])
    verb = t.head
    if not critical or verb.pos_ not in ("VERB", "AUX") or lemma_of(verb) not in w["looking_verbs"]:
        return
    looked = [c for c in verb.children if c.dep_ == "obj" and c.i != t.i] + \
        [c for c in t.children if c.dep_ in ("nmod", "flat:name", "appos") and c.i > t.i and case_of(c) is None]
    blamed = []
    for c in looked:
        blamed += entities_at(c, index) or event_actors(c, index) or [
            x for k in c.children if k.dep_ == "nmod" and case_of(k) == "de" and c.lemma_.lower() in CONDUCT
            for x in entities_at(k, index)]
    if blamed:
        out.put("blamer", _subject_of(verb, index))
        out.put("blamed", blamed)

