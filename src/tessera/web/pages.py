"""The review pages: log in, the queue, an event with its reports, the map and timeline, reports,
exports, accounts and the audit log. Each route names the least role it needs."""

from __future__ import annotations

import secrets
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Form, HTTPException, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from tessera.store import StoreError
from tessera.store.accounts import User
from tessera.store.accounts_schema import ROLES
from tessera.store.reports import events_of_report, get_report, list_reports, report_texts
from tessera.web import actions
from tessera.web.security import LOGIN_COOKIE, SESSION_COOKIE, client_key, require
from tessera.web.views import (
    FilterError,
    Filters,
    changes_from_form,
    field_rows,
    highlight,
)

router = APIRouter(include_in_schema=False)
Viewer = Annotated[User, Depends(require("viewer"))]
Reviewer = Annotated[User, Depends(require("reviewer"))]
Admin = Annotated[User, Depends(require("admin"))]
QUEUE_PAGE = 300


def render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    context.setdefault("user", getattr(request.state, "user", None))
    context.setdefault("csrf", getattr(request.state, "csrf", None))
    return request.app.state.templates.TemplateResponse(request, name, context, status_code=status)


def _secure(request: Request) -> bool:
    return request.app.state.secure_cookies or request.url.scheme == "https"


def _safe_next(value: str | None) -> str:
    # Only a path of this site: never an address elsewhere (an open redirect).
    if value and value.startswith("/") and not value.startswith("//") and "\\" not in value:
        return value
    return "/queue"


# --- logging in -----------------------------------------------------------------------------


@router.get("/login")
def login_form(request: Request, next: str = "/queue") -> Response:
    token = secrets.token_urlsafe(24)
    response = render(request, "login.html", login_csrf=token, next=_safe_next(next), error=None)
    response.set_cookie(
        LOGIN_COOKIE, token, httponly=True, samesite="strict", secure=_secure(request), path="/login"
    )
    return response


# The empty default below is the CSRF field's, not a password (bandit B107 reads it as one).
@router.post("/login")
def login(  # nosec B107
    request: Request,
    name: Annotated[str, Form()],
    password: Annotated[str, Form()],
    csrf_token: Annotated[str, Form()] = "",
    next: Annotated[str, Form()] = "/queue",
) -> Response:
    cookie = request.cookies.get(LOGIN_COOKIE, "")
    if not cookie or not secrets.compare_digest(cookie, csrf_token):
        raise HTTPException(403, "missing or wrong CSRF token: reload the login page")
    limiter = request.app.state.limiter
    keys = (client_key(request), "name:" + name.lower())
    wait = limiter.retry_after(*keys)
    if wait:
        actions.audit_of(request).append(name[:120] or "?", "login.limited", None, ip=keys[0])
        raise HTTPException(429, f"too many failed logins: wait {wait} s", headers={"Retry-After": str(wait)})
    user = actions.accounts_of(request).authenticate(name, password)
    if user is None:
        limiter.failed(*keys)
        actions.audit_of(request).append(name[:120] or "?", "login.failed", None, ip=keys[0])
        token = secrets.token_urlsafe(24)
        response = render(
            request,
            "login.html",
            401,
            login_csrf=token,
            next=_safe_next(next),
            error="wrong name or password",
        )
        response.set_cookie(
            LOGIN_COOKIE, token, httponly=True, samesite="strict", secure=_secure(request), path="/login"
        )
        return response
    limiter.succeeded(*keys)
    session, _csrf = actions.accounts_of(request).start_session(user)
    actions.audit_of(request).append(user.name, "login", None, ip=keys[0])
    response = RedirectResponse(_safe_next(next), status_code=303)
    response.set_cookie(
        SESSION_COOKIE,
        session,
        httponly=True,
        samesite="strict",
        secure=_secure(request),
        max_age=12 * 3600,
        path="/",
    )
    response.delete_cookie(LOGIN_COOKIE, path="/login")
    return response


@router.post("/logout")
def logout(request: Request, user: Viewer) -> Response:
    token = request.cookies.get(SESSION_COOKIE)
    if token:
        actions.accounts_of(request).end_session(token)
    actions.audit_of(request).append(user.name, "logout", None)
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


@router.get("/healthz")
def healthz() -> dict[str, str]:
    return {"status": "ok"}


@router.get("/")
def home(user: Viewer) -> Response:
    return RedirectResponse("/queue", status_code=303)


# --- the queue ------------------------------------------------------------------------------


@router.get("/queue")
def queue(request: Request, user: Viewer) -> Response:
    items, left = actions.queue(request, QUEUE_PAGE)
    return render(request, "queue.html", items=items, left=left)


# --- one event ------------------------------------------------------------------------------


def _event_context(request: Request, event_id: str) -> dict[str, Any]:
    store = actions.store_of(request)
    explained = store.explain(event_id)
    if explained is None:
        raise HTTPException(404, "no such event")
    record = explained.event.record
    texts = report_texts(store.engine, [m.sha256 for m in explained.mentions])
    reports = []
    seen: set[str] = set()
    for m in explained.mentions:
        if m.sha256 in seen or m.sha256 not in texts:
            continue
        seen.add(m.sha256)
        rep = texts[m.sha256]
        # The merged record's evidence names each report by its key; the mention's own record
        # holds the spans as that report told them, so both are highlighted.
        spans = {**record, "evidence": (record.get("evidence") or []) + (m.record.get("evidence") or [])}
        reports.append({"report": rep, "segments": highlight(rep.text, spans, rep.key)})
    history = store.history(event_id)
    return {
        "event": explained.event,
        "record": record,
        "rows": field_rows(record),
        "reports": reports,
        "history": history,
        "explanation": explained.explanation or [],
        "mentions": explained.mentions,
        "audit": actions.audit_of(request).entries(limit=50, target=event_id),
    }


@router.get("/events/{event_id}")
def event_page(request: Request, event_id: str, user: Viewer, error: str | None = None) -> Response:
    ctx = _event_context(request, event_id)
    return render(request, "event.html", error=error, next_id=actions.next_in_queue(request, event_id), **ctx)


@router.post("/events/{event_id}/review")
async def review_form(request: Request, event_id: str, user: Reviewer) -> Response:
    form = await request.form()
    state, note = str(form.get("state", "")), str(form.get("note", ""))
    after = await run_in_threadpool(actions.review, request, user, event_id, state, note)
    if request.headers.get("hx-request"):
        return render(request, "_queue_row_done.html", event=after)
    target = _safe_next(str(form.get("next") or f"/events/{event_id}"))
    return RedirectResponse(target, status_code=303)


@router.post("/events/{event_id}/edit")
async def edit_form(request: Request, event_id: str, user: Reviewer) -> Response:
    form = await request.form()
    stored = await run_in_threadpool(actions.event_or_404, request, event_id)
    fields = {k: str(v) for k, v in form.items() if k not in ("csrf_token", "note")}
    try:
        changes = changes_from_form(fields, stored.record)
    except FilterError as exc:
        return RedirectResponse(f"/events/{event_id}?{urlencode({'error': str(exc)})}", status_code=303)
    try:
        note = str(form.get("note", "")).strip() or None
        await run_in_threadpool(actions.edit, request, user, event_id, changes, note)
    except HTTPException as exc:
        return RedirectResponse(f"/events/{event_id}?{urlencode({'error': exc.detail})}", status_code=303)
    return RedirectResponse(f"/events/{event_id}", status_code=303)


@router.post("/events/{event_id}/split")
async def split_form(request: Request, event_id: str, user: Admin) -> Response:
    form = await request.form()
    selectors = [str(s) for s in form.getlist("report") if str(s)]
    ids = await run_in_threadpool(actions.split, request, user, event_id, selectors)
    return RedirectResponse(f"/events/{ids[0]}", status_code=303)


@router.get("/duplicates")
def duplicates_page(request: Request, user: Viewer) -> Response:
    return render(request, "duplicates.html", pairs=actions.duplicates(request))


@router.post("/duplicates/merge")
def merge_form(
    request: Request,
    user: Admin,
    a: Annotated[str, Form()],
    b: Annotated[str, Form()],
    note: Annotated[str, Form()] = "",
) -> Response:
    kept = actions.merge_pair(request, user, a, b, note)
    return RedirectResponse(f"/events/{kept}", status_code=303)


@router.post("/duplicates/apart")
def apart_form(
    request: Request,
    user: Admin,
    a: Annotated[str, Form()],
    b: Annotated[str, Form()],
    note: Annotated[str, Form()] = "",
) -> Response:
    actions.keep_pair_apart(request, user, a, b, note)
    return RedirectResponse("/duplicates", status_code=303)


# --- the map and timeline -------------------------------------------------------------------


@router.get("/map")
def map_page(request: Request, user: Viewer) -> Response:
    filters = Filters.from_params(request.query_params)
    return render(request, "map.html", filters=filters, query=urlencode(filters.as_params()))


# --- reports --------------------------------------------------------------------------------


@router.get("/reports")
def reports_page(request: Request, user: Viewer, message: str | None = None) -> Response:
    engine = actions.store_of(request).engine
    return render(request, "reports.html", reports=list_reports(engine), message=message)


@router.post("/reports")
async def upload_form(request: Request, user: Reviewer, report: UploadFile) -> Response:
    raw = await report.read(actions.MAX_UPLOAD + 1)
    result = await run_in_threadpool(actions.upload, request, user, report.filename or "", raw)
    message = f"{result.stored} reports stored ({result.events} events), {result.known} already stored" + (
        f"; failed: {'; '.join(result.failures)}" if result.failures else ""
    )
    return RedirectResponse(f"/reports?{urlencode({'message': message})}", status_code=303)


@router.get("/reports/{key}")
def report_page(request: Request, key: str, user: Viewer) -> Response:
    engine = actions.store_of(request).engine
    rep = get_report(engine, key)
    if rep is None:
        raise HTTPException(404, "no such report")
    found = events_of_report(engine, rep.sha256)
    store = actions.store_of(request)
    records = [store.get_event(i) for i, *_ in found]
    evidence = [s for r in records if r for s in r.record.get("evidence") or []]
    segments = highlight(rep.text, {"evidence": evidence}, rep.key)
    return render(request, "report.html", report=rep, events=found, segments=segments)


# --- exports, accounts, audit ---------------------------------------------------------------


@router.get("/export")
def export_page(request: Request, user: Admin) -> Response:
    params = dict(request.query_params)
    if "reviewed_only" not in params and params.get("all") != "1":
        params["reviewed_only"] = "1"  # what leaves the app is reviewed unless asked otherwise
    filters = Filters.from_params(params)
    if filters.errors:
        raise HTTPException(422, "; ".join(filters.errors))
    body, media, name = actions.export(request, user, params.get("format", "jsonl"), filters)
    return Response(body, media_type=media, headers={"Content-Disposition": f'attachment; filename="{name}"'})


@router.get("/admin/users")
def users_page(request: Request, user: Admin, message: str | None = None) -> Response:
    return render(
        request, "users.html", users=actions.accounts_of(request).list_users(), roles=ROLES, message=message
    )


@router.post("/admin/users")
def add_user_form(
    request: Request,
    user: Admin,
    name: Annotated[str, Form()],
    role: Annotated[str, Form()],
    password: Annotated[str, Form()],
) -> Response:
    try:
        new = actions.accounts_of(request).add_user(name, role, password, actor=user.name)
    except StoreError as exc:
        return RedirectResponse(f"/admin/users?{urlencode({'message': str(exc)})}", status_code=303)
    return RedirectResponse(f"/admin/users?{urlencode({'message': f'{new.name} added'})}", status_code=303)


@router.get("/audit")
def audit_page(request: Request, user: Admin) -> Response:
    log = actions.audit_of(request)
    return render(request, "audit.html", entries=log.entries(limit=300), verdict=log.verify())
