"""The counsellor workspace: login, suggest, review queue, FAQ changes, export."""

from __future__ import annotations

import functools
import re

import yaml
from flask import (
    Blueprint,
    Response,
    current_app,
    flash,
    jsonify,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask_wtf import FlaskForm
from markupsafe import Markup
from wtforms import HiddenField, PasswordField, StringField, TextAreaField
from wtforms.validators import AnyOf, DataRequired, Length

from knowledge import KnowledgeError
from knowledge.changes import FaqChange
from knowledge.faq import entry_to_yaml_dict

from . import accounts, review, sources
from .errors import ApiError, request_json
from .render import markdown_html
from .security import limiter

bp = Blueprint("counsellor", __name__, url_prefix="/counsellor")
SUGGESTIONS = 5
QUEUE_PAGE = 50  # questions a page of the review queue shows


class LoginForm(FlaskForm):
    name = StringField("Name", validators=[DataRequired(), Length(max=80)])
    password = PasswordField("Password", validators=[DataRequired(), Length(max=200)])


class SuggestForm(FlaskForm):
    question = TextAreaField("The family's question", validators=[DataRequired(), Length(max=4000)])


class ReviewForm(FlaskForm):
    exchange_id = HiddenField(validators=[DataRequired()])
    verdict = StringField("Verdict", validators=[AnyOf(["right", "wrong"])])
    better_source_id = StringField(
        "Better entry (faq:... or article:...#...)", validators=[Length(max=300)]
    )


class AlternateForm(FlaskForm):
    exchange_id = HiddenField(validators=[DataRequired()])
    entry_id = StringField(
        "FAQ entry (faq:<entry-id>)", validators=[DataRequired(), Length(max=200)]
    )


class TextAlternateForm(FlaskForm):
    question = HiddenField(validators=[DataRequired(), Length(max=2000)])
    entry_id = StringField(
        "FAQ entry (faq:<entry-id>)", validators=[DataRequired(), Length(max=200)]
    )


class ChoiceForm(FlaskForm):
    choice_id = HiddenField(validators=[DataRequired()])
    action = StringField("Action", validators=[AnyOf(["add", "dismiss"])])


class FaqForm(FlaskForm):
    entry_id = StringField(
        "Id (letters, digits, '-')", validators=[DataRequired(), Length(max=200)]
    )
    question = StringField("Question", validators=[DataRequired(), Length(max=1000)])
    answer = TextAreaField("Answer (Markdown)", validators=[DataRequired(), Length(max=4000)])
    sources = TextAreaField(
        "Sources, one per line (article:<article-id>#<passage-id>)", validators=[DataRequired()]
    )
    tags = StringField("Tags, comma separated", validators=[Length(max=300)])


def storage():
    return current_app.extensions["storage"]


def login_required(view):
    """Pages redirect to the login; the counsellor API answers 401."""

    @functools.wraps(view)
    def wrapped(*args, **kwargs):
        name = session.get("counsellor")
        if name and accounts.session_version(storage(), name) == session.get("version"):
            return view(*args, **kwargs)
        session.clear()
        if request.path.startswith("/counsellor/api/"):
            return jsonify({"error": {"code": "unauthorized", "message": "Log in first."}}), 401
        return redirect(url_for("counsellor.login", next=request.path))

    return wrapped


def _login_limit() -> str:
    return current_app.config["LOGIN_RATE_LIMIT"]


def _account_login_limit() -> str:
    return current_app.config["ACCOUNT_LOGIN_RATE_LIMIT"]


def _login_account() -> str:
    return "account:" + str(request.form.get("name", ""))[:80].strip().lower()


def _failed(response) -> bool:
    return response.status_code == 401


# Only failed logins count, per address and per account; beyond either limit the answer
# is an immediate 429 (no sleeping: a sleeping worker would hold up parents' questions).
@bp.route("/login", methods=["GET", "POST"])
@limiter.limit(_login_limit, methods=["POST"], deduct_when=_failed)
@limiter.limit(_account_login_limit, methods=["POST"], key_func=_login_account, deduct_when=_failed)
def login():
    form = LoginForm()
    error = None
    if form.validate_on_submit():
        if accounts.verify(storage(), form.name.data, form.password.data):
            session.clear()
            session.permanent = True  # lasts SESSION_LIFETIME_HOURS, not 31 days
            session["counsellor"] = form.name.data
            session["version"] = accounts.session_version(storage(), form.name.data)
            target = request.args.get("next", "")
            return redirect(
                target
                if re.fullmatch(r"/counsellor/[\w/-]*", target)
                else url_for("counsellor.queue")
            )
        error = "That name and password do not match an active account."
        return render_template("counsellor/login.html", form=form, error=error), 401
    return render_template("counsellor/login.html", form=form, error=error)


@bp.post("/logout")
def logout():
    if session.get("counsellor"):
        accounts.end_sessions(storage(), session["counsellor"])
    session.clear()
    return redirect(url_for("counsellor.login"))


@bp.after_request
def _not_cached(response):
    # Counsellor pages show parents' questions: never kept by a browser or a proxy.
    response.headers["Cache-Control"] = "no-store"
    return response


@bp.get("/")
@login_required
def home():
    return redirect(url_for("counsellor.queue"))


def suggestions(question: str) -> list[dict]:
    """The top candidates for a family's question, with scores, highlights, citations."""
    assistant = current_app.extensions["assistant"]
    text = assistant.check_question(question)
    ranking, _ = assistant.best_reading(text)
    out = []
    for candidate in ranking.candidates[:SUGGESTIONS]:
        source_id = assistant.index.docs_[candidate.doc].source_id
        answer = assistant.composer.answer(source_id, candidate.score, [], [])
        terms = assistant.matched_terms(ranking.query_terms, candidate.doc)
        out.append(
            {
                "source_id": source_id,
                "title": assistant.composer.title(source_id),
                "score": round(candidate.score, 3),
                "matched_terms": terms,
                "html": highlight(markdown_html(answer.text), terms),
                "text": answer.text,
                "citations": [c.to_dict() for c in answer.citations],
                "copy": copy_text(answer),
            }
        )
    return out


def highlight(html: str, terms: list[str]) -> Markup:
    """Mark the words that matched (outside tags) in already-sanitised HTML."""
    if not terms:
        return Markup(html)
    pattern = re.compile(r"\b(" + "|".join(re.escape(t) for t in terms) + r")\w*", re.I)
    parts = re.split(r"(<[^>]+>)", html)
    marked = [
        p if p.startswith("<") else pattern.sub(lambda m: f"<mark>{m.group(0)}</mark>", p)
        for p in parts
    ]
    return Markup("".join(marked))


def copy_text(answer) -> str:
    """The answer as a counsellor pastes it into a reply: text, then its sources."""
    lines = [answer.text, ""]
    for number, c in enumerate(answer.citations, 1):
        where = c.title + (f", {c.section}" if c.section and c.section != "FAQ" else "")
        lines.append(f"[{number}] {where}" + (f" ({c.author})" if c.author else ""))
    return "\n".join(lines)


@bp.route("/suggest", methods=["GET", "POST"])
@login_required
def suggest():
    form = SuggestForm()
    results, error = [], None
    if form.validate_on_submit():
        try:
            results = suggestions(form.question.data)
        except ValueError as exc:
            error = str(exc)
    return render_template("counsellor/suggest.html", form=form, results=results, error=error)


@bp.post("/api/suggest")
@login_required
def suggest_api():
    try:
        data = request_json()
    except ApiError as exc:
        return jsonify({"error": {"code": exc.code, "message": exc.message}}), 400
    question = data.get("question") if isinstance(data, dict) else None
    if not isinstance(question, str):
        return jsonify(
            {"error": {"code": "bad_request", "message": "'question' is required."}}
        ), 400
    try:
        return jsonify(
            {
                "suggestions": [
                    {k: v for k, v in s.items() if k != "html"} for s in suggestions(question)
                ]
            }
        )
    except ValueError as exc:
        return jsonify({"error": {"code": "bad_request", "message": str(exc)}}), 400


@bp.get("/queue")
@login_required
def queue():
    which, page = _queue_place()
    rows = review.queue(storage(), which, limit=QUEUE_PAGE + 1, offset=(page - 1) * QUEUE_PAGE)
    return render_template(
        "counsellor/queue.html",
        rows=rows[:QUEUE_PAGE],
        page=page,
        more=len(rows) > QUEUE_PAGE,
        source_choices=sources.choices(_knowledge()),
        faq_choices=sources.choices(_knowledge(), faq_only=True),
        which=which,
        filters=[*review.FILTERS, "unhelpful"],
        review_form=ReviewForm(),
        alternate_form=AlternateForm(),
        escalations=storage().escalation_counts(),
        live=current_app.extensions["live"],
        suggested=review.suggested_alternates(storage()),
        choice_form=ChoiceForm(),
    )


def _queue_place() -> tuple[str, int]:
    """The queue's filter and page from the URL (kept there, so a link or a reload
    returns to the same place)."""
    which = request.args.get("filter", "all")
    if which not in (*review.FILTERS, "unhelpful"):
        which = "all"
    page = request.args.get("page", "1")
    return which, int(page) if page.isdigit() and 0 < int(page) < 100_000 else 1


def _back_to_queue():
    which, page = _queue_place()
    return redirect(url_for("counsellor.queue", filter=which, page=page))


def _knowledge():
    return current_app.extensions["assistant"].knowledge


def _checked_source(value: str, *, faq_only: bool = False) -> str | None:
    """The typed source id, or None after flashing why it is not one."""
    try:
        return sources.checked(_knowledge(), value, faq_only=faq_only)
    except sources.SourceIdError as exc:
        flash(f"Not saved: {exc}", "error")
        return None


@bp.post("/review")
@login_required
def add_review():
    form = ReviewForm()
    better = (form.better_source_id.data or "").strip()
    if better and _checked_source(better) is None:
        return _back_to_queue()
    exchange_id = _exchange_id(form) if form.validate_on_submit() else None
    if exchange_id is not None and review.exchange(storage(), exchange_id) is not None:
        review.add_review(
            storage(),
            exchange_id,
            form.verdict.data,
            session["counsellor"],
            (form.better_source_id.data or "").strip(),
        )
        flash("Review saved.")
    else:
        flash("The review could not be saved.")
    return _back_to_queue()


def _exchange_id(form) -> int | None:
    """The form's stored-question id, or None unless it is plain digits that fit a column."""
    value = form.exchange_id.data or ""
    return int(value) if re.fullmatch(r"[0-9]{1,9}", value) else None


@bp.post("/alternate")
@login_required
def add_alternate():
    form = AlternateForm()
    exchange_id = _exchange_id(form) if form.validate_on_submit() else None
    item = review.exchange(storage(), exchange_id) if exchange_id is not None else None
    if item is None or not item["question"]:
        flash("That question was not stored, so it cannot become an alternate.")
    else:
        _add_alternate(item["question"], form.entry_id.data)
    return _back_to_queue()


@bp.post("/alternate/text")
@login_required
def add_alternate_text():
    """A question from the Unanswered groups as another wording of an FAQ entry."""
    form = TextAlternateForm()
    if form.validate_on_submit():
        _add_alternate(form.question.data, form.entry_id.data)
    else:
        flash("Not saved: choose an FAQ entry.", "error")
    return redirect(url_for("counsellor.unanswered"))


def _add_alternate(question: str, typed_entry: str) -> None:
    source_id = _checked_source(typed_entry, faq_only=True)
    if source_id is None:
        return
    entry_id = source_id.removeprefix("faq:")
    _approve(
        FaqChange("alternate", entry_id, question, approved_by=session["counsellor"]),
        f"Added as an alternate of '{source_id}'; it is live.",
    )


@bp.post("/choice")
@login_required
def decide_choice():
    """Add a parent's words as an alternate of the entry they chose, or dismiss them."""
    form = ChoiceForm()
    item = (
        review.choice(storage(), int(form.choice_id.data))
        if form.validate_on_submit() and form.choice_id.data.isdigit()
        else None
    )
    if item is None or item["decision"]:
        flash("That suggestion is no longer waiting.")
    elif form.action.data == "dismiss":
        review.decide_choice(storage(), item["id"], "dismissed", session["counsellor"])
        flash("Suggestion dismissed.")
    elif not item["source_id"].startswith("faq:"):
        flash("Only an FAQ entry can take an alternate wording; dismiss this one instead.")
    else:
        entry_id = item["source_id"].removeprefix("faq:")
        change = FaqChange(
            "alternate", entry_id, item["question"], approved_by=session["counsellor"]
        )
        if _approve(change, f"Added as an alternate of '{entry_id}'; it is live."):
            review.decide_choice(storage(), item["id"], "added", session["counsellor"])
    return redirect(url_for("counsellor.queue"))


@bp.route("/faq/new", methods=["GET", "POST"])
@login_required
def new_faq():
    form = FaqForm()
    if request.method == "GET" and request.args.get("question"):
        form.question.data = request.args["question"][:1000]  # from an Unanswered group
    if form.validate_on_submit():
        change = FaqChange(
            "entry",
            form.entry_id.data.strip(),
            form.question.data,
            form.answer.data,
            sources=tuple(s.strip() for s in form.sources.data.splitlines() if s.strip()),
            tags=tuple(t.strip() for t in form.tags.data.split(",") if t.strip()),
            approved_by=session["counsellor"],
        )
        if _approve(change, f"FAQ entry '{change.entry_id}' approved; it is live."):
            return redirect(url_for("counsellor.queue"))
    return render_template(
        "counsellor/faq_new.html", form=form, source_choices=sources.choices(_knowledge())
    )


def _approve(change: FaqChange, success: str) -> bool:
    try:
        current_app.extensions["live"].approve(change)
    except KnowledgeError as exc:
        for problem in exc.problems:
            flash(f"Not saved: {problem.message}", "error")
        return False
    flash(success)
    return True


@bp.get("/unanswered")
@login_required
def unanswered():
    grouping = current_app.extensions["unanswered"]
    return render_template(
        "counsellor/unanswered.html",
        groups=grouping.latest(),
        made_at=grouping.made_at,
        alternate_form=TextAlternateForm(),
        faq_choices=sources.choices(_knowledge(), faq_only=True),
    )


@bp.get("/export.yaml")
@login_required
def export():
    """The live FAQ collection (files plus approved changes) as FAQ YAML."""
    entries = [entry_to_yaml_dict(e) for e in current_app.extensions["assistant"].knowledge.faq]
    text = yaml.safe_dump(entries, allow_unicode=True, sort_keys=False, width=100)
    return Response(
        text,
        mimetype="application/yaml",
        headers={"Content-Disposition": "attachment; filename=faq-export.yaml"},
    )
