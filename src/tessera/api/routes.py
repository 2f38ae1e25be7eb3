"""JSON routes: the same data and the same permissions as the pages."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request, UploadFile
from fastapi.responses import Response
from pydantic import BaseModel, Field

from tessera.store import StoreError
from tessera.store.accounts import User
from tessera.store.reports import events_of_report, get_report, list_reports
from tessera.web import actions
from tessera.web.security import require
from tessera.web.views import Filters, map_feature, place_suggestions

router = APIRouter(prefix="/api", tags=["api"])
Viewer = Annotated[User, Depends(require("viewer"))]
Reviewer = Annotated[User, Depends(require("reviewer"))]
Admin = Annotated[User, Depends(require("admin"))]


class ReviewIn(BaseModel):
    state: str = Field(description="confirmed, rejected or unreviewed")
    note: str | None = None


class EditIn(BaseModel):
    changes: dict[str, Any] = Field(description="fields of the event record, as in its JSON")
    note: str | None = None


class SplitIn(BaseModel):
    reports: list[str] = Field(default_factory=list, description="report keys or mention keys")


class PairIn(BaseModel):
    a: str = Field(description="the event that stays (for a merge)")
    b: str
    note: str | None = None


class UserIn(BaseModel):
    name: str
    role: str
    password: str


def _filters(request: Request) -> Filters:
    f = Filters.from_params(request.query_params)
    if f.errors:
        raise HTTPException(422, "; ".join(f.errors))
    return f


def event_filters(
    request: Request,
    type: str | None = None,
    status: str | None = None,
    review: str | None = None,
    country: str | None = None,
    province: str | None = None,
    since: str | None = None,
    until: str | None = None,
    text: str | None = None,
) -> Filters:
    """The filters every listing of events takes, declared once (for validation and
    /openapi.json); their values are read from the query as the pages read them."""
    return _filters(request)


EventFilters = Annotated[Filters, Depends(event_filters)]


def _event_json(e: Any) -> dict[str, Any]:
    return {"id": e.id, "review_state": e.review_state, "reports": e.mentions, "record": e.record}


@router.get("/me")
def me(user: Viewer) -> dict[str, str]:
    return {"name": user.name, "role": user.role}


@router.get("/events")
def list_events(
    request: Request,
    user: Viewer,
    filters: EventFilters,
    reviewed_only: bool = False,
    limit: Annotated[int, Query(ge=1, le=actions.MAX_LIST)] = 200,
) -> dict[str, Any]:
    """Stored events matching every filter given (type, status, review state, country, dates, words)."""
    found = actions.find_events(request, filters, limit=limit)
    return {"count": len(found), "events": [_event_json(e) for e in found]}


@router.get("/queue")
def queue(
    request: Request, user: Viewer, limit: Annotated[int, Query(ge=1, le=1000)] = 100
) -> dict[str, Any]:
    """Unreviewed events, most in need of a human first, with the reasons."""
    items, left = actions.queue(request, limit)
    return {
        "left": left,
        "events": [{**_event_json(i.event), "need": i.need, "reasons": i.reasons} for i in items],
    }


@router.get("/duplicates")
def duplicates(request: Request, user: Viewer) -> list[dict[str, Any]]:
    """Pairs of events that may be one event told twice, with what agrees and what differs."""
    return [
        {
            "a": p.a.id,
            "b": p.b.id,
            "score": p.score,
            "reasons": p.reasons,
            "fields": [{"field": f, "a": va, "b": vb, "agree": same} for f, va, vb, same in p.rows],
        }
        for p in actions.duplicates(request)
    ]


@router.post("/duplicates/merge")
def merge_pair(request: Request, body: PairIn, user: Admin) -> dict[str, str]:
    """Join event b into event a (both reports' mentions, one record rebuilt from them)."""
    return {"event": actions.merge_pair(request, user, body.a, body.b, body.note)}


@router.post("/duplicates/apart")
def keep_apart(request: Request, body: PairIn, user: Admin) -> dict[str, str]:
    """Record that a and b are different events: merging never joins them again."""
    actions.keep_pair_apart(request, user, body.a, body.b, body.note)
    return {"kept_apart": f"{body.a} {body.b}"}


@router.get("/map")
def map_data(request: Request, user: Viewer, filters: EventFilters) -> dict[str, Any]:
    """Events as map and timeline items: main place (point, or area radius when coarse), dates."""
    found = actions.find_events(request, filters)
    return {"count": len(found), "items": [map_feature(e) for e in found]}


@router.get("/places")
def places(user: Viewer, q: Annotated[str, Query(max_length=100)] = "") -> list[dict[str, Any]]:
    """Gazetteer places whose name starts with `q` (any spelling the gazetteer knows)."""
    return place_suggestions(q)


@router.get("/events/{event_id}")
def get_event(request: Request, event_id: str, user: Viewer) -> dict[str, Any]:
    explained = actions.store_of(request).explain(event_id)
    if explained is None:
        raise HTTPException(404, "no such event")
    return {
        **_event_json(explained.event),
        "explanation": explained.explanation,
        "mentions": [
            {
                "key": m.event_key,
                "report": m.doc_key,
                "sha256": m.sha256,
                "title": m.title,
                "outlet": m.outlet,
            }
            for m in explained.mentions
        ],
    }


@router.get("/events/{event_id}/history")
def event_history(request: Request, event_id: str, user: Viewer) -> list[dict[str, Any]]:
    actions.event_or_404(request, event_id)
    return [{**h, "at": str(h["at"])} for h in actions.store_of(request).history(event_id)]


@router.post("/events/{event_id}/review")
def review_event(request: Request, event_id: str, body: ReviewIn, user: Reviewer) -> dict[str, Any]:
    return _event_json(actions.review(request, user, event_id, body.state, body.note))


@router.patch("/events/{event_id}")
def edit_event(request: Request, event_id: str, body: EditIn, user: Reviewer) -> dict[str, Any]:
    return _event_json(actions.edit(request, user, event_id, body.changes, body.note))


@router.post("/events/{event_id}/split")
def split_event(request: Request, event_id: str, body: SplitIn, user: Admin) -> dict[str, Any]:
    return {"events": actions.split(request, user, event_id, body.reports)}


@router.get("/reports")
def reports(
    request: Request,
    user: Viewer,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> list[dict[str, Any]]:
    found = list_reports(actions.store_of(request).engine, limit, offset)
    return [
        {
            "key": r.key,
            "sha256": r.sha256,
            "title": r.title,
            "outlet": r.outlet,
            "published": r.published,
            "events": r.events,
        }
        for r in found
    ]


@router.get("/reports/{key}")
def report(request: Request, key: str, user: Viewer) -> dict[str, Any]:
    engine = actions.store_of(request).engine
    rep = get_report(engine, key)
    if rep is None:
        raise HTTPException(404, "no such report")
    found = events_of_report(engine, rep.sha256)
    return {
        "key": rep.key,
        "sha256": rep.sha256,
        "title": rep.title,
        "outlet": rep.outlet,
        "url": rep.url,
        "published": rep.published,
        "text": rep.text,
        "events": [{"id": i, "type": t, "review_state": s, "summary": m} for i, t, s, m in found],
    }


@router.post("/reports")
def upload_report(request: Request, report: UploadFile, user: Reviewer) -> dict[str, Any]:
    """Ingest one report file (.txt, .html or .jsonl) as `tessera ingest` does."""
    raw = report.file.read(actions.MAX_UPLOAD + 1)
    r = actions.upload(request, user, report.filename or "", raw)
    return {"stored": r.stored, "known": r.known, "events": r.events, "failures": r.failures}


@router.get("/export")
def export(
    request: Request,
    user: Admin,
    filters: EventFilters,
    format: str = "jsonl",
    reviewed_only: bool = True,
) -> Response:
    """The filtered events in an export format; only reviewed (confirmed or edited) events unless
    reviewed_only=false."""
    filters.reviewed_only = reviewed_only
    body, media, name = actions.export(request, user, format, filters)
    return Response(body, media_type=media, headers={"Content-Disposition": f'attachment; filename="{name}"'})


@router.get("/audit")
def audit(
    request: Request, user: Admin, limit: Annotated[int, Query(ge=1, le=1000)] = 100
) -> list[dict[str, Any]]:
    return [
        {
            "id": e.id,
            "at": str(e.at),
            "actor": e.actor,
            "action": e.action,
            "target": e.target,
            "detail": e.detail,
            "hash": e.hash,
        }
        for e in actions.audit_of(request).entries(limit=limit)
    ]


@router.get("/audit/verify")
def audit_verify(request: Request, user: Admin) -> dict[str, Any]:
    v = actions.audit_of(request).verify()
    return {"ok": v.ok, "entries": v.entries, "first_bad": v.first_bad, "reason": v.reason}


@router.get("/users")
def users(request: Request, user: Admin) -> list[dict[str, str]]:
    return [{"name": u.name, "role": u.role} for u in actions.accounts_of(request).list_users()]


@router.post("/users", status_code=201)
def add_user(request: Request, body: UserIn, user: Admin) -> dict[str, str]:
    try:
        new = actions.accounts_of(request).add_user(body.name, body.role, body.password, actor=user.name)
    except StoreError as exc:
        raise HTTPException(422, str(exc)) from None
    return {"name": new.name, "role": new.role}
