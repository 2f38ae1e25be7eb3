"""Commands of the review application: serve, user add/list/token, audit verify.

FastAPI, uvicorn and argon2 are imported inside the commands, so the CLI starts as fast as before.
"""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from tessera.cli import app
from tessera.cli.store import DbOption, _fail, _open
from tessera.store.errors import StoreError

user_app = typer.Typer(help="Accounts of the review application.", no_args_is_help=True)
audit_app = typer.Typer(help="The append-only audit log.", no_args_is_help=True)
app.add_typer(user_app, name="user")
app.add_typer(audit_app, name="audit")


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    secure_cookies: Annotated[
        bool,
        typer.Option(
            "--secure-cookies",
            help="Mark cookies Secure even when served over plain http (behind an https proxy).",
        ),
    ] = False,
) -> None:
    """Start the review application: queue, event pages, map and timeline, JSON API under /api/."""
    import uvicorn

    from tessera.web.app import create_app

    store = _open(db)
    web = create_app(store, secure_cookies=secure_cookies)
    typer.echo(f"tessera: serving on http://{host}:{port}/ (Ctrl-C stops)", err=True)
    try:
        uvicorn.run(web, host=host, port=port, log_level="warning", proxy_headers=True)
    finally:
        store.close()


def _read_password() -> str:
    """From a prompt on a terminal (asked twice), else the first line of standard input."""
    if sys.stdin.isatty():
        return typer.prompt("password", hide_input=True, confirmation_prompt=True)
    return sys.stdin.readline().rstrip("\r\n")


@user_app.command("add")
def user_add(
    name: Annotated[str, typer.Argument(help="Login name.")],
    role: Annotated[str, typer.Option(help="viewer, reviewer or admin.")] = "viewer",
    db: DbOption = None,
) -> None:
    """Create an account; the password comes from a prompt, or from standard input when piped."""
    from tessera.store.accounts import Accounts

    password = _read_password()
    with _open(db) as store:
        try:
            user = Accounts(store.engine).add_user(name, role, password, actor="cli")
        except StoreError as exc:
            raise _fail(str(exc)) from None
    typer.echo(f"user {user.name} ({user.role}) created")


@user_app.command("list")
def user_list(db: DbOption = None) -> None:
    """The accounts and their roles."""
    from tessera.store.accounts import Accounts

    with _open(db) as store:
        for u in Accounts(store.engine).list_users():
            typer.echo(f"{u.name}\t{u.role}")


@user_app.command("token")
def user_token(
    name: Annotated[str, typer.Argument(help="The account the token acts as.")],
    label: Annotated[str | None, typer.Option(help="What the token is for.")] = None,
    db: DbOption = None,
) -> None:
    """Print a new API token (Authorization: Bearer TOKEN) for scripts; it is shown only once."""
    from tessera.store.accounts import Accounts

    with _open(db) as store:
        try:
            token = Accounts(store.engine).new_token(name, label, actor="cli")
        except StoreError as exc:
            raise _fail(str(exc)) from None
    typer.echo(token)


@audit_app.command("verify")
def audit_verify(
    db: DbOption = None,
    expect: Annotated[
        str | None,
        typer.Option(
            help="A head's hash recorded outside the database (`tessera audit head`): the log must "
            "still hold that entry."
        ),
    ] = None,
) -> None:
    """Check the audit log's hash chain and its head; exits 1 naming the first altered entry, or
    where the log ends short of its head."""
    from tessera.store.audit import AuditLog

    wanted = expect.split()[-1].lower() if expect else None  # "N HASH" as `audit head` prints it
    with _open(db) as store:
        verdict = AuditLog(store.engine).verify(expect=wanted)
    if not verdict.ok:
        where = f" at entry {verdict.first_bad}" if verdict.first_bad is not None else ""
        typer.echo(f"tessera: audit log altered{where}: {verdict.reason}", err=True)
        raise typer.Exit(1)
    typer.echo(f"audit log intact: {verdict.entries} entries")


@audit_app.command("head")
def audit_head(db: DbOption = None) -> None:
    """Print the chain's head (the newest entry's number and hash), to record outside the
    database; `tessera audit verify --expect HASH` checks the log against it later."""
    from tessera.store.audit import AuditLog

    with _open(db) as store:
        typer.echo(str(AuditLog(store.engine).head()))
