"""The JSON API under /api/: thin, bounded wrappers over ``cercle.query``.

Every input is validated by FastAPI before any query runs (ids by pattern,
text by length, numbers by range, tie types against the ontology), so a
request can never ask for an unbounded amount of work.
"""
from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path, Query, Request
from fastapi.responses import JSONResponse

from ..model import FAMILIES, load_model
from .shape import actor_aliases, model_for_page, shape_tie

router = APIRouter(prefix="/api")
# Endpoints return JSONResponse themselves: FastAPI's own encoding of a 200 KB
# list of ties (jsonable_encoder) costs ~10x the json.dumps inside JSONResponse.
# response_model= still documents the shape in the OpenAPI schema.

ID_PATTERN = r"^[\w.:\-]+$"
EntityId = Annotated[str, Path(min_length=1, max_length=128, pattern=ID_PATTERN,
                               description="Identifiant d'un acteur (voir /api/search)")]
QueryId = dict(min_length=1, max_length=128, pattern=ID_PATTERN)
DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
MAX_TIES = 500


def _query(request: Request):
    return request.app.state.query


async def _run(request: Request, name: str, *args, **kwargs) -> Any:
    fn = getattr(_query(request), name)
    return await request.app.state.runner.run(fn, *args, **kwargs)


async def _answer(request: Request, work) -> JSONResponse:
    """Run ``work(store, query)`` on a query thread and encode its answer there too: shaping and
    JSON encoding of a few hundred ties would otherwise stall the event loop."""
    query = _query(request)
    return await request.app.state.runner.run(lambda store: JSONResponse(work(store, query)))


def _shaped(store, ties: list[dict], entity_id: str | None, evidence_limit: int | None = 3) -> list[dict]:
    """Ties ready for the page, with both ends found in the sentences by name or alias."""
    names = actor_aliases(store, [t.get(k) for t in ties for k in ("subject_id", "object_id")])
    return [shape_tie(t, entity_id, evidence_limit, names) for t in ties]


def _types(types: list[str] | None, families: list[str] | None) -> list[str] | None:
    """Tie types asked for, as one list (families expand to their types); None = all."""
    model = load_model()
    bad = [t for t in types or [] if t not in model.relations]
    if bad:
        raise HTTPException(422, f"Type de lien inconnu : {', '.join(bad)} "
                                 f"(types connus : {', '.join(model.relations)})")
    bad = [f for f in families or [] if f not in FAMILIES]
    if bad:
        raise HTTPException(422, f"Famille inconnue : {', '.join(bad)} (familles : {', '.join(FAMILIES)})")
    if not types and not families:
        return None
    chosen = set(types or model.relations)
    if families:
        chosen &= {t for f in families for t in model.types_in_family(f)}
    return sorted(chosen)


@router.get("/model", response_model=dict, summary="Types de liens, familles et couleurs")
async def get_model() -> JSONResponse:
    return JSONResponse(model_for_page())


@router.get("/stats", response_model=dict, summary="Taille de la carte (articles, acteurs, liens)")
async def get_stats(request: Request) -> JSONResponse:
    return JSONResponse(await request.app.state.runner.run(lambda store: store.stats()))


@router.get("/search", response_model=list[dict], summary="Suggestions d'acteurs (noms et alias)")
async def search(request: Request,
                 q: Annotated[str, Query(min_length=1, max_length=100, description="Début d'un nom ou d'un alias")],
                 limit: Annotated[int, Query(ge=1, le=50)] = 10) -> JSONResponse:
    q = q.strip()
    if not q:
        return JSONResponse([])
    hits = await _run(request, "search", q, limit=limit)
    return JSONResponse([{"id": h["id"], "name": h["name"], "type": h.get("type"),
             "aliases": list(h.get("aliases") or [])[:5], "sources": h.get("sources")} for h in hits])


@router.get("/resolve", response_model=dict,
            summary="L'acteur que désigne un nom (exact, alias ou approché)")
async def resolve(request: Request, name: Annotated[str, Query(min_length=1, max_length=200)]) -> JSONResponse:
    entity_id = await _run(request, "resolve_name", name.strip())
    card = await _run(request, "who", entity_id)
    return JSONResponse({"id": card["id"], "name": card["name"], "type": card.get("type")})


@router.get("/entity/{entity_id}", response_model=dict,
            summary="Fiche d'un acteur et nombre de liens par type")
async def entity(request: Request, entity_id: EntityId) -> JSONResponse:
    card = await _run(request, "who", entity_id)
    model = load_model()
    out = {k: v for k, v in card.items() if k != "ties"}
    out["type_fr"] = model.entity_types.get(card.get("type"), {}).get("fr")
    out["ties"] = {t: {"count": g.get("count", len(g.get("items", []))),
                       "fr": model.relations[t].fr if t in model.relations else t,
                       "family": model.relations[t].family if t in model.relations else None}
                   for t, g in (card.get("ties") or {}).items()}
    return JSONResponse(out)


@router.get("/entity/{entity_id}/ties", response_model=list[dict], summary="Liens d'un acteur, filtrés")
async def entity_ties(request: Request, entity_id: EntityId,
                      type: Annotated[list[str] | None, Query(max_length=18, description="Types de liens")] = None,
                      family: Annotated[list[str] | None, Query(max_length=4, description="Familles")] = None,
                      date_from: Annotated[str | None, Query(pattern=DATE)] = None,
                      date_to: Annotated[str | None, Query(pattern=DATE)] = None,
                      min_sources: Annotated[int, Query(ge=1, le=1000)] = 1,
                      min_confidence: Annotated[float, Query(ge=0, le=1, description="Confiance minimale")] = 0.0,
                      limit: Annotated[int, Query(ge=1, le=MAX_TIES)] = 200) -> JSONResponse:
    types = _types(type, family)
    if types == []:
        return JSONResponse([])
    return await _answer(request, lambda store, q: _shaped(store, q.entity_ties(
        store, entity_id, types=types, min_sources=min_sources, date_from=date_from, date_to=date_to,
        limit=limit, min_confidence=min_confidence)[:limit], entity_id))


@router.get("/ties", response_model=list[dict],
            summary="Tous les liens entre deux acteurs, avec leurs preuves")
async def ties_between(request: Request, a: Annotated[str, Query(**QueryId)],
                       b: Annotated[str, Query(**QueryId)]) -> JSONResponse:
    return await _answer(request, lambda store, q: _shaped(store, q.ties(store, a, b), a, None))


@router.get("/path", response_model=list[dict], summary="Chemins les plus courts entre deux acteurs")
async def path(request: Request,
               from_: Annotated[str, Query(alias="from", **QueryId)],
               to: Annotated[str, Query(**QueryId)],
               k: Annotated[int, Query(ge=1, le=5, description="Nombre de chemins")] = 3,
               max_depth: Annotated[int, Query(ge=1, le=6, description="Longueur maximale")] = 6,
               family: Annotated[list[str] | None, Query(max_length=4)] = None,
               min_sources: Annotated[int, Query(ge=1, le=1000)] = 1,
               min_confidence: Annotated[float, Query(ge=0, le=1, description="Confiance minimale")] = 0.0
               ) -> JSONResponse:
    _types(None, family)  # validates the families
    if from_ == to:
        raise HTTPException(422, "Choisissez deux acteurs différents.")

    def work(store, q):
        found = q.path(store, from_, to, k=k, families=family or None, min_sources=min_sources,
                       max_depth=max_depth, min_confidence=min_confidence)[:k]
        # each hop keeps its "from" and "to": shape_tie copies the tie dict
        return [{"length": p.get("length", len(p["hops"])), "hops": _shaped(store, p["hops"], None)}
                for p in found]

    return await _answer(request, work)


@router.get("/timeline/{entity_id}", response_model=list[dict],
            summary="Les liens d'un acteur dans l'ordre des dates")
async def timeline(request: Request, entity_id: EntityId,
                   limit: Annotated[int, Query(ge=1, le=1000)] = 300) -> JSONResponse:

    def work(store, q):
        found = q.timeline(store, entity_id)[:limit]
        ties = _shaped(store, [item["tie"] for item in found], entity_id)
        return [{**{k: v for k, v in item.items() if k != "tie"}, "tie": tie} for item, tie in zip(found, ties)]

    return await _answer(request, work)


@router.get("/neighbourhood/{entity_id}", response_model=dict,
            summary="Le cercle d'un acteur : nœuds et arêtes")
async def neighbourhood(request: Request, entity_id: EntityId,
                        depth: Annotated[int, Query(ge=1, le=2)] = 1,
                        limit: Annotated[int, Query(ge=1, le=300)] = 100) -> JSONResponse:
    return await _answer(request, lambda store, q: q.neighbourhood(store, entity_id, depth=depth, limit=limit))
