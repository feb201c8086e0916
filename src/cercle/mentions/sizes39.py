"""(s39-desc39) A company descriptor's size against what the text called each actor.

"L'offre intervient alors que la jeune pousse bourguignonne achève l'essai …" after "Le géant pharmaceutique
français n'était pas seul …": the start-up is not the giant, whichever actor is nearer or the story's subject. A size
noun ("la jeune pousse", "la start-up", "la PME"; "le géant", "la multinationale") is no actor the text called only
by nouns of the other size: the nouns that introduced it ("le géant X"), that were set beside its name ("X, la
jeune pousse lyonnaise") and the descriptors that stood for it before. refs35's kind check leaves these nouns out
("le géant" may be a bank, a retailer or a union: no class), so sizes are read here.

Lexicons in data/sizes39.yaml.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

from ..yamldata import load_yaml


@lru_cache(maxsize=1)
def _sizes() -> dict[str, str]:
    data = load_yaml(resources.files("cercle.mentions").joinpath("data/sizes39.yaml").read_text("utf-8"))
    return {n: size for size in ("big", "small") for n in data[size]}


def size_of(noun: str) -> str | None:
    """"big", "small" or None for a descriptor's or an evidence noun."""
    return _sizes().get(noun.lower()) if noun else None


def size_clash(name: str, noun: str, introduced, apposed, described) -> bool:
    """True when the descriptor's noun has a size and the text called the actor by nouns of the other size only."""
    size = size_of(noun)
    if size is None:
        return False
    nouns = set(introduced.get(name, ())) | set(apposed.get(name, (set(), set()))[0]) | set(described.get(name, ()))
    sizes = {s for n in nouns if (s := size_of(n)) is not None}
    return bool(sizes) and size not in sizes
