"""Synthetic French articles, recombined from sentences the team wrote (invented
actors only), for the ingest benchmark, the runner tests and scale trials on a cluster.

    python -m cercle.runner.synthetic OUT_DIR 1000            # 1,000 .txt files
    python -m cercle.runner.synthetic OUT.jsonl 1000 --jsonl  # one JSON line each

Deterministic: article ``i`` is the same on every machine.
"""
from __future__ import annotations

import json
import random
import sys
from pathlib import Path
from typing import Iterator

SENTENCES = [
    "Le groupe Valmorel a déposé une offre de 2,4 milliards d'euros pour racheter la société Ardentis.",
    "Le conseil d'administration d'Ardentis a rejeté l'offre à l'unanimité mardi soir.",
    "Hélène Castagnède, PDG de Valmorel depuis 2019, juge pourtant le prix « très généreux ».",
    "Selon le quotidien La Gazette du Nord, le fonds Orvault Capital détient 12 % du capital d'Ardentis.",
    "Orvault Capital a été fondé en 2008 par Bertrand Lemaire, un ancien banquier d'affaires.",
    "Bertrand Lemaire siège également au conseil de surveillance de la Banque Ardoise.",
    "La Banque Ardoise finance depuis dix ans les projets industriels de Valmorel.",
    "Le ministre de l'Industrie, Paul Verdier, a reçu jeudi les dirigeants des deux groupes à Bercy.",
    "Paul Verdier s'est dit « attentif à l'emploi » sur les sites de Normandie.",
    "Le syndicat CFTR accuse la direction de Valmorel de vouloir démanteler Ardentis.",
    "Ardentis a porté plainte contre Valmorel pour concurrence déloyale devant le tribunal de commerce.",
    "La société Quintal Énergie, filiale de Valmorel, a signé un accord avec la start-up Lumen Grid.",
    "Lumen Grid a levé 40 millions d'euros auprès du fonds Horizon Ventures en mars.",
    "Horizon Ventures avait déjà investi dans la jeune pousse Néovia l'an dernier.",
    "Claire Dumontet, cofondatrice de Néovia, a quitté l'entreprise en janvier.",
    "Néovia est désormais dirigée par Karim Belhadj, ancien directeur financier de Quintal Énergie.",
    "Karim Belhadj est un proche de la maire de Lyon, Sophie Arnaud.",
    "Sophie Arnaud s'oppose depuis des mois au projet de centre de données de Néovia.",
    "La Commission européenne a ouvert une enquête sur le rachat de Torvane par Valmorel.",
    "Torvane, spécialiste des câbles sous-marins, appartient au groupe Valmorel depuis 2021.",
    "Le président du Sénat, Gérard Fontenelle, a rencontré Hélène Castagnède lors d'un dîner à Paris.",
    "Le Parti de l'Avenir, dont Gérard Fontenelle est membre, soutient le projet de loi sur l'énergie.",
    "Le groupe de médias Presse Atlantique a été racheté par l'industriel Marc Olivier en 2022.",
    "Marc Olivier est le frère de Laurent Olivier, président du club de football de Nantes.",
    "Presse Atlantique est en concurrence avec le groupe Horizon Médias sur la publicité locale.",
    "Horizon Médias a annoncé un partenariat avec la plateforme Stellar Vidéo.",
    "Stellar Vidéo aurait versé 3 millions d'euros à la campagne du candidat Julien Marchal, selon Le Courrier.",
    "Julien Marchal dément avoir reçu le moindre financement de Stellar Vidéo.",
    "L'Autorité de la concurrence a infligé une amende de 15 millions d'euros à Stellar Vidéo.",
    "Le fonds souverain de Norvège a pris une participation de 5 % dans le capital de Quintal Énergie.",
    "Quintal Énergie a remporté un contrat de 800 millions d'euros avec l'État du Maroc.",
    "Le gouvernement marocain a confirmé la signature du contrat lundi.",
    "La banque Crédit Mérignac conseille Valmorel dans cette opération, selon deux sources proches du dossier.",
    "Anne Moreau, directrice générale du Crédit Mérignac, siège au conseil d'administration d'Ardentis.",
    "Anne Moreau a démissionné du conseil d'Ardentis pour éviter tout conflit d'intérêts.",
    "Le fonds américain Redwood Partners veut racheter la chaîne de magasins Boréal pour 600 millions d'euros.",
    "La direction de Boréal a accueilli froidement l'offre de Redwood Partners.",
    "Boréal est présidé par Jean-Baptiste Ferrand depuis la mort de son père.",
    "Jean-Baptiste Ferrand a fondé en 2015 la société de logistique Transalpe.",
    "Transalpe s'est alliée au transporteur italien Ferrovia Nord pour desservir Milan.",
    "Ferrovia Nord poursuit l'État italien pour rupture de contrat.",
    "Le député Thomas Girardin a accusé le ministre des Transports d'avoir favorisé Transalpe.",
    "Le ministre des Transports, Nadia Benali, rejette ces accusations.",
    "Nadia Benali est une alliée de longue date du président de la région, Éric Lambert.",
    "Éric Lambert a inauguré vendredi l'usine de batteries de Lumen Grid à Douai.",
    "La région Hauts-de-France a versé une subvention de 25 millions d'euros à Lumen Grid.",
    "Les salariés de l'usine ont voté une grève de deux jours, selon la CGT.",
    "Le cabinet d'audit Verlaine & Associés a rendu un rapport sévère sur les comptes d'Ardentis.",
    "Ardentis conteste ces conclusions et dénonce « un rapport à charge ».",
    "L'opération pourrait être bouclée avant la fin de l'année, estiment les analystes.",
    "Le titre d'Ardentis a bondi de 18 % à la Bourse de Paris après l'annonce.",
    "Les deux entreprises emploient ensemble près de 12 000 personnes en France.",
    "Le groupe Valmorel a réalisé un chiffre d'affaires de 9 milliards d'euros l'an dernier.",
    "Interrogé par nos soins, le porte-parole de Valmorel n'a pas souhaité commenter.",
    "Isabelle Renaud, porte-parole du gouvernement, a appelé les parties au dialogue.",
    "La fondation Lucas Meyer a fait un don de 2 millions d'euros à l'hôpital de Rouen.",
    "Lucas Meyer, l'ancien patron de Torvane, préside aujourd'hui cette fondation.",
    "Le Premier ministre a reçu Lucas Meyer à Matignon mercredi.",
    "Le fonds Orvault Capital et la Banque Ardoise ont créé une coentreprise dans l'immobilier.",
    "Redwood Partners est actionnaire de la holding Ferrand Participations à hauteur de 30 %.",
    "Ces tensions illustrent la rivalité ancienne entre Valmorel et Ardentis.",
    "Les négociations reprendront la semaine prochaine, a indiqué une source syndicale.",
]

TITLES = ["Bataille boursière autour d'Ardentis", "Valmorel persiste et signe",
          "Énergie : les alliances se recomposent", "Un rachat qui fait des remous",
          "Le gouvernement s'invite dans le dossier", "Les fonds en embuscade",
          "Médias : la concentration s'accélère", "Transports : l'enquête rebondit"]

CITIES = ["Paris", "Lyon", "Lille", "Nantes", "Marseille", "Bordeaux", "Rouen", "Toulouse"]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
          "septembre", "octobre", "novembre", "décembre"]


def article(i: int, min_sentences: int = 8, max_sentences: int = 16) -> dict:
    """Article ``i``: a dateline then sentences drawn without replacement (unique text)."""
    rng = random.Random(i)
    k = rng.randint(min_sentences, max_sentences)
    picked = rng.sample(SENTENCES, k)
    day, month, year = 1 + i % 28, MONTHS[(i // 28) % 12], 2015 + (i // 336) % 10
    dateline = f"{rng.choice(CITIES)}, le {day} {month} {year} (dépêche {i})."
    paragraphs = [" ".join([dateline] + picked[:k // 2]), " ".join(picked[k // 2:])]
    return {"id": f"synth-{i:06d}", "title": rng.choice(TITLES), "date": f"{year}-{(i // 28) % 12 + 1:02d}-{day:02d}",
            "text": "\n\n".join(paragraphs)}


def articles(n: int, start: int = 0, sentences: tuple[int, int] = (8, 16)) -> Iterator[dict]:
    for i in range(start, start + n):
        yield article(i, *sentences)


def write_dir(out: Path, n: int, start: int = 0, sentences: tuple[int, int] = (8, 16)) -> list[Path]:
    """One ``.txt`` file per article (title on the first line)."""
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for a in articles(n, start, sentences):
        p = out / f"{a['id']}.txt"
        p.write_text(f"{a['title']}\n\n{a['text']}\n", encoding="utf-8")
        paths.append(p)
    return paths


def write_jsonl(out: Path, n: int, start: int = 0) -> Path:
    with open(out, "w", encoding="utf-8") as f:
        for a in articles(n, start):
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    return out


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if len(args) != 2:
        sys.exit("usage: python -m cercle.runner.synthetic OUT N [--jsonl]")
    target, count = Path(args[0]), int(args[1])
    if "--jsonl" in sys.argv:
        write_jsonl(target, count)
    else:
        write_dir(target, count)
