"""Where the parties of a tie sit around its trigger word, in spaCy's French dependency trees.

``slots(trigger, index)`` returns ``{slot: [(entity name, token index), …]}``
for the slot names documented in data/rules.yaml. It follows the
constructions French press uses:

- verbs: nsubj / obj / nsubj:pass / obl:agent / obl+case, with the subject
  inherited through "veut racheter" (xcomp), "a racheté … et cédé" (conj),
  "X, qui a quitté Y" (relative clause) and "Y, racheté par X" (participle);
- title nouns: "X, PDG de Y" (appos), "X est PDG de Y" (copula), "le PDG de
  Y, X" / "le PDG X" (name in apposition), "le PDG du groupe Y";
- nominalisations: "le rachat de Y par X", "l'offre de X sur Y",
  "la rivalité entre X et Y", light verbs ("X a lancé une offre sur Y");
- transparent nouns: "les parts de X", "20 % du capital de X", "le groupe X";
- coordination distributes: "dans A et B" gives both.
"""
from __future__ import annotations

from ..mentions.entities import EntityIndex
from ..mentions.demonyms import countries_by_adjective, country_named
from ..mentions.lexicon import lexicon
from .lists import investors_after, recipients_after, share_holders
from .arguments import (CONDUCT, DEMAND_VERBS, FUNDING_NOUNS, MEMBERS, OBJECT_CONTROL, ORGANS, PERSON_TITLES, SELL_VERBS, STAKES, RAISE_VERBS, RESPONSE_VERBS, _subject_of, case_of,
                        _after_comma_and, entities_at, extend_list, extend_list_left, lemma_of)


def slots(trigger, index: EntityIndex) -> dict[str, list[tuple[str, int]]]:
    out: dict[str, list[tuple[str, int]]] = {}

    def put(slot: str, items):
        if items and slot.startswith("prep:") and slot not in ("prep:country", "prep:capital"):
            items = extend_list(trigger.doc, index, items)
        if items:
            out.setdefault(slot, []).extend(i for i in items if i not in out.get(slot, []))

    t = trigger
    if index.kinds.get(t.i) == "introducer":          # "la holding Verlane de X": the trigger is the name
        put("self", [(index.entity_at(t.i), t.i)])
    for c in t.children:
        dep = c.dep_
        if dep == "conj" and _after_comma_and(c):
            continue   # "A, deux filiales de B, et de C": ", et" coordinates at a higher level
        if dep == "nsubj:pass" and not any(k.dep_ == "aux:pass" for k in t.children) \
                and any(k.dep_ == "aux:tense" and k.lemma_ == "avoir" for k in t.children):
            put("subj", entities_at(c, index))   # "X n'a pas investi": an active verb, mislabelled passive
        elif dep == "nsubj:pass":
            put("pass", entities_at(c, index))
        elif dep == "obj":
            put("obj", entities_at(c, index))
        elif dep in ("obl:agent",):
            put("agent", entities_at(c, index))
        elif dep == "iobj":
            put("prep:à", entities_at(c, index))
        elif dep in ("obl", "obl:arg", "obl:mod", "nmod", "acl", "xcomp", "conj") and case_of(c) or dep in ("obl", "obl:arg", "obl:mod", "nmod", "acl") or (dep == "appos" and case_of(c)):
            p = case_of(c)
            if p == "par" and t.pos_ == "VERB":
                put("agent", entities_at(c, index))
            elif p in ("à", "dans") and c.lemma_.lower() in ("capital", "actionnariat"):
                put("prep:capital", entities_at(c, index))   # "entrer au capital de Y": a stake, not a seat
            elif p:
                put(f"prep:{p}", entities_at(c, index))
                if p == "de" and c.lemma_.lower() in MEMBERS:
                    # "le patron des sénateurs PRV": the party the group belongs to
                    nxt = c.i + 1   # the party right after the group's noun, however it was parsed
                    party = index.entity_at(nxt) if nxt < len(t.doc) else None
                    if party and index.kinds.get(nxt) == "name" and index.type_of(party) in ("ORG", "GOV"):
                        put("prep:de_members", [(party, nxt)])
                if p == "de" and t.pos_ in ("NOUN", "VERB") and not entities_at(c, index):
                    # "directeur de la stratégie de X": a department of X
                    for cc in c.children:
                        if case_of(cc) == "de" and cc.dep_ == "nmod":
                            put("prep:de2", entities_at(cc, index))
                            if c.lemma_.lower() in ORGANS:   # "président du directoire de X"
                                put("prep:de_organ", entities_at(cc, index))
                # "auprès de X", "à la tête de X", "au sein de X": the real preposition is the last one
                for cc in c.children:
                    if cc.dep_ in ("nmod",) and case_of(cc) == "de" and c.lemma_.lower() in ("auprès", "côté", "sein", "tête", "encontre"):
                        put(f"prep:{c.lemma_.lower()}", entities_at(cc, index))
                # "vice-président en charge des ventes de Y": the department's organisation
                if p == "en" and c.lemma_.lower() == "charge" and t.pos_ == "NOUN":
                    for cc in c.children:
                        if cc.dep_ == "nmod" and case_of(cc) == "de" and not entities_at(cc, index):
                            for ccc in cc.children:
                                if ccc.dep_ == "nmod" and case_of(ccc) == "de":
                                    put("prep:de2", entities_at(ccc, index))
    verbal = t.pos_ in ("VERB", "AUX") and not (t.i > 0 and t.doc[t.i - 1].pos_ == "DET")
    # "dénoncer la gestion de X", "condamner les agissements de X": what X does stands for X
    if verbal:
        for c in t.children:
            if c.dep_ == "obj" and c.lemma_.lower() in CONDUCT and not entities_at(c, index):
                for cc in c.children:
                    if cc.dep_ == "nmod" and case_of(cc) == "de":
                        put("obj", entities_at(cc, index))
    # "rompre ses liens avec Y", "signer un accord avec Y": the "avec"/"contre" phrase hung on the object
    if verbal:
        for c in t.children:
            if c.dep_ == "obj" and c.pos_ == "NOUN" and not entities_at(c, index):
                for cc in c.children:
                    p = case_of(cc)
                    if cc.dep_ == "nmod" and p in ("avec", "contre") and f"prep:{p}" not in out:
                        put(f"prep:{p}", entities_at(cc, index))
    # "a rencontré vendredi le ministre X": the parser hangs the object on the day
    if verbal and "obj" not in out:
        for c in t.children:
            if c.dep_ in ("obl:mod", "obl") and c.lower_ in TIME_WORDS and c.i > t.i:
                put("obj", [x for k in c.children if k.dep_ == "nmod" and case_of(k) is None
                            for x in entities_at(k, index)])
    # "auprès de X", "face à X" parsed as an adverb with its own complement
    for c in t.children:
        if c.lower_ in ("auprès", "face", "vis-à-vis", "autour") and c.dep_ in ("advmod", "obl", "obl:mod", "dep"):
            for cc in c.children:
                if case_of(cc) in ("de", "à", None) and cc.dep_ in ("obl:arg", "nmod", "obl", "obl:mod"):
                    put(f"prep:{c.lower_}", entities_at(cc, index))
            if f"prep:{c.lower_}" not in out:
                # misparsed: the first name after "auprès de", within a few words
                for j in range(c.i + 1, min(c.i + 10, len(t.doc))):
                    if t.doc[j].text in (".", ";", ":") :
                        break
                    if index.entity_at(j) and index.kinds.get(j) == "name":
                        put(f"prep:{c.lower_}", [(index.entity_at(j), j)])
                        break
    # a round "auprès de X" wherever the parser hung "auprès"
    if (t.lemma_.lower() in FUNDING_NOUNS or t.lemma_.lower() in RAISE_VERBS) and "prep:auprès" not in out:
        for j in range(t.i + 1, t.sent.end):
            if t.doc[j].lower_ == "auprès":
                for k in range(j + 1, min(j + 10, t.sent.end)):
                    if index.entity_at(k) and index.kinds.get(k) in ("name", "introducer"):
                        put("prep:auprès", [(index.entity_at(k), k)])
                        break
                break
    # "X est entré chez Y en 1997, absorbé par Z": a detached past participle describes the last
    # name before its comma, and inherits no subject
    detached = (verbal and t.dep_ == "advcl" and "Part" in t.morph.get("VerbForm") and "Past" in t.morph.get("Tense")
                and t.i > 0 and t.doc[t.i - 1].text == ","
                and not any(c.dep_.startswith(("aux", "nsubj")) for c in t.children))
    if verbal:
        if not detached:
            put("subj", _subject_of(t, index))
        # "un tour de table mené par X": the company raising is the subject of the verb that
        # governs the round ("Y a bouclé un tour de table mené par X"), else the article's topic
        if t.dep_.startswith("acl") and t.head.lemma_.lower() in FUNDING_NOUNS:
            round_ = t.head
            gov = round_.head
            raiser = _subject_of(gov, index) if gov.pos_ in ("VERB", "AUX") and round_.dep_ == "obj" else []
            put("raiser", raiser or ([(index.topic, -1)] if index.topic else []))
        if t.dep_ == "acl" and "Part" in t.morph.get("VerbForm") and "Past" in t.morph.get("Tense"):
            # "X (ex-Kelvio) passé par Y": right after a bracket, the participle describes the name before it
            before = _name_before_bracket(t, index)
            put("pass", [before] if before else entities_at(t.head, index))   # "Y, racheté par X"
        elif detached:
            for j in range(t.i - 2, max(t.i - 6, -1), -1):
                if index.entity_at(j) is not None and index.kinds.get(j) == "name":
                    put("pass", [(index.entity_at(j), j)])
                    break
    else:
        # nouns and adjectives: the name they describe, and the subject of the clause they sit in
        plural = "Plur" in t.morph.get("Number")
        if t.dep_ == "appos":
            # "X, PDG de Y"; a singular title describes one name, not a whole list before it
            described = entities_at(t.head, index)
            if described and any(d[1] > t.i for d in described):
                # not the title's own complement, reached back through its head ("place …, filiale de Y")
                last = max(x.i for x in t.subtree)
                described = [d for d in described if not t.i < d[1] <= last]
            if plural and len(described) == 1:   # "A et B, les patrons de…" with B parsed alone
                described = extend_list_left(t.doc, index, described)
            if not plural and len(described) > 1:
                # a singular title describes one name: the one right before it ("…, A et B, la mère de Y")
                before = [d for d in described if d[1] < t.i and index.kinds.get(d[1]) == "name"] or \
                    [d for d in described if d[1] < t.i]
                described = [max(before, key=lambda d: d[1])] if before else described[:1]
            put("head", described if plural else described[:1])
        for c in t.children:
            if c.dep_ in ("appos", "flat:name") or (c.dep_ == "nmod" and case_of(c) is None and c.pos_ != "PRON"):
                between = t.doc[t.i + 1:c.i]
                if c.i > t.i and t.lower_ not in PERSON_TITLES and any(x.lower_ in ("de", "du", "des", "d'") for x in between) \
                        and not any(x.is_punct or index.entity_at(x.i) for x in between) and any(x.pos_ == "NOUN" for x in between):
                    # "le mari de la chanteuse X": X is the complement's name, not the title's
                    put("prep:de", entities_at(c, index))
                    continue
                if c.i > t.i and any(x.pos_ in ("VERB", "AUX") for x in between):
                    continue   # a name past a relative clause ("…, qui développe la marque X") is not apposed
                put("head", entities_at(c, index))            # "le PDG de Y, X" / "le PDG X"
        if "head" not in out and t.pos_ == "NOUN":
            # "son partenaire japonais X" with X parsed anywhere: the name right after the title
            j = t.i + 1
            while j < min(t.i + 3, len(t.doc)) and t.doc[j].pos_ == "ADJ" and t.doc[j].is_lower:
                j += 1
            if j < len(t.doc) and index.kinds.get(j) == "name" and case_of(t.doc[j]) is None \
                    and not t.doc[j - 1].is_punct:
                put("head", [(index.entity_at(j), j)])
        if t.pos_ == "NOUN" and t.lower_ in PERSON_TITLES and t.i >= 3:
            owner, holder = _has_a_new_title(t, index)
            if owner and holder:   # "Y a un nouveau directeur général depuis l'été, le Belge X"
                put("haver", [owner])
                if "head" not in out:
                    put("head", [holder])
                    out["_holder"] = [holder]   # ("depuis cet été, X" misparsed: not a "depuis" phrase)
        if "head" not in out and t.i - t.sent.start <= 2 and not t.is_lower and t.pos_ == "NOUN":
            put("head", _fronted_apposition(t, index))     # "PDG de Y depuis 2019, X a …"
        if t.dep_ == "amod" and t.pos_ == "ADJ":
            put("head", entities_at(t.head, index))           # "X, proche de Y"
        cop = any(c.dep_ == "cop" for c in t.children)
        # "nommer X au poste de PDG de Y", "X a démissionné de ses fonctions de président de Y"
        if t.dep_ == "nmod" and t.head.lemma_.lower() in ("poste", "fonction", "fonctions", "mandat", "rôle", "titre"):
            gov = t.head.head
            if gov.pos_ in ("VERB", "AUX"):
                people = [x for c in gov.children if c.dep_ == "obj" for x in entities_at(c, index)]
                if not people:
                    people = [x for c in gov.children if c.dep_ in ("nsubj", "nsubj:pass")
                              for x in entities_at(c, index)]
                if not people and gov.dep_ in ("advcl", "xcomp") and lemma_of(gov.head) in APPOINT_VERBS:
                    # "Y a nommé X pour lui succéder au poste de président": the appointee; Y is the body
                    people = [x for c in gov.head.children if c.dep_ == "obj" for x in entities_at(c, index)]
                    put("appointer", [x for x in _subject_of(gov.head, index) if index.type_of(x[0]) != "PER"])
                put("head", people)
        # "X est nommé président de Y", "X devient PDG de Y": the verb's subject is the title's person
        if t.dep_ == "xcomp" and t.head.pos_ in ("VERB", "AUX"):
            for c in t.head.children:
                if c.dep_ in ("nsubj", "nsubj:pass"):
                    put("head", entities_at(c, index))
        for c in t.children:
            if c.dep_ in ("nsubj", "expl:subj", "nsubj:pass"):
                put("head" if cop else "subj", entities_at(c, index))
        gov = t.head
        if t.dep_ in ("obj", "obl", "obl:arg", "obl:mod", "xcomp", "nsubj", "nmod") and gov.i != t.i:
            hops = 0
            while gov.pos_ == "NOUN" and gov.dep_ in ("obj", "obl", "obl:mod", "nmod") and hops < 2:
                gov = gov.head
                hops += 1
            if gov.pos_ == "NOUN" and gov.dep_ == "ROOT" and any(c.dep_ == "aux:tense" for c in gov.children):
                # "X a recours aux services de Y": the parser makes the light verb's noun the root
                put("osubj", [x for c in gov.children if c.dep_ == "nsubj" for x in entities_at(c, index)])
            if gov.pos_ in ("VERB", "AUX"):
                # "X a lancé une offre sur Y" (object of a light verb) vs "X est à la tête de Y"
                # (oblique): rules ask for the second as "osubj" only where it is safe
                if gov.lemma_.lower() in RESPONSE_VERBS and t.dep_ == "obj":
                    put("target", _subject_of(gov, index))   # "Y a rejeté l'offre de X": Y is the target
                elif lemma_of(gov) == "faire" and (t.head.lemma_.lower() == "partie" or any(
                        c.dep_ == "obj" and c.lemma_.lower() == "partie" for c in gov.children)):
                    put("subj", _subject_of(gov, index))   # "X fait partie des actionnaires de Y"
                else:
                    put("subj" if t.dep_ in ("obj", "xcomp", "nsubj") else "osubj", _subject_of(gov, index))
        # linear apposition, robust to misparses: "NAME, PDG de Y" / "NAME (PDG de Y)"
        if "head" not in out and (not case_of(t) or _partitive(t)):
            j = t.i - 1
            while j >= 0 and (t.doc[j].pos_ in ("DET", "ADJ") and t.doc[j].dep_ in ("det", "amod")
                              or t.doc[j].pos_ == "ADV" or (t.doc[j].pos_ == "NUM" and t.doc[j].dep_ == "nummod")):
                j -= 1
            # "NAME, un des administrateurs de Y": step over the partitive
            if j >= 2 and t.doc[j].lower_ in ("des", "de") and t.doc[j - 1].lower_ in ("un", "une"):
                j -= 2
                if j >= 0 and t.doc[j].lower_ in ("l'", "l’"):
                    j -= 1
            # "NAME (ACRONYM), propriétaire de Y": step over the bracketed short form
            if j >= 4 and t.doc[j].text == "," and t.doc[j - 1].text == ")" and t.doc[j - 3].text == "(" \
                    and index.entity_at(j - 2) is not None and index.entity_at(j - 2) == index.entity_at(j - 4):
                j -= 3
            if j >= 1 and t.doc[j].text in (",", "(") and index.entity_at(j - 1) is not None:
                # not a name inside a place or time phrase: "En déplacement à Marseille, l'actionnaire…"
                name_tok = t.doc[j - 1]
                while name_tok.head.i != name_tok.i and index.entity_at(name_tok.head.i) == index.entity_at(j - 1):
                    name_tok = name_tok.head
                # "derrière Kelvio, filiale de X" still describes the name; a place does not
                found_name = [(index.entity_at(j - 1), j - 1)]
                if "Plur" in t.morph.get("Number"):   # "A et B, les patrons de X et de Y"
                    found_name = extend_list_left(t.doc, index, found_name)
                if case_of(name_tok) in (None, "de") or (
                        case_of(name_tok) not in ("à", "en", "dans", "vers", "depuis", "sur")
                        and index.type_of(index.entity_at(j - 1)) in ("ORG", "PER")):
                    put("head", found_name)
        # "fondateur et PDG de X": the first title shares the complement of the second
        for c in t.children:
            if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and not any(k.startswith("prep:") for k in out):
                for cc in c.children:
                    p = case_of(cc)
                    if p and cc.dep_ == "nmod":
                        put(f"prep:{p}", entities_at(cc, index))
        # "le patron de X, NAME," : the name right after the title's phrase
        # ("son principal concurrent, Y": an organisation too, after a noun that is not a person's title;
        # the parser often hangs that name on the noun as a conjunct)
        if "head" not in out and (case_of(t) in (None, "pour", "selon", "chez") or t.lower_ not in PERSON_TITLES) \
                and any(x.text in (",", "(") for x in t.doc[t.i + 1:min(t.i + 12, len(t.doc))]):
            end = max([t.i] + [x.i for c in t.children if c.dep_ not in ("conj", "cc", "punct")
                               for x in c.subtree]) + 1
            doc = t.doc
            wanted = ("PER",) if t.lower_ in PERSON_TITLES else ("ORG",) if case_of(t) else ("PER", "ORG")
            if end + 1 < len(doc) and doc[end].text in (",", "(") and index.entity_at(end + 1) \
                    and index.type_of(index.entity_at(end + 1)) in wanted and index.kinds.get(end + 1) == "name":
                # ("la holding familiale de X (Verlane)": the bracketed name, if the bracket holds only it)
                k = end + 1
                while k < len(doc) and index.entity_at(k) == index.entity_at(end + 1):
                    k += 1
                if doc[end].text == "," or (k < len(doc) and doc[k].text == ")"):
                    put("head", [(index.entity_at(end + 1), end + 1)])
        # "Y, dont le président est X": the title is the subject of a copula naming the person
        if t.dep_ == "nsubj" and any(c.dep_ == "cop" for c in t.head.children):
            put("head", entities_at(t.head, index))
            nxt = t.head.i + 1   # "l'avocat de X est Me Y": the honorific heads the clause, the name follows
            if "head" not in out and t.head.text in lexicon()["honorifics"] and nxt < len(t.doc) \
                    and index.entity_at(nxt):
                put("head", [(index.entity_at(nxt), nxt)])
            dont = [c for c in list(t.children) + list(t.head.children) if c.lower_ == "dont"]
            if dont and t.head.dep_.startswith("acl"):
                put("prep:de", entities_at(t.head.head, index))
            elif dont and dont[0].i >= 2 and t.doc[dont[0].i - 1].text == ",":
                name = index.entity_at(dont[0].i - 2)   # misparsed: the name before ", dont"
                if name:
                    put("prep:de", [(name, dont[0].i - 2)])
        # "X a pour avocat Me Y", "X a pour actionnaire Y": the title's holder is the object, X the other side
        if any(c.dep_ == "case" and c.lower_ == "pour" for c in t.children) and (
                any(c.dep_.startswith("aux") and c.lemma_ == "avoir" for c in t.children) or lemma_of(t.head) == "avoir"):
            clause = t if t.head.i == t.i or lemma_of(t.head) != "avoir" else t.head
            for c in clause.children:
                if c.dep_ == "obj":
                    put("head", entities_at(c, index))
                elif c.dep_ == "nsubj":
                    put("prep:de", entities_at(c, index))
        # "PDG de X et fils de Y": a coordinated title shares the name it describes
        # ("le président turc X et la Première ministre suédoise": a title with its own
        # determiner is another person)
        if t.dep_ == "conj" and t.head.pos_ in ("NOUN", "ADJ") and "head" not in out \
                and not any(c.dep_ == "det" for c in t.children):
            up = slots(t.head, index)
            put("head", up.get("head", []))
            put("subj", up.get("subj", []))
        # "son PDG et cofondateur X": the second title shares the first one's complement
        if t.dep_ == "conj" and t.head.pos_ == "NOUN" and t.head.lower_ in PERSON_TITLES \
                and not any(k.startswith("prep:") or k == "poss" for k in out) \
                and not any(c.dep_ == "det" for c in t.children):
            up = slots(t.head, index)
            for k in ("prep:de", "poss"):
                put(k, up.get(k, []))
        # a title standing for someone named before ("Le fondateur de Free vient de…")
        if index.kinds.get(t.i) in ("descriptor",) and "head" not in out:
            put("head", [(index.entity_at(t.i), t.i)])
        # "son PDG", "sa participation": the owner named just before
        if any(c.dep_ == "det" and "Yes" in c.morph.get("Poss") for c in t.children):
            taken = {n for k, items in out.items() if k == "head" or k.startswith("prep:") for n, _ in items}
            # "X a accru sa participation": the possessive is the clause's subject first
            gov = t.head
            while gov.pos_ == "NOUN" and gov.dep_ in ("obj", "obl", "nmod") and gov.head.i != gov.i:
                gov = gov.head
            if gov.pos_ in ("VERB", "AUX") and t.dep_ in ("obj", "obl", "obl:arg", "obl:mod", "nmod"):
                owner = [x for x in _subject_of(gov, index) if x[0] not in taken]
                if owner:
                    put("poss", owner[:1])
            # "son PDG": the possessor of a title is an organisation, not a person
            kinds = ("ORG", "GOV", "LOC") if t.lower_ in PERSON_TITLES else ("PER", "ORG", "GOV", "LOC")
            # "Y, contrôlé par X, a accru sa participation": "sa" is Y's, not the agent's of the aside
            taken |= _aside_agents(t, index)
            ante = None if "poss" in out else index.antecedent(t.i, exclude=taken | {n for n, _ in out.get("head", [])}
                                    | ({index.entity_at(t.i - 3)} if t.i >= 3 and t.doc[t.i - 2].text == "," else set()), types=kinds)
            if ante:
                put("poss", [ante])
    # "l'arrivée à la tête de Y de X", "sa nomination à la présidence de Y": X takes the post
    if t.pos_ == "NOUN" and t.dep_ in ("nmod", "obl") and case_of(t) in ("à", "au") \
            and t.head.lemma_.lower() in ARRIVAL_NOUNS:
        arrival = t.head
        put("arrival", [x for c in arrival.children if c.i != t.i and (
            (c.dep_ == "nmod" and case_of(c) == "de") or c.dep_ == "appos") for x in entities_at(c, index)])
        if "arrival" not in out:   # "de X" hung after the post's own complement
            end = max(x.i for x in t.subtree) + 1
            while end < len(t.doc) and t.doc[end].text in (")", ","):
                end += 1
            if end + 1 < len(t.doc) and t.doc[end].lower_ in ("de", "d'", "du") and index.kinds.get(end + 1) == "name":
                put("arrival", [(index.entity_at(end + 1), end + 1)])
    # "A a remplacé B à la présidence de Y", "A succède à B à la tête de Y": B held the post
    if t.pos_ == "NOUN" and t.dep_ in ("obl", "obl:arg", "obl:mod", "nmod") and case_of(t) in ("à", "au") \
            and lemma_of(t.head) in SUCCESSION_VERBS:
        put("predecessor", [x for c in t.head.children if c.dep_ == "obj" or (c.dep_ in ("obl", "obl:arg", "iobj")
                                                                          and c.i != t.i and case_of(c) in ("à", None))
                            for x in entities_at(c, index) if index.type_of(x[0]) == "PER"])
    # "les relations entre A et B sont tendues", "des rapports exécrables entre A et B"
    if t.pos_ == "ADJ":
        nouns = [c for c in t.children if c.dep_ == "nsubj"] if any(c.dep_ == "cop" for c in t.children) else \
            ([t.head] if t.dep_ == "amod" else [])
        for noun in nouns:
            if noun.lemma_.lower() in ("relation", "relations", "rapport", "rapports", "lien", "liens"):
                for c in noun.children:
                    if case_of(c) == "entre":
                        put("rel_entre", entities_at(c, index))
    # "X exclut toute négociation avec Y", "X refuse le dialogue avec Y"
    if t.pos_ == "NOUN" and t.dep_ in ("obj", "nsubj:pass") and lemma_of(t.head) in REFUSAL_VERBS:
        put("refuser", _subject_of(t.head, index))
    # "X réclame la démission de Y", "X a appelé Y à démissionner": who asks for someone's departure
    gov = t.head
    if t.pos_ == "NOUN" and t.dep_ in ("obj", "obl", "obl:arg", "nmod") and lemma_of(gov) in DEMAND_VERBS:
        put("demander", _subject_of(gov, index))
    elif verbal and t.dep_ in ("xcomp", "advcl") and lemma_of(gov) in OBJECT_CONTROL:
        put("demander", _subject_of(gov, index))
    # "le président turc X", "la Première ministre suédoise X": the country is named by its adjective
    if not verbal and _heads_a_country(t):
        for c in t.children:
            if c.dep_ == "amod" and c.pos_ == "ADJ":
                country = country_named(c.lower_, index)
                if country:
                    put("prep:country", [(country, c.i)])
    # "le rachat pour 3 milliards de dollars de Y": the "de Y" the parser hung on the amount
    if t.pos_ == "NOUN" and "prep:de" not in out:
        near = list(t.children) + [c for c in t.head.children if t.head.pos_ == "VERB" and c.i > t.i]
        for c in near:
            if c.dep_ in ("nmod", "obl:mod", "obl") and case_of(c) in ("pour", "de") and c.lemma_.lower() in AMOUNT_WORDS:
                for cc in c.subtree:
                    if cc.i != c.i and case_of(cc) == "de" and cc.lemma_.lower() not in AMOUNT_WORDS:
                        put("prep:de", entities_at(cc, index))
    # investor lists and shareholder lists the parser breaks, read as a line (lists.py)
    if t.lemma_.lower() in FUNDING_NOUNS or lemma_of(t) in RAISE_VERBS or t.lemma_.lower() in ROUND_WORDS:
        put("investors", investors_after(t, index))
        # "Y vaut 4 Md€ grâce à une enveloppe de …", "Y se développe via une levée de …": the round
        # is Y's when it is the means of what Y does
        if not verbal and t.dep_ in ("obl", "obl:mod") and t.head.pos_ in ("VERB", "AUX") and any(
                c.dep_ == "case" and c.lower_ in ("grâce", "via", "après") for c in t.children):
            put("raiser", _subject_of(t.head, index) or [
                x for c in t.head.children if c.dep_ == "nsubj:pass" for x in entities_at(c, index)])
    if verbal and (any(c.dep_ == "aux:pass" for c in t.children) or t.dep_ == "acl"):
        put("share_holders", share_holders(t, index))
    if verbal and lemma_of(t) in AWARD_VERBS and "prep:à" not in out:
        put("award_to", recipients_after(t, index))
    # "X détient 24 % du capital": a stake in no named company is one in the article's company
    if verbal and index.topic and not out.get("obj"):
        for c in t.children:
            if c.dep_ == "obj" and not entities_at(c, index) and any(
                    x.lemma_.lower() in ("capital", "actionnariat") and not any(
                        case_of(k) == "de" for k in x.children) for x in c.subtree):
                put("capital_topic", [(index.topic, -1)])
    # "X a été ajouté à la liste noire de Y", "Y a placé X sur sa liste noire": who the verb acts on
    if t.pos_ == "NOUN" and t.dep_ in ("obl", "obl:arg", "obl:mod", "obl:agent") and t.head.pos_ == "VERB":
        passive = any(c.dep_ == "aux:pass" for c in t.head.children)
        for c in t.head.children:
            if c.dep_ in ("obj", "nsubj:pass") or (passive and c.dep_ == "nsubj"):
                put("gov_obj", entities_at(c, index))
    # "le président et cofondateur du fonds": the complement hung elsewhere, right after the titles
    if t.pos_ == "NOUN" and t.lower_ in PERSON_TITLES and not any(k.startswith("prep:") for k in out):
        doc, j = t.doc, t.i + 1
        while j < min(t.i + 5, len(doc)) and (doc[j].lower_ in PERSON_TITLES or doc[j].lower_ == "et"
                                                or doc[j].pos_ == "ADJ"):
            j += 1
        if j + 1 < len(doc) and doc[j].lower_ in ("de", "du", "d'", "d’") and not doc[j - 1].is_punct:
            k = j + 1
            while k < min(j + 3, len(doc)) and doc[k].pos_ == "DET":
                k += 1
            if k < len(doc) and index.entity_at(k) is not None and index.kinds.get(k) != "pronoun":
                put("prep:de", [(index.entity_at(k), k)])
    # "la participation de X dans Y": the parser often hangs "dans Y" on X
    if t.pos_ == "NOUN":
        for c in t.children:
            if case_of(c) == "de":
                for cc in c.children:
                    p = case_of(cc)
                    if p and p != "de" and cc.dep_ in ("nmod", "obl", "obl:mod") and f"prep:{p}" not in out:
                        put(f"prep:{p}", entities_at(cc, index))
    # "non au rachat de Y par X": the parser hangs "par X" on the verb; right after the noun's
    # phrase, on an active verb, it is the noun's agent
    if t.pos_ == "NOUN" and "prep:par" not in out and t.head.pos_ == "VERB" and t.head.i != t.i \
            and not any(c.dep_ in ("aux:pass", "nsubj:pass") for c in t.head.children):
        agents = [c for c in t.head.children if c.i > t.i and case_of(c) == "par"]
        if agents:   # (the subtree walk only when there is a "par" phrase at all)
            end = max(x.i for x in t.subtree) + 1
            for c in agents:
                if min(x.i for x in c.subtree) == end:
                    put("prep:par", entities_at(c, index))
    # "a déposé plainte jeudi contre Y" with "contre Y" hung far away: right after the noun, a day between
    if t.pos_ == "NOUN" and "prep:contre" not in out:
        j = t.i + 1
        while j < min(t.i + 4, len(t.doc)) and (t.doc[j].lower_ in TIME_WORDS or t.doc[j].pos_ == "ADV"):
            j += 1
        if j + 1 < len(t.doc) and t.doc[j].lower_ == "contre":
            k = j + 1
            while k < min(j + 4, len(t.doc)) and t.doc[k].pos_ in ("DET", "ADJ"):
                k += 1
            if k < len(t.doc) and index.entity_at(k) is not None and index.kinds.get(k) in ("name", "introducer"):
                put("prep:contre", [(index.entity_at(k), k)])
    # "ses entretiens avec son homologue" with "avec …" hung on another word: right after the noun
    if t.pos_ == "NOUN" and "prep:avec" not in out and t.i + 2 < len(t.doc) and t.doc[t.i + 1].lower_ == "avec":
        marked = t.doc[t.i + 1].head
        if marked.i > t.i + 1 and marked.head.i != t.i:
            put("prep:avec", entities_at(marked, index))
    # "X a porté plainte contre Y", "X a signé un accord avec Y": the light verb carries the phrases
    light = t.head if (t.dep_ == "nmod" and t.head.dep_ == "obj" and t.head.pos_ == "NOUN") else t
    if not verbal and light.dep_ == "obj" and light.head.pos_ == "VERB":
        # ("a effectué une partie de sa carrière chez Y": through one noun of measure)
        kids = list(light.head.children)
        # "a déposé plainte jeudi contre Y": the phrase often hangs on the time word
        kids += [g for c in kids if c.dep_ == "obl:mod" and case_of(c) is None for g in c.children]
        for c in kids:
            p = case_of(c)
            if p and c.dep_ in ("obl", "obl:arg", "obl:mod", "xcomp", "nmod") and f"prep:{p}" not in out:
                put(f"prep:{p}", entities_at(c, index))
    # "Orbalia, dont X est actionnaire": "dont" stands for the noun the clause hangs on
    clause = t if t.dep_.startswith("acl") else (t.head if t.head.dep_.startswith("acl") else None)
    if clause is not None and any(c.lower_ == "dont" for c in list(t.children) + list(clause.children)):
        put("prep:de", entities_at(clause.head, index))
    # a title with no complement at all ("le directeur général X"): the article's main organisation
    if not verbal and index.topic and not any(k.startswith("prep:") or k == "poss" for k in out) \
            and not any(c.dep_ == "nmod" for c in t.children):
        put("topic", [(index.topic, -1)])
    # a name after the title and a "de" is its complement, not the name it describes
    if "head" in out and t.pos_ == "NOUN":
        for name, j in list(out["head"]):
            between = t.doc[t.i + 1:j]
            # … unless a person's name closes the phrase: "le patron de Technova Paul Verdier"
            closes = (index.type_of(name) == "PER" and j > 0 and index.entity_at(j - 1) not in (None, name))
            if (j > t.i and any(x.lower_ in ("de", "du", "des", "d'") for x in between)
                    and not any(x.is_punct or x.dep_ == "cop" for x in between) and not closes):
                out["head"].remove((name, j))
                put("prep:de", [(name, j)])
    # "céder sa participation à Y": Y buys the stake, it is not what the stake is in
    if t.lemma_.lower() in STAKES and t.dep_ == "obj" and lemma_of(t.head) in SELL_VERBS:
        buyer = out.pop("prep:à", None)
        if buyer:
            out["buyer"] = buyer
        out["_no_linear"] = []   # nor may the nearest name stand in for it
    # "premier actionnaire avec 18 % du capital": a holder of no named company holds the article's
    if not verbal and index.topic and t.lemma_.lower() in ("actionnaire", "actionnaires") \
            and not any(k.startswith("prep:") or k == "poss" for k in out):
        for c in t.children:
            if case_of(c) in ("avec", "à", "de") and any(x.lemma_.lower() in ("capital", "actionnariat") for x in c.subtree) \
                    and not entities_at(c, index):
                put("bare_capital_topic", [(index.topic, -1)])
                break
    # "Y, né de la fusion entre A et B": a past merger that made Y, not a partnership between A and B
    if t.lemma_.lower() in ("fusion", "rapprochement", "mariage") and lemma_of(t.head) in ("naître", "issu", "né", "résulter"):
        out.pop("prep:entre", None)
        out["_no_linear"] = []
    # a round's investors are not the company raising it ("réunissant 178 M€ avec A et B": the
    # parser makes A the verb's subject)
    if "investors" in out:
        backers = {n for n, _ in out["investors"]}
        for k in ("subj", "raiser"):
            if k in out:
                out[k] = [x for x in out[k] if x[0] not in backers]
                if not out[k]:
                    del out[k]
    for name, _ in out.pop("_holder", []):
        for k in [k for k in out if k.startswith("prep:")]:
            out[k] = [x for x in out[k] if x[0] != name]
            if not out[k]:
                del out[k]
    # a name in one slot is not also the one the title describes ("PDG du groupe Havas")
    if "head" in out:
        others = {n for k, items in out.items() if k.startswith("prep:") or k == "poss" for n, _ in items}
        out["head"] = [h for h in out["head"] if h[0] not in others]
        if not out["head"]:
            del out["head"]
    return out


# Titles whose holder leads a whole country when the title carries a nationality adjective
# ("le ministre turc" leads a ministry, not Turkey).
_HEADS_OF_STATE = {"président", "présidente", "chef", "cheffe", "chancelier", "chancelière", "roi", "reine",
                   "émir", "monarque", "dirigeant", "dirigeante", "prince", "souverain"}


def _heads_a_country(t) -> bool:
    low = t.lower_
    if low in _HEADS_OF_STATE:
        return True
    # "le Premier ministre indien": head of government
    return low == "ministre" and any(c.lower_ in ("premier", "première") for c in t.children)


# Words of an amount phrase ("3 milliards de dollars"), through which a complement may be misattached.
AMOUNT_WORDS = {"milliard", "milliards", "million", "millions", "euro", "euros", "dollar", "dollars", "livre",
                "livres", "franc", "francs", "somme", "montant", "prix", "m€", "md€", "md$", "m$", "mds"}

# Nouns of money raised that are not in FUNDING_NOUNS' transparent set: "une enveloppe de 486 M€".
ROUND_WORDS = {"enveloppe", "série", "round"}

# Verbs by which a buyer gives a contract ("confier le marché à Y").
AWARD_VERBS = {"confier", "attribuer", "adjuger", "octroyer"}

# Verbs by which a body gives someone a post.
APPOINT_VERBS = {"nommer", "désigner", "choisir", "élire", "recruter", "coopter", "appeler", "installer", "promouvoir"}
# Nouns of someone's taking up a post: "l'arrivée à la tête de Y de X".
ARRIVAL_NOUNS = {"arrivée", "nomination", "retour", "maintien", "installation", "élection", "désignation",
                 "accession", "promotion"}

# Verbs by which someone takes another's post.
SUCCESSION_VERBS = {"remplacer", "succéder", "relayer", "détrôner", "supplanter"}
# Verbs by which someone refuses what their object names ("exclure toute négociation avec Y").
REFUSAL_VERBS = {"exclure", "refuser", "rejeter", "écarter", "fermer"}

# Days and times after a verb, on which the parser sometimes hangs the verb's object.
TIME_WORDS = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "aujourd'hui",
              "matin", "soir", "midi", "demain"}


def _has_a_new_title(t, index: EntityIndex):
    """"Y a un nouveau directeur général depuis l'été, le Belge X": read as a line, the parse of
    such sentences is rarely usable. Returns (Y, X) or (None, None)."""
    doc, j = t.doc, t.i - 1
    while j > 0 and doc[j].lower_ in ("nouveau", "nouvelle", "nouvel", "premier", "première"):
        j -= 1
    if j < 2 or doc[j].lower_ not in ("un", "une") or doc[j - 1].lemma_ != "avoir":
        return None, None
    owner = index.entity_at(j - 2)
    if owner is None or index.kinds.get(j - 2) != "name" or index.type_of(owner) not in ("ORG", "GOV", "LOC"):
        return None, None
    end = t.sent.end
    comma = next((k for k in range(t.i + 1, min(t.i + 8, end)) if doc[k].text == ","), None)
    if comma is None:
        return None, None
    k = comma + 1
    while k < end and doc[k].pos_ == "DET":
        k += 1
    if k < end and doc[k].lower_ in countries_by_adjective():
        k += 1   # "le Belge X"
    holder = index.entity_at(k) if k < end else None
    if holder is None or index.kinds.get(k) != "name" or index.type_of(holder) != "PER":
        return None, None
    return (owner, j - 2), (holder, k)


def _name_before_bracket(t, index: EntityIndex):
    """The name right before "( … )" when t follows the closing bracket."""
    doc = t.doc
    if t.i < 3 or doc[t.i - 1].text != ")":
        return None
    opener = next((j for j in range(t.i - 2, max(t.i - 12, 0), -1) if doc[j].text == "("), None)
    if opener is None or opener < 1:
        return None
    name = index.entity_at(opener - 1)
    return (name, opener - 1) if name is not None and index.kinds.get(opener - 1) == "name" else None


def _fronted_apposition(t, index: EntityIndex) -> list[tuple[str, int]]:
    """A title opening the sentence describes the clause's subject after the comma: "Responsable
    des ventes de Y, X a …", "Actionnaire majoritaire de Y, non coté, l'homme d'affaires est …"."""
    doc, end = t.doc, t.sent.end
    comma = next((j for j in range(t.i + 1, min(t.i + 14, end)) if doc[j].text == ","), None)
    if comma is None:
        return []
    after = comma + 1
    nxt = next((j for j in range(after, min(after + 4, end)) if doc[j].text == ","), None)
    if nxt is not None and not any(index.entity_at(j) for j in range(after, nxt)):
        after = nxt + 1   # ", non coté," an aside about the title's complement
    for j in range(after, min(after + 6, end)):
        name = index.entity_at(j)
        if name is not None and index.kinds.get(j) in ("name", "descriptor", "introducer"):
            return [(name, j)]
        if doc[j].is_punct or doc[j].pos_ in ("VERB", "AUX"):
            break
    return []


def _aside_agents(t, index: EntityIndex) -> set[str]:
    """Names that are the "par X" of a participle describing an earlier name, before t in its
    sentence ("Y, contrôlé par X, …")."""
    names = set()
    for j in range(t.sent.start, t.i):
        tok = t.doc[j]
        if tok.dep_ == "obl:agent" and tok.head.dep_ == "acl":
            names.update(n for n, _ in entities_at(tok, index))
    return names


def _partitive(t) -> bool:
    """"un des administrateurs": the "des" is a partitive, not a complement's preposition."""
    case = next((c for c in t.children if c.dep_ == "case"), None)
    return case is not None and case.lower_ in ("des", "de") and case.i > 0 \
        and t.doc[case.i - 1].lower_ in ("un", "une")
