"""Corrections (merge two actors, undo the merges of one) — only with ``--allow-edits`` and the start-up token.

The web layer owns no editing logic: it calls whichever function the query or
store layer provides, under the single-writer lock, and answers 501 when the
store in use has none.
"""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Request
from pydantic import BaseModel, Field

from .security import require_token

router = APIRouter(prefix="/api/edits", dependencies=[Depends(require_token)])

Id = Annotated[str, Field(min_length=1, max_length=128, pattern=r"^[\w.:\-]+$")]


class Merge(BaseModel):
    keep: Id = Field(description="L'acteur qui reste")
    drop: Id = Field(description="L'acteur fondu dans le premier")


class Split(BaseModel):
    entity: Id = Field(description="L'acteur dont on défait les fusions")


def _editor(request: Request, names: tuple[str, ...]):
    """fn(store, *args) calling the first editing function the query module or the store offers."""
    query = request.app.state.query

    def call(store, *args):
        for name in names:
            if callable(getattr(query, name, None)):
                return getattr(query, name)(store, *args)
        for name in names:
            if callable(getattr(store, name, None)):
                return getattr(store, name)(*args)
        raise HTTPException(501, "Cette version du stockage ne sait pas faire cette correction.")

    return call


async def _write(request: Request, fn, *args):
    runner = request.app.state.runner

    def locked(store):
        with runner.write_lock:
            return fn(store, *args)

    return await runner.run(locked)


@router.post("/merge", summary="Fondre deux acteurs en un (correction)")
async def merge(request: Request, body: Merge) -> dict:
    if body.keep == body.drop:
        raise HTTPException(422, "Choisissez deux acteurs différents.")
    fn = _editor(request, ("merge_entities", "merge"))
    result = await _write(request, fn, body.keep, body.drop)
    return {"ok": True, "result": result}


@router.post("/split", summary="Défaire les fusions d'un acteur : un acteur par nom distinct (correction)")
async def split(request: Request, body: Split) -> dict:
    fn = _editor(request, ("split_entity", "split"))
    result = await _write(request, fn, body.entity)
    return {"ok": True, "result": result}
