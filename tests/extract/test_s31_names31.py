"""(s31-names31) The cases of cases_s31_names31.py run on their own (test_rules.py runs them too), plus the
name boundaries themselves: the entity list never holds a name opened by a lead-in preposition or a year."""
from __future__ import annotations

import pytest

from cercle.evaluate import normalise_name
from cercle.model import load_model

from .cases_s31_names31 import CASES, FORBIDDEN


def _keys(relations):
    return {(r.type, normalise_name(r.subject), normalise_name(r.object)) for r in relations}


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_names31_case(analyse_text, text, expected):
    got = _keys(analyse_text(text).relations)
    for t, s, o in expected:
        key = (t, normalise_name(s), normalise_name(o))
        if load_model().is_symmetric(t) and key not in got:
            key = (t, normalise_name(o), normalise_name(s))
        assert key in got, f"missing {t}({s} → {o}) in {sorted(got)}"


@pytest.mark.parametrize("text,tie", FORBIDDEN, ids=[c[0][:40] for c in FORBIDDEN])
def test_names31_forbidden(analyse_text, text, tie):
    t, s, o = tie
    assert (t, normalise_name(s), normalise_name(o)) not in _keys(analyse_text(text).relations)


@pytest.mark.parametrize("text,bad", [
    ("Chez Morvane, fondé par Alix Perrin, on se tait. Morvane n'a pas répondu.", "Chez Morvane"),
    ("Selon Kestral, la hausse se poursuivra. Kestral emploie 300 personnes.", "Selon Kestral"),
    ("Face à Ondelia, les syndicats protestent. Ondelia a publié ses comptes.", "Face à Ondelia"),
    ("Marie Santel préside depuis 2017 Maison Orbel, un incubateur lyonnais.", "2017 Maison Orbel"),
])
def test_no_lead_in_in_names(analyse_text, text, bad):
    names = {e.name for e in analyse_text(text).entities}
    assert bad not in names


@pytest.mark.parametrize("text,opening,name", [
    ("Vortalis rachète Kelmo.\n\nChez Vortalis, créé en 2004 par Hélène Garnier, la prudence domine.", "Chez Vortalis", "Vortalis"),
    ("Le marché se tend.\n\nDu côté de Brenmar, lancé par Luc Ferrat, personne ne commente.", "Du côté de Brenmar", "Brenmar"),
    ("Rien n'est joué.\n\nAux côtés de Quintara Capital, trois banques financent le projet.", "Aux côtés de Quintara Capital", "Quintara Capital"),
    ("Les offres sont tombées. Face à Ondelia, les syndicats protestent.", "Face à Ondelia", "Ondelia"),
    ("D'après Kestral Conseil, la hausse se poursuivra.", "D'après Kestral Conseil", "Kestral Conseil"),
    ("Marie Santel préside depuis 2017 Maison Orbel, un incubateur.", "2017 Maison Orbel", "Maison Orbel"),
    ("Le rachat est bouclé. Mardi Velmor a confirmé l'accord.", "Mardi Velmor", "Velmor"),
])
def test_cut_lead_ins(nlp, text, opening, name):
    """A name pass that took the capitalised preposition (or a year, a day) opening the sentence with the name
    (the NER knows neither word: "Chez X" after a paragraph break) gets it cut off."""
    from cercle.mentions.index import _Span
    from cercle.mentions.names31 import cut_lead_ins
    doc = nlp(text)
    i = text.index(opening)
    span = doc.char_span(i, i + len(opening))
    spans = [_Span(span.start, span.end, span.text)]
    cut_lead_ins(doc, spans)
    assert [s.text for s in spans] == [name]


def test_lead_in_kept_inside_a_name(nlp):
    """"Ensemble Pour la Ville": a capitalised preposition inside a name, not opening the sentence, stays."""
    from cercle.mentions.index import _Span
    from cercle.mentions.names31 import cut_lead_ins
    text = "Le collectif Ensemble Pour Valmont a déposé une liste."
    doc = nlp(text)
    i = text.index("Pour Valmont")
    span = doc.char_span(i, i + len("Pour Valmont"))
    spans = [_Span(span.start, span.end, span.text)]
    cut_lead_ins(doc, spans)
    assert spans[0].text == "Pour Valmont"


@pytest.mark.parametrize("text,cut,whole", [
    ("Exclu du parti en 2014, Marc Tolin a fondé son propre mouvement, La Force du 13.", "La Force", "La Force du 13"),
    ("Elle anime depuis dix ans l'association Les Amis du 92, très active.", "Les Amis", "Les Amis du 92"),
    ("Le collectif Renouveau des 31, très actif, a déposé une liste.", "Renouveau", "Renouveau des 31"),
    ("Ferval du 3 mars 2010 n'existe plus.", "Ferval", "Ferval"),            # a date
    ("Le budget de Kelmo de 300 millions est voté.", "Kelmo", "Kelmo"),      # an amount
])
def test_names_ending_in_a_number(nlp, text, cut, whole):
    from cercle.mentions.index import _Span
    from cercle.mentions.names31 import names_ending_in_a_number
    doc = nlp(text)
    i = text.index(cut)
    span = doc.char_span(i, i + len(cut))
    spans = [_Span(span.start, span.end, span.text)]
    names_ending_in_a_number(doc, spans)
    assert spans[0].text == whole


def _spans_of(doc, text, names, loc):
    from cercle.mentions.index import _Span
    out = []
    for name in names:
        i = text.index(name)
        s = doc.char_span(i, i + len(name))
        sp = _Span(s.start, s.end, s.text)
        sp.votes["LOC" if name == loc else "ORG"] += 1
        out.append(sp)
    return out


@pytest.mark.parametrize("text,names,acr,org", [
    ("Kelmor l'a emporté face à Orvane Partners et à KTQ, qui avaient remis une offre.", ["Orvane Partners", "KTQ"], "KTQ", True),
    ("Les repreneurs BXR et Talvane Capital ont été écartés.", ["BXR", "Talvane Capital"], "BXR", True),
    ("Brenval, Morvex ou QNT pourraient déposer une offre d'ici juin.", ["Morvex", "QNT"], "QNT", True),
    ("Le fonds devance son rival PKV dans la course au rachat.", ["PKV"], "PKV", True),
    ("Talvane Capital et la RDC ont signé un accord.", ["Talvane Capital", "RDC"], "RDC", False),   # a place's acronym
    ("La mine se trouve au nord du KRV, loin de tout.", ["KRV"], "KRV", False),                       # no list, no rival
])
def test_acronyms_among_organisations(nlp, text, names, acr, org):
    from cercle.mentions.index import top
    from cercle.mentions.names31 import acronyms_among_organisations
    doc = nlp(text)
    spans = _spans_of(doc, text, names, acr)
    acronyms_among_organisations(doc, spans)
    got = next(s for s in spans if s.text == acr)
    assert (top(got.votes) == "ORG") == org
