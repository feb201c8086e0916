"""(s34-speakers34) Ties stated in the speaker's voice that the first-person reader of mentions/quoted_we.py makes
readable:

- "Nos vrais concurrents, ce sont A et B", "Nos rivaux, A ou B, cassent les prix", "Vos actionnaires, A et B, …",
  "Nos partenaires, la banque A et l'assureur B": a noun of a tie (data/speakers34.yaml possessed_tie_nouns)
  owned by a first or second person possessive whose owner is known (index.quoted_we: the speaker or their
  organisation; slot "poss" set to it when the parse left it empty), followed by a comma and a list of names, or by a comma and a cleft "ce sont / c'est" and the
  list: the names are what the noun describes (slot "head"), so each rule of the noun reads them against the
  possessive's owner. No list of names right after the noun, or a possessive with no owner: nothing.
- "Avec X, nous nous parlons chaque semaine", "Nous avons déjeuné ensemble", "nous nous téléphonons": the speaker (a
  person, mentions/quoted_we.py _spoken_by) met X, or the person named last before (we_met, rule meets.spoken_we).
- "nous avons remis une offre, comme A et B", "Comme A, le fonds Y a investi dans Z", "…, à l'instar de A", "…, au
  même titre que A", "…, tout comme A": a comparison set beside the main clause's subject (data/speakers34.yaml like_cues) gives the
  names after it the subject's part in each tie the clause draws (like_subject).
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ...mentions.entities import EntityIndex
from ...yamldata import load_yaml
from ..arguments import lemma_of
from .found import Found
from .gate import Readers, acts_on


@lru_cache(maxsize=1)
def _raw() -> dict:
    return load_yaml((Path(__file__).parent.parent / "data" / "speakers34.yaml").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def words() -> dict[str, frozenset[str]]:
    """The word lists of data/speakers34.yaml (like_cues, lists of phrases, are read by _cues)."""
    return {k: frozenset(str(w).lower() for w in v) for k, v in _raw().items() if k != "like_cues"}


_NOUNS = words()["possessed_tie_nouns"]


def _common(t) -> bool:
    """A common noun or adjective (the parser tags a lower-case noun before a name PROPN at times: "l'enseigne A")."""
    return t.pos_ in ("NOUN", "ADJ") or t.pos_ == "PROPN" and t.is_lower


def _listed_names(doc, index: EntityIndex, k: int, end: int) -> list[tuple[str, int]]:
    """The names of a list starting at token k ("A, B et C", "la Fnac ou Boulanger", "ni A ni B"), up to the
    first word that is neither a name nor a word of lists; [] when that word is no end of the list (a verb's
    object, a preposition: "A et B vendent", "de A" would be another shape)."""
    w = words()
    got: list[tuple[str, int]] = []
    while k < end:
        t = doc[k]
        name = index.by_token.get(k)
        if name is not None and index.kinds.get(k) not in ("name", "introducer"):
            if k + 1 < end and index.by_token.get(k + 1) == name and index.kinds.get(k + 1) in ("name", "introducer"):
                k += 1   # ("la banque A": a kind noun read with the name after it)
                continue
            break   # (a pronoun, "nous soutiennent", or a second reference: no name of the list)
        if name is not None:
            if not got or got[-1][0] != name or doc[k - 1].lower_ in w["list_words"]:
                if all(n != name for n, _ in got):
                    got.append((name, k))
            k += 1
            continue
        if t.lower_ in w["list_words"]:
            k += 1
            continue
        if t.pos_ == "DET" and k + 1 < end and _common(doc[k + 1]) and index.by_token.get(k + 1) is None:
            k += 1   # ("c'est l'enseigne A et la chaîne B": the article of a kind noun no mention holds)
            continue
        if _common(t):
            # ("le fonds A et la banque B", "l'assureur allemand A": a kind noun right before its name)
            m = k + 1
            while m < end and m - k < 3 and doc[m].pos_ == "ADJ" and index.by_token.get(m) is None:
                m += 1
            if m < end and index.by_token.get(m) is not None:
                k = m
                continue
        break
    return got


_CLOSERS = frozenset({",", ".", ";", ":", "!", "?", "»", "”", '"', ")"})


def _closed_list(doc, index: EntityIndex, k: int, end: int, closers=_CLOSERS) -> tuple[list[tuple[str, int]], int]:
    """The names of a list starting at k (_listed_names) and the token that closes it (or ``end``), cut back to
    its last comma when what follows the names is no closer ("Comme A, le fonds B a investi": A alone, closed by
    the comma); ([], k) when no list is closed."""
    names = _listed_names(doc, index, k, end)
    while names:
        stop = names[-1][1] + 1
        while stop < end and index.by_token.get(stop) == names[-1][0]:
            stop += 1
        if stop >= end or doc[stop].text in closers or "\n" in doc[stop].text:
            return names, stop
        # (back to the last comma between two names of the list)
        commas = [j for j in range(names[0][1], names[-1][1]) if doc[j].text == ","]
        if not commas:
            return [], k
        names = [x for x in names if x[1] < commas[-1]]
    return [], k


@acts_on(lambda w: w.pos in ("NOUN", "ADJ", "PROPN") and w.lower in _NOUNS)
def possessed_listed(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"Nos vrais concurrents, ce sont A et B", "Nos rivaux, A ou B, …": slot "head" (see the module's doc)."""
    if t.lower_ not in _NOUNS:
        return
    w = words()
    doc = t.doc
    # the possessive: the word before the noun, adjectives or a number between ("Nos deux vrais concurrents")
    j = t.i - 1
    while j > 0 and doc[j].pos_ in ("ADJ", "NUM"):
        j -= 1
    if j < 0 or doc[j].lower_ not in w["speech_possessives"] or not index.quoted_we.get(j):
        return
    owner = index.quoted_we[j]   # (the speaker or their organisation, the one asked: mentions/quoted_we.py)
    if not owner[0]:
        return
    sent_end = t.sent.end
    k = t.i + 1
    while k < sent_end and doc[k].pos_ == "ADJ" and index.by_token.get(k) is None:
        k += 1   # ("nos concurrents directs, A et B", "notre partenaire historique, A")
    if k >= sent_end or doc[k].text != ",":
        return
    k += 1
    cleft = False
    if k + 1 < sent_end and doc[k].lower_ in w["cleft_openers"] and doc[k + 1].lower_ in w["cleft_verbs"]:
        k += 2
        cleft = True
    names, stop = _closed_list(doc, index, k, sent_end)
    if not names:
        return
    nxt = doc[stop] if stop < sent_end else None
    if not cleft and (nxt is None or nxt.text != ","):
        return   # (an apposition is closed by a comma: "Nos rivaux, A et B, cassent les prix")
    names = [x for x in names if x[0] != owner[0]]
    if names:
        if "head" not in out:
            out.put("head", names)
        out.put("possessed_listed", names)   # (the rules of nouns whose "head" means another thing: investors)
        if not out.get("poss"):
            # (the parser may hang the possessive elsewhere when a list follows the noun: the owner it stands for)
            out.put("poss", [(owner[0], j)])


@lru_cache(maxsize=1)
def _cues() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(str(x).lower() for x in c) for c in _raw()["like_cues"])


_LIKE_ENDS = words()["like_ends"]


@lru_cache(maxsize=1)
def _pair_slots() -> dict[str, frozenset[str]]:
    """Trigger lemma → the slots its rules pair among themselves ("pairs: [subj]": "A et B ont signé un accord"):
    a name set beside the subject by a comparison is no party of the subject's pairs."""
    from ..relations import rules_spec   # (here, not at import: relations imports the readers)
    out: dict[str, set[str]] = {}
    for rule in rules_spec().get("rules") or []:
        for lem in rule.get("lemmas") or []:
            out.setdefault(str(lem).lower(), set()).update(rule.get("pairs") or [])
    return {k: frozenset(v) for k, v in out.items()}


def _like_names(doc, index: EntityIndex, sent, ends=None) -> list[tuple[str, int]]:
    """The names a comparison of the sentence sets beside its subject ("…, comme A et B", "Comme A, …"): the
    cue at the sentence's head or after a comma, the list closed by a comma or the end of the sentence.
    ``ends``: _cue_ends of the document, if known (only those places can end a cue: the others are skipped)."""
    got = []
    for j in range(sent.start, sent.end) if ends is None else [j for j in ends if sent.start <= j < sent.end]:
        if doc[j].lower_ not in _LIKE_ENDS:
            continue
        for cue in _cues():
            a = j - len(cue) + 1
            if a < sent.start or tuple(doc[k].lower_ for k in range(a, j + 1)) != cue:
                continue
            if a > sent.start and doc[a - 1].text != "," and not (
                    a - 1 == sent.start and doc[a - 1].text in ("«", "“", '"')):
                continue   # ("des géants comme A": examples of a noun, no comparison of the clause)
            if a - 2 >= sent.start and doc[a - 1].text == "," and doc[a - 2].pos_ == "NOUN" \
                    and index.by_token.get(a - 2) is None and "Plur" in doc[a - 2].morph.get("Number"):
                continue   # ("auprès de fournisseurs, comme A": examples of the plural before the comma)
            names, _ = _closed_list(doc, index, j + 1, sent.end)
            if not names:
                continue
            got += names
            break
    return got


def _cue_ends(doc) -> tuple[int, ...]:
    """Where a comparison cue of data/speakers34.yaml like_cues ends in the document ("comme", "à l'instar de")."""
    got = []
    if hasattr(doc, "word_positions"):
        places = doc.word_positions()
        ends = sorted(j for w in _LIKE_ENDS for j in places.get(w, ()))
    else:
        ends = [j for j in range(len(doc)) if doc[j].lower_ in _LIKE_ENDS]
    by_last = _cues_by_last()
    for j in ends:
        for cue in by_last.get(doc[j].lower_, ()):   # (only the cues that end on this word, in their order)
            n = len(cue)
            a = j - n + 1
            if a < 0 or n > 1 and doc[j - 1].lower_ != cue[-2]:
                continue   # (the word before first: most cues ending on "comme" differ there)
            if n <= 2 or tuple(doc[k].lower_ for k in range(a, j + 1)) == cue:
                got.append(j)
                break
    return tuple(got)


@lru_cache(maxsize=1)
def _cues_by_last() -> dict[str, tuple[tuple[str, ...], ...]]:
    """(speed37) The like_cues grouped by their last word, each group in the cues' order: _cue_ends tried every
    cue at each place a cue may end, about a hundred comparisons of which only those of the place's word can hold."""
    got: dict[str, list] = {}
    for cue in _cues():
        got.setdefault(cue[-1], []).append(cue)
    return {w: tuple(c) for w, c in got.items()}


@acts_on(lambda w: w.pos in ("NOUN", "VERB", "ADJ", "PROPN", "AUX"))
def like_subject(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"Pour Z, nous avons remis une offre, comme A et B", "Comme A, le fonds Y a investi dans Z", "Y a investi
    dans Z, à l'instar de A": the names a comparison of the sentence sets beside its main clause's subject take
    the subject's part (added to each slot that holds the subject); not in a negated clause, not when the names
    are already parties of the trigger."""
    doc = t.doc
    sent = t.sent
    if not out:
        return
    ends = doc.derived("like_cue_ends34", _cue_ends) if hasattr(doc, "derived") else _cue_ends(doc)
    if not any(sent.start <= j < sent.end for j in ends):
        return   # (no comparison cue in the sentence: found once per document, not rescanned per trigger)
    # (the trigger's clause: the nearest verb above it, or itself, that has a subject; in a quotation with an
    # incise, the quoted clause, not the verb of saying)
    v = t
    while not (v.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubj:pass") for c in v.children)):
        if v.head.i == v.i:
            return
        v = v.head
    if any(c.lower_ in words()["negations"] for c in v.children):
        return
    subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubj:pass")]
    if len(subj) != 1:
        return
    holder = index.by_token.get(subj[0].i)
    if holder is None:
        return
    names = [x for x in _like_names(doc, index, sent, ends) if v.left_edge.i <= x[1] <= v.right_edge.i]
    lo, hi = subj[0].left_edge.i, subj[0].right_edge.i
    # (the names already parties of the trigger, but for the comparison's own phrase: "prep:comme")
    listed = {n for n, _ in names}
    have = {n for items in out.values() if isinstance(items, list) and not all(n in listed for n, _ in items)
            for n, _ in items}
    names = [x for x in names if x[0] not in have]
    if not names:
        return
    paired = _pair_slots().get(t.lemma_.lower(), frozenset()) | _pair_slots().get(t.lower_, frozenset())
    for slot, items in list(out.items()):
        if slot not in paired and isinstance(items, list) and any(n == holder and lo <= i <= hi for n, i in items):
            out.put(slot, names)


_WE_MEET = words()["we_meet_verbs"]
_AVEC = frozenset({"avec"})


def _speaker_of(index: EntityIndex, i: int) -> tuple[str, int] | None:
    """The person who speaks the span holding token i (mentions/quoted_we.py ``_spoken_by``) and its first token."""
    for a, b, person in index.__dict__.get("_spoken_by") or ():
        if a <= i < b:
            return person, a
    return None


def _person_at(index: EntityIndex, j: int, other_than: str) -> str | None:
    name = index.by_token.get(j)
    if name is not None and name != other_than and index.kinds.get(j) in ("name", "introducer") \
            and index.entities[name].type == "PER":
        return name   # (a person's name, or the title read with it: "la ministre X")
    return None


def _meet_word(lower: str, lemma: str) -> bool:
    return lemma in _WE_MEET or lower in _WE_MEET


@acts_on(lambda w: w.verbal and (_meet_word(w.lower, w.lemma) or _meet_word(w.lower, w.lem)))
def we_met(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    """"Avec X, nous nous parlons chaque semaine", "Nous avons déjeuné ensemble", "nous nous sommes revus": a
    speaker's first person plural that met, talked or ate with someone, in an attributed quotation or an
    interview's answer: the speaker (a person) and the person "avec" names in the clause or at the head of the
    sentence, else (reciprocal or "ensemble") the last person named before in the speaker's span. Slot
    "we_met_pair". Not negated, not with an object of its own ("nous nous sommes vu refuser")."""
    if not verbal or not (_meet_word(t.lower_, t.lemma_.lower()) or _meet_word(t.lower_, lemma_of(t))):
        return
    doc = t.doc
    w = words()
    # the subject "nous", before the verb (auxiliaries, adverbs, the reflexive "nous" between)
    j = t.i - 1
    reflexive = False
    while j >= t.sent.start and doc[j].pos_ in ("AUX", "ADV", "PRON") and doc[j].lower_ != "nous":
        j -= 1
    if j < t.sent.start or doc[j].lower_ != "nous":
        return
    if j - 1 >= t.sent.start and doc[j - 1].lower_ == "nous":
        reflexive, j = True, j - 1
    if any(c.lower_ in w["negations"] for c in t.children) or any(
            doc[k].lower_ in w["negations"] for k in range(j, t.i)):
        return
    if any(c.dep_ in ("obj", "xcomp", "ccomp") and c.lower_ != "nous" for c in t.children):
        return   # ("nous avons vu nos ventes chuter", "nous nous sommes vu refuser …": no meeting)
    spoken = _speaker_of(index, t.i)
    if spoken is None:
        return
    person, start = spoken
    if index.entities[person].type != "PER":
        return
    other = None
    # "avec X" under the verb, or at the head of the sentence ("Avec X, nous nous parlons")
    for c in t.children:
        if any(k.dep_ == "case" and k.lower_ in _AVEC for k in c.children):
            other = _person_at(index, c.i, person) or other
    s0 = t.sent.start
    while s0 < t.i and (doc[s0].is_space or doc[s0].text in ("«", "“", '"', "—", "-")):
        s0 += 1
    if other is None and doc[s0].lower_ in _AVEC:
        k = s0 + 1
        while k < j and index.by_token.get(k) is None and doc[k].pos_ in ("DET", "NOUN", "ADJ"):
            k += 1
        other = _person_at(index, k, person)
    together = any(c.lower_ in w["together_words"] for c in t.children) or any(
        doc[k].lower_ in w["together_words"] for k in range(t.i + 1, min(t.sent.end, t.i + 4)))
    if other is None and (reflexive or together):
        # (the last person named before: in the speaker's span, else just before it — the interview's question,
        # the words that bring the quotation in — at most one paragraph back)
        breaks = 0
        for k in range(j - 1, max(0, start - 60) - 1, -1):
            if "\n" in doc[k].text and k < start:
                breaks += 1
                if breaks > 1:
                    break
            other = _person_at(index, k, person)
            if other:
                break
    if other is None:
        return
    out.put("we_met_pair", [(person, j), (other, t.i)])


SPEAKERS34_READERS = Readers(possessed_listed, like_subject, we_met)
