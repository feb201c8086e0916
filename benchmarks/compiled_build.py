"""An experiment, not the default: a copy of ``src`` whose extraction modules are compiled with Cython.

    pip install --target /tmp/cy cython            # (not a dependency of cercle)
    PYTHONPATH=/tmp/cy python benchmarks/compiled_build.py /tmp/cercle-compiled
    PYTHONPATH=/tmp/cercle-compiled/src python benchmarks/extract.py --corpus ../shared/corpus

It copies ``src`` to DEST/src and compiles cercle/nlp, cercle/mentions, cercle/extract and
cercle/extract/slots there, in place (the same source, unannotated: ``annotation_typing=False``), so the
working tree keeps no .so that would shadow an edited .py (Python imports an extension module before the
source beside it). The copy is never imported unless DEST/src is put on the path.

Measured in session 23 (warm analyse pass over the dev corpus docs, callgrind): 2,648M instructions
pure-Python, 2,263M compiled (-14.5%, gcc -O1); CPU time of a pass about -15% (noisy machine).
NOT byte-identical: the compiled extract differed from the pure-Python one on 11 of 248 corpus and
synthetic docs (slots/speech.py compiled alone changes 3 of them, other slots modules the rest): some
construct there behaves differently once compiled; found and fixed, this could be an opt-in for long runs.
The compile takes ~20 minutes on two cores. (nlp/docview.py gives lists to its extended-slice
assignments: Cython refuses ``parts[::2] = map(...)``.)
"""
from __future__ import annotations

import glob
import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PATTERNS = ("cercle/extract/*.py", "cercle/extract/slots/*.py", "cercle/mentions/*.py", "cercle/nlp/*.py")


def main() -> None:
    dest = Path(sys.argv[1]).resolve() / "src"
    if dest.exists():
        shutil.rmtree(dest)
    shutil.copytree(ROOT / "src", dest, ignore=shutil.ignore_patterns("__pycache__", "*.so", "*.c"))
    os.chdir(dest)
    files = sorted({f for p in PATTERNS for f in glob.glob(p) if not f.endswith("__init__.py")})
    from Cython.Build import cythonize
    from setuptools import setup

    setup(ext_modules=cythonize(files, nthreads=2, quiet=True, compiler_directives={
        "language_level": 3, "binding": True, "annotation_typing": False}),
        script_args=["build_ext", "--inplace", "-j", "2"])


if __name__ == "__main__":
    main()
