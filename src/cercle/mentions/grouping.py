"""Grouping the mentions of one entity within a document (surname, first name, acronym, suffixes)."""
from __future__ import annotations

import re
from functools import lru_cache

from .candidates import _spelled_with_some_little_words
from .index import _Span, capped_votes, cue_top, top
from .lexicon import fold, lexicon
from .names27 import _first_line_end, two_forms_in_one_sentence
from .names33 import introduced_as_holding, short_named_first   # (s33-names33)
from .typing_cues import first_names
from ..nlp.docview import lower_words_of, tokens_of


_NAMING_TITLES = {"prince", "princesse", "roi", "reine", "émir", "cheikh", "sultan", "lord", "lady"}


@lru_cache(maxsize=4096)   # a pure function of the string (the lexicon is fixed): called per mention, often
def _strip_honorific(text: str) -> str:
    """The name without honorifics and naming titles ("M. Morel" → "Morel", "le prince X" → "X")."""
    parts = text.split()
    while parts and (parts[0] in lexicon()["honorifics"] or parts[0] in _NAMING_TITLES):
        parts = parts[1:]
    if parts and parts[0][:3].lower() in ("ex-", "ex–") and parts[0][3:4].isupper():
        parts[0] = parts[0][3:]   # "(ex-Kelvio)": a former employer, named without its prefix
    return " ".join(parts) or text


@lru_cache(maxsize=4096)
def _display_name(text: str) -> str:
    """The name as shown: without honorifics, except a title before a lone name word, which is how
    the press names that person ("Me Morel" for a lawyer, "Dr. X", "le prince X")."""
    parts = text.split()
    if len(parts) == 2 and (parts[0] in ("Me", "Maître", "Dr", "Dr.") or parts[0] in _NAMING_TITLES) and parts[1][:1].isupper():
        return text
    return _strip_honorific(text)


# Words an acronym may leave out
_LITTLE_WORDS = frozenset({"de", "du", "des", "d", "la", "le", "les", "l", "et", "en", "pour", "à", "au", "aux",
                           "sur", "par", "dans"})


@lru_cache(maxsize=4096)   # (asked for every pair of clusters _group weighs, of the same few names)
def _acronyms(text: str) -> frozenset[str]:
    """The initials of a name, and with its all-capital words kept whole ("AS Saint-Etienne" → ASE, ASSE)."""
    words = [w for w in re.split(r"[\s\-']+", text) if w and w[0].isupper()]
    every = [w for w in re.split(r"[\s\-']+", text) if w]
    out = {"".join(w[0] for w in words).upper(),
           "".join(w if w.isupper() and len(w) <= 4 else w[0] for w in words).upper()}
    if any(w[0].islower() and w.lower() not in _LITTLE_WORDS for w in every[1:]):
        # (s19-lead) "La République en marche" is no "LR": a lower-case word of substance has its letter too
        out = set()
    # lower-case words count too: "parquet national financier" → PNF, "Mouvement des territoires" → MDT
    # (or MT), "Parti de la gauche unie" → PGU; three letters at least (two are too often another name's)
    if any(w[0].islower() for w in every):
        for acr in ("".join(w[0] for w in every if w.lower() not in ("de", "du", "des", "d", "la", "le", "l", "et")),
                    "".join(w[0] for w in every if w.lower() not in ("la", "le", "l", "et"))):
            # (two letters for a capitalised name of two words of substance: "PS" for "Parti socialiste",
            # every word's letter, not "LR" for "La République en marche")
            if len(acr) >= 3 or len(acr) == 2 and every[0][:1].isupper() \
                    and sum(w.lower() not in _LITTLE_WORDS for w in every) == 2:
                out.add(acr.upper())
    return frozenset(out)


def _group(doc, spans: list[_Span]) -> list[list[_Span]]:
    """Cluster spans naming the same entity; first mention order."""
    tv = tokens_of(doc)   # the token list: tv[i] skips DocView.__getitem__
    clusters: list[list[_Span]] = []
    key_of: dict[str, int] = {}
    defined = _defined_acronyms(spans)
    for sp in spans:
        k = fold(_strip_honorific(sp.joins or defined.get(sp.text) or sp.text))
        if k in key_of:
            clusters[key_of[k]].append(sp)
        else:
            key_of[k] = len(clusters)
            clusters.append([sp])

    def best_type(cluster):
        return cue_top(capped_votes(cluster), cluster)

    def describe(cluster):
        """(display name, folded tokens, type) of a cluster, computed once per change."""
        if len(cluster) == 1:   # (most clusters: the one span's name and its own votes' top)
            name = _strip_honorific(cluster[0].text)
            return name, fold(name).split(), top(cluster[0].votes)
        name = max((_strip_honorific(s.text) for s in cluster), key=lambda n: (len(n.split()), len(n)))
        return name, fold(name).split(), best_type(cluster)

    org_words = lexicon()["org_name_words"]
    info = [describe(c) for c in clusters]
    # clusters named once as "le groupe X" (the parent of any "X + word" named in the article)
    # (no "groupe" in the document: no cluster is)
    grouped = doc is not None and "groupe" in lower_words_of(doc)
    # ("le groupe minier X", "le groupe pharmaceutique X": its adjectives between)
    group_named = [grouped and any(s.start > 0 and _after_noun(tv, s.start, _GROUP_NOUNS) for s in c)
                   for c in clusters]
    # clusters named once as "la filiale (chypriote) X Shipping": a subsidiary, not its parent "X"
    # ((s24-names24) and "son service X Music", "sa plateforme X Play": a product or service the owner's
    # possessive introduces is a thing of "X", not "X" named in full; it never takes the short name)
    branch = [any(_after_noun(tv, s.start, _BRANCH_NOUNS) or _branch_in_apposition(tv, s)
                  or _own_product(tv, s) or _branch_set_before(tv, s) for s in c)
              for c in clusters] \
        if doc is not None and not lower_words_of(doc).isdisjoint(_BRANCH_NOUNS | _PRODUCT_NOUNS | _names32_branches()) \
        else [False] * len(clusters)

    def joins(i: int, j: int, relaxed: bool = False) -> bool:
        """Does cluster i's name abbreviate cluster j's? (``relaxed``: the readings tried only when no
        cluster joins otherwise, see ``_loose_org_prefix``)"""
        sname, stoks, stype = info[i]
        bname, btoks, btype = info[j]
        if len(btoks) <= len(stoks):
            # acronym: "LML" ↔ "Le Monde Libre"
            return (len(stoks) == 1 and sname.isupper() and len(sname) >= 2 and len(btoks) >= 2
                    and sname in _acronyms(bname))
        if btype == "PER":
            # "Verlane" read as a company again and again is the company, not its founder's surname
            if stype == "ORG" and len(clusters[i]) >= 2 and sum(s.votes.get("ORG", 0) for s in clusters[i]) \
                    > sum(s.votes.get("PER", 0) for s in clusters[i]) + 1:
                return False
            # ((s24-names24) named once, where the text itself calls it a company, "a pris le contrôle de
            # Lagrange … Arnaud Lagrange, resté PDG du groupe": the family's company, not the person; only
            # a text cue counts, never the NER's guess alone, and never a name the text also calls a person)
            if stype == "ORG" and len(stoks) == 1 and len(clusters[i]) == 1 and tv is not None \
                    and _taken_over_at(tv, clusters[i][0].start) \
                    and clusters[i][0].votes.get("PER", 0) <= (clusters[i][0].ner == "PER"):
                return False
            # press names a person in full before using the surname alone: a bare surname used
            # twice before that (once may be a headline) is the company or house of that name
            first_full = min(s.start for s in clusters[j])
            # (unless the text itself calls it a person: "le président X")
            if len(stoks) == 1 and len(btoks) >= 2 and sum(s.start < first_full for s in clusters[i]) >= 2 \
                    and not any(s.votes.get("PER", 0) > (s.ner == "PER") for s in clusters[i]):
                return False
            if btoks[-len(stoks):] == stoks:              # "Niel" → "Xavier Niel"
                return _whole_words_end(_strip_honorific(bname), sname)
            # a first name alone, for a person the article named in full ("Robert" → "Robert X")
            # (a common first name alone, whatever the NER made of it: "« Olivier a souhaité partir »")
            return len(stoks) == 1 and (stype == "PER" or sname in first_names()) and btoks[0] == stoks[0] \
                and len(btoks) >= 2
        if btype in ("ORG", "GOV", "LOC"):
            if _town_of(stoks, stype, btoks, btype):
                return True
            # ((s27-names27) "A, la maison mère de X, cède sa filiale X Towers": both forms in one sentence)
            if btype == "ORG" and btoks[:len(stoks)] == stoks and two_forms_in_one_sentence(tv, clusters[i], clusters[j]):
                return False
            # ((s27-names27) "le maire de Paris … la société Paris Tennis", "le Qatar … Qatar Sports Investments": a
            # country, a region or a seat of power named alone, never called an organisation, is the place (or its
            # state), not the company named after it)
            if btype == "ORG" and len(stoks) == 1 and stype in ("LOC", "GOV") and btoks[:1] == stoks \
                    and _place(sname) and not any(s.votes.get("ORG", 0) for s in clusters[i]):
                return False
            # "le groupe Solane" and "Solane Investments": the group and its subsidiary (whichever the
            # text names first: "Solane Logistics, … du groupe Solane")
            if group_named[i]:
                return False
            if branch[j]:
                return btoks[:len(stoks)] == stoks and stype != "PER" \
                    and _short_for_own_branch(tv, clusters[i], clusters[j])
            # ("Technova" is not "Technova-Orbalia": the hyphen joins two names)
            extra = [w for w in re.split(r"[\s\-‐]+", bname) if w][len(stoks):]
            if btoks[:len(stoks)] == stoks and _spelled_branch(stoks, extra, info):
                return False   # ((s25-interview25b) "X" is not "X IM" when "X Investment Managers" is named)
            # ((s33-names33) "X Capital … via notre holding X Capital Advisors": the short name written first in
            # the body, or the long one introduced as a holding, names another actor)
            if btype == "ORG" and btoks[:len(stoks)] == stoks and stype != "PER" \
                    and (short_named_first(tv, clusters[i], clusters[j], _in_head, _LEGAL_FORMS)
                         or introduced_as_holding(tv, clusters[j])):
                return False
            # ("Fauvel" is not "Fauvel Participations": a holding named after the company or the family
            # is another entity, its owner)
            if (btoks[:len(stoks)] == stoks and stype != "PER"
                    and all(w.lower() in org_words or (w.isupper() and len(w) <= 3) for w in extra)
                    and not any(w.lower() in _HOLDING_WORDS for w in extra)
                    and not _introduced_beside(tv, clusters[i], clusters[j])
                    and not _two_names_hyphened(sname, bname)
                    and not _both_in_one_sentence(tv, clusters[i], clusters[j])):
                return True   # "Nuvia" → "Nuvia AI", not "Orbalia" → "Orbalia X200" (a product)
            if relaxed and btype == "ORG" and btoks[:len(stoks)] == stoks and extra \
                    and not _introduced_beside(tv, clusters[i], clusters[j]) \
                    and not _two_names_hyphened(sname, bname) \
                    and not _both_in_one_sentence(tv, clusters[i], clusters[j]) \
                    and _loose_org_prefix(clusters[i], stype, extra, surnames, clusters[j], bname, tv):
                return True
            # "l'Union" → "Union européenne", "l'Assemblée" → "Assemblée nationale": the name without the
            # lower-case adjectives that close it
            # (one word only: "Société générale" is not "Société générale autonome", another name)
            if len(stoks) == 1 and btoks[:1] == stoks and stype != "PER" and extra \
                    and all(w.isalpha() and w.islower() and w not in ("de", "du", "des", "et") for w in extra):
                return True
            # "Bréval" → "Enseignes Bréval": a generic word opening the name, dropped later
            lead = [w for w in re.split(r"[\s\-‐]+", bname) if w][:len(btoks) - len(stoks)]
            # (a lone word the NER alone calls a person may be that company: no text cue says person)
            if btoks[-len(stoks):] == stoks and stype != "GOV" and lead \
                    and all(w.lower() in lexicon()["org_lead_words"] for w in lead) \
                    and (stype not in ("PER", "LOC")
                         or not any(s.votes.get(stype, 0) > (s.ner == stype) for s in clusters[i])):
                return True
            # "la Métropole" → "Montpellier Méditerranée Métropole", "la Région" → "Région Grand Est": a
            # public body's one capitalised word, naming the one body of that kind the article names
            # ((s25-names25) not "l'État" → "Conseil d'État": a last word after "de" is what the body serves
            # or rules on, another actor)
            if relaxed and btype == "GOV" and stype == "GOV" and len(stoks) == 1 and len(btoks) >= 2 \
                    and stoks[0] in (btoks[0], btoks[-1]) and sname[:1].isupper() and not sname.isupper() \
                    and "-" not in sname and not (stoks[0] != btoks[0] and _after_de(bname)):
                return True
            # "l'Hôtel de Ville" → "Hôtel de Ville de Valmorel", "le tribunal de commerce" → "tribunal de
            # commerce de Lyon": a public body named without the place it serves, the one such body named
            if relaxed and btype == "GOV" and stype == "GOV" and len(stoks) >= 2 and btoks[:len(stoks)] == stoks \
                    and len(extra) >= 2 and extra[0].lower() in ("de", "du", "d'", "d’") and extra[-1][:1].isupper():
                return True
            # ((s19-gapE2) "D&K" for "Dorne & Kessler": an ampersand in both, the initials around it)
            return len(sname) >= 2 and sname.isupper() and (sname in _acronyms(bname) or "&" in sname and "&" in bname
                                                            and sname.replace("&", "") in _acronyms(bname))
        return False

    # the last words of the people's names, and the families named ("la famille X"): a holding
    # "X Participations" beside them is the family's, not the company X's
    surnames = {toks[-1] for (_, toks, t), c in zip(info, clusters) if t == "PER" and len(toks) >= 2} \
        | {toks[-1] for _, toks, _ in info if len(toks) == 2 and toks[0] in ("famille", "clan")}
    # Each merge starts the scan below again, which asks joins() of the same pairs again: an answer
    # depends only on the two clusters, and a merge lengthens the one cluster it changes (its list is
    # extended in place, no new cluster list is made), so (list, length) of both is the key.
    answers: dict[tuple, bool] = {}

    def joins_once(i: int, j: int, relaxed: bool = False) -> bool:
        a, b = clusters[i], clusters[j]
        key = (id(a), len(a), id(b), len(b), relaxed)
        got = answers.get(key)
        if got is None:
            got = answers[key] = joins(i, j, relaxed)
        return got

    # a short form joins the one longer name it is part of (surname, name without descriptor)
    merged = True
    while merged:
        merged = False
        pools = _pools(info)
        for i in range(len(clusters)):
            if not info[i][1]:
                continue
            candidates = [j for j in pools(i) if j != i and joins_once(i, j)]
            if not candidates:
                candidates = [j for j in pools(i) if j != i and joins_once(i, j, relaxed=True)]
            if len(candidates) >= 2 and all(info[j][2] == "ORG" for j in candidates):
                # ((s33-names33) "Tikehau" in an article naming "Tikehau Capital" and "Tikehau Capital Advisors",
                # two actors: the short form is the shorter name, the one the longer names start with)
                first = min(candidates, key=lambda j: len(info[j][1]))
                if all(j == first or info[j][1][:len(info[first][1])] == info[first][1] for j in candidates):
                    candidates = [first]
            if len(candidates) > 2:
                # "Ysambert" in an article naming "Laboratoires Ysambert", "Aurélien Ysambert" and
                # "Georgette Ysambert": a surname two people of the family share names neither of them
                # alone; it is the family's company
                orgs = [j for j in candidates if info[j][2] == "ORG"]
                if len(orgs) == 1 and all(info[j][2] == "PER" for j in candidates if j != orgs[0]):
                    candidates = orgs
            if len(candidates) >= 2 and all(info[j][2] == "ORG" for j in candidates) and doc is not None:
                # "Norvia" in an article headed "Norvia Energies : …" that names "Norvia Réseaux", its branch, too:
                # the short form is the company the headline names in full (the parent, what the article is
                # about), when the headline names one of them
                # (a name of capitalised words: no verb the NER ran it into, "X rafle la mise")
                headed = [j for j in candidates if any(_in_headline(tv, s) for s in clusters[j])
                          and not any(w.islower() for w in info[j][0].split())]
                candidates = headed if len(headed) == 1 else candidates
            if len(candidates) == 2 and all(info[j][2] == "PER" for j in candidates) and doc is not None:
                # "Mme Wiart" in an article naming "Salomé Wiart", vice-présidente, and her father "Pierre
                # Wiart", ancien ministre: the one of the two the honorific's gender fits
                want = _gender(tv, clusters[i])
                if want:
                    fits = [j for j in candidates if _gender(tv, clusters[j]) not in (None, want)]
                    candidates = [j for j in candidates if j not in fits] if len(fits) == 1 else candidates
            if len(candidates) == 1:
                j = candidates[0]
                clusters[j].extend(clusters[i])
                info[j] = describe(clusters[j])
                group_named[j] = group_named[j] or group_named[i]
                branch[j] = branch[j] or branch[i]
                del clusters[i]
                del info[i]
                del group_named[i]
                del branch[i]
                merged = True
                break
    clusters.sort(key=lambda c: min(s.start for s in c))
    return clusters


def _defined_acronyms(spans: list[_Span]) -> dict[str, str]:
    """'Convergence républicaine (CR) … la porte-parole de CR', 'l'Agence nationale … (Anssi) … l'Anssi': an
    acronym the text spells out once in brackets after a name (candidates._pair_acronyms) stands for that
    name wherever else the text writes it, however short (two letters) or written like a word. Only an
    acronym one name defines (not two names with the same initials)."""
    found: dict[str, set[str]] = {}
    for sp in spans:
        # (one word, or capitals joined by hyphens: "AP-HP")
        if sp.joins and sp.text[:1].isupper() and " " not in sp.text \
                and (sp.end - sp.start == 1 or sp.text.isupper()) and _spells(sp.text, sp.joins):
            found.setdefault(sp.text, set()).add(sp.joins)
    return {acr: next(iter(names)) for acr, names in found.items() if len(names) == 1}


@lru_cache(maxsize=8192)   # (asked for each mention of each name with an acronym: a pure test of two strings)
def _spells(acronym: str, name: str) -> bool:
    """Does the acronym spell the name's initials, its little words left out ("CR" for "Convergence
    républicaine", "UPPS" not for "Sorrel", the last word of "Union des petits porteurs de Sorrel")?"""
    every = [w for w in re.split(r"[\s\-'’]+", name) if w]
    words = [w for w in every if w.lower() not in _LITTLE_WORDS]
    letters = fold("".join(c for c in acronym if c.isalpha()))
    # ("IDFM" for "Île-de-France Mobilités": the little words counted, as some acronyms do)
    # ((s19-gapE) or with some little words kept and others not: "EPN" for "Ensemble pour la Nation")
    if len(words) >= 2 and (letters in (fold("".join(w[0] for w in words)), fold("".join(w[0] for w in every)))
                            or _spelled_with_some_little_words(every, acronym)):
        return True
    # ((s19-gapE) or the name's head before its last "de" phrase: "la Société des journalistes (SDJ) du
    # Fanal", the acronym of the body, the company after it)
    cut = max((i for i, w in enumerate(every) if i >= 2 and w.lower() in ("de", "du", "des", "d")), default=None)
    return cut is not None and _spelled_with_some_little_words(every[:cut], acronym)


_LITTLE_WORDS = frozenset({"de", "du", "des", "d", "la", "le", "l", "les", "et", "pour", "en", "à", "au", "aux",
                           "sur", "contre", "par", "dans",
                           "and", "of"   # (s22-names22) an English name's little words ("Fisheries and Waters Commission")
                           })


def _after_de(name: str) -> bool:
    """(s25-names25) Does the name's last word follow "de" / "d'" / "du" / "des" ("Conseil d'État", "Cour des
    comptes")?"""
    words = re.split(r"[\s\-‐]+|(?<=['’])", name)
    words = [w for w in words if w]
    # ((s33-names33) "Agence des participations de l'État", "Caisse des dépôts de la République": an article
    # between "de" and the last word)
    if len(words) >= 3 and words[-2].lower() in ("l'", "l’", "la", "le", "les") \
            and words[-3].lower() in ("de", "d'", "d’"):
        return True
    return len(words) >= 2 and words[-2].lower() in ("de", "du", "des", "d'", "d’")


def _whole_words_end(long: str, short: str) -> bool:
    """Does the short name close the long one on whole words ("Niel" closes "Xavier Niel"; "Henri de X" does
    not close "Paul-Henri de X", the son's name of his father's, nor "Dumas" "Fauvel-Dumas")?"""
    lw, n = long.split(), len(short.split())
    return len(lw) > n and fold(" ".join(lw[-n:])) == fold(short)


def _town_of(stoks: list[str], stype: str, btoks: list[str], btype: str) -> bool:
    """"Morlaix" and "la ville de Morlaix", "Bretagne" and "la région Bretagne": a place named alone in a text
    that names its town or region acting (candidates._town_bodies) is that body ("le maire de Morlaix");
    so is a ministry named without its "département"."""
    if btype != "GOV" or stype not in ("LOC", "GOV") or btoks[-len(stoks):] != stoks:
        return False
    lead = btoks[:len(btoks) - len(stoks)]
    # ("le Trésor américain" and "le département du Trésor américain": candidates._ministry_departments)
    return lead in (["ville", "de"], ["commune", "de"], ["region"], ["departement", "du"], ["departement", "de"],
                    ["departement", "d"])


def _spelled_branch(stoks: list[str], extra: list[str], info) -> bool:
    """(s25-interview25b) "X IM" in an article that also names "X Investment Managers": the closing acronym
    spells the words of another name opening with "X", a branch of X named short; "X" alone is the parent,
    not "X IM" abbreviated."""
    if len(extra) != 1 or not extra[0].isupper() or len(extra[0]) < 2:
        return False
    n = len(stoks)
    for _, toks, _ in info:
        if len(toks) == n + len(extra[0]) and toks[:n] == stoks \
                and "".join(w[:1] for w in toks[n:]) == fold(extra[0]):
            return True
    return False


def _introduced_beside(tv, short: list[_Span], long: list[_Span]) -> bool:
    """"X Ventures, le fonds de capital-risque du lunetier X": the short name introduced by a noun of its own
    ("le lunetier X") in the sentence that names the long one is another actor (the parent, the owner),
    not the long name abbreviated."""
    if tv is None:
        return False
    # ("X Énergies, filiale de X": the short name as the complement of a branch noun is the parent)
    return any((a.introduced == "ORG" or _parent_of_a_branch(tv, a))
               and any(_same_sentence(tv, a.start, b.start) for b in long) for a in short)


def _parent_of_a_branch(tv, sp: _Span) -> bool:
    """Is the span the complement of a branch noun ("filiale de X", "la division de X")?"""
    return sp.start >= 2 and tv[sp.start - 1].lower_ in ("de", "d'", "d’", "du") \
        and tv[sp.start - 2].lower_ in _BRANCH_NOUNS


def _same_sentence(tv, i: int, j: int) -> bool:
    i, j = min(i, j), max(i, j)
    return not any(tv[k].is_sent_start for k in range(i + 1, j + 1))


def _loose_org_prefix(short: list[_Span], stype: str, extra: list[str], surnames: set[str],
                      long: list[_Span] | None = None, long_name: str = "", tv=None) -> bool:
    """"Rombaldi" for "Rombaldi Industries", "Sterenn" for "Sterenn Participations": a short name opening
    the one organisation name that starts with it and goes on with organisation words only, where the
    stricter reading refused it because the short name is one only the NER calls a person (no title,
    no first name: typed an organisation later), or because the words are a holding's ("X
    Participations") while no person nor family of the article bears the name X. Tried only when
    nothing else joins the short name, so a person's surname still goes to the person."""
    if stype == "PER" and any(s.votes.get("PER", 0) > (s.ner == "PER") for s in short):
        return False
    if stype not in ("ORG", "PER"):
        return False
    org_words = lexicon()["org_name_words"]
    # ("X Gold Trading", "X Precision Systems": capitalised words before the organisation word closing
    # the name, none a place's or a first name)
    closed = extra[-1].lower() in org_words
    # ("Zorvane" for "Zorvane Cloud", "Kelvio" for "Kelvio Énergies": one capitalised word closing the
    # one organisation name that starts with the short name, none a place's, a first name or a holding's)
    # (named in full first, the short form after: "RMC" listed before "RMC Découverte" is another; nor
    # "Bouygues" for "Bouygues-Vinci", two names joined by a hyphen; nor an acronym)
    if long is not None and len(extra) == 1 and extra[0][:1].isupper() and extra[0].isalpha() \
            and not extra[0].isupper() and not short[0].text.isupper() and "-" not in long_name \
            and min(s.start for s in long) < min((s.start for s in short if not _in_headline(tv, s)), default=-1) \
            and extra[0] not in first_names() and not _place(extra[0]) and extra[0].lower() not in _HOLDING_WORDS \
            and not _coined(extra[0]) \
            and not (tv is not None and any(_same_sentence(tv, a.start, b.start) for a in short for b in long)):
        # (the two forms in one sentence are two actors: "Kelvio Énergies, filiale de Kelvio")
        return True
    for w in extra:
        low = w.lower()
        if low in _HOLDING_WORDS:
            if fold(_strip_honorific(short[0].text)).split()[-1] in surnames:
                return False   # ("Fauvel" beside "Jean Fauvel" and "Fauvel Participations": the family's holding)
        elif low not in org_words and not (w.isupper() and len(w) <= 3) and not (
                closed and w[:1].isupper() and w.isalpha() and w not in first_names() and not _place(w)):
            return False
    return True


def _taken_over_at(tv, start: int) -> bool:
    """(s24-names24) Is the name at ``start`` what "prendre le contrôle de" / "la prise de contrôle de" takes?"""
    from .typing_cues import _taken_over
    return start >= 3 and tv[start - 1].lower_ in ("de", "d'", "d’") and _taken_over(tv, tv[start - 2])


def _two_names_hyphened(short: str, long: str) -> bool:
    """(s20-names4) "X Air" and "X Air-KLV": a hyphen right after the short name joins a second name (a
    merged group of two companies), so the short name is one of the two, not the group named short."""
    rest = long[len(short):] if fold(long[:len(short)]) == fold(short) else ""
    return rest[:1] in ("-", "‐") and rest[1:2].isupper()


def _both_in_one_sentence(tv, short: list[_Span], long: list[_Span]) -> bool:
    """(s20-names4) "Kelvio a été regroupé avec Bemex au sein de Kelvio Group", "le directeur de Norvex … les
    fonds de Norvex IM": a short name and the longer one starting with it written in one sentence are two
    actors (the writer would not name one actor twice, in two forms, in one sentence). Not a short form in
    brackets right after the long one ("Norvex Labs (Norvex)"), nor in a headline."""
    if tv is None:
        return False
    # (a legal form closing the long name is the same company: "Norvex" and "Norvex SA")
    long_words = long[0].text.split()
    if long_words and long_words[-1].strip(".").lower() in _LEGAL_FORMS:
        return False
    for a in short:
        if a.start > 0 and tv[a.start - 1].text == "(":
            continue
        if _in_headline(tv, a):
            continue
        # (the short form before the long one: after it, a long list may name one actor in full, then
        # short, "mené par Tiger Global Management … avec d'abord Tiger")
        if any(not _in_headline(tv, b) and b.start > a.start and _same_sentence(tv, a.start, b.start) for b in long):
            return True
    return False


_LEGAL_FORMS = frozenset({"sa", "sas", "se", "ag", "inc", "ltd", "plc", "nv", "bv", "spa", "gmbh", "llc", "corp",
                          "sarl", "co"})


def _coined(word: str) -> bool:
    """A word with a capital inside ("DeepMind", "OpenAI"): a coined name of its own (a unit or another
    company), not a common word closing the short name's full form ("Cloud", "Énergies")."""
    return any(c.isupper() for c in word[1:]) and not word.isupper()


def _in_headline(tv, sp: _Span) -> bool:
    """Is the span in the article's headline, a first line with no closing stop? A headline names a company
    short ("X décroche le contrat") before the text names it in full ("X Cloud"): the body's order counts."""
    if tv is None:
        return False
    k = _first_line_end(tv)   # (found once per document: names27)
    if k is None or sp.start > k or tv[k].text in (".", "!", "?", "»", '"') \
            or tv[k - (tv[k].text.isspace())].text in (".", "!", "?", "»", '"'):
        return False
    return True


def _in_head(tv, sp: _Span) -> bool:
    """(s33-names33) In the headline, or on the first line whatever closes it (a quoted headline: "X : « … »")."""
    return _in_headline(tv, sp) or _in_first_line(tv, sp)


def _in_first_line(tv, sp: _Span) -> bool:
    """Is the span on the article's first line (its headline, whatever closes it), with more text after?"""
    k = _first_line_end(tv)   # (found once per document: names27)
    return k is not None and sp.start < k


def _place(word: str) -> bool:
    """A country's name or adjective, a seat of power, a region of the world."""
    from .demonyms import countries_by_adjective, countries_by_seat, region_names
    f = fold(word)
    return word.lower() in countries_by_adjective() or f in countries_by_seat() or f in region_names() \
        or f in _adjective_countries(countries_by_adjective())


_ADJ_COUNTRIES: list = [None, frozenset()]   # (the table last read, every country name it gives)


def _adjective_countries(by_adjective: dict) -> frozenset:
    """Every country name of the adjectives' table, gathered once per table (_place asked each of its tuples)."""
    if _ADJ_COUNTRIES[0] is not by_adjective:
        _ADJ_COUNTRIES[1] = frozenset(n for names in by_adjective.values() for n in names)
        _ADJ_COUNTRIES[0] = by_adjective
    return _ADJ_COUNTRIES[1]


_GROUP_NOUNS = frozenset({"groupe"})
_HOLDING_WORDS = frozenset({"participations", "holding", "holdings", "investissements"})
_BRANCH_NOUNS = frozenset({"filiale", "filiales", "branche", "division"})


# (s24-names24) nouns of what a company sells or runs under a name of its own ("son service X Music")
_PRODUCT_NOUNS = frozenset({"service", "plateforme", "application", "appli", "logiciel", "console", "messagerie",
                            "marque", "offre"})


def _own_product(tv, sp: _Span) -> bool:
    """"son service X Music", "sa plateforme X Play": a product noun after a possessive, right before the name
    (not "le service X", whose owner the text does not give)."""
    return sp.end - sp.start >= 2 and _after_noun(tv, sp.start, _PRODUCT_NOUNS) and _possessive_before(tv, sp.start)


def _names32_branches() -> frozenset:
    """(s32-names32) the whole family of branch nouns (mentions/data/names32.yaml branch_nouns)."""
    from .names32 import words as names32_words
    return names32_words()["branch_nouns"]


def _short_for_own_branch(tv, short: list[_Span], branch: list[_Span]) -> bool:
    """"le conglomérat Y … sa filiale forestière X Hardwoods … le bois de X": a subsidiary another owner's
    possessive introduces ("sa filiale", Y's) and whose first word the text only uses after it is that
    subsidiary named short, not a parent of that name (which the text would name first: "X … sa filiale X
    Logistics")."""
    first = min(s.start for s in branch)
    # (a headline, even a quoted one, names the subsidiary short before the body names it in full: the
    # body's order counts)
    if min((s.start for s in short if not _in_first_line(tv, s)), default=first) < first:
        return False
    return any(_after_noun(tv, s.start, _BRANCH_NOUNS) and _possessive_before(tv, s.start) for s in branch)


def _branch_in_apposition(tv, sp: _Span) -> bool:
    """"X Technologies, la branche du groupe chargée des licences", "X Développement, sa filiale dédiée":
    a name the apposition after it calls a branch is a subsidiary, not its parent "X" named in full. (Not when
    the apposition names the parent, "X Gestion, la filiale de la banque Y": "X" alone is then the subsidiary
    named short.)"""
    from .names32 import person_owned_parent, words as names32_words
    k = sp.end
    # ((s32-names32) "le pôle", "son activité", "un département": the whole family of branch nouns, any article)
    if not (k + 2 < len(tv) and tv[k].text == "," and tv[k + 1].lower_ in ("la", "sa", "une", "leur", "le", "son",
                                                                             "un", "l'", "l’")):
        return False
    n = k + 2
    while n < min(k + 4, len(tv) - 1) and tv[n].pos_ == "ADJ" and tv[n].is_lower:
        n += 1   # ("X Beauté, la nouvelle division du groupe")
    if tv[n].lower_ not in _BRANCH_NOUNS and tv[n].lower_ not in names32_words()["branch_nouns"]:
        return False
    for j in range(n + 1, min(n + 13, len(tv))):
        if tv[j].is_punct and not tv[j].text in ("-", "‐") or tv[j].is_sent_start:
            return True
        if tv[j].text[:1].isupper() and tv[j].lower_ not in lexicon()["not_names"]:
            # (not "dédiée aux PME": a common noun written as an acronym; (s32-names32) nor "du groupe de Y",
            # a person's group left unnamed: the parent is not named there)
            return person_owned_parent(tv, j)
    return True


def _possessive_before(tv, start: int) -> bool:
    """"sa filiale (forestière) X": the branch noun's determiner is a possessive."""
    j = start - 1
    while j > 0 and tv[j].pos_ == "ADJ":
        j -= 1
    # (an interview's "votre filiale", "notre filiale": the speaker's or the interviewee's company)
    return j > 0 and tv[j - 1].lower_ in ("sa", "son", "ses", "leur", "leurs", "notre", "nos", "votre", "vos")


_BRANCH_DETERMINERS = frozenset({"la", "sa", "une", "leur", "le", "son", "l'", "l’", "notre", "votre", "ses", "leurs",
                                  "les", "des", "nos"})


def _branch_set_before(tv, sp: _Span) -> bool:
    """(s35-reada35) "Sa filiale hôtelière, X Hotels, …", "La branche logistique du groupe, X Transport": a name
    set off by a comma after a branch noun phrase (a determiner, a branch noun, then lower-case words only: no
    other name between) is a subsidiary, not its parent "X" named in full."""
    from .names32 import words as names32_words
    k = sp.start - 1
    if k < 2 or tv[k].text != ",":
        return False
    branches = _BRANCH_NOUNS | names32_words()["branch_nouns"]
    for j in range(k - 1, max(k - 7, 0), -1):
        t = tv[j]
        if t.is_punct:
            return False
        if t.lower_ in branches:
            return tv[j - 1].lower_ in _BRANCH_DETERMINERS
        if not t.is_lower:
            return False
    return False


def _after_noun(tv, start: int, nouns) -> bool:
    """Does one of ``nouns`` (then any adjectives) come right before the name at ``start``?"""
    j = start - 1
    while j > 0 and tv[j].pos_ == "ADJ":
        j -= 1
    return j >= 0 and tv[j].lower_ in nouns


_FEMININE_HONORIFICS = frozenset({"Mme", "Mme.", "Madame", "Mlle"})
_MASCULINE_HONORIFICS = frozenset({"M.", "Monsieur"})


def _gender(tv, cluster: list[_Span]) -> str | None:
    """"F" or "M" when the text says it of every mention that says it: an honorific ("Mme X"), or a
    title or person noun right before a mention or set off before it ("sa vice-présidente, Salomé X",
    "l'ancien ministre Pierre X"; a noun of one gender only, by its morphology)."""
    from .lexicon import lexicon as _lex
    titles = _lex()["person_titles"]
    found = set()
    for s in cluster:
        first = s.text.split()[0] if s.text else ""
        if first in _FEMININE_HONORIFICS:
            found.add("F")
            continue
        if first in _MASCULINE_HONORIFICS:
            found.add("M")
            continue
        j = s.start - 1
        if j >= 0 and tv[j].text == ",":
            j -= 1
        if j >= 0 and tv[j].pos_ == "NOUN" and (tv[j].lower_ in titles or tv[j].lemma_.lower() in titles):
            g = tv[j].morph.get("Gender")
            if len(g) == 1 and g[0] in ("Fem", "Masc"):
                # (a title of both genders, "ministre", says it by its determiner or adjective)
                found.add("F" if g[0] == "Fem" else "M")
    return found.pop() if len(found) == 1 else None


def _pools(info):
    """For each cluster i, the clusters ``joins(i, j)`` can hold for, in order: every cluster if i's
    name is an acronym, else those whose first or last folded word is i's first or last one (the
    only ways a short form can join a longer name). Saves trying every pair after every merge."""
    by_word: dict[str, list[int]] = {}
    for j, (_, toks, _) in enumerate(info):
        for w in {toks[0], toks[-1]} if toks else ():
            by_word.setdefault(w, []).append(j)

    def pool(i: int):
        name, toks, _ = info[i]
        if name.isupper() and len(name) >= 2:
            return range(len(info))
        return sorted(set(by_word.get(toks[0], ())) | set(by_word.get(toks[-1], ())))
    return pool

