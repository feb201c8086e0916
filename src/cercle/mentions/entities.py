"""Doc → entities of one document: names found, typed from the text, grouped.

spaCy's French NER (WikiNER) gives PER/ORG/LOC/MISC spans with frequent type
errors and heading words taken for names. This module:

1. cleans the NER spans (no line breaks, no heading words, no leading article);
2. types each span from evidence in the text (titles before a person, legal
   or organisation words in a name, descriptors introducing it), then votes
   across all mentions of an entity;
3. groups mentions of one entity (full name, surname alone, acronym, name
   without its descriptor) and picks the most complete name as canonical;
4. links descriptors ("le milliardaire", "le groupe") and subject pronouns
   to the entity they point back at (see coref.py).

The result is an ``EntityIndex``: token index → entity, which the extractor
queries.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import yaml

from ..records import CleanArticle, DocEntity, Mention


@lru_cache(maxsize=1)
def lexicon() -> dict:
    raw = yaml.safe_load(resources.files("cercle.mentions").joinpath("data/lexicon.yaml").read_text("utf-8"))
    lex = {k: v for k, v in raw.items()}
    for key in ("person_titles", "org_name_words", "gov_name_words", "not_names"):
        lex[key] = frozenset(w.lower() for w in raw[key])
    lex["honorifics"] = frozenset(raw["honorifics"])
    lex["descriptor_of"] = {w: t for t, words in raw["descriptors"].items() for w in words}
    lex["introducer_of"] = {}
    for t, words in raw["type_introducers"].items():
        for w in words:
            lex["introducer_of"].setdefault(w, t)
    return lex


def fold(text: str) -> str:
    """Case-, accent- and apostrophe-insensitive key of a name."""
    s = unicodedata.normalize("NFKD", text.replace("’", "'"))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"^(?:le|la|les|l'|l )\s*", "", s.strip())
    return " ".join(re.sub(r"[^\w\s&+]", " ", s).split())


@dataclass
class _Span:
    start: int           # token indices [start, end)
    end: int
    text: str
    votes: Counter = field(default_factory=Counter)
    fixed_name: str | None = None   # a name built from the text ("ministère de l'Économie")
    joins: str | None = None   # text of the name this span abbreviates ("LML" → "Le Monde Libre")


@dataclass
class EntityIndex:
    """Where each entity is mentioned, by token. Built once per document."""
    entities: dict[str, DocEntity] = field(default_factory=dict)    # canonical name → entity
    by_token: dict[int, str] = field(default_factory=dict)          # token index → canonical name
    heads: dict[str, set[int]] = field(default_factory=dict)        # canonical name → head tokens
    kinds: dict[int, str] = field(default_factory=dict)             # token index → mention kind
    topic: str | None = None   # the organisation the article is about (most named, clearly)
    weak: set[str] = field(default_factory=set)   # entities typed by NER alone, no cue in the text
    sent_of: dict[int, int] = field(default_factory=dict)           # token index → sentence number
    subjects: dict[int, list[tuple[int, str]]] = field(default_factory=dict)  # sentence → subject entities

    def antecedent(self, i: int, exclude: set[str] = frozenset(), types=("PER", "ORG", "GOV", "LOC")):
        """The entity a possessive at token i points back to: the nearest name before it in its
        sentence, else the subject of the previous sentence."""
        s = self.sent_of.get(i)
        for j in range(i - 1, -1, -1):
            if self.sent_of.get(j) != s:
                break
            name = self.by_token.get(j)
            if name and name not in exclude and self.kinds.get(j) == "name" and self.entities[name].type in types:
                return (name, j)
        for j, name in self.subjects.get(s - 1, []) if s else []:
            if name not in exclude and self.entities[name].type in types:
                return (name, j)
        return None

    def entity_at(self, i: int) -> str | None:
        return self.by_token.get(i)

    def type_of(self, name: str) -> str:
        return self.entities[name].type


# ---------------------------------------------------------------- 1. candidate spans

DEMONYM = re.compile(r"(ais|aise|ois|oise|ien|ienne|ain|aine|and|ande|que|ol|ole|ais|in|ine|ite|ote|ate)s?$")
_BAD_EDGE_POS = {"DET", "ADP", "PUNCT", "CCONJ", "SCONJ", "PRON", "AUX", "VERB"}


_MONEY = re.compile(r"[€$£¥]|^(?:M|Md|Mds|Mrd|Mrds|K|Mn)$")


def _candidate_spans(doc) -> list[_Span]:
    lex = lexicon()
    spans: list[_Span] = []
    for ent in doc.ents:
        if _MONEY.search(ent.text):
            continue   # "M€", "Md$": amounts, not names
        start, end = ent.start, ent.end
        label = ent.label_
        while start < end and (doc[start].pos_ in _BAD_EDGE_POS or doc[start].text.lower() in ("l'", "l’")):
            # a capitalised article inside a name is part of it ("Le Monde"), except at a sentence start
            if (doc[start].text in ("Le", "La", "Les", "L'", "L’") and not doc[start].is_sent_start
                    and start + 1 < end and doc[start + 1].text[:1].isupper()):
                break
            start += 1
        # "PDG Christophe X": a title is not part of the name
        while start < end - 1 and (doc[start].lower_ in lexicon()["person_titles"] or doc[start].lower_ in ("ceo", "dg")):
            start += 1
        # names start with a capital: "radio Onda" is the name "Onda" introduced by "radio"
        while start < end - 1 and doc[start].text[:1].islower() and not doc[start].text[:1].isdigit():
            start += 1
        while end > start and doc[end - 1].pos_ in ("PUNCT", "ADP", "DET", "CCONJ"):
            end -= 1
        # "Solane dans Orbalia": a name never contains a lowercase preposition other than de/du/des
        for k in range(start + 1, end):
            if doc[k].pos_ == "ADP" and doc[k].text.islower() and doc[k].text not in ("de", "du", "des", "d'", "d’"):
                end = k
                break
        if start >= end:
            continue
        span = doc[start:end]
        if "\n" in span.text or "|" in span.text:
            continue
        if not any(t.text[:1].isupper() or t.text[:1].isdigit() for t in span):
            continue
        if len(span) == 1:
            tok = span[0]
            low = tok.text.lower()
            if low in lex["not_names"] or low in lex["person_titles"] or len(tok.text) < 2:
                continue
            # a capitalised common word opening a sentence or a line ("Tensions. Le ministre…")
            if tok.is_sent_start and tok.pos_ not in ("PROPN",) and not tok.text.isupper():
                continue
            # "le Tchèque", "la Britannique": a nationality noun, not a name
            if (tok.i > 0 and (doc[tok.i - 1].lower_ in ("le", "la", "les", "l'") or doc[tok.i - 1].pos_ == "ADJ")
                    and label in ("MISC", "PER") and DEMONYM.search(low) and _known_word(tok)):
                continue
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if tok.is_sent_start and nxt is not None and nxt.text == "." and not tok.text.isupper():
                continue
        text = span.text
        sp = _Span(start, end, text)
        sp.votes[{"PER": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "ORG"}[label]] += 1
        spans.append(sp)
    return spans


# ---------------------------------------------------------------- 2. typing from the text


def _type_votes(doc, sp: _Span) -> None:
    lex = lexicon()
    words = [t.text.lower() for t in doc[sp.start:sp.end]]
    if any(w in lex["gov_name_words"] for w in words):
        sp.votes["GOV"] += 3
    elif len(words) > 1 and any(w in lex["org_name_words"] for w in words):
        sp.votes["ORG"] += 3
    if doc[sp.start].text in lex["honorifics"]:
        sp.votes["PER"] += 3
    # the noun right before the name ("le groupe X", "le ministre X", "M. X")
    j = sp.start - 1
    while j >= 0 and doc[j].pos_ == "ADJ":
        j -= 1
    if j >= 0:
        prev = doc[j].text.lower()
        if doc[j].text in lex["honorifics"]:
            sp.votes["PER"] += 4
        intro = lex["introducer_of"].get(prev) or lex["introducer_of"].get(doc[j].lemma_.lower())
        if intro:
            sp.votes[intro] += 2
    # "X, PDG de Y": a title in apposition
    head = _head(doc, sp)
    for child in head.children:
        if child.dep_ == "appos" and child.lemma_.lower() in lex["person_titles"]:
            sp.votes["PER"] += 2
    if head.dep_ == "appos" and head.head.lemma_.lower() in lex["person_titles"]:
        sp.votes["PER"] += 2
    # PER names are one to four capitalised words, never all-caps acronyms
    toks = doc[sp.start:sp.end]
    if all(t.text.isupper() and len(t.text) > 1 for t in toks):
        sp.votes["ORG"] += 1
    if any(t.like_num for t in toks):
        sp.votes["ORG"] += 1


def _head(doc, sp: _Span):
    """The syntactic head of a span: the token whose head lies outside it."""
    for t in doc[sp.start:sp.end]:
        if not (sp.start <= t.head.i < sp.end) or t.head.i == t.i:
            return t
    return doc[sp.start]


# ---------------------------------------------------------------- 3. grouping


def _strip_honorific(text: str) -> str:
    parts = text.split()
    while parts and parts[0] in lexicon()["honorifics"]:
        parts = parts[1:]
    return " ".join(parts) or text


def _acronym(text: str) -> str:
    words = [w for w in re.split(r"[\s\-']+", text) if w and w[0].isupper()]
    return "".join(w[0] for w in words).upper()


def _group(doc, spans: list[_Span]) -> list[list[_Span]]:
    """Cluster spans naming the same entity; first mention order."""
    clusters: list[list[_Span]] = []
    key_of: dict[str, int] = {}
    for sp in spans:
        k = fold(_strip_honorific(sp.joins or sp.text))
        if k in key_of:
            clusters[key_of[k]].append(sp)
        else:
            key_of[k] = len(clusters)
            clusters.append([sp])

    def best_type(cluster):
        votes = Counter()
        for s in cluster:
            votes.update(s.votes)
        return votes.most_common(1)[0][0]

    def describe(cluster):
        """(display name, folded tokens, type) of a cluster, computed once per change."""
        name = max((_strip_honorific(s.text) for s in cluster), key=lambda n: (len(n.split()), len(n)))
        return name, fold(name).split(), best_type(cluster)

    org_words = lexicon()["org_name_words"]
    info = [describe(c) for c in clusters]

    def joins(i: int, j: int) -> bool:
        """Does cluster i's name abbreviate cluster j's?"""
        sname, stoks, stype = info[i]
        bname, btoks, btype = info[j]
        if len(btoks) <= len(stoks):
            # acronym: "LML" ↔ "Le Monde Libre"
            return (len(stoks) == 1 and sname.isupper() and len(sname) >= 2 and len(btoks) >= 2
                    and _acronym(bname) == sname)
        if btype == "PER":
            if btoks[-len(stoks):] == stoks:              # "Niel" → "Xavier Niel"
                return True
            # a first name alone, for a person the article named in full ("Robert" → "Robert X")
            return len(stoks) == 1 and stype == "PER" and btoks[0] == stoks[0] and len(btoks) >= 2
        if btype in ("ORG", "GOV", "LOC"):
            extra = bname.split()[len(stoks):]
            if (btoks[:len(stoks)] == stoks and stype != "PER"
                    and all(w.lower() in org_words or (w.isupper() and len(w) <= 3) for w in extra)):
                return True   # "Mistral" → "Mistral AI", not "Airbus" → "Airbus A320neo"
            return len(sname) >= 2 and sname.isupper() and _acronym(bname) == sname
        return False

    # a short form joins the one longer name it is part of (surname, name without descriptor)
    merged = True
    while merged:
        merged = False
        for i in range(len(clusters)):
            if not info[i][1]:
                continue
            candidates = [j for j in range(len(clusters)) if j != i and joins(i, j)]
            if len(candidates) == 1:
                j = candidates[0]
                clusters[j].extend(clusters[i])
                info[j] = describe(clusters[j])
                del clusters[i]
                del info[i]
                merged = True
                break
    clusters.sort(key=lambda c: min(s.start for s in c))
    return clusters


# ---------------------------------------------------------------- 4. build the index


def find_entities(doc, clean: CleanArticle | None = None) -> tuple[list[DocEntity], list[Mention], EntityIndex]:
    from .coref import link_anaphora

    spans = _candidate_spans(doc)
    for sp in spans:
        _type_votes(doc, sp)
    _portfolios(doc, spans)
    _add_capitalised_runs(doc, spans)
    _family_groups(doc, spans)
    _pair_acronyms(doc, spans)
    _add_missed_surnames(doc, spans)
    clusters = _group(doc, spans)
    index = EntityIndex()
    mentions: list[Mention] = []
    for cluster in clusters:
        votes = Counter()
        for s in cluster:
            votes.update(s.votes)
        etype = votes.most_common(1)[0][0]
        if (etype == "PER" and sum(votes.values()) == len(cluster)
                and all(len(_strip_honorific(s.text).split()) == 1 for s in cluster)):
            # press introduces people by full name or title; a lone word the NER alone calls a person,
            # never given a first name or a title, is far more often a company or a brand
            etype = "ORG"
        name = max((_strip_honorific(s.text) for s in cluster), key=lambda n: (len(n.split()), len(n)))
        if name in index.entities:  # two clusters with one surface (rare): keep the first
            name = name + " "
        aliases = sorted({s.text for s in cluster if s.text != name})
        index.entities[name] = DocEntity(name=name.strip(), type=etype, aliases=aliases)
        if sum(votes.values()) == len(cluster) and len(name.split()) == 1:
            index.weak.add(name)   # one word typed by the NER alone, with no cue in the text
        index.heads[name] = set()
        for s in cluster:
            for i in range(s.start, s.end):
                index.by_token[i] = name
                index.kinds[i] = "name"
            index.heads[name].add(_head(doc, s).i)
            mentions.append(Mention(doc[s.start].idx, doc[s.end - 1].idx + len(doc[s.end - 1].text),
                                    s.text, name.strip(), "name"))
    counts = sorted(((len(c), max((_strip_honorific(s.text) for s in c), key=lambda n: (len(n.split()), len(n))))
                     for c in clusters), reverse=True)
    orgs = [(n, name) for n, name in counts if index.entities.get(name) and index.entities[name].type == "ORG"]
    if orgs and orgs[0][0] >= 3 and (len(orgs) == 1 or orgs[0][0] >= 2 * orgs[1][0]):
        index.topic = orgs[0][1]
    mentions.extend(link_anaphora(doc, index))
    mentions.sort(key=lambda m: m.start)
    return list(index.entities.values()), mentions, index


def _pair_acronyms(doc, spans: list[_Span]) -> None:
    """'Le Monde Libre (LML)': the acronym in brackets right after a name gets its votes."""
    by_start = {s.start: s for s in spans}
    for s in spans:
        if s.end + 2 < len(doc) and doc[s.end].text == "(" and doc[s.end + 2].text == ")":
            tok = doc[s.end + 1]
            if tok.text.isupper() and len(tok.text) >= 2:
                acr = by_start.get(tok.i)
                if acr is None:
                    acr = _Span(tok.i, tok.i + 1, tok.text)
                    spans.append(acr)
                acr.votes.update(s.votes)
                acr.joins = s.text
    spans.sort(key=lambda s: s.start)


def _known_word(tok) -> bool:
    """Whether the language model knows the word in lower case ("Dirigée" → "dirigée": yes;
    "Maritima": no). Token.is_oov looks up the capitalised form, which is rarely in the table."""
    return tok.vocab.vectors.find(key=tok.lower_) >= 0 if tok.vocab.vectors.size else not tok.is_oov


_INNER = {"de", "du", "des", "&", "-", "d'", "d’", "la", "le"}


def _add_capitalised_runs(doc, spans: list[_Span]) -> None:
    """Names the NER missed: runs of capitalised words ("Atlas Capital", "Horizon Ventures").

    A run is kept when it has an organisation word, follows a type introducer
    ("le fonds X"), or is tagged PROPN away from a sentence start.
    """
    lex = lexicon()
    taken = {i for s in spans for i in range(s.start, s.end)}
    i, n = 0, len(doc)
    while i < n:
        tok = doc[i]
        if i in taken or not tok.text[:1].isupper() or tok.pos_ in ("PUNCT", "DET", "PRON", "ADP", "CCONJ", "AUX"):
            i += 1
            continue
        j = i + 1
        while j < n and j not in taken and "\n" not in doc[j - 1].whitespace_ + doc[j].text:
            if doc[j].text[:1].isupper() and doc[j].pos_ not in ("PUNCT",):
                j += 1
            elif (doc[j].text.lower() in _INNER and j + 1 < n and doc[j + 1].text[:1].isupper()
                  and j + 1 not in taken):
                j += 2
            else:
                break
        # a capitalised word glued to a name the NER found extends it ("CMA" + "CGM")
        after = next((s for s in spans if s.start == j), None)
        if after is not None and "\n" not in doc[j - 1].whitespace_ and all(t.pos_ in ("PROPN", "NOUN", "X") for t in doc[i:j]):
            after.start = i
            after.text = doc[i:after.end].text
            for k in range(i, j):
                taken.add(k)
            i = j
            continue
        before = next((s for s in spans if s.end == i), None)
        if before is not None and not doc[i - 1].whitespace_.count("\n") and doc[i].pos_ in ("PROPN", "NOUN", "X"):
            before.end = j
            before.text = doc[before.start:j].text
            for k in range(i, j):
                taken.add(k)
            i = j
            continue
        # "PDG Christophe X": a title opening the run is not part of the name
        while i < j - 1 and (doc[i].lower_ in lex["person_titles"]):
            i += 1
            tok = doc[i]
        words = [t.text.lower() for t in doc[i:j]]
        if _MONEY.search(doc[i:j].text):
            i = j
            continue
        prev = doc[i - 1].text.lower() if i > 0 else ""
        intro = lex["introducer_of"].get(prev)
        org_word = len(words) > 1 and any(w in lex["org_name_words"] for w in words)
        gov_word = any(w in lex["gov_name_words"] for w in words)
        # A capitalised word inside a sentence is a name in French (common nouns take no capital).
        # Opening a sentence, one word is a name only if the model does not know it as a word, or
        # it is a subject without a determiner ("Maritima a lancé…" vs "Prudence. Le marché…").
        if j - i == 1 and tok.pos_ in ("VERB", "AUX", "ADV", "ADJ", "ADP") and (
                tok.is_sent_start or i == 0):
            first_ok = False   # "Dirigée par X, …": a participle opening the sentence
        elif tok.is_sent_start or (i > 0 and doc[i - 1].text in ("\n", "«", '"', "(", "|")):
            first_ok = j - i > 1 or (tok.pos_ == "PROPN" and not _known_word(tok)) or not _known_word(tok) or (
                tok.dep_ in ("nsubj", "nsubj:pass") and not any(c.dep_ == "det" for c in tok.children))
        else:
            first_ok = True
        if j - i == 1 and i > 0 and doc[i - 1].lower_ in ("le", "la", "les", "l'") and DEMONYM.search(words[0]) \
                and _known_word(tok):
            first_ok = False   # "l'Italien", "la Britannique": a nationality noun
        if words[0].rstrip("s") in lex["person_titles"] or words[0].split("-")[0] in ("vice", "ex", "co"):
            first_ok = False   # "Vice-présidents exécutifs": titles, not names
        if words[0] not in lex["not_names"] and words[0] not in lex["person_titles"] and first_ok \
                and not (j - i == 1 and len(tok.text) < 2):
            sp = _Span(i, j, doc[i:j].text)
            sp.votes[intro or ("GOV" if gov_word and not org_word else "ORG")] += 1
            spans.append(sp)
        i = j
    spans.sort(key=lambda s: s.start)


def _portfolios(doc, spans: list[_Span]) -> None:
    """'ministre (malien) de l'Économie' → a GOV entity 'ministère de l'Économie' spanning the
    portfolio words; NER spans that swallowed the portfolio are trimmed."""
    lex = lexicon()
    portfolios = {tuple(p.split()) for p in lex["portfolios"]}
    longest = max(len(p) for p in portfolios)
    for t in doc:
        if t.lower_ not in ("ministre", "ministère", "secrétaire", "secrétariat"):
            continue
        k = t.i + 1
        if k < len(doc) and doc[k].pos_ == "ADJ" and doc[k].lower_ not in ("de", "d'"):
            k += 1                                   # "ministre malien de …"
        if k >= len(doc) or doc[k].lower_ not in ("de", "des", "du", "d'", "d’"):
            continue
        k += 1
        if t.lower_ in ("secrétaire", "secrétariat") and k < len(doc) and doc[k].lower_ in ("état", "etat"):
            # "secrétaire d'État au numérique", "secrétaire d'État chargé de l'Industrie"
            k += 1
            while k < len(doc) and doc[k].lower_ in ("chargé", "chargée", "de", "à", "au", "aux", "l'", "la", "le", "du", "des"):
                k += 1
        elif k < len(doc) and doc[k].lower_ in ("l'", "l’", "la", "le"):
            k += 1
        for n in range(longest, 0, -1):
            words = tuple(x.lower_ for x in doc[k:k + n])
            if words in portfolios:
                end = k + n
                body = {"ministre": "ministère", "secrétaire": "secrétariat"}.get(t.lower_, t.lower_)
                name = (body + " " + doc[t.i + 1:end].text).replace("' ", "'")
                for sp in spans:                      # trim spans that swallowed the portfolio
                    if sp.start < end and sp.end > t.i + 1:
                        sp.start = max(sp.start, end)
                        sp.text = doc[sp.start:sp.end].text if sp.start < sp.end else ""
                spans[:] = [sp for sp in spans if sp.start < sp.end and sp.text]
                gov = _Span(t.i + 1, end, name)
                gov.votes["GOV"] += 5
                gov.fixed_name = name
                spans.append(gov)
                break
    spans.sort(key=lambda s: s.start)


_FAMILY_ORG = {"groupe", "famille", "clan", "holding", "maison", "empire"}


def _family_groups(doc, spans: list[_Span]) -> None:
    """'le groupe Bolloré', 'la famille Peugeot': a family name after such a noun names an organisation
    of its own, distinct from each person of that name; the noun becomes part of the name."""
    persons = {doc[s.end - 1].text for s in spans if s.votes.most_common(1)[0][0] == "PER" and s.end - s.start >= 2}
    for sp in spans:
        if sp.start == 0 or sp.end - sp.start != 1:
            continue
        prev = doc[sp.start - 1]
        if prev.lower_ in _FAMILY_ORG and (sp.votes.most_common(1)[0][0] == "PER" or sp.text in persons):
            sp.start -= 1
            sp.text = doc[sp.start:sp.end].text
            sp.votes = Counter({"ORG": 5})


def _add_missed_surnames(doc, spans: list[_Span]) -> None:
    """NER often misses a surname used alone later on; add it when a full name ends with it."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    surnames = {}
    for s in spans:
        toks = doc[s.start:s.end]
        if len(toks) >= 2 and s.votes.most_common(1)[0][0] == "PER":
            surnames[toks[-1].text] = s
    if not surnames:
        return
    for tok in doc:
        if tok.i not in taken and tok.text in surnames and tok.text[:1].isupper():
            sp = _Span(tok.i, tok.i + 1, tok.text)
            sp.votes["PER"] += 1
            spans.append(sp)
    spans.sort(key=lambda s: s.start)
