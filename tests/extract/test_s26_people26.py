"""(s26-people26) Status of a title one became: "ancien X devenu Y" holds Y now (extract/status.py)."""


def _status(result, type_, obj):
    return [r.status for r in result.relations if r.type == type_ and r.object == obj]


def test_title_after_devenu_is_current(analyse_text):
    result = analyse_text("Paul Garnier, ancien ministre devenu PDG de Varnell, a parlé.")
    assert _status(result, "LEADS", "Varnell") and "former" not in _status(result, "LEADS", "Varnell")


def test_former_title_before_devenu_stays_former(analyse_text):
    result = analyse_text("Paul Garnier, ancien directeur de Kelvor devenu PDG de Varnell, a parlé.")
    assert _status(result, "LEADS", "Kelvor") == ["former"]
    assert "former" not in _status(result, "LEADS", "Varnell")


def test_former_title_alone_stays_former(analyse_text):
    result = analyse_text("Paul Garnier, l'ancien PDG de Varnell, a parlé.")
    assert _status(result, "LEADS", "Varnell") == ["former"]
