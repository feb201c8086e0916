"""The first person of reported speech: inside a quotation whose speaker the text names ("« … », a
déclaré X, PDG de Y", "X, PDG de Y, explique : « … »", "Selon X, « … »", an interview's answer line
"X : …"), "nous" and "notre/nos" stand for the speaker's organisation (Y, or the speaker if it is an
organisation), "je/me/moi" and "mon/ma/mes" for the speaker. A quotation whose speaker is unknown, or a
person with no organisation the text gives them, is left alone. Word lists: data/quoted_we.yaml."""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

from ..nlp.docview import lower_words_of, rehang, tokens_of
from .wordpos import at_words, line_breaks
from ..records import Mention
from ..yamldata import load_yaml
from .interview32 import repair_clitic_subject, words as interview32_words

_OPEN, _CLOSE = ("«", "“"), ("»", "”")
_DE = {"de", "d'", "d’", "du", "des", "chez"}
_ORG_TYPES = ("ORG", "GOV", "LOC")   # (types are not final at this stage: "Maritima" may still be a place)


@lru_cache(maxsize=1)
def words() -> dict[str, frozenset[str]]:
    raw = load_yaml(resources.files("cercle.mentions").joinpath("data/quoted_we.yaml").read_text("utf-8"))
    return {k: frozenset(str(w).lower() for w in v) for k, v in raw.items()}


_MARKS = frozenset((*_OPEN, *_CLOSE, '"'))


def _quotes(tv) -> list[tuple[int, int]]:
    """(opening, closing) token indices of each quotation (« … », “ … ”, " … ")."""
    out, opened, straight = [], None, None
    if not len(tv) or _MARKS.isdisjoint(lower_words_of(tv[0].doc)):
        return out   # (no quotation mark in the document: no walk)
    # (only the marks and the line breaks count below: those words alone, picked in one pass)
    doc = tv[0].doc   # (the marks and the line breaks, from the document's word index: wordpos)
    for i, x in [(i, tv[i].text) for i in sorted({*at_words(doc, _MARKS), *line_breaks(doc)})
                 if tv[i].text in _MARKS or "\n" in tv[i].text]:
        if x in _OPEN:
            opened = i
        elif x in _CLOSE and opened is not None:
            out.append((opened, i))
            opened = None
        elif x == '"':
            if straight is None:
                straight = i
            else:
                out.append((straight, i))
                straight = None
        elif "\n" in x and opened is not None and i - opened > 400:
            opened = None   # (an unclosed mark: no quotation)
    return out


def _entity_start(index, j: int) -> int:
    name = index.by_token.get(j)
    while j > 0 and index.by_token.get(j - 1) == name:
        j -= 1
    return j


def _entity_end(index, j: int) -> int:
    name = index.by_token.get(j)
    while index.by_token.get(j) == name:
        j += 1
    return j


_CLITICS = {"-t", "t", "-il", "-elle", "il", "elle", "-on", "on", "s'", "s’", "se", "-t-il", "-t-elle", "-t-on"}
_STOPS = {",", ".", ":", ";", "«", "»", "(", ")", "?", "!"}


def _speaker_after(tv, index, c: int, end: int) -> int | str | None:
    """"« … », a déclaré X", "« … », tranche-t-il", "« … », selon X", "« … », a affirmé son PDG, X", "« … »,
    a déclaré mercredi à la radio X": the token of the speaker's mention ("-t-il": the last actor before
    the quotation; "insiste-t-on chez Y": Y itself, as a name)."""
    j = c + 1
    if j < end and tv[j].text == ",":
        j += 1
    if j < end and tv[j].lower_ in words()["according_to"]:
        j += 1
        return j if j < end and index.by_token.get(j) is not None else None
    # the incise verb group: "a déclaré", "tranche-t-il", "a-t-elle tranché", "s'est contentée d'indiquer"
    group, verb, clitic = j, False, None
    while j < end and j - group < 7 and index.by_token.get(j) is None:
        t = tv[j]
        low = t.lower_
        if t.pos_ in ("VERB", "AUX") or (j == group and t.pos_ in ("NOUN", "ADJ")):
            verb = verb or t.pos_ != "AUX" or j == group
        elif low in _CLITICS or low.startswith("-"):
            if low.endswith("il") or low.endswith("elle") or low.endswith("on"):
                clitic = low.lstrip("-t").lstrip("-")
        elif low in ("d'", "d’", "de") and j + 1 < end and tv[j + 1].pos_ == "VERB":
            pass
        else:
            break
        j += 1
    if not verb:
        return None
    if clitic in ("il", "elle"):
        got = index.antecedent(_open_before(tv, c), types=("PER", "ORG", "GOV"))
        return got[1] if got else None
    if clitic == "on":
        # "insiste-t-on chez Y"
        if j + 1 < end and tv[j].lower_ == "chez":
            k = j + 1
            while k < end and tv[k].pos_ == "DET" and index.by_token.get(k) is None:
                k += 1
            name = index.by_token.get(k)
            return name if name is not None and index.kinds.get(k) in ("name", "descriptor", "introducer") else None
        return None
    if j < end and index.by_token.get(j) is not None:
        return j
    if j + 3 < end and tv[j].lower_ in ("son", "sa", "leur") and tv[j + 1].lower_ in words()["speaking_titles"]:
        # "a affirmé son PDG, X"
        k = j + 2
        while k < min(end, j + 6) and tv[k].text != "," and index.by_token.get(k) is None:
            k += 1
        if k + 1 < end and tv[k].text == "," and index.kinds.get(k + 1) == "name":
            return k + 1
        return None
    # "a déclaré mercredi à la sortie de l'audience X": a person a few words on, nothing between that
    # could speak
    for k in range(j, min(end, j + 8)):
        if tv[k].text in _STOPS or tv[k].pos_ in ("VERB", "AUX") or "\n" in tv[k].text:
            return None
        name = index.by_token.get(k)
        if name is not None:
            if index.kinds.get(k) == "introducer" and index.entities[name].type == "PER":
                # (s34-speakers34) "« … », confie le sénateur X", "tranche la ministre X": the title read with the
                # name after it (the same person's "introducer" mention), the name's token
                m = k
                while m < end and index.by_token.get(m) == name and index.kinds.get(m) == "introducer":
                    m += 1
                return m if m < end and index.by_token.get(m) == name and index.kinds.get(m) == "name" else None
            return k if index.kinds.get(k) == "name" and index.entities[name].type == "PER" else None
    return None


def _open_before(tv, c: int) -> int:
    """The opening mark of the quotation that closes at c."""
    k = c - 1
    while k > 0 and tv[k].text not in _OPEN:
        k -= 1
    return k


def _unnamed_title_org(tv, index, c: int, end: int) -> str | None:
    """"« … », tranche la directrice générale de Y", "selon un porte-parole de Y": a title with no name
    after the incise verb speaks for Y."""
    j = c + 1
    if j < end and tv[j].text == ",":
        j += 1
    while j < end and tv[j].pos_ == "AUX":
        j += 1
    if j >= end or tv[j].pos_ not in ("VERB", "NOUN", "ADP") or index.by_token.get(j) is not None:
        return None
    j += 1
    if j < end and tv[j].pos_ == "DET" and index.by_token.get(j) is None:
        return _title_org(tv, index, j, end, "")
    return None


def _speaker_before(tv, index, o: int, start: int) -> int | None:
    """"X, PDG de Y, a déclaré : « … »", "Selon X, « … »": the token of the speaker's mention."""
    if o - 1 <= start or tv[o - 1].text not in (":", ","):
        return None
    first = start
    while first < o and (tv[first].is_space or tv[first].pos_ == "PUNCT"):
        first += 1
    if tv[first].lower_ in words()["according_to"] and index.by_token.get(first + 1) is not None:
        k = _entity_end(index, first + 1)
        return first + 1 if k == o - 1 or tv[k].text == "," else None
    verb = tv[o - 2]
    while verb.pos_ == "ADV" and verb.i > start:
        verb = tv[verb.i - 1]
    if verb.pos_ != "VERB":
        return None
    for c in verb.children:
        if c.dep_ == "nsubj" and c.i < verb.i:
            if index.by_token.get(c.i) is not None:
                return c.i
            return next((k.i for k in c.subtree if index.by_token.get(k.i) is not None), None)
    return None


def _title_org(tv, index, j: int, end: int, speaker: str) -> str | None:
    """From token j (a comma after a name, or a title), ", PDG de Y": Y if a title that speaks for an
    organisation comes before it."""
    w = words()
    titled = False
    for k in range(j, min(j + 10, end)):
        t = tv[k]
        if t.text in (".", ";", "«", "»", ":") or "\n" in t.text or (t.pos_ in ("VERB", "AUX") and k > j):
            return None
        low = t.lower_
        if low in w["past_titles"]:
            return None
        if low in w["speaking_titles"] or t.lemma_.lower() in w["speaking_titles"]:
            titled = True
        org = index.by_token.get(k)
        if org is not None and org != speaker:
            if titled and index.entities[org].type in _ORG_TYPES and (tv[k - 1].lower_ in _DE or (
                    k > 1 and index.kinds.get(k) == "introducer" and tv[k].lower_ in _KIND_NOUNS
                    and tv[k - 1].lower_ in ("l'", "l’", "la", "le") and tv[k - 2].lower_ in ("de", "d'", "d’"))):
                # ("présidente de l'association Y": the kind of body, read with the name, after its article)
                # (s26-we26)
                return org
            if titled and index.entities[org].type in _ORG_TYPES and k > j + 1 and tv[k - 1].lower_ in (
                    "l'", "l’", "la", "le") and tv[k - 2].lower_ in ("de", "d'", "d’") and index.by_token.get(k - 1) is None:
                return org   # (s29-interview29) "X, président de l'Autorité Y": the body's name after its article
            if titled and k == j and index.kinds.get(k) == "introducer" and index.entities[org].type == "GOV":
                return org   # (s29-interview29) "la ministre du Travail, X": the title opens the ministry's own name
            if index.kinds.get(k) != "descriptor" or not titled:
                return None
    return None


_KIND_NOUNS = {"association", "société", "groupe", "fédération", "syndicat", "entreprise", "fondation",
               "collectif", "start-up", "compagnie", "union", "mutuelle", "coopérative"}
_LEADING_VERBS = {"diriger", "présider", "fonder", "cofonder", "piloter", "créer"}


def _topic(index) -> str | None:
    """The organisation the article is about: what an unnamed "l'entreprise", "la start-up" stands for."""
    t = index.topic
    return t if t and index.entities[t].type in _ORG_TYPES else None


def _affiliation(tv, index, person: str, at: int, quote: int) -> str | None:
    """The organisation a person speaks for: the title beside the mention at token ``at`` ("X, PDG de
    Y", "la directrice de Y", "son PDG, X"), else the one the text gives them anywhere, if only one and
    it is the organisation the article is about."""
    n = len(tv)
    s = _entity_start(index, at)
    got = _titled_at(tv, index, person, s, quote)
    if got:
        return got
    found = set()
    for j, name in index.by_token.items():
        if name != person or index.kinds.get(j) not in ("name", "descriptor") or index.by_token.get(j - 1) == person:
            continue
        got = _titled_at(tv, index, person, j, j)
        if got:
            found.add(got)
    # (only when it is the organisation the article is about: a title given elsewhere may be another post)
    return next(iter(found)) if len(found) == 1 and found == {index.topic} else None


def _titled_at(tv, index, person: str, j: int, quote: int, possessive: bool = True) -> str | None:
    """The organisation of the title beside the person's mention starting at j: "X, PDG de Y", "X, qui
    dirige Y", "le PDG de Y, X", "son PDG, X" (the possessive's owner, looked for before ``quote``), a
    descriptor "la présidente de Y"."""
    n = len(tv)
    e = _entity_end(index, j)
    if index.kinds.get(j) == "descriptor":
        got = _title_org(tv, index, j, min(n, e + 6), person)
        if got:
            return got
        if possessive and tv[j].lower_ in ("son", "sa", "leur") and tv[j].pos_ == "DET":
            return _possessor(index, min(j, quote))
        return None
    if e + 2 < n and tv[e].text == ",":
        got = _title_org(tv, index, e + 1, n, person)
        if got:
            return got
        # "X, qui dirige Y"
        k = e + 1
        if tv[k].lower_ == "qui" and tv[k + 1].pos_ == "VERB" and tv[k + 1].lemma_.lower() in _LEADING_VERBS:
            m = k + 2
            while m < min(n, k + 5) and tv[m].pos_ == "DET" and index.by_token.get(m) is None:
                m += 1
            org = index.by_token.get(m)
            if org is not None and org != person and index.entities[org].type in _ORG_TYPES:
                return org
            if org is None and tv[m].lemma_.lower() in words()["company_nouns"] and tv[m - 1].pos_ == "DET":
                return _topic(index)   # "X, qui préside l'entreprise"
    # "La start-up, fondée en 2021 par X": the one the participle describes
    head = tv[j].head
    if tv[j].dep_ == "obl:agent" and head.pos_ == "VERB" and head.lemma_.lower() in _LEADING_VERBS \
            and head.dep_ in ("acl", "appos", "acl:relcl"):
        org = index.by_token.get(head.head.i)
        if org is not None and org != person and index.entities[org].type in _ORG_TYPES:
            return org
        if org is None and head.head.lemma_.lower() in words()["company_nouns"]:
            return _topic(index)
    # "le PDG de Y, X" / "le PDG de Y X" / "son PDG, X": a title phrase right before the name
    b = j - 1 if j > 0 and tv[j - 1].text == "," else j
    for k in range(b - 1, max(-1, b - 9), -1):
        t = tv[k]
        if t.text in _STOPS or "\n" in t.text or t.pos_ in ("VERB", "AUX"):
            return None
        if t.lower_ in words()["speaking_titles"]:
            if k > 0 and tv[k - 1].lower_ in words()["past_titles"]:
                return None
            got = _title_org(tv, index, k, b, person)
            if got:
                return got
            if possessive and k > 0 and tv[k - 1].lower_ in ("son", "sa", "leur") and all(
                    index.by_token.get(m) is None for m in range(k + 1, b)):
                return _possessor(index, min(k - 1, quote))
            return None
    return None


def _possessor(index, i: int) -> str | None:
    got = index.antecedent(i, types=("ORG", "GOV"))
    return got[0] if got else None


def _answer_lines(tv, index) -> list[tuple[int, int, int]]:
    """Interview answers: a line "X : …" or "X. Y. : …" (the initials of a person the text names): (the
    speaker's token, first token of the answer, end of the line)."""
    out = []
    n = len(tv)
    if not n or ":" not in lower_words_of(tv[0].doc):
        return out   # (an answer's line has its ":" (the loop below reads none without one): no colon, no answer)
    people = {}
    for j, name in index.by_token.items():
        if index.kinds.get(j) == "name" and index.entities[name].type == "PER":
            parts = [p for p in name.replace("-", " ").split() if p[:1].isupper()]
            if len(parts) >= 2:
                people.setdefault(" ".join(p[0] + "." for p in parts[-2:]), set()).add((name, j))
    # (only a line's first word can open an answer: the words after a line break, found in one walk,
    # instead of the loop below stepping through every word)
    starts = [0] + [k + 1 for k in line_breaks(tv[0].doc) if k < n - 1] if n else []
    i = 0
    for line in starts:
        if line < i:
            continue   # (inside an answer already read)
        i = line
        if tv[i].is_space:
            continue
        colon = next((k for k in range(i, min(i + 6, n)) if tv[k].text == ":" or "\n" in tv[k].text), None)
        if colon is None or tv[colon].text != ":":
            i += 1
            continue
        who = None
        if index.by_token.get(i) is not None and _entity_end(index, i) == colon \
                and index.entities[index.by_token[i]].type == "PER":
            who = i
        else:
            initials = "".join(tv[k].text for k in range(i, colon)).replace(".", ". ").strip()
            match = people.get(initials)
            if match and len({nm for nm, _ in match}) == 1:
                who = min(j for _, j in match)
        if who is None:
            i += 1
            continue
        end = next((k for k in range(colon + 1, n) if "\n" in tv[k].text), n)
        out.append((who, colon + 1, end))
        i = end + 1
    return out


def _paragraphs(tv) -> list[tuple[int, int]]:
    """(first, end) token indices of each paragraph (a run of tokens between line breaks)."""
    out = []
    if not len(tv):
        return out
    # (between two line breaks, from the first word that is no space: the breaks from the word index)
    a = 0
    for b in line_breaks(tv[0].doc) + [len(tv)]:
        start = next((k for k in range(a, b) if not tv[k].is_space), None)
        if start is not None:
            out.append((start, b))
        a = b + 1
    return out


def _is_question(tv, a: int, b: int) -> bool:
    """A question paragraph of an interview: it ends with "?" (bold marks "**" or a closing dash aside),
    and is short."""
    k = b - 1
    while k > a and (tv[k].is_space or not tv[k].text.strip("*_")):
        k -= 1
    return b - a <= 60 and tv[k].text.strip("*_").endswith("?") and tv[a].text not in _OPEN


_YOU = frozenset({"vous", "votre", "vos"})


def _is_relaunch(tv, a: int, b: int) -> bool:
    """A short paragraph that speaks to the interviewee ("vous", "votre") and trails off ("…", "...")."""
    k = b - 1
    while k > a and (tv[k].is_space or not tv[k].text.strip("*_")):
        k -= 1
    return b - a <= 40 and tv[k].text.strip("*_").endswith(("...", "…")) and tv[a].text not in _OPEN \
        and any(tv[j].lower_ in _YOU for j in range(a, k))


def _is_addressed(tv, a: int, b: int) -> bool:
    """(s34-speakers34) A short paragraph that speaks to the interviewee ("vous", "votre", "vos" outside a
    quotation) and has no word of the first person outside a quotation (quoted_we.yaml first_person): an
    interview's question put as a statement. Not a paragraph opening on a quotation mark."""
    if b - a > 60 or tv[a].text in _OPEN:
        return False
    first = words()["first_person"]
    you, depth = False, 0
    for j in range(a, b):
        x = tv[j].text
        if x in _OPEN:
            depth += 1
        elif x in _CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0:
            low = tv[j].lower_
            if low in first:
                return False
            you = you or low in _YOU
    return you


def _trails_off(tv, a: int, b: int) -> bool:
    """A short paragraph that trails off ("…", "...") and is no quotation: an interview's relaunch."""
    k = b - 1
    while k > a and (tv[k].is_space or not tv[k].text.strip("*_")):
        k -= 1
    return b - a <= 40 and tv[k].text.strip("*_").endswith(("...", "…")) and tv[a].text not in _OPEN


def _interviewee(tv, index, lead_end: int) -> int | None:
    """The person an interview questions, from its lead (the text before its first question): the name
    after "Entretien avec" / "Interview de", else the one person the lead gives a title that speaks for an
    organisation ("X, PDG de Y", "la start-up, fondée par X"), else the lead's one person."""
    w = words()
    people: dict[str, int] = {}
    for j in sorted(index.by_token):
        name = index.by_token[j]
        if j < lead_end and index.kinds.get(j) == "name" and index.entities[name].type == "PER":
            if _in_quote(index, j):
                continue   # (s25-interview25) a name in the headline's quotation is whom they speak of
            people.setdefault(name, j)
            k = j - 1
            while k > 0 and tv[k].pos_ in ("DET", "ADP") and index.by_token.get(k) is None:
                k -= 1
            if tv[k].lower_ in w["interview_words"] and k < j - 1:
                return j
    titled = [j for name, j in people.items() if _affiliation(tv, index, name, j, j)]
    if len(titled) == 1:
        return titled[0]
    if len(people) == 1:
        return next(iter(people.values()))
    # "X, 41 ans, a succédé à son père, Y, à la tête de Z": the lead's first subject (by the parse, or by
    # word order: a name before its sentence's first verb, which the parser may hang on a date before it)
    return next((j for j in people.values() if tv[j].dep_ in ("nsubj", "nsubj:pass") or not any(
        tv[k].pos_ in ("VERB", "AUX") for k in range(tv[j].sent.start, j)) or _after_fronted(tv, index, j)), None)


def _after_fronted(tv, index, j: int) -> bool:
    """"Nommée le 2 septembre à la tête de Y, X, 51 ans, succède à …": the name right after a fronted
    participle phrase opening its sentence is the subject it describes (the parser often hangs it
    elsewhere), if no other person comes before it."""
    start = tv[j].sent.start
    first = tv[start]
    if j - start < 3 or tv[j - 1].text != "," or first.pos_ not in ("VERB", "ADJ") \
            or "Part" not in first.morph.get("VerbForm"):
        return False
    return not any(index.by_token.get(k) is not None and index.entities[index.by_token[k]].type == "PER"
                   for k in range(start, j))


def _lead_org(tv, index, person: str, at: int) -> str | None:
    """The organisation the interviewee heads by a verb of the lead: "X dirige Y", "X préside Y", "X, à la
    tête de Y" (up to the end of the sentence)."""
    e = _entity_end(index, at)
    others = False
    for k in range(e, min(len(tv), e + 20)):
        t = tv[k]
        if t.text in (".", ";", "?", "!") or "\n" in t.text:
            return None
        other = index.by_token.get(k)
        if other is not None and other != person and index.entities[other].type == "PER" \
                and index.kinds.get(k) == "name":
            others = True
        if others and (t.lower_ in ("qui", "dont") or (t.pos_ in ("VERB", "ADJ") and "Part" in t.morph.get("VerbForm"))):
            return None   # (s31-interview31) "X a succédé à Z, resté vingt ans à la tête de Y", "… à Z, qui
            # dirige Y": Z's post, in a participle or relative of their own ("à son oncle, Z, à la tête de Y": X's)
        lead = (t.pos_ == "VERB" and t.lemma_.lower() in words()["lead_verbs"]) or (
            t.lower_ == "tête" and tv[k - 1].lower_ in ("la", "sa") and tv[k - 2].lower_ == "à")
        if not lead:
            continue
        for m in range(k + 1, min(len(tv), k + 5)):
            org = index.by_token.get(m)
            if org is not None:
                return org if org != person and index.entities[org].type in _ORG_TYPES else None
        return None
    return None


def _fronted_lead_org(tv, index, person: str, at: int) -> str | None:
    """"À la tête du producteur d'hydrogène X depuis 2021, Y répond …", "Nommée il y a un an à la direction
    générale de X, Y, 52 ans, a passé …", "Aux commandes de X, Y …": the organisation a fronted phrase of the
    interviewee's sentence puts them at the head of (the first one after the post, before the interviewee)."""
    posts = words()["lead_posts"]
    start = tv[at].sent.start
    for k in range(start + 1, at):
        if tv[k].lower_ in posts and (tv[k - 1].lower_ == "aux" or (
                k - 2 >= start and tv[k - 1].lower_ in ("la", "sa") and tv[k - 2].lower_ == "à")):
            for m in range(k + 1, min(at, k + 10)):
                org = index.by_token.get(m)
                if org is not None:
                    return org if org != person and index.entities[org].type in _ORG_TYPES else None
            return None
    return None


def _fronted_title_org(tv, index, person: str, at: int) -> str | None:
    """(s31-interview31) "Nommé président du directoire de Y au printemps, X a succédé …", "Propriétaire de Z et
    présidente de Y, X détaille …", "Directrice générale de Y depuis 2019, X revient …": a fronted phrase of the
    interviewee's sentence (no finite verb before the name) giving them a head's title (quoted_we.yaml
    head_titles, not a past one) of an organisation: that organisation (the first such title's)."""
    w = words()
    start = tv[at].sent.start
    for k in range(at - 1, start, -1):
        if "\n" in tv[k].text:
            start = k + 1   # (the headline above, which the parser may keep in the same sentence)
            break
    if at - start < 3:
        return None
    for k in range(start, at):
        t = tv[k]
        if t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") and t.lower_ not in w["head_titles"]:
            return None   # (a clause of its own before the name: not a fronted title; a title the tagger
            # takes for a verb, "et fondateur de Z", is none)
    for k in range(start, at):
        t = tv[k]
        if t.lower_ not in w["head_titles"] or (k > 0 and tv[k - 1].lower_ in w["past_titles"]) \
                or index.by_token.get(k) is not None:
            continue
        got = _title_org(tv, index, k, at, person)
        if got:
            return got
    return None


def _bracketed_org(tv, index, person: str, at: int) -> str | None:
    """"Y (X) : « … »": a headline giving the interviewee's organisation in brackets after the name."""
    e = _entity_end(index, at)
    if e + 2 >= len(tv) or tv[e].text != "(":
        return None
    org = index.by_token.get(e + 1)
    if org is None or org == person or index.entities[org].type not in _ORG_TYPES:
        return None
    return org if tv[_entity_end(index, e + 1)].text == ")" else None


def _lead_possessive_org(tv, index, lead_end: int) -> str | None:
    """"Le transitaire X, contrôlé par la holding Y, … . Sa directrice générale s'explique": a lead whose
    sentence has an unnamed possessive title for subject ("Son PDG répond", "Sa présidente nous reçoit")
    presents the interviewee as that organisation's; the owner the possessive points back to, when the
    lead has one such title (the article's most named company may be another, the one the interview is
    about)."""
    titles = words()["speaking_titles"]
    found = set()
    for k in range(lead_end):
        t = tv[k]
        if t.lower_ not in ("son", "sa") or t.head.i <= k or t.head.dep_ not in ("nsubj", "ROOT") \
                or t.head.lower_ not in titles:
            continue
        noun = t.head
        if any(index.by_token.get(c.i) is not None for c in noun.children if c.i > noun.i):
            continue   # ("Son PDG, X, …": a named person, whose affiliation the rest reads)
        got = index.antecedent(k, types=_ORG_TYPES)
        if got:
            found.add(got[0])
    return next(iter(found)) if len(found) == 1 else None


UNKNOWN = ""   # (an interviewee's organisation the lead gives but the text does not name as an actor)


def _lead_title_org(tv, index, person: str, lead_end: int) -> str | None:
    """"ENTRETIEN. La directrice générale de Y, fournisseur de …, revient sur …", "Le PDG de l'hébergeur Y
    répond": a lead whose subject is an unnamed title of an organisation presents the interviewee as
    that organisation's (Y; the title may already be read as the interviewee's); UNKNOWN when the proper name after the title is no actor found (the article's
    most named company is then no safer a guess)."""
    titles, past = words()["speaking_titles"], words()["past_titles"]
    found = set()
    for k in range(1, lead_end):
        t = tv[k]
        # (the parser may make the title the root of its sentence and hang the verb elsewhere: "La directrice
        # générale de Y, qui fournit …, revient sur …" with "revient" under the relative clause)
        if t.lower_ not in titles or t.pos_ != "NOUN" or (t.dep_ not in ("nsubj", "nsubj:pass") and not (
                t.dep_ == "ROOT" and tv[k - 1].is_sent_start)) \
                or tv[k - 1].lower_ not in ("le", "la", "l'", "l’") or index.by_token.get(k) not in (None, person) \
                or (k > 1 and tv[k - 2].lower_ in past):
            continue
        got = _title_owner(tv, index, k + 1, lead_end)
        if got is not None:
            found.add(got)
    return next(iter(found)) if len(found) == 1 else None


def _title_owner(tv, index, j: int, end: int) -> str | None:
    """After a title at j - 1: "générale de Y", "du groupe Y", "de l'hébergeur rennais Y": Y (an
    organisation), UNKNOWN for a proper name that is no actor, None for anything else."""
    while j < end and tv[j].pos_ == "ADJ":
        j += 1
    if j >= end or tv[j].lower_ not in _DE:
        return None
    for k in range(j + 1, min(end, j + 8)):
        t = tv[k]
        name = index.by_token.get(k)
        if name is not None:
            return name if index.entities[name].type in _ORG_TYPES else None
        if t.pos_ == "PROPN":
            return UNKNOWN
        if (t.pos_ not in ("DET", "NOUN", "ADJ") and t.lower_ not in _DE) or t.text in _STOPS:
            return None   # ("la présidente du directoire de la papeterie Y": through the board's "de")
    return None


_DEFINITE_DE = {"le", "la", "l'", "l’", "du"}


def _company_nouns_of(tv, index, mentions: list, org: str, lead_end: int) -> None:
    """"Votre frère a quitté le groupe", "… détient 64 % du groupe": in an interview's questions and
    answers, a bare definite company noun ("le groupe", "l'entreprise", "la société", no name after it) is
    the interviewee's organisation, not another company the sentence names (a holding, a fund)."""
    nouns = words()["company_nouns"]
    for k in range(lead_end + 1, len(tv) - 1):
        t = tv[k]
        if t.pos_ != "NOUN" or t.lemma_.lower() not in nouns or tv[k - 1].lower_ not in _DEFINITE_DE \
                or tv[k + 1].pos_ in ("PROPN", "ADJ") or index.by_token.get(k + 1) is not None \
                or index.by_token.get(k) == org or index.kinds.get(k) not in (None, "descriptor") \
                or t.i in index.in_quotes:
            continue
        first = k - 1 if tv[k - 1].lower_ != "du" else k
        if first >= 2 and tv[first - 1].text == "," and index.by_token.get(first - 2) not in (None, org) \
                and index.kinds.get(first - 2) == "name":
            continue   # (s23-coref23) "Y, le groupe fondé par X": an apposition names Y, set beside it
        for m in range(len(mentions) - 1, -1, -1):
            if mentions[m].kind == "descriptor" and mentions[m].start <= t.idx < mentions[m].end:
                del mentions[m]
        for j in range(first, k + 1):
            index.by_token[j] = org
            index.kinds[j] = "descriptor"
        mentions.append(Mention(tv[first].idx, t.idx + len(t.text), "".join(
            x.text_with_ws for x in tv[first:k + 1]).strip(), org.strip(), "descriptor"))


def _company_like(tv, index, org: str, lead_end: int) -> bool:
    """(s29-interview29) Whether the interviewee's organisation may be what a bare "l'entreprise", "le groupe"
    of the interview stands for: not a public body (a regulator, a ministry, a court: "l'entreprise" put to
    its head is the firm it fines or regulates), nor a union, party or association the lead presents with no
    company noun ("le syndicat", "le parti": "le groupe" put to its leader is the employer or a rival)."""
    if index.entities[org].type == "GOV":
        return False
    w = words()
    first = org.split()[0].lower() if org.split() else ""
    if first in w["body_nouns"] or first in w["body_name_words"]:
        return False   # ("l'Office de contrôle des jeux", "la Fédération unie des cheminots": typed ORG)
    lead = {tv[k].lower_ for k in range(lead_end)}
    return lead.isdisjoint(w["body_nouns"]) or not lead.isdisjoint(w["company_nouns"])


def _left_in_lead(tv, index, person: str, org: str, lead_end: int) -> bool:
    """The lead says the interviewee leaves ``org``: a verb of leaving (quoted_we.yaml leaving_verbs) whose
    subject is the interviewee (named or a pronoun for them; or the subject of the verb it completes,
    "X a décidé de quitter Y") with the organisation named within its clause right after it ("elle quittait
    la Nouvelle Alliance", "a démissionné du parti Y"); not another person's leaving ("succède à Z, qui a
    quitté la direction de l'assureur")."""
    leaving = words()["leaving_verbs"]
    for k in range(lead_end):
        if tv[k].pos_ not in ("VERB", "AUX") or tv[k].lemma_.lower() not in leaving:
            continue
        verb = tv[k]
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")]
        if not subj and verb.dep_ in ("xcomp", "conj") and verb.head.i != verb.i:
            subj = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubj:pass")]
        if not any(index.by_token.get(c.i) == person for c in subj):
            continue
        for m in range(k + 1, min(lead_end, k + 7)):
            if tv[m].text in _STOPS:
                break
            if index.by_token.get(m) == org:
                return True
    return False


def _own_possessive_owner(tv, index, person: str, lead_end: int) -> str | None:
    """(s25-coref25) "La commission des sanctions de Y a infligé une amende à Z. Sa présidente, X, s'explique":
    the lead's possessive title set beside the interviewee's name is the owner the possessive points back to
    (the sentence's, else the previous subject's), when it has one; the article's most named company (Z,
    the one sanctioned) is often the other side. None when the possessive finds no owner ("Entretien avec
    sa présidente, X" as the headline: the topic then)."""
    titles = words()["speaking_titles"]
    found = set()
    for k in range(lead_end - 3):
        t = tv[k]
        if t.lower_ not in ("son", "sa") or t.pos_ != "DET" or tv[k + 1].lower_ not in titles:
            continue
        j = k + 3 if tv[k + 2].text == "," else k + 2
        if j < lead_end and index.by_token.get(j) == person and index.kinds.get(j) == "name" \
                and tv[k + 1].lower_ in ("président", "présidente"):
            got = _organ_subject_owner(tv, index, k)
            if got:
                found.add(got)
    return next(iter(found)) if len(found) == 1 else None


# A body's organs, which have a president of their own ("la commission des sanctions de Y", "le collège de Y")
_ORGAN_NOUNS = {"commission", "collège", "conseil", "comité", "directoire", "bureau"}


def _organ_subject_owner(tv, index, k: int) -> str | None:
    """The organisation Y whose organ is the subject of the sentence before token k ("La commission des
    sanctions de Y a infligé …"): Y named in the organ's "de" phrases (up to two deep), else None."""
    start = tv[k].sent.start
    if start == 0:
        return None
    prev = tv[start - 1].sent
    subj = next((t for t in prev if t.dep_ in ("nsubj", "nsubj:pass") and t.head.dep_ == "ROOT"), None)
    if subj is None or subj.lower_ not in _ORGAN_NOUNS or index.by_token.get(subj.i) is not None:
        return None
    for c in subj.children:
        for d in (c, *c.children):
            if d.dep_ == "nmod" and d.i > subj.i and any(x.dep_ == "case" and x.lower_ in _DE for x in d.children):
                name = index.by_token.get(d.i)
                if name is not None and index.entities[name].type in _ORG_TYPES:
                    return name
    return None


def _own_title_owner(tv, index, person: str, org: str | None, lead_end: int) -> None:
    """"Entretien avec sa présidente, X", "son PDG, X, répond": in the lead, the possessive of the
    interviewee's own title is the organisation the interview gives them (not a lender or fund the
    sentence before named last)."""
    titles = words()["speaking_titles"]
    for k in range(lead_end - 3):
        t = tv[k]
        if t.lower_ not in ("son", "sa") or t.pos_ != "DET" or tv[k + 1].lower_ not in titles:
            continue
        j = k + 3 if tv[k + 2].text == "," else k + 2
        if j < lead_end and index.by_token.get(j) == person and index.kinds.get(j) == "name":
            index.quoted_we[k] = index.quoted_we[k + 1] = (org, k) if org else None


def _executive_in_lead(tv, lead_end: int) -> bool:
    """(s27-coref27b) The lead gives someone a company executive's title ("Son cofondateur et directeur
    général, X", "le PDG de Y"): the interview speaks to a company's head (quoted_we.yaml executive_titles)."""
    w = words()
    for k in range(lead_end):
        low = tv[k].lower_
        if low in w["executive_titles"]:
            return True
        if low in w["executive_heads"] and k + 1 < lead_end and tv[k + 1].lower_ in ("général", "générale"):
            return True
    return False


def _interview(tv, index, mentions: list, lines, quotes) -> tuple[list[tuple], str | None]:
    """A question-and-answer interview: at least two short question paragraphs ending with "?", each
    followed by an answer. The answers outside quotations are the interviewee's words ("qa" spans), the
    questions are put to them ("question" spans). The interviewee: the speaker of the "X :" answer lines,
    else the one the lead names (_interviewee)."""
    paras = _paragraphs(tv)
    asked = [_is_question(tv, a, b) for a, b in paras]
    pairs = sum(1 for m in range(len(paras) - 1) if asked[m] and not asked[m + 1])
    if pairs == 1 and lines and len({index.by_token[at] for at, _, _ in lines}) == 1:
        # (s19-coref2) an interview its "X : …" answer line shows: after its first question, a short
        # paragraph trailing off between two answers ("Vous aviez déjà cédé des droits en Asie…", "On prête
        # à Y l'intention de racheter la société…") is a question too, "vous" or not
        first_q = asked.index(True)
        asked = [asked[m] or (first_q < m < len(paras) - 1 and not asked[m - 1] and not asked[m + 1]
                              and _trails_off(tv, *paras[m])) for m in range(len(paras))]
        pairs = sum(1 for m in range(len(paras) - 1) if asked[m] and not asked[m + 1])
    if pairs == 1:
        # (s34-speakers34) one question ending with "?", and after it statements put to the interviewee between
        # two answers ("La ministre vous a reçu mardi.", "La direction vous accuse de bloquer le dialogue."): an
        # interview whose other questions are put as statements (_is_addressed)
        first_q = asked.index(True)
        more = [asked[m] or (first_q < m < len(paras) - 1 and not asked[m - 1] and not asked[m + 1]
                             and _is_addressed(tv, *paras[m])) for m in range(len(paras))]
        if sum(1 for m in range(len(paras) - 1) if more[m] and not more[m + 1]) >= 2:
            asked, pairs = more, 2
    if pairs < 2:
        return [], None
    # (in an interview, a short remark to the interviewee trailing off ("Votre cousin vous a assignée…")
    # between two answers is a question too)
    asked = [asked[m] or (0 < m < len(paras) - 1 and not asked[m - 1] and not asked[m + 1]
                          and _is_relaunch(tv, *paras[m])) for m in range(len(paras))]
    # (s34-speakers34) a short statement put to the interviewee between two answers ("X, le coordinateur de Y,
    # vous accuse d'avoir trahi Z.", "Votre groupe a perdu deux usines cette année."): a question too, when it
    # speaks to them ("vous", "votre") and says nothing in the first person (an answer speaks as "je", "nous")
    asked = [asked[m] or (0 < m < len(paras) - 1 and not asked[m - 1] and not asked[m + 1]
                          and _is_addressed(tv, *paras[m])) for m in range(len(paras))]
    first = asked.index(True)
    if lines:
        speakers = {index.by_token[at] for at, _, _ in lines}
        if len(speakers) != 1:
            return [], None
        at = lines[0][0]
    else:
        at = _interviewee(tv, index, paras[first][0])
        if at is None:
            return [], None
    person = index.by_token[at]
    relinked = _lead_descriptors_to_interviewee(tv, index, mentions, person, paras[first][0])
    # (any mention of the interviewee in the lead: the headline "Entretien avec X" has no verb)
    at_lead = [j for j, name in index.by_token.items() if name == person and j < paras[first][0]
               and index.kinds.get(j) == "name"] + relinked
    # (the lead's own verb first, "X préside Y"; then the company the article is about, before a title
    # read elsewhere: "Entretien avec sa présidente, X" has a possessive whose owner is the article's topic)
    # (then the title beside the interviewee's name in the headline or lead, "entretien avec X, PDG de Y"
    # (not a possessive's owner, "entretien avec sa présidente, X": read below, the lead's subject or topic),
    # and the lead's unnamed title, "La directrice générale de Y revient sur …", before the company the
    # article is most about: in an interview on a dispute, that is often the adversary)
    org = next(filter(None, (_lead_org(tv, index, person, j) or _fronted_lead_org(tv, index, person, j)
                             or _fronted_title_org(tv, index, person, j)
                             or _bracketed_org(tv, index, person, j) or _titled_at(tv, index, person, j, j, False)
                             for j in sorted(at_lead))), None)
    if org is None:
        org = _lead_title_org(tv, index, person, paras[first][0])
    if org is None:
        org = _lead_possessive_org(tv, index, paras[first][0]) or _own_possessive_owner(tv, index, person, paras[first][0]) \
            or _topic(index) or _affiliation(tv, index, person, at, at)
    if org and _left_in_lead(tv, index, person, org, paras[first][0]):
        # "l'eurodéputée X a annoncé qu'elle quittait Y pour rejoindre Z": the interviewee no longer speaks
        # for Y ("notre président" is her party's, which the lead may not name)
        org = UNKNOWN
    _own_title_owner(tv, index, person, org, paras[first][0])
    if org and org != UNKNOWN and index.topic is None and index.entities[org].type == "ORG":
        # (s32-interview32) an interview with no organisation the count of names makes its subject is about
        # the one its interviewee speaks for: "du capital", "le conseil d'administration", "actionnaire à 27 %"
        # of no company named are that organisation's, not the last company a question named
        index.topic = org
    # (s25-interview25) a lead that calls the interviewee's organisation a company ("l'entreprise", "le
    # groupe"): an accusation put to them ("X vous accuse de casser les prix") aims at the company
    index.__dict__["_interview_company"] = bool(org) and org != UNKNOWN and (any(
        tv[k].lower_ in words()["company_nouns"] for k in range(paras[first][0]))
        or _executive_in_lead(tv, paras[first][0]))
    if org and _company_like(tv, index, org, paras[first][0]):
        _company_nouns_of(tv, index, mentions, org, paras[first][0])
    quoted = set()
    for o, c in quotes:
        quoted.update(range(o, c + 1))
    # (s25-interview25) the frame, for the readers of extract/slots/interview25.py: the interviewee and the
    # paragraphs from the first question on, each a question or not
    index.__dict__["_interview_frame"] = (person, [(a, b, asked[m]) for m, (a, b) in enumerate(paras) if m >= first])
    # (s30-interview30) the organisation the interviewee speaks for, when the text names it: what a "vous" put to them
    # stands for where a post or a body of theirs is handed on ("Vous avez confié la direction générale à X")
    index.__dict__["_interview_org"] = org or None
    answered = {k for _, a, b in lines for k in range(a, b)}
    out = []
    kin = _named_kin(tv, index, paras[first][0])
    for m in range(first, len(paras)):
        a, b = paras[m]
        if kin:
            _kin_mentions(tv, index, mentions, kin, a, b)
        if asked[m]:
            out.append((at, a, b, "question"))
            continue
        # (an answer's own words: not inside a quotation, whose speaker quoted_we reads already)
        run = None
        for k in range(a, b + 1):
            inside = k == b or k in quoted or k in answered
            if not inside and run is None:
                run = k
            elif inside and run is not None:
                out.append((at, run, k, "qa"))
                run = None
    return out, org


def _lead_descriptors_to_interviewee(tv, index, mentions: list, person: str, lead_end: int) -> list[int]:
    """(s32-interview32) "X : « Je ne m'allierai pas avec Z »\n\nL'eurodéputé, fondateur de Y, détaille …", "La
    patronne de Y répond": in an interview's lead, a person's descriptor (coreference's "descriptor" mention)
    that coreference gave to another person, one the lead names only inside a quotation (the headline's words,
    whom the interviewee speaks of) or not at all, is the interviewee. Returns the first token of each
    descriptor given back to the interviewee (its title names their organisation: _titled_at)."""
    named_outside = {name for j, name in index.by_token.items() if j < lead_end and index.kinds.get(j) == "name"
                     and not _in_quote(index, j)}
    out = []
    j = 0
    while j < lead_end:
        name = index.by_token.get(j)
        if name is None or index.kinds.get(j) != "descriptor" or name == person or name in named_outside \
                or index.entities[name].type != "PER" or _in_quote(index, j):
            j += 1
            continue
        e = j
        while e < lead_end and index.by_token.get(e) == name and index.kinds.get(e) == "descriptor":
            index.by_token[e] = person
            e += 1
        for m in mentions:
            if m.kind == "descriptor" and m.entity == name.strip() and tv[j].idx <= m.start < tv[e - 1].idx + len(tv[e - 1].text):
                m.entity = person.strip()
        out.append(j)
        j = e
    # "Le sénateur, fondateur de Y, détaille …", "La patronne de Y s'explique": the lead's subject, a person's title
    # with an article and no mention of its own, is the interviewee
    from .coref import _descriptors
    nouns = _descriptors()
    titles = words()["speaking_titles"]
    for k in range(1, lead_end):
        t = tv[k]
        if t.pos_ != "NOUN" or t.dep_ not in ("nsubj", "nsubj:pass") or index.by_token.get(k) is not None \
                or tv[k - 1].lower_ not in ("le", "la", "l'", "l’") or _in_quote(index, k) \
                or not (t.lower_ in titles or nouns.get(t.lower_) == "PER"):
            continue
        if any(tv[m].lower_ in words()["past_titles"] for m in range(max(0, k - 3), k)):
            continue
        index.by_token[k - 1] = index.by_token[k] = person
        index.kinds[k - 1] = index.kinds[k] = "descriptor"
        mentions.append(Mention(tv[k - 1].idx, t.idx + len(t.text), tv[k - 1].text_with_ws + t.text, person.strip(),
                                "descriptor"))
        out.append(k - 1)
    return out


_KIN_OWNERS = {"son", "sa", "ses", "mon", "ma", "mes", "votre", "vos"}


def _named_kin(tv, index, end: int) -> dict[str, str]:
    """Kin the lead names ("a succédé à son père, Y", "sa sœur Z"): kin noun → the one person it names
    (a noun naming two different people is dropped)."""
    kin = words()["kin_nouns"]
    out: dict[str, str | None] = {}
    for j in sorted(index.by_token):
        if j >= end or j < 2 or index.kinds.get(j) != "name" or index.by_token.get(j - 1) is not None:
            continue
        name = index.by_token[j]
        if index.entities[name].type != "PER":
            continue
        k = j - 1 if tv[j - 1].text == "," else j
        noun = tv[k - 1]
        if noun.lower_ in kin and tv[k - 2].lower_ in _KIN_OWNERS:
            out[noun.lower_] = name if out.get(noun.lower_, name) == name else None
    return {k: v for k, v in out.items() if v}


def _kin_mentions(tv, index, mentions: list, kin: dict, a: int, b: int) -> None:
    """"Mon père reste président du conseil" in an answer, "Votre père a fondé l'entreprise" in a
    question: the kin noun with no name of its own is the one the lead named (_named_kin)."""
    for k in range(a, b - 1):
        t = tv[k]
        if t.lower_ not in ("mon", "ma", "votre") or t.pos_ != "DET":
            continue
        noun = tv[k + 1]
        who = kin.get(noun.lower_)
        if who is None or index.by_token.get(noun.i) is not None:
            continue
        after = noun.i + 1 if noun.i + 1 < b and tv[noun.i + 1].text != "," else noun.i + 2
        if after < b and index.by_token.get(after) is not None:
            continue   # ("mon frère, Charles X": named there)
        index.by_token[noun.i] = who
        index.kinds[noun.i] = "descriptor"
        mentions.append(Mention(t.idx, noun.idx + len(noun.text), t.text + " " + noun.text, who.strip(), "descriptor"))


def _third_party_owner(tv, index, k: int, a: int, prev: tuple[int, int] | None, sides: set) -> None:
    """"Son président, X, vous accuse…" in a question: a third-person possessive put to the interviewee is
    not theirs nor their organisation's (that would be "votre"), but a third party's the interviewer named:
    the last one named in the question so far, else in the question before; nobody when none."""
    got = index.antecedent(k, types=("PER", "ORG", "GOV"))
    if got and (got[0] not in sides or got[1] >= a):
        return   # (an actor the question itself names before, "Dolmène a doublé son chiffre": kept)
    owner = None
    for lo, hi in ((a, k), prev or (0, 0)):
        named = [(j, n) for j in range(lo, hi) if (n := index.by_token.get(j)) is not None
                 and index.kinds.get(j) == "name" and n not in sides and index.entities[n].type in ("ORG", "GOV")]
        if named:
            owner = (named[-1][1], named[-1][0])
            break
    index.quoted_we[k] = index.quoted_we[tv[k].head.i] = owner


def _you_in_tie(t, w) -> bool:
    """(s25-interview25) "vous" subject, object or indirect object of a verb of accusation or meeting in a
    question (quoted_we.yaml you_tie_verbs): "Vous accusez X", "X vous reproche", "Vous avez été reçue par X"."""
    return t.dep_ in ("nsubj", "nsubj:pass", "obj", "iobj") and t.head.pos_ == "VERB" \
        and (t.head.lemma_.lower() in w["you_tie_verbs"] or t.head.lower_ in w["you_tie_verbs"])


def _you_in_deal(t, w) -> bool:
    """(s25-interview25b) "vous" subject of a verb of purchase in a question (quoted_we.yaml you_deal_verbs),
    directly or through "venir de" ("Vous venez de racheter X"); "prendre" only with "le contrôle"."""
    if t.dep_ == "nsubj:pass" and t.head.pos_ == "VERB":
        return _into_capital(t.head)   # (s29-deals29) "Vous êtes monté au capital de X" (tagged passive)
    if t.dep_ != "nsubj" or t.head.pos_ != "VERB":
        return False
    verb = t.head
    if verb.lemma_.lower() == "venir":
        verb = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        if verb is None:
            return False
    lemma = verb.lemma_.lower()
    if _into_capital(verb):
        return True   # (s29-deals29) "Vous êtes entré au capital de X", "vous êtes monté à 20 % du capital"
    if lemma == "prendre":
        return any(c.dep_ == "obj" and c.lower_ == "contrôle" for c in verb.children)
    return lemma in w["you_deal_verbs"] or verb.lower_ in w["you_deal_verbs"]


def _participle_for_head(aux, verb) -> None:
    """(s29-interview29) The repair of "vous avez sanctionné Y" parsed with the auxiliary for head and the
    participle for its object: the participle heads the clause, the auxiliary and every other word under it."""
    head, dep = (verb, "ROOT") if aux.head is aux else (aux.head, aux.dep_)
    rehang(verb, head, dep)
    for c in [c for c in aux.children if c is not verb]:
        rehang(c, verb, c.dep_)
    rehang(aux, verb, "aux:tense")


def _you_sanction(t, w) -> bool:
    """(s29-interview29) "vous" subject of a verb of sanction in a question (quoted_we.yaml you_sanction_verbs),
    directly or through "venir de" ("Vous venez d'infliger …"); "mettre" only with "en demeure"."""
    if t.dep_ != "nsubj" or t.head.pos_ not in ("VERB", "AUX"):
        return False
    verb = t.head
    if verb.pos_ == "AUX" and verb.dep_.startswith("aux") and verb.head.pos_ == "VERB":
        # ("Vous avez sanctionné Y" with the subject hung on the auxiliary of its verb: hung on the verb)
        verb = verb.head
        if verb.lemma_.lower() in w["you_sanction_verbs"] or verb.lower_ in w["you_sanction_verbs"]:
            rehang(t, verb, "nsubj")
            return True
    if verb.pos_ == "AUX":
        # ("vous avez sanctionné Y" parsed with the auxiliary for head and the participle for its object)
        aux = verb
        verb = next((c for c in aux.children if c.pos_ == "VERB" and aux.i < c.i <= aux.i + 2
                     and c.dep_ in ("obj", "xcomp", "ccomp")), None)
        if verb is None or aux.lemma_.lower() != "avoir" or not (
                verb.lemma_.lower() in w["you_sanction_verbs"] or verb.lower_ in w["you_sanction_verbs"]):
            return False
        _participle_for_head(aux, verb)
    if verb.lemma_.lower() == "venir":
        verb = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        if verb is None:
            return False
    if verb.lemma_.lower() == "mettre":
        return any(c.lower_ == "demeure" for c in verb.children)
    return verb.lemma_.lower() in w["you_sanction_verbs"] or verb.lower_ in w["you_sanction_verbs"]


# (s29-deals29) verbs that take a stake when their phrase is a company's capital ("entrer au capital de X",
# "monter au capital", "se renforcer dans le capital"); the one asked does it for their organisation
_CAPITAL_MOVES = frozenset({"entrer", "monter", "revenir", "rester", "renforcer", "grimper", "sortir", "investir"})


def _into_capital(verb) -> bool:
    """"entré au capital de X", "monté dans le capital de X": a stake taken, not a career move."""
    return verb.lemma_.lower() in _CAPITAL_MOVES and any(
        c.lower_ == "capital" and c.dep_.startswith(("obl", "obj")) for c in verb.children)


def _in_quote(index, k: int) -> bool:
    """A token inside one of the document's quotations (a "vous" there is addressed to someone else)."""
    return any(o < k < c for o, c in index.__dict__.get("_quote_spans") or ())


def _questions(tv, index, mentions: list, at: int, a: int, b: int, lead_org: str | None,
               prev: tuple[int, int] | None = None) -> None:
    """A question put to the interviewee: "votre"/"vos" before a kin noun or a personal post ("votre
    père", "votre frère Matteo") is the interviewee's; before any other noun ("votre filiale", "vos
    usines") their organisation's."""
    w = words()
    person = index.by_token[at]
    org = None
    for k in range(a, b):
        t = tv[k]
        if t.lower_ == "vous" and t.dep_ in ("nsubj", "nsubj:pass") and index.by_token.get(k) is None \
                and t.head.lemma_.lower() in w["you_career_verbs"] and not (lead_org and _into_capital(t.head)):
            # "Vous avez passé quinze ans chez X": the one asked, of their own career
            index.by_token[k] = person
            index.kinds[k] = "pronoun"
            mentions.append(Mention(t.idx, t.idx + len(t.text), t.text, person.strip(), "pronoun"))
            continue
        if t.lower_ == "vous" and index.by_token.get(k) is None and _you_in_tie(t, w) \
                and not _in_quote(index, k):
            # (s25-interview25) "Vous accusez X de …", "X vous accuse / vous reproche de …", "Vous avez été
            # reçue par X": the one asked, as a party of an accusation or a meeting
            if t.dep_ == "nsubj" and any(c.dep_ == "nsubj" and c.i < k for c in t.head.children):
                # ("X, président de Y, vous accuse de …": the parser takes the clitic between the subject and
                # its verb for a second subject; it is the verb's object, "à vous" of "reprocher")
                t.dep_ = "iobj" if {t.head.lemma_.lower(), t.head.lower_} & w["you_dative_verbs"] else "obj"
            who = person
            if t.dep_ in ("obj", "iobj") and lead_org and index.__dict__.get("_interview_company") \
                    and (t.head.lemma_.lower() in w["you_blame_verbs"] or t.head.lower_ in w["you_blame_verbs"]):
                who = lead_org
            index.by_token[k] = who
            index.kinds[k] = "pronoun"
            mentions.append(Mention(t.idx, t.idx + len(t.text), t.text, who.strip(), "pronoun"))
            continue
        if t.lower_ == "vous" and lead_org and index.by_token.get(k) is None \
                and (_you_sanction(t, w) or _you_in_deal(t, w)) and not _in_quote(index, k):
            # (s29-interview29) "Vous avez mis en demeure X", "Vous venez d'infliger une amende à X", "vous
            # l'aviez sanctionné": a sanction put to the head of a body is the body's; (s25-interview25b) "En
            # 2018, vous aviez racheté X", "Vous venez de prendre le contrôle de X": a purchase put to the head
            # of an organisation is their organisation's
            index.by_token[k] = lead_org
            index.kinds[k] = "pronoun"
            mentions.append(Mention(t.idx, t.idx + len(t.text), t.text, lead_org.strip(), "pronoun"))
            continue
        if t.lower_ in ("son", "sa", "ses") and t.pos_ == "DET" and k not in index.quoted_we:
            _third_party_owner(tv, index, k, a, prev, {person, lead_org or _topic(index)})
            continue
        if t.lower_ not in w["your_words"] or t.pos_ != "DET" or index.by_token.get(k) is not None:
            continue
        if t.head.lemma_.lower() in w["person_nouns"] or t.head.lower_ in w["person_nouns"]:
            who = person
        else:
            if org is None:
                org = lead_org if lead_org is not None else _topic(index) or ""
            who = org
        index.quoted_we[k] = index.quoted_we[t.head.i] = (who, k) if who else None
        if who:
            # (a mention on the possessive itself: the title readers take "votre" for the one spoken to,
            # extract/slots/titles.py _second_person_owner)
            index.by_token[k] = who
            index.kinds[k] = "pronoun"
            mentions.append(Mention(t.idx, t.idx + len(t.text), t.text, who.strip(), "pronoun"))


def _unlink(index, mentions: list, t) -> None:
    del index.by_token[t.i]
    index.kinds.pop(t.i, None)
    for m in range(len(mentions) - 1, -1, -1):
        if mentions[m].start == t.idx and mentions[m].kind == "pronoun":
            del mentions[m]
            break
    for subjects in index.subjects.values():
        subjects[:] = [x for x in subjects if x[0] != t.i]


def link_quoted_we(doc, index, mentions: list) -> None:
    """Marks the first-person words of attributed quotations as mentions of the speaker (je, mon…) or of
    their organisation (nous, notre…); possessives are recorded in ``index.quoted_we`` (the determiner and
    its noun → the owner, or None when the speaker or their organisation is unknown: a first-person
    possessive never points back to an actor the text named), for ``EntityIndex.antecedent``."""
    tv = tokens_of(doc)
    w32 = interview32_words()
    # (the document's words, gathered once by its view: these marks have no case, so a word is one of them
    # exactly when its lower case is)
    texts = lower_words_of(doc)
    w = words()
    if texts.isdisjoint(_OPEN) and '"' not in texts and ":" not in texts and "?" not in texts:
        _unspoken_first_person(doc, tv, index, w, texts)
        return
    spans = []
    owners = index.quoted_we
    last = None   # (speaker, end of the sentence that closes the last attributed quotation)
    quotes = index.__dict__.get("_quote_spans") or _quotes(tv)   # (found once by coref.quote_spans, run before)
    for o, c in quotes:
        if c - o < 2:
            continue
        sent_c, sent_o = tv[c].sent, tv[o].sent
        at = _speaker_after(tv, index, c, sent_c.end)
        if at is None:
            at = _speaker_before(tv, index, o, sent_o.start)
        if at is None:
            at = _unnamed_title_org(tv, index, c, sent_c.end)
        if at is None and last is not None and all(tv[k].is_space and "\n" not in tv[k].text for k in range(last[1], o)):
            # "« A », explique X, qui préside Y. « B. »": a quotation opening the next sentence of the same
            # paragraph goes on with the same speaker
            at = last[0]
        if at is not None:
            spans.append((at, o + 1, c, False))
            last = (at, sent_c.end)
        else:
            last = None
            for k in range(o + 1, c):   # (a quotation nobody is said to speak: its "notre" is no one's)
                if tv[k].pos_ == "DET" and (tv[k].lower_ in w["our_words"] or tv[k].lower_ in w["possessive_i"]):
                    owners[k] = owners[tv[k].head.i] = None
    lines = _answer_lines(tv, index)
    spans += [(at, a, b, "qa") for at, a, b in lines]
    asked, lead_org = _interview(tv, index, mentions, lines, quotes)
    spans += asked
    prev = None   # (the question before: whom it named)
    for at, a, b, answer in spans:
        if answer == "question":
            _questions(tv, index, mentions, at, a, b, lead_org, prev)
            prev = (a, b)
            continue
        speaker = index.by_token[at] if isinstance(at, int) else at
        kind = index.entities[speaker].type
        if kind in _ORG_TYPES:
            org, person = speaker, None
        elif kind == "PER":
            # (an interview's answers: the organisation its lead gives the interviewee, _interview)
            org = lead_org if answer == "qa" and lead_org is not None else _affiliation(tv, index, speaker, at, a - 1)
            org = org or None
            person = speaker
            if org is None and isinstance(at, int):
                org = _headline_speaker_org(tv, index, speaker, at, a)
            if org is None and answer and lead_org != UNKNOWN and index.topic \
                    and index.entities[index.topic].type in _ORG_TYPES:
                org = index.topic   # (an interview's answers: the organisation the article is about)
        else:
            continue
        if person:
            # (s34-speakers34) the person who speaks each span (an attributed quotation, an interview's answer), for
            # the readers of the speaker's reciprocal "nous" (extract/slots/speakers34.py)
            index.__dict__.setdefault("_spoken_by", []).append((a, b, person))
        for k in range(a, b):
            t = tv[k]
            low = t.lower_
            if low in w32["object_clitics"] and t.pos_ == "PRON":
                repair_clitic_subject(t)   # (s32-interview32) "L'hôpital nous a commandé …": no second subject
            if index.by_token.get(k) is not None:
                if low in w["we_words"] and index.kinds.get(k) == "pronoun" and index.by_token[k] != org \
                        and kind == "PER":
                    # (coreference's first reading of a subject "nous" took any title, "actionnaire de Y",
                    # "ancien PDG de Y", "avocat de Y": the speaker's own organisation, or no one)
                    _unlink(index, mentions, t)
                    if org is None:
                        continue
                else:
                    continue
            if low in w["we_words"] and t.pos_ == "PRON" and org:
                who = org
            elif t.pos_ == "PRON" and person and (low in w["i_words"] or low in w["quote_my_objects"] or (
                    answer == "qa" and (low in w["interview_i_words"] or low in w32["my_object_clitics"]))):
                # ((s32-interview32) "X me soutient", "Y m'a reproché …": the interviewee, object of the verb)
                who = person
            elif low in w["our_words"] and t.pos_ == "DET":
                # (no organisation known: "notre" is still nobody the text named before)
                owners[k] = owners[t.head.i] = (org, k) if org else None
                continue
            elif low in w["possessive_i"] and t.pos_ == "DET":
                mine = low in w["my_words"] or (answer == "qa" and low in w["interview_my_words"])
                owners[k] = owners[t.head.i] = (person, k) if person and mine else None
                continue
            else:
                continue
            index.by_token[k] = who
            index.kinds[k] = "pronoun"
            mentions.append(Mention(t.idx, t.idx + len(t.text), t.text, who.strip(), "pronoun"))
    _unspoken_first_person(doc, tv, index, w, texts)


def _headline_speaker_org(tv, index, person: str, at: int, a: int) -> str | None:
    """(s29-headline29) A headline "X : « Nous … »" (the speaker's name, a colon and their words on the text's
    first line): the "nous" is X's organisation, which the lead under the headline names by X's title — "Le
    directeur général de Y revient sur …", "X, présidente de Y, détaille …", "La fondatrice de Y répond". The
    one organisation of X's titles in that first paragraph after the headline, else None."""
    paras = index.__dict__.get("_h29_paras")
    if paras is None:
        paras = index.__dict__["_h29_paras"] = _paragraphs(tv)
    if len(paras) < 2 or not (paras[0][0] <= at < paras[0][1] and paras[0][0] <= a < paras[0][1]):
        return None
    lo, hi = paras[1]
    found = set()
    for j in range(lo, hi):
        if index.by_token.get(j) == person and index.by_token.get(j - 1) != person \
                and index.kinds.get(j) in ("name", "descriptor"):
            got = _titled_at(tv, index, person, j, j, False)
            if got and got != person and index.entities[got].type in _ORG_TYPES:
                found.add(got)
    if not found:
        got = _lead_title_org(tv, index, person, hi)
        if got and got != UNKNOWN:
            found.add(got)
    return next(iter(found)) if len(found) == 1 else None


def _unspoken_first_person(doc, tv, index, w, texts) -> None:
    """"notre filiale Z", "mes associés" outside any attributed quotation and any interview's answers: the
    first person is the speaker's side, and a plain report has no speaker; the possessive points back to no
    one (not to the sentence's third-person subject, as a "sa" would). Possessives already given an owner (or
    None) by a quotation or an interview are left as they are. (s26-we26)"""
    mine = w["our_words"] | w["possessive_i"]
    if texts.isdisjoint(mine):
        return
    owners = index.quoted_we
    unspoken = index.__dict__.setdefault("_unspoken_we", set())   # (read by slots/we26.py)
    for k in at_words(doc, mine):
        t = tv[k]
        if t.pos_ == "DET" and k not in owners:
            owners[k] = None
            owners.setdefault(t.head.i, None)
            unspoken.add(k)
