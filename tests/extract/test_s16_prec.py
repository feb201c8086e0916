"""s16-prec: negation by a verb of refusal ("X a refusé de soutenir Y"), invented names."""
import pytest


@pytest.mark.parametrize("text,rtype,subject,obj", [
    ("Entre les deux hommes, le bras de fer dure depuis l'élection, où le président du RTR, Jean Dupont, avait "
     "refusé de soutenir la candidature de M. Paul Martin.", "ALLY_OF", "Jean Dupont", "Paul Martin"),
    ("La sénatrice Paule Marin refuse d'adhérer au Parti vert.", "MEMBER_OF", "Paule Marin", "Parti vert"),
    ("La holding Orsa a refusé d'investir dans Tramex.", "INVESTS_IN", "Orsa", "Tramex"),
    ("Le fonds Orsa a décliné d'investir dans la société Tramex l'an dernier.", "INVESTS_IN", "Orsa", "Tramex"),
])
def test_refused_act_is_negated(analyse_text, text, rtype, subject, obj):
    got = [r for r in analyse_text(text).relations if r.type == rtype and {r.subject, r.object} == {subject, obj}]
    assert got and all(r.negated for r in got)


def test_refused_offer_stays_a_rejected_bid(analyse_text):
    got = [r for r in analyse_text("Le conseil de Tramex a refusé l'offre de la société Orsa.").relations
           if r.type == "BIDS_FOR"]
    assert got and not got[0].negated and got[0].status == "rejected"
