"""What every console page shares: the templates, the filters read from the URL, the topics."""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from pathlib import Path

import yaml
from sqlalchemy.orm import Session
from starlette.requests import Request
from starlette.responses import Response
from starlette.templating import Jinja2Templates

from bot.admin import reports, small_counts
from bot.admin.auth import csrf_token
from bot.admin.exports import invisible
from bot.admin.topics import topic_label
from bot.settings import PROJECT_ROOT

TEMPLATES = Jinja2Templates(directory=str(Path(__file__).with_name("templates")))
TEMPLATES.env.globals["zip"] = zip
TEMPLATES.env.filters["topic"] = topic_label
TEMPLATES.env.filters["outcome"] = reports.outcome_label
TEMPLATES.env.globals["small_counts"] = small_counts
TEMPLATES.env.filters["percent"] = small_counts.percent


@lru_cache(maxsize=1)
def known_intents() -> tuple[str, ...]:
    """The intents an admin can label a query with: the domain's (read once per process)."""
    domain = yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text(encoding="utf-8"))
    return tuple(sorted(domain["intents"]))


def intent_choices() -> list[tuple[str, str]]:
    """(intent, label) for the topic selects, in the order of the labels an admin reads."""
    return sorted(((i, topic_label(i)) for i in known_intents()), key=lambda c: c[1].casefold())


def parse_date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def query_text(request: Request, name: str) -> str | None:
    """A text filter from the URL. A NUL is dropped: PostgreSQL refuses it in any text, and
    the page would answer with a server error instead of the rows."""
    value = request.query_params.get(name, "").replace("\x00", "").strip()
    return value or None


def form_text(form, name: str) -> str:
    """A text field of a form, with only the characters a person can see (the database refuses
    NUL; posters and exports should carry no control characters), trimmed."""
    value = form.get(name, "")
    if not isinstance(value, str):  # an uploaded file where text belongs
        return ""
    return "".join(ch for ch in value if not invisible(ch)).strip()


def filter_from(request: Request) -> reports.QueryFilter:
    params = request.query_params
    return reports.QueryFilter(
        start=parse_date(params.get("from")),
        end=parse_date(params.get("to")),
        event_code=query_text(request, "event"),
        search=query_text(request, "q"),
        intent=query_text(request, "intent"),
        only_unanswered=params.get("unanswered") == "1",
    )


def page(request: Request, template: str, status_code: int = 200, **context) -> Response:
    context.setdefault("filter", filter_from(request))
    return TEMPLATES.TemplateResponse(
        request,
        template,
        {
            "csrf_token": csrf_token(request.session),
            # Set by admin_required once the server has checked the session, not by the cookie.
            "logged_in": getattr(request.state, "logged_in", False),
            **context,
        },
        status_code=status_code,
    )


def db(request: Request) -> Session:
    return request.app.state.sessions()
