"""(s33-names33) Which spans are actors, and which names are one actor.

- goods are no actors: a model designation ("l'A380", "sa famille B220neo", "le Z990": one word of letters and
  three figures or more, which no company's name is: "TF1", "M6", "C8" have one or two), a name labelled by a
  noun of a range or a model ("sa gamme X", "le modèle Y", "la molécule Z"), an acronym of a financial product
  or category ("la plateforme d'ETF de la banque Y", "ses SICAV") (drop_goods);
- a name the NER ran on over a coordination or an object: "ancien directeur de X et coprévenu" (a role of the
  person after "et"), "en confiant à X des missions" (the second object of a verb of giving after "à X"): the
  name ends before "et" / the article (cut_glued_tails);
- two names of which the short one is written first, in a sentence of the body before the long one ("X Capital
  a été fondé … nous contrôlons X via notre holding X Capital Advisors"), or the long one introduced as a holding
  ("via sa holding X Participations", "la société mère X Group"), are two actors (short_named_first,
  introduced_as_holding; grouping._group asks them).
The word lists are in data/names33.yaml."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from .index import _Span
from .lexicon import lexicon
from ..nlp.docview import capital_positions_of, lower_words_of, tokens_of
from ..yamldata import lower_word_sets

_DATA = Path(__file__).parent / "data" / "names33.yaml"


@lru_cache(maxsize=1)
def words() -> dict:
    return lower_word_sets(_DATA)


# one word of letters and a run of three figures or more: "A380", "A320neo", "B737", "H160" (a model, no company)
_MODEL_CODE = re.compile(r"^(?=.*[A-Za-z])[A-Za-z\-]*\d{3,}[A-Za-z\-]*$")


def model_code(text: str) -> bool:
    return _MODEL_CODE.match(text) is not None and not text.isdigit()


def _labelled_good(tv, start: int) -> bool:
    """"sa gamme | X", "le nouveau modèle | X", "la molécule | X": a product noun (after a determiner) right before
    the name."""
    k = start - 1
    if k < 1 or tv[k].lower_ not in words()["product_nouns"] or not tv[k].is_lower:
        return False
    return tv[k - 1].lower_ in words()["product_determiners"]


def drop_goods(doc, spans: list[_Span]) -> None:
    """Drop the mentions that name goods: a model designation, a name a product noun labels, a product acronym."""
    tv = tokens_of(doc)
    here = lower_words_of(doc)
    labels = not here.isdisjoint(words()["product_nouns"])
    acronyms = words()["product_acronyms"]
    drop = []
    for s in spans:
        if s.fixed_name:
            continue
        toks = tv[s.start:s.end]
        if any(model_code(t.text) for t in toks) and not any(t.text[:1].isupper() and not model_code(t.text)
                                                             for t in toks):
            # ("famille A320neo", "l'A380"; not "Orbalia X200", a product named after its maker, kept apart
            # from the maker by grouping)
            drop.append(s)
        elif s.end - s.start == 1 and toks[0].text.isupper() and toks[0].lower_ in acronyms:
            drop.append(s)
        elif labels and s.start > 1 and _labelled_good(tv, s.start):
            drop.append(s)
    if not here.isdisjoint(words()["maker_participles"]):
        # ("le moteur P, fabriqué par M … premier client du P": the goods' word with a maker named is goods
        # wherever it is written; goods_to_makers links it to the maker)
        starts = {s.start for s in spans}
        made = {w for w, i in _goods_tokens(tv).items()
                if any(_maker_at(tv, k, starts.__contains__) is not None for k in range(i, len(tv)) if tv[k].text == w)}
        drop += [s for s in spans if not s.fixed_name and s.end - s.start == 1 and tv[s.start].text in made
                 and not any(s is d for d in drop)]
    if drop:
        spans[:] = [s for s in spans if not any(s is d for d in drop)]


def _role_tail(tv, i: int, end: int) -> bool:
    """The lower-case words after "et" at ``i`` up to ``end`` are a role of a person ("et coprévenu", "et
    actionnaire", "et ancien ministre")."""
    tail = tv[i + 1:end]
    if not tail or not all(t.is_alpha and t.is_lower for t in tail):
        return False
    roles = words()["role_nouns"]
    titles = lexicon()["person_titles"]
    first = tail[0]
    return first.lower_ in roles or first.lower_ in titles or first.lemma_.lower() in titles


def _dative_object(tv, sp: _Span, k: int) -> bool:
    """"confier à X | des missions": the span follows a bare "à" that a verb of giving governs, and the word at
    ``k`` (inside the span) is the article of that verb's other object, all lower-case after it."""
    if sp.start < 2 or tv[sp.start - 1].lower_ not in ("à", "a"):
        return False
    if not all(t.is_lower or not t.is_alpha for t in tv[k:sp.end]):
        return False
    verbs = words()["dative_verbs"] | frozenset(lexicon().get("dative_verbs") or ())
    for j in range(sp.start - 2, max(sp.start - 5, -1), -1):
        if tv[j].lemma_.lower() in verbs or tv[j].lower_ in verbs:
            return True
        if tv[j].is_punct:
            return False
    return False


def cut_glued_tails(doc, spans: list[_Span]) -> None:
    """"directeur général de X et coprévenu", "en confiant à X des missions": the span ends before "et" / the
    object's article."""
    tv = tokens_of(doc)
    arts = words()["object_articles"]
    for sp in spans:
        if sp.fixed_name or sp.end - sp.start < 3 or not tv[sp.start].text[:1].isupper():
            continue
        for i in range(sp.start + 1, sp.end - 1):
            low = tv[i].lower_
            if low in ("et", "ou") and _role_tail(tv, i, sp.end) \
                    or low in arts and i == sp.start + 1 and _dative_object(tv, sp, i):
                sp.end = i
                sp.text = doc[sp.start:sp.end].text
                break


def _word_list_at(tv, k: int, phrases) -> bool:
    """Does one of ``phrases`` (one word or several) end at token ``k``?"""
    for p in phrases:
        parts = [w for w in re.split(r"\s+|(?<=['’])", p) if w]   # ("véhicule d'investissement": "d'" a token)
        if k - len(parts) + 1 < 0:
            continue
        if all(tv[k - len(parts) + 1 + n].lower_ == w for n, w in enumerate(parts)):
            return True
    return False


def introduced_as_holding(tv, cluster: list[_Span]) -> bool:
    """"notre holding X Advisors", "via sa société mère X Group", "le véhicule d'investissement X Partners": a
    mention of the cluster right after a holding noun (adjectives between)."""
    if tv is None:
        return False
    nouns = words()["holding_nouns"]
    for s in cluster:
        k = s.start - 1
        while k > 0 and tv[k].pos_ == "ADJ" and tv[k].is_lower:
            k -= 1
        if k >= 0 and _word_list_at(tv, k, nouns):
            return True
    return False


def short_named_first(tv, short: list[_Span], long: list[_Span], in_headline, legal_forms) -> bool:
    """"X Capital a été fondé en 2004 … nous contrôlons X via notre holding X Capital Advisors": the short name,
    written in the body before the long one (the press names an actor in full first), is another actor. Not a
    headline's short form, nor a long name closed by a legal form ("X" and "X SA")."""
    if tv is None:
        return False
    words_ = long[0].text.split()
    if words_ and words_[-1].strip(".").lower() in legal_forms:
        return False
    body_short = [s.start for s in short if not in_headline(tv, s)]
    body_long = [s.start for s in long if not in_headline(tv, s)]
    return bool(body_short) and bool(body_long) and min(body_short) < min(body_long)


def _goods_tokens(tv) -> dict[str, int]:
    """The words the text labels as goods, each with its first labelled position: a model code anywhere, a
    capitalised word right after a product noun ("sa gamme X") or a hardware noun ("le moteur X")."""
    from .deals29 import _hardware_before
    out: dict[str, int] = {}
    for t in map(tv.__getitem__, capital_positions_of(tv, or_digit=True)):   # (a capital or a digit first, only)
        if model_code(t.text) or t.i > 1 and t.is_alpha and (_labelled_good(tv, t.i) or _hardware_before(tv, t.i)):
            out.setdefault(t.text, t.i)
    return out


def _maker_at(tv, i: int, name_at) -> int | None:
    """The position of the maker's name after the goods' word at ``i`` ("P, fabriqué par M"), asked of
    ``name_at`` (a position → is a name there)."""
    n = len(tv)
    k = i + 1
    if k < n and tv[k].text == ",":
        k += 1
    parts = words()["maker_participles"]
    for width in (3, 1):
        if k + width < n and " ".join(t.lower_ for t in tv[k:k + width]) in parts \
                and tv[k + width].lower_ == "par" and k + width + 1 < n:
            j = k + width + 1
            # (over the article and the maker's trade noun: "par le constructeur M", "par le groupe M")
            while j < n and j < k + width + 5 and (tv[j].pos_ == "DET" or tv[j].is_lower and tv[j].is_alpha
                                                     and tv[j].pos_ in ("NOUN", "ADJ")):
                j += 1
            return j if j < n and name_at(j) else None
    return None


def _maker_after(tv, index, i: int) -> str | None:
    """"P, fabriqué par M", "P, conçu par le groupe M" (after the product word at ``i``): the organisation named
    as its maker there (not "les A380 d'X", X's fleet)."""
    j = _maker_at(tv, i, lambda k: index.entity_at(k) is not None and index.kinds.get(k) == "name")
    name = index.entity_at(j) if j is not None else None
    return name if name and index.type_of(name) == "ORG" else None


def goods_to_makers(doc, index) -> list:
    """"le moteur P, fabriqué par M … X, premier client du P": the goods' word, named nowhere as an actor, stands
    for the maker the text names for it, wherever it is written (a descriptor mention of M): a tie drawn with the
    good is one with its maker. Only when the text names one maker for that word."""
    from ..records import Mention
    if lower_words_of(doc).isdisjoint(words()["maker_participles"]):
        return []
    tv = tokens_of(doc)
    goods = _goods_tokens(tv)
    if not goods:
        return []
    spots: dict[str, list[int]] = {}
    for t in tv:
        if t.text in goods and index.entity_at(t.i) is None:
            spots.setdefault(t.text, []).append(t.i)
    out = []
    for word, where in spots.items():
        makers = {m for m in (_maker_after(tv, index, i) for i in where) if m}
        if len(makers) != 1:
            continue
        maker = makers.pop()
        for i in where:
            index.by_token[i] = maker
            index.kinds[i] = "descriptor"
            out.append(Mention(tv[i].idx, tv[i].idx + len(tv[i].text), tv[i].text, maker.strip(), "descriptor"))
    return out


def apposed_company_head(tv, i: int) -> bool:
    """Is the word at ``i`` (after a comma) a noun of a company's standing, no article before it ("X, concurrent
    direct de Y", "X, filiale de Y", "X, numéro deux du secteur")?"""
    t = tv[i]
    return t.is_lower and t.is_alpha and t.lower_ in words()["apposed_company_heads"]
