"""The review application: FastAPI over the store, pages rendered on the server (Jinja2, htmx),
a JSON API under /api/, every asset served from the package (no CDN, no tile server, no fonts)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from tessera.store import Store
from tessera.store.accounts import Accounts
from tessera.store.audit import AuditLog
from tessera.web.security import LoginLimiter, check_routes, security_headers

HERE = Path(__file__).parent
DIVISIONS = HERE.parent / "data" / "basemap"


def templates() -> Jinja2Templates:
    t = Jinja2Templates(directory=str(HERE / "templates"))  # autoescapes .html templates
    from tessera.model import EVENT_TYPES, STATUSES, VICTIM_GROUPS
    from tessera.store import REVIEW_STATES
    from tessera.web.views import actors_text_lines

    t.env.globals.update(
        EVENT_TYPES=EVENT_TYPES,
        STATUSES=STATUSES,
        REVIEW_STATES=REVIEW_STATES,
        VICTIM_GROUPS=VICTIM_GROUPS,
        actors_lines=actors_text_lines,
    )
    return t


def create_app(
    store: Store,
    secure_cookies: bool = False,
    limiter: LoginLimiter | None = None,
    password_hasher: Any = None,
) -> FastAPI:
    """The application over an open store. Cookies are Secure when a request came over https,
    or always with `secure_cookies` (behind a proxy that ends TLS). `password_hasher`: an argon2
    PasswordHasher other than the default one (tests use a cheap one)."""
    from tessera import __version__
    from tessera.api.routes import router as api_router
    from tessera.web.pages import router as page_router

    app = FastAPI(
        title="Tessera review API",
        version=__version__,
        docs_url=None,  # the interactive docs load scripts from a CDN: /openapi.json describes it
        redoc_url=None,
    )
    app.state.store = store
    app.state.accounts = Accounts(store.engine, password_hasher)
    app.state.audit = AuditLog(store.engine)
    app.state.limiter = limiter or LoginLimiter()
    app.state.secure_cookies = secure_cookies
    app.state.templates = templates()
    app.include_router(api_router)
    app.include_router(page_router)
    # The provinces are knowledge (the data folder, with its source and licence), served as is.
    app.mount("/static/divisions", StaticFiles(directory=str(DIVISIONS)), name="divisions")
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    app.state.route_roles = check_routes(app.routes)

    @app.middleware("http")
    async def headers(request: Request, call_next):  # noqa: ANN202 - starlette's signature
        response = await call_next(request)
        security_headers(response, request)
        return response

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        wants_page = not request.url.path.startswith("/api/") and request.method == "GET"
        if exc.status_code == 401 and wants_page:
            return RedirectResponse(f"/login?next={request.url.path}", status_code=303)
        if request.url.path.startswith("/api/") or "text/html" not in request.headers.get("accept", ""):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)
        return app.state.templates.TemplateResponse(
            request,
            "error.html",
            {"status": exc.status_code, "detail": exc.detail, "user": getattr(request.state, "user", None)},
            status_code=exc.status_code,
            headers=exc.headers,
        )

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        errors = jsonable_encoder(exc.errors()[:5], custom_encoder={Exception: str})
        return JSONResponse({"detail": "invalid request", "errors": errors}, status_code=422)

    return app
