"""In-document coreference by rules: descriptors and subject pronouns.

No French coreference model installs offline (FACTS.md), so antecedents are
chosen by type, recency and salience: a definite descriptor ("le
milliardaire", "la firme") points at the most recent entity of its type named
in the previous sentences; a subject pronoun (il, elle, celui-ci) at the most
recent subject of the previous sentence. Names introduced by a descriptor
("le groupe Vivendi") give the descriptor token to the name.
"""
from __future__ import annotations

from .demonyms import countries_by_adjective

from ..records import Mention
from .entities import EntityIndex, lexicon

_DEFINITE = {"le", "la", "l'", "l’", "les"}
_PRONOUNS = {"il": "Masc", "elle": "Fem", "celui-ci": "Masc", "celle-ci": "Fem"}
_WINDOW = 2  # sentences back
# Words of a name that fit a descriptor: "le fonds" is more likely "Atlas Capital" than "Orbalia".
_AFFINITY = {
    "fonds": {"capital", "partners", "fund", "funds", "ventures", "management", "investment", "investments",
              "equity", "fonds", "gestion", "asset"},
    "banque": {"bank", "banque", "crédit", "credit", "banca", "bancaire"},
    "assureur": {"assurance", "assurances", "insurance", "mutuelle"},
    "holding": {"holding", "participations", "invest", "capital"},
    "club": {"fc", "club", "olympique", "sporting", "racing", "as", "stade"},
    "parti": {"parti", "rassemblement", "union", "mouvement", "front"},
    "syndicat": {"syndicat", "union", "confédération"},
}


def _descriptor_type(tok) -> str | None:
    lex = lexicon()["descriptor_of"]
    low = tok.text.lower()
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    nxt2 = tok.nbor(2) if tok.i + 2 < len(tok.doc) else None
    if nxt is not None and nxt2 is not None:
        if nxt.text == "-" and f"{low}-{nxt2.text.lower()}" in lex:   # "start" "-" "up": split by the tokenizer
            return lex[f"{low}-{nxt2.text.lower()}"]
        two = f"{low} {nxt.text.lower()} {nxt2.text.lower()}".replace("d' ", "d'")
        if two in lex:
            return lex[two]
    if nxt is not None and f"{low} {nxt.text.lower()}" in lex:
        return lex[f"{low} {nxt.text.lower()}"]
    if tok.text[:1].isupper() and low in countries_by_adjective():
        return "PER"   # "le Tchèque", "l'Américain": a person named before, by nationality
    return lex.get(low) or lex.get(tok.lemma_.lower())


def _sent_index(doc) -> dict[int, int]:
    """Token → sentence number, not counting sentences that are only line breaks."""
    out, n = {}, 0
    for s in doc.sents:
        blank = all(t.is_space for t in s)
        for t in s:
            out[t.i] = n
        if not blank:
            n += 1
    return out


def link_anaphora(doc, index: EntityIndex) -> list[Mention]:
    sent_of = _sent_index(doc)
    index.sent_of = sent_of
    mentions: list[Mention] = []
    named = sorted(index.by_token.items())  # (token index, entity) of proper-name mentions
    subjects_by_sent: dict[int, list[tuple[int, str]]] = {}
    for i, name in named:
        if doc[i].dep_ in ("nsubj", "nsubj:pass", "obl:agent") or (
                doc[i].head.i in index.by_token and doc[i].head.dep_ in ("nsubj", "nsubj:pass", "obl:agent")):
            subjects_by_sent.setdefault(sent_of[i], []).append((i, name))
    all_subjects = {n for sent in subjects_by_sent.values() for _, n in sent}   # kept up to date below
    index.subjects = subjects_by_sent

    introduced: dict[str, set[str]] = {}   # entity → nouns that introduced it ("le fonds X")

    def antecedent(i: int, want: set[str], noun: str = "", same_sentence: bool = False) -> str | None:
        """The entity a descriptor points back to: of the wanted type, within the window; one
        introduced by the same noun or whose name carries a word of that kind ("le fonds" →
        "… Capital") first, then a clause subject, then the most recent."""
        s = sent_of[i]
        best, best_score = None, -1
        subjects = all_subjects
        for rank, (j, name) in enumerate(reversed(named)):
            if j >= i:
                continue
            if sent_of[j] < s - _WINDOW:
                break
            if sent_of[j] == s and not same_sentence:
                continue
            if index.entities[name].type not in want:
                continue
            words = set(name.lower().split())
            score = 0
            if noun and (noun in introduced.get(name, ()) or words & _AFFINITY.get(noun, set())):
                score += 4
            if name in subjects:
                score += 1
            if score > best_score:
                best, best_score = name, score
        return best

    for tok in doc:
        if tok.i in index.by_token:
            continue
        # "le groupe Vivendi": the introducer noun is the name's
        nxt = tok.i + 1
        while nxt < len(doc) - 1 and doc[nxt].pos_ == "ADJ" and doc[nxt].dep_ == "amod" and nxt - tok.i < 3:
            nxt += 1   # "le groupe publicitaire Havas"
        if (tok.pos_ == "NOUN" and nxt < len(doc) and nxt in index.by_token
                and index.kinds.get(nxt) == "name"
                and lexicon()["introducer_of"].get(tok.text.lower())):
            index.by_token[tok.i] = index.by_token[nxt]
            index.kinds[tok.i] = "introducer"
            introduced.setdefault(index.by_token[nxt], set()).add(tok.lemma_.lower())
            continue
        low = tok.text.lower()
        # "ce dernier", "cette dernière": the most recently named actor before it
        if low in ("dernier", "dernière") and tok.i > 0 and doc[tok.i - 1].lower_ in ("ce", "cette"):
            prev_names = [(j, n) for j, n in named if j < tok.i - 1]
            if prev_names:
                _add(doc, index, mentions, tok.i - 1, tok.i + 1, prev_names[-1][1], "pronoun")
            continue
        if tok.pos_ == "PRON" and low in _PRONOUNS and tok.dep_ in ("nsubj", "nsubj:pass", "expl:subj"):
            prev = subjects_by_sent.get(sent_of[tok.i] - 1) or []
            # inside a subordinate clause ("…, dont il détient 21 %"), the main clause's subject
            clause = tok.head
            if clause.dep_ in ("acl:relcl", "advcl", "ccomp", "acl") and clause.head.i != clause.i:
                main = clause.head
                while main.dep_ not in ("ROOT",) and main.pos_ not in ("VERB", "AUX") and main.head.i != main.i:
                    main = main.head
                same = [(i, n) for i, n in subjects_by_sent.get(sent_of[tok.i], []) if i < tok.i]
                if same:
                    prev = same
            cands = [n for _, n in prev if index.entities[n].type in ("PER", "ORG")]
            if cands:
                _add(doc, index, mentions, tok.i, tok.i + 1, cands[0], "pronoun")
                # the next sentence's "il" may continue the chain
                subjects_by_sent.setdefault(sent_of[tok.i], []).append((tok.i, cands[0]))
                all_subjects.add(cands[0])
            continue
        if tok.pos_ != "NOUN" and not (tok.text[:1].isupper() and tok.lower_ in countries_by_adjective()) \
                and not (tok.pos_ == "PROPN" and tok.text.islower()):   # "start" of "start-up", mis-tagged
            continue
        dets = [c for c in tok.children if c.dep_ == "det"]
        if not dets:
            # "président du club", "au groupe": the article is inside the contracted preposition
            fused = [c for c in tok.children if c.dep_ == "case" and c.lower_ in ("du", "au")]
            if not fused or any(c.dep_ in ("amod", "nummod") and c.i < tok.i and c.pos_ == "NUM" for c in tok.children):
                continue
            dets = [tok]   # the mention starts at the noun itself
        elif dets[0].text.lower() not in _DEFINITE or dets[0].text.lower() == "les":
            continue
        want = _descriptor_type(tok)
        if want is None:
            continue
        if any(c.dep_ in ("appos", "flat:name") for c in tok.children):
            continue
        if any(c.dep_ == "nmod" for c in tok.children):
            # "Le fondateur de Free vient de…": a title with its organisation, standing for a person
            # named before; only as a clause subject, where press uses it as a second reference
            if want != "PER" or tok.dep_ not in ("nsubj", "nsubj:pass"):
                continue
            # the person this same title was given to earlier ("le ministre de l'Économie X … Le
            # ministre de l'Économie a dit…"), else the person the previous sentence was about
            same = _titled_before(doc, tok, index)
            prev_subjects = [n for _, n in subjects_by_sent.get(sent_of[tok.i] - 1, [])
                             if index.entities[n].type == "PER"]
            if not prev_subjects:   # the one person the previous sentence names
                prev_people = {n for i, n in named if sent_of[i] == sent_of[tok.i] - 1
                               and index.entities[n].type == "PER"}
                prev_subjects = list(prev_people) if len(prev_people) == 1 else []
            name = same or (prev_subjects[0] if prev_subjects else None)
            if name is None:
                continue
            _add(doc, index, mentions, dets[0].i, tok.i + 1, name, "descriptor", head=tok.i)
            continue
        if nxt < len(doc) and doc[nxt].text != "-" and (doc[nxt].text[:1].isupper() or doc[nxt].pos_ == "PROPN"):
            continue
        types = {"PER": {"PER"}, "ORG": {"ORG"}, "GOV": {"GOV", "LOC"}}[want]
        noun = tok.lemma_.lower()
        start = dets[0].i
        beside = index.by_token.get(start - 2) if start >= 2 and doc[start - 1].text == "," else None
        if beside is not None and index.kinds.get(start - 2) == "name" and index.entities[beside].type in types:
            # "Paul Verdier, le président et cofondateur du fonds": an apposition names its own referent
            _add(doc, index, mentions, start, tok.i + 1, beside, "descriptor", head=tok.i)
            continue
        name = antecedent(tok.i, types, noun=noun)
        if name and dets[0].i == tok.i and not (
                noun in introduced.get(name, ()) or set(name.lower().split()) & _AFFINITY.get(noun, set())
                or name == index.topic):
            name = None   # "du club" with no article of its own: only an actor already called so
        if name:
            _add(doc, index, mentions, dets[0].i, tok.i + 1, name, "descriptor", head=tok.i)
            if tok.dep_ in ("nsubj", "nsubj:pass"):
                # "La start-up n'a pas commenté. Son PDG…": the chain goes on through the descriptor
                subjects_by_sent.setdefault(sent_of[tok.i], []).append((tok.i, name))
                all_subjects.add(name)
    return mentions


def _titled_before(doc, tok, index) -> str | None:
    """A person named right next to an earlier occurrence of the same title word."""
    def complement(t):
        return " ".join(c.lower_ for n in t.children if n.dep_ == "nmod" for c in n.subtree)

    for prev in reversed(doc[:tok.i]):
        if prev.lemma_.lower() != tok.lemma_.lower() or complement(prev) != complement(tok):
            continue
        for j in list(range(prev.i + 1, min(prev.i + 8, tok.i))) + list(range(max(0, prev.i - 3), prev.i)):
            name = index.by_token.get(j)
            if name and index.kinds.get(j) == "name" and index.entities[name].type == "PER":
                return name
    return None


def _add(doc, index, mentions, start, end, name, kind, head=None):
    for i in range(start, end):
        index.by_token[i] = name
        index.kinds[i] = kind
    span = doc[start:end]
    mentions.append(Mention(span.start_char, span.end_char, span.text, name.strip(), kind))
    ent = index.entities[name]
    if kind == "descriptor" and span.text not in ent.aliases:
        ent.aliases.append(span.text)
