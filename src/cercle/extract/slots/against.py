"""(s19-gapC) Stands taken against someone that the generic readers miss, each gated on its cue word:

- resisting: "X a résisté à Y", "X a résisté à l'offensive de Y", "X repousse les assauts de Y",
  "X tient tête à Y" (slots "resisted": a name or the actor of an event; "resisted_move": the actor
  of a hostile move only, which is a feud even between two companies);
- barring: "X veut faire barrage à Y" (slot "barred", its maker "barrer");
- facing: "X doit faire face à Y" (slot "faced_off");
- a civil party: "X s'est constituée partie civile contre Y", "X, partie civile contre Y" (slots
  "civil_party", "civil_against");
- a prosecutor's requisitions: "le parquet a requis trois ans de prison contre Y" (slot "required_against");
- turning to the courts: "X s'est retourné contre Y en justice" (slot "sued_back");
- allying against: "X s'est allié à Z contre Y" (slot "allied_against");
- a strike against: "X a mené une grève contre (la nomination de) Y" (slots "striker", "struck_against");
- a licence withdrawn: "X a retiré sa licence à Y" (slot "withdrawn_from": a sanction);
- a person's conduct blamed: "X critique la verticalité de Y" (slot "conduct_of": a person's anything,
  criticised, blames that person).

Every reader tests its trigger's lemma first (one frozenset look-up per token) and walks only the
trigger's own children or its head's."""
from __future__ import annotations

from ...mentions.entities import EntityIndex
from ...nlp.docview import tokens_of
from ..arguments import PERSON_TITLES, _subject_of, case_of, entities_at, lemma_of
from .found import Found
from .gate import acts_on
from .speech import event_actors, words as speech_words

_PHRASE_DEPS = ("obl", "obl:mod", "obl:arg", "nmod", "iobj")

_RESIST_VERBS = frozenset({"résister", "repousser"})
# hostile moves whose "de" names their actor ("les assauts de Y", "le raid de Y"), beside the event nouns
# of data/speech.yaml (offensive, offre, OPA, manœuvres…)
_MOVE_NOUNS = frozenset({"assaut", "assauts", "raid", "raids", "offensive", "offensives", "attaque", "attaques",
                         "opa", "ope", "offre", "offres", "manœuvre", "manœuvres", "manoeuvre", "manoeuvres",
                         "appétit", "appétits", "visées", "convoitise", "convoitises", "avances", "pression",
                         "pressions", "tentative", "tentatives", "entrée", "montée"})
_BAR_NOUNS = frozenset({"barrage"})
# "repousser son entrée au capital de Y": one's own entry put off, no one else's move (s26-fights26b)
_OWN_DETS = frozenset({"son", "sa", "leur", "notre", "mon", "ma"})
_CIVIL = frozenset({"partie"})
_REQUIRE = frozenset({"requérir", "réclamer"})
_TURN = frozenset({"retourner"})
_COURT_WORDS = frozenset({"justice", "tribunal", "tribunaux", "judiciaire", "judiciairement", "cour", "prud'hommes",
                          "prud’hommes", "juge", "juges"})
_ALLY_VERBS = frozenset({"allier", "liguer", "coaliser", "unir", "associer", "rallier"})
_STRIKE_NOUNS = frozenset({"grève", "grèves", "mobilisation", "manifestation", "manifestations"})
_WITHDRAW = frozenset({"retirer"})
_LICENCES = frozenset({"licence", "licences", "agrément", "agréments", "autorisation", "autorisations",
                       "accréditation", "accréditations", "habilitation", "habilitations", "permis",
                       # (s19-gapC2) rights and concessions a state takes back: "retire à Y ses droits miniers"
                       "droits", "concession", "concessions"})
_BLAME = frozenset({"critiquer", "dénoncer", "fustiger", "étriller", "épingler", "stigmatiser", "railler",
                    "brocarder", "vilipender", "tancer", "éreinter", "dénigrer", "égratigner", "tacler"})
# what is criticised and is not the person's conduct: events and facts about them told by others
_NOT_CONDUCT = frozenset({"nomination", "élection", "réélection", "arrivée", "départ", "démission", "mort",
                          "décès", "arrestation", "condamnation", "limogeage", "éviction", "exclusion",
                          "absence", "sort", "traitement", "remplacement", "mise", "garde", "détention",
                          "incarcération", "candidature", "victoire", "défaite", "licenciement", "agression",
                          "assassinat", "meurtre", "harcèlement", "enlèvement", "expulsion", "sanction", "sanctions",
                          "mise", "exil", "emprisonnement", "interpellation", "audition", "convocation"})

# "X a fait de Y sa cible": what one makes of someone that sets them against one
_TARGET_NOUNS = frozenset({"cible", "ennemi", "ennemie", "adversaire", "bête", "épouvantail", "repoussoir",
                           "souffre-douleur"})
# relations that sour: "X a vu ses relations se tendre avec Y", "les rapports entre A et B se sont dégradés"
_SOURING = frozenset({"tendre", "dégrader", "détériorer", "envenimer", "refroidir", "crisper", "gâter", "aigrir",
                      "distendre"})
_RELATION_NOUNS = frozenset({"relation", "relations", "rapport", "rapports", "lien", "liens"})

# "X dispute le leadership du parti à Y", "X a ravi la mairie à Y"
_DISPUTING = frozenset({"disputer", "ravir", "contester"})

# "X a été poussé vers la sortie / dehors / à la démission par Y"
_PUSHED_OUT = frozenset({"sortie", "dehors", "démission", "départ", "porte"})

# "X ne s'alliera jamais avec Y", "X ne gouvernera pas avec Y": a refusal said by negating the verb
_REFUSED_VERBS = frozenset({"allier", "gouverner", "pactiser", "négocier", "coaliser", "dialoguer", "siéger",
                            "discuter", "composer"})

_GATE = _REFUSED_VERBS | {"pousser"} | _DISPUTING | _SOURING | _RESIST_VERBS | _BAR_NOUNS | _CIVIL | _REQUIRE | _TURN | _ALLY_VERBS | _STRIKE_NOUNS | _WITHDRAW | _BLAME \
    | {"faire", "tenir"}


@acts_on(lambda w: w.lemma in _GATE or w.lower in _GATE or w.lemma in speech_words()["titled_target_triggers"] or w.lower in speech_words()["titled_target_triggers"])
def against_parties(t, index: EntityIndex, out: Found, verbal: bool) -> None:
    lemma = lemma_of(t)
    if out and (lemma in speech_words()["titled_target_triggers"] or t.lower_ in speech_words()["titled_target_triggers"]):
        _holder_not_body(t, index, out)
    if lemma not in _GATE and t.lower_ not in _GATE:
        return
    if verbal:
        if lemma in _RESIST_VERBS or lemma == "tenir":
            _resisted(t, index, out, lemma)
        elif lemma == "faire":
            _faced_off(t, index, out)
            _made_target(t, index, out)
        elif lemma in _SOURING:
            _soured(t, index, out)
        elif lemma in _DISPUTING:
            _disputed_to(t, index, out)
        elif lemma == "pousser":
            _pushed_out(t, index, out)
        elif lemma in _REQUIRE:
            _required_against(t, index, out)
        elif lemma in _TURN:
            _sued_back(t, index, out)
        elif lemma in _ALLY_VERBS:
            _allied_against(t, index, out)
            if lemma in _REFUSED_VERBS:
                _refused_by_negation(t, index, out)
        elif lemma in _REFUSED_VERBS:
            _refused_by_negation(t, index, out)
        elif lemma in _WITHDRAW:
            _withdrawn_from(t, index, out)
        elif lemma in _BLAME:
            _conduct_of(t, index, out)
    elif t.pos_ == "ADJ" and lemma in _SOURING:
        _soured(t, index, out)   # ("… ses relations se tendre avec Y", the infinitive tagged an adjective)
    elif t.pos_ == "NOUN":
        if t.lower_ in _BAR_NOUNS:
            _barred(t, index, out)
        elif t.lower_ in _CIVIL:
            _civil_party(t, index, out)
        elif t.lower_ in _STRIKE_NOUNS:
            _struck_against(t, index, out)


def _actors(c, index: EntityIndex) -> list[tuple[str, int]]:
    """A name, or the actor of the event the phrase names ("l'offensive de Y", "la nomination de Y")."""
    return entities_at(c, index) or _move_actors(c, index) or event_actors(c, index)


def _move_actors(c, index: EntityIndex) -> list[tuple[str, int]]:
    if c.lower_ not in _MOVE_NOUNS and c.lemma_.lower() not in _MOVE_NOUNS:
        return []
    got = [x for k in c.children if k.dep_ == "nmod" and case_of(k) == "de" for x in entities_at(k, index)]
    if not got and c.lower_ in ("montée", "entrée") and not any(k.dep_ == "nmod" and case_of(k) in ("de", "du", "des")
                                                                or k.lower_ in _OWN_DETS for k in c.children):
        # (s26-fights26b) "X a repoussé la montée au capital de Y": the parser hangs the climber on "capital"
        got = [x for k in c.children if k.lower_ == "capital" and case_of(k) in ("au", "à")
               for m in k.children if m.dep_ == "nmod" and case_of(m) in ("de", "du", "des", "d'", "d’")
               for x in entities_at(m, index)]
    return got


def _resisted(t, index: EntityIndex, out: Found, lemma: str) -> None:
    """"X a résisté à Y" / "… à l'offensive de Y", "X repousse les assauts de Y", "X tient tête à Y"."""
    if lemma == "tenir" and not any(c.dep_ == "obj" and c.lower_ == "tête" for c in t.children):
        return
    for c in t.children:
        if c.dep_ == "obj" and lemma == "repousser" or c.dep_ in _PHRASE_DEPS and case_of(c) == "à" \
                and lemma != "repousser":
            moved = _move_actors(c, index) or event_actors(c, index)
            if moved:
                out.put("resisted_move", moved)
                out.put("resisted", moved)
            elif lemma != "repousser":   # ("repousser Y": a date, a vote put off; only a move is pushed back)
                out.put("resisted", entities_at(c, index))


def _faced_off(t, index: EntityIndex, out: Found) -> None:
    """"X doit faire face à Y": the "à" phrase of "faire face" (a rival, in a contest or a feud)."""
    if not any(c.dep_ == "obj" and c.lower_ == "face" and not any(k.dep_ == "det" for k in c.children)
               for c in t.children):
        return
    out.put("faced_off", [x for c in t.children if c.dep_ in _PHRASE_DEPS and case_of(c) == "à"
                          for x in entities_at(c, index)])


def _barred(t, index: EntityIndex, out: Found) -> None:
    """"X veut faire barrage à Y", "faire barrage à la candidature de Y"."""
    verb = t.head
    if t.dep_ != "obj" or lemma_of(verb) not in ("faire", "dresser", "opposer"):
        return
    got = [x for c in list(verb.children) + list(t.children) if c.dep_ in _PHRASE_DEPS and case_of(c) == "à"
           for x in _actors(c, index)]
    if got:
        out.put("barred", got)
        out.put("barrer", _subject_of(verb, index))


def _civil_party(t, index: EntityIndex, out: Found) -> None:
    """"X s'est constituée partie civile contre Y", "X, partie civile contre Y": X sues Y."""
    doc = t.doc
    # (s19-gapC2: "X s'est portée partie plaignante contre Y" as well)
    if t.i + 1 >= len(doc) or doc[t.i + 1].lower_ not in ("civile", "civiles", "plaignante", "plaignantes"):
        return
    holder = t.head if t.dep_ not in ("ROOT",) else t
    phrases = [c for c in t.children if case_of(c) == "contre" and c.dep_ in _PHRASE_DEPS]
    if holder.pos_ in ("VERB", "AUX"):
        phrases += [c for c in holder.children if case_of(c) == "contre" and c.dep_ in _PHRASE_DEPS]
        who = _subject_of(holder, index)
    elif t.dep_ in ("appos", "nmod") and t.i > 0 and doc[t.i - 1].text == ",":
        who = entities_at(holder, index)   # ("X, partie civile contre Y": the name the apposition describes)
        # (the parser may hang "contre Y" on that name, right after "partie civile")
        phrases += [c for c in holder.children if case_of(c) == "contre" and c.dep_ in _PHRASE_DEPS
                    and t.i < c.i <= t.i + 6]
    else:
        who = []
    against = [x for c in phrases for x in entities_at(c, index)]
    if who and against:
        out.put("civil_party", who)
        out.put("civil_against", against)


def _required_against(t, index: EntityIndex, out: Found) -> None:
    """"le parquet a requis trois ans de prison contre Y": the "contre" of the verb or of its object."""
    objs = [c for c in t.children if c.dep_ == "obj"]
    phrases = [c for c in t.children if case_of(c) == "contre" and c.dep_ in _PHRASE_DEPS]
    phrases += [k for o in objs for k in o.children if case_of(k) == "contre" and k.dep_ in _PHRASE_DEPS]
    if lemma_of(t) == "réclamer" and not any(o.lemma_.lower() in ("an", "mois", "prison", "peine", "amende")
                                              for o in objs):
        return   # ("réclamer 2 M€ contre Y" is not a prosecutor's; only a sentence asked for)
    out.put("required_against", [x for c in phrases for x in entities_at(c, index)])


def _sued_back(t, index: EntityIndex, out: Found) -> None:
    """"X s'est retourné contre Y en justice" (a court word among the verb's phrases)."""
    if not any(c.lower_ in ("se", "s'", "s’") for c in t.children):
        return
    if not any(w.lower_ in _COURT_WORDS for c in t.children if c.dep_ in _PHRASE_DEPS or c.dep_ == "advmod"
               for w in (c, *c.children)):
        return
    out.put("sued_back", [x for c in t.children if case_of(c) == "contre" and c.dep_ in _PHRASE_DEPS
                          for x in entities_at(c, index)])


def _allied_against(t, index: EntityIndex, out: Found) -> None:
    """"X s'est allié à Z contre Y": the one allied against (on the verb, or hung on the ally's name)."""
    phrases = [c for c in t.children if case_of(c) == "contre" and c.dep_ in _PHRASE_DEPS]
    phrases += [k for c in t.children if c.dep_ in _PHRASE_DEPS and case_of(c) in ("à", "avec")
                for k in c.children if case_of(k) == "contre" and k.dep_ == "nmod"]
    out.put("allied_against", [x for c in phrases for x in _actors(c, index)])


def _struck_against(t, index: EntityIndex, out: Found) -> None:
    """"X a mené une grève contre la nomination de Y": the strike's "contre" (on the noun or its verb)."""
    verb = t.head
    phrases = [c for c in t.children if case_of(c) == "contre" and c.dep_ in _PHRASE_DEPS]
    if t.dep_ == "obj" and verb.pos_ == "VERB":
        phrases += [c for c in verb.children if case_of(c) == "contre" and c.dep_ in _PHRASE_DEPS]
    got = [x for c in phrases for x in _actors(c, index)]
    if got and t.dep_ == "obj" and verb.pos_ == "VERB":
        out.put("striker", _subject_of(verb, index))
        out.put("struck_against", got)


def _withdrawn_from(t, index: EntityIndex, out: Found) -> None:
    """"X a retiré sa licence à Y", "X a retiré à Y son agrément": a licence taken back is a sanction."""
    objs = [c for c in t.children if c.dep_ == "obj" and c.lower_ in _LICENCES]
    if not objs:
        return
    phrases = [c for c in t.children if case_of(c) == "à" and c.dep_ in _PHRASE_DEPS]
    phrases += [k for o in objs for k in o.children if case_of(k) == "à" and k.dep_ == "nmod"]
    out.put("withdrawn_from", [x for c in phrases for x in entities_at(c, index)])


def _conduct_of(t, index: EntityIndex, out: Found) -> None:
    """"X critique la verticalité de Y": whatever of a person's is criticised blames the person (not an
    event that befell them: "dénonce l'arrestation de Y")."""
    for o in t.children:
        if o.dep_ != "obj" or o.pos_ != "NOUN" or index.entity_at(o.i) is not None \
                or o.lemma_.lower() in _NOT_CONDUCT or o.lower_ in _NOT_CONDUCT:
            continue
        got = [x for k in o.children if k.dep_ == "nmod" and case_of(k) in ("de", "du", "des")
               for x in entities_at(k, index) if index.type_of(x[0]) == "PER"]
        out.put("conduct_of", got)


_TARGET_SLOTS = ("prep:contre", "obj", "prep:à", "pass")


def _holder_not_body(t, index: EntityIndex, out: Found) -> None:
    """"une plainte contre la ministre des Sports, X", "accuse le ministre de l'Intérieur, X": the target is
    the person the title names after its comma, not the ministry the title was read as (whether the
    parser hung the name as the title's apposition or as a second target)."""
    tv = tokens_of(t.doc)
    end_s = t.sent.end
    for slot in _TARGET_SLOTS:
        items = out.get(slot)
        if not items:
            continue
        for name, i in list(items):
            if i < 0 or index.kinds.get(i) != "introducer" or tv[i].lower_ not in PERSON_TITLES \
                    or index.type_of(name) not in ("GOV", "ORG"):
                continue
            end = i
            while end < end_s and index.entity_at(end) == name:
                end += 1
            j = end + 1
            if j >= end_s or tv[end].text != ",":
                continue
            who = index.entity_at(j)
            # (a person's title announces a person, whatever type the recogniser gave the name)
            if who is None or index.kinds.get(j) != "name" or index.type_of(who) in ("ORG", "GOV"):
                continue
            k = j
            while k < end_s and index.entity_at(k) == who:
                k += 1
            if k < end_s and tv[k].text not in (",", ".", ";", ")", "»") and tv[k].lower_ not in ("pour", "devant", "et"):
                continue
            out[slot] = [x for x in out[slot] if x[0] != name]
            out.put(slot, [(who, j)])


def _made_target(t, index: EntityIndex, out: Found) -> None:
    """"X a fait de Y sa cible (favorite)", "… son ennemi juré", "… sa bête noire": Y is X's foe."""
    # (the parser may hang "sa cible" on the name as its apposition: "fait de [Y sa cible]")
    if not any(c.dep_ in ("obj", "xcomp", "appos") and c.lemma_.lower() in _TARGET_NOUNS
               and any(k.dep_ == "det" and "Yes" in k.morph.get("Poss") for k in c.children)
               for c in [*t.children, *(k for c in t.children if c.dep_ in _PHRASE_DEPS for k in c.children)]):
        return
    out.put("made_target", [x for c in t.children if c.dep_ in _PHRASE_DEPS and case_of(c) in ("de", "d'")
                            for x in entities_at(c, index)])


def _soured(t, index: EntityIndex, out: Found) -> None:
    """"X a vu ses relations se tendre avec Y", "les relations de X avec Y se sont dégradées", "les rapports
    entre A et B se sont envenimés": a falling-out (slots "soured_owner", "soured_with", "soured_between")."""
    rel = [c for c in t.children if c.dep_ in ("nsubj", "nsubj:pass") and c.lower_ in _RELATION_NOUNS]
    seer = None
    if not rel and t.dep_ == "xcomp" and lemma_of(t.head) == "voir":
        seer = t.head
        rel = [c for c in seer.children if c.dep_ == "obj" and c.lower_ in _RELATION_NOUNS]
    elif not rel and t.dep_ in ("amod", "acl") and t.head.lower_ in _RELATION_NOUNS:
        rel = [t.head]   # ("… vu ses relations se tendre …" with the infinitive hung on the noun)
        seer = t.head.head if t.head.dep_ == "obj" and lemma_of(t.head.head) == "voir" else None
    if not rel:
        return
    noun = rel[0]
    phrases = list(noun.children) + list(t.children)
    out.put("soured_with", [x for c in phrases if c.dep_ in _PHRASE_DEPS and case_of(c) == "avec"
                            for x in entities_at(c, index) or _named_after_comma(c, index)])
    out.put("soured_between", [x for c in noun.children if c.dep_ == "nmod" and case_of(c) == "entre"
                               for x in entities_at(c, index)])
    owner = [x for c in noun.children if c.dep_ == "nmod" and case_of(c) in ("de", "d'")
             for x in entities_at(c, index)]
    if not owner and seer is not None and any(k.dep_ == "det" and "Yes" in k.morph.get("Poss") for k in noun.children):
        owner = _subject_of(seer, index)   # ("X a vu ses relations …": the possessive is the one who saw)
        if not owner and seer.dep_ == "parataxis":
            owner = entities_at(seer.head, index)   # ("M. X, à la tête de Y, avait vu …" parsed with "M." as root)
    out.put("soured_owner", owner)


def _disputed_to(t, index: EntityIndex, out: Found) -> None:
    """"X dispute le leadership du mouvement à Y": the "à" phrase of the verb or hung on its object."""
    objs = [c for c in t.children if c.dep_ == "obj" and index.entity_at(c.i) is None]
    if not objs:
        return
    phrases = [c for c in t.children if c.dep_ in _PHRASE_DEPS and case_of(c) == "à"]
    phrases += [k for o in objs for k in o.children if k.dep_ == "nmod" and case_of(k) == "à"]
    out.put("disputed_to", [x for c in phrases for x in entities_at(c, index)])


def _named_after_comma(c, index: EntityIndex) -> list[tuple[str, int]]:
    """"avec le premier actionnaire, Y": a description with no name of its own, named right after its
    comma (wherever the parser hung the name)."""
    tv = tokens_of(c.doc)
    j = c.right_edge.i + 1
    if tv[j - 1].text == ",":
        j -= 1   # (the comma may be the phrase's own last token)
    if j + 1 < c.sent.end and tv[j].text == "," and index.kinds.get(j + 1) == "name":
        return [(index.entity_at(j + 1), j + 1)]
    return []


def _pushed_out(t, index: EntityIndex, out: Found) -> None:
    """"X a été poussé vers la sortie par Y", "Y a poussé X dehors / à la démission": the one pushed out."""
    if not any(c.lower_ in _PUSHED_OUT and (c.dep_ in _PHRASE_DEPS or c.dep_ == "advmod") for c in t.children):
        return
    out.put("pushed_out", [x for c in t.children if c.dep_ in ("obj", "nsubj:pass") for x in entities_at(c, index)])


def _refused_by_negation(t, index: EntityIndex, out: Found) -> None:
    """"X ne s'alliera jamais avec Y", "X ne gouverne pas avec Y": a refusal, not a past fact denied ("X n'a
    pas négocié avec Y" tells what did not happen: no tie)."""
    kids = list(t.children)
    if not any(c.lower_ in ("ne", "n'", "n’") for c in kids) \
            or not any(c.lower_ in ("pas", "jamais", "aucunement", "point") for c in kids) \
            or any(c.dep_ in ("aux:tense", "aux:pass") for c in kids):
        return
    out.put("refused_avec", [x for c in kids if c.dep_ in _PHRASE_DEPS and case_of(c) == "avec"
                             for x in entities_at(c, index)])
