"""(s33-groups33) Plural and group references, and which noun a relative belongs to. Run after coreference
(mentions.entities.find_entities), with the lexicon of data/groups33.yaml:

1. "les deux X" (a number and a plural noun of actors, coref._link_pair) never stands for names the text gave
   as examples of a wider class ("des industriels comme A ou B", "la fédération …, dont A"), nor for a pair
   found through such a group noun revised here: it then stands for the last group of the same count and kind
   the text spoke of ("les deux distributeurs … les deux enseignes … les deux groupes"), else for nothing. One
   not resolved by coreference stands for that last group, or for the only actors of its kind the sentence
   named before it ("X peut s'appuyer sur Y, même si les deux hommes …").
2. "Tous deux", "l'un et l'autre", "tous les trois" stand for the actors the sentence before set side by side
   as its subjects ("Le fondateur de Y a écopé de … ; la société, elle, de … . Tous deux ont formé un recours"),
   when they are exactly as many as the pronoun says.
3. "le fonds Y, fondé par X, qui accusait Z": the relative after an apposed participle with an agent belongs to
   the head noun, not to the agent (a parse repair), unless its verb is one only a person does or its
   participle agrees with the agent and not with the noun.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

from ..nlp.docview import rehang, tokens_of
from ..records import Mention
from ..yamldata import load_yaml
from .wordpos import tokens_at

_WINDOW = 6   # sentences back to the group a second "les deux X" repeats
_TYPES = {"PER": ("PER",), "ORG": ("ORG",), "GOV": ("GOV", "LOC"), "ANY": ("PER", "ORG", "GOV")}
_SUBJ = ("nsubj", "nsubj:pass")
_ARGS = ("obj", "iobj", "obl", "obl:arg", "obl:mod", "obl:agent")


@lru_cache(maxsize=1)
def words() -> dict:
    raw = load_yaml(resources.files("cercle.mentions").joinpath("data/groups33.yaml").read_text("utf-8"))
    return {
        "example_cues": [tuple(str(c).lower().replace("'", "' ").replace("’", "’ ").split()) for c in raw["example_cues"]],
        "pair_pronouns": {tuple(str(k).lower().replace("'", "' ").replace("’", "’ ").split()): int(v)
                          for k, v in raw["pair_pronouns"].items()},
        "person_predicates": frozenset(raw["person_predicates"]),
        "role_groups": {k: frozenset(str(x).lower() for x in v) for k, v in raw["role_groups"].items()},
    }


def _norm(t) -> str:
    return t.lower_


def _ends_with(tv, end: int, seq: tuple) -> bool:
    """Whether the words just before token ``end`` are ``seq`` (elided forms "l'" as one token or two)."""
    text = " ".join(_norm(tv[k]) for k in range(max(0, end - len(seq) - 1), end)).replace("' ", "'").replace("’ ", "’")
    want = " ".join(seq).replace("' ", "'").replace("’ ", "’")
    return text == want or text.endswith(" " + want)


def _name_start(tv, index, j: int) -> int:
    """The first token of the mention holding token j, with its article."""
    name = index.by_token.get(j)
    while j > 0 and index.by_token.get(j - 1) == name:
        j -= 1
    while j > 0 and tv[j - 1].pos_ == "DET" and tv[j - 1].lower_ not in ("dont",):
        j -= 1
    return j


def _after_class(tv, k: int) -> bool:
    """Whether the word before token k (past adjectives) is a plural noun: "des industriels laitiers comme"."""
    j = k - 1
    if j > 0 and tv[j].text == ",":
        j -= 1
    while j > 0 and tv[j].pos_ == "ADJ":
        j -= 1
    return j >= 0 and tv[j].pos_ == "NOUN" and "Plur" in tv[j].morph.get("Number")


def example_mention(tv, index, j: int, depth: int = 0) -> bool:
    """Whether the name at token j is one given as an example of a class ("comme A ou B", ", dont A",
    "notamment A, B et C"): the cue right before it, or before the list it closes."""
    start = _name_start(tv, index, j)
    sent_start = tv[j].sent.start
    if start <= sent_start:
        return False
    for seq in words()["example_cues"]:
        if _ends_with(tv, start, seq):
            if seq == ("comme",) and not _after_class(tv, start - 1):
                continue   # ("tout comme X", "X, comme Y, a …": not a class's example)
            if seq == ("dont",) and tv[start - 1].dep_ in ("nmod", "obl", "obl:arg", "obl:mod", "iobj", "obj"):
                # ("Y, dont A est membre": a relative pronoun, not a list of members)
                verbs = [x for x in tv[start:min(len(tv), start + 8)] if x.pos_ in ("VERB", "AUX")]
                if verbs and tv[start - 1].head.i in {v.i for v in verbs}:
                    return False
            return True
    prev = start - 1
    if depth < 6 and tv[prev].lower_ in (",", "et", "ou") and prev - 1 >= sent_start:
        k = prev - 1
        if tv[prev].lower_ in ("et", "ou") and tv[k].text == ",":
            k -= 1
        if k >= sent_start and k in index.by_token and index.kinds.get(k) == "name":
            return example_mention(tv, index, k, depth + 1)
    return False


def _kind_fits(index, names, want: str) -> bool:
    return all(index.entities[n].type in _TYPES[want] for n in names)


def _group_tokens(tv, index):
    """(det, number, noun, n, want) of every "les deux X" whose noun is a group of actors, in text order."""
    from .coref import _GROUP_SIZES, _group_kind
    for tok in tokens_at(tv, _GROUP_SIZES):   # (the number words only: wordpos; the test below kept)
        if tok.lower_ not in _GROUP_SIZES or tok.dep_ != "nummod" or tok.i == 0:
            continue
        noun = tok.head
        if noun.i != tok.i + 1 or tv[tok.i - 1].lower_ not in ("les", "ces", "des", "aux"):
            continue
        want = _group_kind(noun)
        if want is None:
            continue
        yield tv[tok.i - 1], tok, noun, _GROUP_SIZES[tok.lower_], want


def _drop(doc, index, mentions, det, noun) -> list:
    """Undo coreference's link of "les deux X" (det … noun)."""
    old = index.by_token.get(noun.i)
    for k in range(det.i, noun.i + 1):
        if index.by_token.get(k) == old:
            index.by_token.pop(k, None)
            index.kinds.pop(k, None)
    index.plural.pop(noun.i, None)
    text = doc[det.i:noun.i + 1].text
    if old is not None and old in index.entities and text in index.entities[old].aliases \
            and not any(m.text == text and m.start != det.idx and m.entity == old for m in mentions):
        index.entities[old].aliases.remove(text)
    return [m for m in mentions if not (m.start == det.idx and m.kind == "descriptor")]


def _link(doc, index, mentions, det, noun, pair) -> None:
    from .coref import _add
    _add(doc, index, mentions, det.i, noun.i + 1, pair[0], "descriptor", head=noun.i)
    index.plural[noun.i] = list(pair)
    for other in pair[1:]:
        mentions.append(Mention(det.idx, noun.idx + len(noun.text), doc[det.i:noun.i + 1].text, other.strip(),
                                "descriptor"))


def _last_group(index, before: int, n: int, want: str, s: int, revised, window: int = _WINDOW) -> list | None:
    """The group of ``n`` actors of kind ``want`` a plural noun before token ``before`` stood for, within the
    window."""
    best = None
    for k, members in index.plural.items():
        if k >= before or len(members) != n or index.sent_of.get(k, -1) < s - window:
            continue
        if not _kind_fits(index, members, want):
            continue
        if best is None or k > best:
            best = k
    return list(index.plural[best]) if best is not None else None


def _suspect(tv, index, pair, det, noun, s: int, revised: set) -> bool:
    """A pair one of whose members the text named, in the window before the noun, only as an example of a
    class or through a group noun revised here."""
    for name in pair:
        good = bad = False
        for j, nm in index.by_token.items():
            if nm != name or j >= det.i or index.sent_of.get(j, -1) < s - 3:
                continue
            if j in revised or (index.kinds.get(j) == "name" and example_mention(tv, index, j)):
                bad = True
                continue
            if tv[j].dep_ == "nummod":   # (the number of a revised group: its noun is the one looked at)
                continue
            good = True
            break
        if bad and not good:
            return True
    return False


def _top(t, index):
    """The head word of the mention holding token t ("M. X": "M.", which the parser makes the subject)."""
    name = index.by_token.get(t.i)
    for _ in range(4):
        if t.head.i == t.i or not (t.dep_ in ("flat:name", "flat", "amod", "det") or index.by_token.get(t.head.i) == name):
            break
        if t.head.i in index.by_token and index.by_token[t.head.i] != name:
            break
        t = t.head
    return t


def _sentence_pair(tv, index, noun, n: int, want: str, gender, doc) -> list | None:
    """The only ``n`` actors of the kind the sentence named before the noun, one of them a subject (names or
    pronouns the index tied to them; no source "selon X")."""
    from .coref import _said_gender
    start = tv[noun.i].sent.start
    found: dict[str, bool] = {}
    tops: dict[str, list] = {}
    for j in range(start, noun.i):
        name = index.by_token.get(j)
        if name is None:
            continue
        if index.entities[name].type not in _TYPES[want]:
            continue
        if any(t.lower_ in ("selon", "d'après", "d’après") for t in tv[max(start, j - 5):j]):
            continue
        top = _top(tv[j], index)
        found[name] = found.get(name, False) or top.dep_ in _SUBJ
        tops.setdefault(name, []).append(top)
    if len(found) != n or not any(found.values()):
        return None
    # (each a party of the subject's clause: its verb's complement, or that of a verb it governs, "X peut
    # compter sur Y", "X a rencontré Y": not a name deep in a phrase, "X a annoncé que … la présidence de Y")
    verbs = {t.head.i for ts in tops.values() for t in ts if t.dep_ in _SUBJ}
    verbs |= {c.i for v in list(verbs) for c in tv[v].children if c.dep_ in ("xcomp", "conj")}
    for name, ts in tops.items():
        if not any((t.dep_ in _SUBJ and t.head.i in verbs) or (t.dep_ in _ARGS and t.head.i in verbs) for t in ts):
            return None
    if gender and any(_said_gender(index, x, doc) not in (None, gender) for x in found):
        return None
    return list(found)


def _named_pair(tv, index, det, n: int, want: str, s: int, gender, doc) -> list | None:
    """The ``n`` actors of the kind named (not as examples, not as sources) in the nearest sentence before the
    noun's that names any, when it names exactly ``n`` of them."""
    from .coref import _said_gender
    per_sent: dict[int, list[str]] = {}
    for j, name in index.by_token.items():
        k = index.sent_of.get(j, -1)
        if j >= det.i or k >= s or k < s - 3 or index.kinds.get(j) not in ("name", "introducer"):
            continue
        if index.entities[name].type not in _TYPES[want] or (index.kinds.get(j) == "name" and example_mention(tv, index, j)):
            continue
        if any(t.lower_ in ("selon", "d'après", "d’après") for t in tv[max(tv[j].sent.start, j - 5):j]):
            continue
        if gender and _said_gender(index, name, doc) not in (None, gender):
            continue
        got = per_sent.setdefault(k, [])
        if name not in got:
            got.append(name)
    for k in sorted(per_sent, reverse=True):
        return per_sent[k] if len(per_sent[k]) == n else None
    return None


_ROLE_WINDOW = 5   # sentences back to the persons given the role
_BEFORE, _AFTER = 6, 4   # words before a name ("le PDG de Y, X") and after it (", PDG de Y") a title may be


def _titled(tv, index, name: str, j: int, titles) -> bool:
    """Whether the person named at token j has one of ``titles`` beside that mention, in its sentence and with
    no other person between."""
    a = b = j
    while a > 0 and index.by_token.get(a - 1) == name:
        a -= 1
    while b + 1 < len(tv) and index.by_token.get(b + 1) == name:
        b += 1
    sent = tv[j].sent
    for k in list(range(max(sent.start, a - _BEFORE), a)) + list(range(b + 1, min(sent.end, b + 1 + _AFTER))):
        other = index.by_token.get(k)
        if other is not None and other != name and index.entities[other].type == "PER":
            continue
        if tv[k].lower_ in titles:
            if k > b and tv[b + 1].text != ",":
                continue   # (", PDG de Y" after the name: an apposition)
            if k < a and any(tv[x].text in (".", ";") for x in range(k, a)):
                continue
            return True
    return False


def _titled_group(tv, index, det, noun, n: int, s: int) -> list | None:
    """"Le ministre avait reçu les deux patrons": the persons the sentences before gave the role of the plural
    noun (data/groups33.yaml role_groups), when exactly ``n`` (not the subject of the noun's own clause)."""
    titles = words()["role_groups"].get(noun.lower_)
    if titles is None:
        return None
    here = {index.by_token.get(c.i) for c in noun.head.children if c.dep_ in _SUBJ}
    found: list[str] = []
    for j in sorted(index.by_token):
        if j >= det.i:
            break
        name = index.by_token[j]
        if index.sent_of.get(j, -1) < s - _ROLE_WINDOW or index.kinds.get(j) != "name" or name in found or name in here:
            continue
        if index.entities[name].type == "PER" and _titled(tv, index, name, j, titles):
            found.append(name)
    return found if len(found) == n else None


def revise_groups(doc, index, mentions: list) -> list:
    """Mechanism 1 of the module's head."""
    from .coref import _GROUP_GENDER
    tv = tokens_of(doc)
    revised: set[int] = set()
    for det, num, noun, n, want in list(_group_tokens(tv, index)):
        s = index.sent_of.get(noun.i, 0)
        pair = index.plural.get(noun.i)
        if pair and len(pair) == n and not _suspect(tv, index, pair, det, noun, s, revised):
            continue
        if pair is None and (noun.i in index.by_token
                             or any(c.dep_ in ("appos", "flat:name", "nmod") and c.i in index.by_token
                                    for c in noun.children)
                             or (noun.i + 1 < len(tv) and index.kinds.get(noun.i + 1) == "name")):
            continue   # ("les deux fonds X et Y": named right there)
        if pair is not None:   # (a pair drawn from examples: the group spoken of before, else the names)
            new = _last_group(index, det.i, n, want, s, revised) \
                or _named_pair(tv, index, det, n, want, s, _GROUP_GENDER.get(noun.lower_), doc)
        else:   # (none found: the two its own sentence set as a verb's parties, else the group just spoken of)
            new = _sentence_pair(tv, index, noun, n, want, _GROUP_GENDER.get(noun.lower_), doc) \
                or _titled_group(tv, index, det, noun, n, s) \
                or _last_group(index, det.i, n, want, s, revised, window=2)
        if pair is not None:
            mentions = _drop(doc, index, mentions, det, noun)
        if new and set(new) != set(pair or ()):
            _link(doc, index, mentions, det, noun, new)
        elif new and pair:
            _link(doc, index, mentions, det, noun, pair)
            continue
        revised.update(range(det.i, noun.i + 1))
    return mentions


def _sentence_bounds(tv, index, s: int) -> tuple[int, int] | None:
    """First and last+1 token of sentence number ``s`` (by index.sent_of)."""
    toks = [k for k, v in index.sent_of.items() if v == s]
    return (min(toks), max(toks) + 1) if toks else None


def _whole_sentence(tv, index, back: int):
    """Bounds of sentence ``back`` joined with those before it that end in ";" or ":", and the number of the
    sentence before them."""
    bounds = _sentence_bounds(tv, index, back)
    if not bounds:
        return None, None, -1
    lo, hi = bounds
    while back > 0:
        prev = _sentence_bounds(tv, index, back - 1)
        if not prev or tv[prev[1] - 1].text not in (";", ":"):
            break
        back -= 1
        lo = prev[0]
    return lo, hi, back - 1


def _subjectish(t, depth: int = 0) -> bool:
    """A subject, or the head of a verbless clause ("; la société, elle, de 75 millions"), or a conjunct or an
    apposition of one ("A et B ont …", "sa société, Y, de …")."""
    if t.dep_ in _SUBJ or (t.dep_ == "ROOT" and not any(x.pos_ in ("VERB", "AUX") for x in t.sent)):
        return True
    return depth < 2 and t.dep_ in ("conj", "appos") and t.head.i != t.i and _subjectish(t.head, depth + 1)


def _subject_actors(tv, index, lo: int, hi: int) -> list[str]:
    """Actors of tokens lo..hi set as subjects (a subject, its conjunct, or a verbless clause's head)."""
    got: list[str] = []
    for j in range(lo, hi):
        name = index.by_token.get(j)
        if name is None or index.entities[name].type not in ("PER", "ORG", "GOV"):
            continue
        t = _top(tv[j], index)
        if _subjectish(t) and name not in got:
            got.append(name)
    return got


def pair_pronouns(doc, index, mentions: list) -> list:
    """Mechanism 2 of the module's head."""
    tv = tokens_of(doc)
    cues = words()["pair_pronouns"]
    firsts = {c[0] for c in cues}
    # (s36-speed36: each cue's joined form once; at each place, the words after it read once for all cues)
    glued = {seq: " ".join(seq).replace("' ", "'").replace("’ ", "’") for seq in cues}
    reach = max(map(len, cues), default=0) + 2
    for tok in tokens_at(tv, firsts):   # (the tokens of those words only: wordpos; the test below kept)
        if tok.lower_ not in firsts or tok.i in index.by_token:
            continue
        lows = [x.lower_ for x in tv[tok.i:min(len(tv), tok.i + reach)]]
        joins: dict[int, str] = {}
        for seq, n in cues.items():
            end = tok.i + len(seq)
            if end > len(tv) or tuple(lows[:len(seq)]) != seq:
                # ("l'un" as one token or two)
                joined = joins.get(len(seq))
                if joined is None:
                    joined = joins[len(seq)] = " ".join(lows[:len(seq) + 2]).replace("' ", "'").replace("’ ", "’")
                if not joined.startswith(glued[seq]):
                    continue
            head = next((x for x in tv[tok.i:min(end, len(tv))] if x.dep_ in _SUBJ), None)
            if head is None:
                continue   # (only as the clause's subject: "Ils ont tous deux …" is the pronoun's)
            s = index.sent_of.get(tok.i)
            if s is None or s == 0 or any(index.by_token.get(k) for k in range(tok.sent.start, tok.i)):
                continue
            actors: list[str] = []
            back = s - 1
            for _ in range(2):   # the sentence before (with those it continues after ";" or ":"), then the one before
                if back < 0:
                    break
                lo, hi, back = _whole_sentence(tv, index, back)
                if lo is None:
                    break
                actors = [a for a in _subject_actors(tv, index, lo, hi) if a not in actors] + actors
                if len(actors) >= n:
                    break
            if len(actors) != n:
                continue
            from .coref import _add
            _add(doc, index, mentions, head.i, head.i + 1, actors[0], "pronoun")
            index.plural[head.i] = list(actors)
            for other in actors[1:]:
                mentions.append(Mention(head.idx, head.idx + len(head.text), head.text, other, "pronoun"))
            break
    return mentions


_CLITICS = frozenset({"le", "la", "l'", "l’", "les", "en", "y", "lui", "leur"})
_AGENT_GAP = 5   # words between an apposed participle and its "par" ("dirigé depuis 2018 par")


def _apposed_head(tv, index, q: int):
    """For "qui"/"dont" at token q: (noun token, agent name) when the words before are "N, <participle> … par
    A," (read on the words: the parser hangs the participle and the relative anywhere); else None."""
    if q < 6 or tv[q - 1].text != ",":
        return None
    j = q - 2
    agent = index.by_token.get(j)
    if agent is None:
        return None
    while j > 0 and index.by_token.get(j - 1) == agent:
        j -= 1
    while j > 0 and tv[j - 1].pos_ == "DET":
        j -= 1
    if tv[j - 1].lower_ != "par":
        return None
    k = j - 2
    while k > 0 and j - k <= _AGENT_GAP and not ("Part" in tv[k].morph.get("VerbForm") and tv[k].pos_ in ("VERB", "ADJ")):
        if tv[k].text in (",", ".", ";", ":") or tv[k].pos_ in ("VERB", "AUX") or k in index.by_token:
            return None
        k -= 1
    part = tv[k]
    if "Part" not in part.morph.get("VerbForm") or tv[k - 1].text != ",":
        return None
    n = k - 2
    name = index.by_token.get(n)
    if name is None or name == agent:
        return None
    head = tv[n]
    for _ in range(4):   # up to the mention's head ("le fonds Y": "fonds"; "Y Capital": "Y")
        if head.head.i == head.i or index.by_token.get(head.head.i) != name:
            break
        head = head.head
    # (the participle agrees with the noun, not with the agent: "la société Y, fondée par X")
    return head, name, agent, part


def relatives_after_agents(doc, index) -> None:
    """Mechanism 3 of the module's head (a parse repair)."""
    tv = tokens_of(doc)
    w = words()
    from .coref import _person_verbs
    person = w["person_predicates"] | _person_verbs()
    for rel in tv:
        if rel.lower_ not in ("qui", "dont") or rel.i in index.by_token:
            continue
        got = _apposed_head(tv, index, rel.i)
        if got is None:
            continue
        noun, n_name, a_name, part = got
        v = rel.head
        if v.i <= rel.i or v.pos_ not in ("VERB", "AUX", "NOUN", "ADJ"):
            continue
        if v.lemma_.lower() in person and index.entities[n_name].type != "PER":
            continue
        if any(c.pos_ == "PRON" and c.dep_ in ("obj", "iobj", "expl:comp") and c.lower_ in _CLITICS for c in v.children):
            continue   # ("cofondée par X, qui la préside": the clitic is the noun, the relative the agent's)
        # (a participle or adjective of the clause agreeing with the agent, not with the noun: the agent's)
        ng = noun.morph.get("Gender")
        said = [x for x in [v] + [c for c in v.children if c.dep_ in ("xcomp", "acomp")] if x.pos_ in ("VERB", "ADJ")
                and any(a.dep_ in ("aux:pass", "cop", "aux:tense") and a.lemma_ == "être" for a in x.children)]
        if ng and any(x.morph.get("Gender") and x.morph.get("Gender") != ng for x in said):
            continue
        if v.head.i != noun.i or v.dep_ != "acl:relcl":
            rehang(v, noun, "acl:relcl")


def revise(doc, index, mentions: list) -> list:
    """All three, in order (see the module's head)."""
    relatives_after_agents(doc, index)
    mentions = revise_groups(doc, index, mentions)
    return pair_pronouns(doc, index, mentions)
