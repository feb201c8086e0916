"""Language of a cleaned text: langid, restricted to a few European languages.

langid's bundled model is bz2-compressed and takes 3–12 s to decompress, so
the decompressed model is cached (pickle protocol 5, ~8 MB, loads in ~10 ms)
under ``$XDG_CACHE_HOME/cercle`` (default ``~/.cache/cercle``); without a
writable cache it is simply decompressed each time. It loads lazily, and only
for texts that are not plainly French: when at least 8 % of the words are French
function words that the other candidate languages do not use, the answer is
"fr" without asking the model (the check costs microseconds). Texts under
``SHORT_WORDS`` words default to "fr" unless langid is very sure and no French
function word appears: a headline-only article should not be dropped for
being short.
"""
from __future__ import annotations

import base64
import bz2
import os
import pickle
import re
from functools import lru_cache
from pathlib import Path

LANGUAGES = ("fr", "en", "de", "es", "it", "pt", "nl")
SHORT_WORDS = 20
FAST_SHARE = 0.08     # French news: 0.11–0.26 of words are markers; en/es/it/pt/nl ~0, de ≤ 0.04
# French words that are not (or rarely) words of en/de/es/it/pt/nl.
FRENCH_MARKERS = frozenset(
    "les du et est une dans qui sur au aux pour avec cette ces ses sont ont "
    "été pas mais leur leurs nous vous ils elle elles à où déjà être avait "
    "était selon après qu n s j".split())
TOKEN = re.compile(r"[^\W\d_]+", re.UNICODE)


@lru_cache(maxsize=1)
def _identifier():
    from langid.langid import LanguageIdentifier

    ident = LanguageIdentifier(*_model_parts(), norm_probs=True)
    ident.set_languages(list(LANGUAGES))
    return ident


def _model_parts():
    """langid's (nb_ptc, nb_pc, nb_numfeats, nb_classes, tk_nextmove, tk_output)."""
    import numpy as np

    from importlib.metadata import version

    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "cercle" \
        / f"langid-{version('langid')}.pickle"
    parts = None
    try:
        parts = pickle.loads(cache.read_bytes())
    except (OSError, pickle.UnpicklingError, EOFError, ValueError, AttributeError):
        pass
    if parts is None:
        from langid.langid import model

        parts = pickle.loads(bz2.decompress(base64.b64decode(model)))  # what langid itself does
        try:
            cache.parent.mkdir(parents=True, exist_ok=True)
            tmp = cache.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_bytes(pickle.dumps(parts, protocol=5))
            tmp.replace(cache)
        except OSError:
            pass
    nb_ptc, nb_pc, nb_classes, tk_nextmove, tk_output = parts
    nb_numfeats = len(nb_ptc) // len(nb_pc)
    nb_pc = np.array(nb_pc)
    nb_ptc = np.array(nb_ptc).reshape(nb_numfeats, len(nb_pc))
    return nb_ptc, nb_pc, nb_numfeats, nb_classes, tk_nextmove, tk_output


def french_share(words: list[str]) -> float:
    if not words:
        return 0.0
    return sum(w in FRENCH_MARKERS for w in words) / len(words)


def detect_language(text: str) -> str:
    """An ISO 639-1 code among LANGUAGES ("fr" when unsure)."""
    words = TOKEN.findall(text[:20000].lower())
    share = french_share(words)
    if len(words) >= SHORT_WORDS and share >= FAST_SHARE:
        return "fr"
    if not words:
        return "fr"
    lang, prob = _identifier().classify(text[:20000])
    if len(words) < SHORT_WORDS:
        return lang if (lang != "fr" and prob >= 0.995 and share == 0) else "fr"
    return lang
