"""The chat page without JavaScript: each post shows its own answer and the whole
conversation, carried by the page (signed), whatever the clinic stores."""

import os
import re

import pytest

from web import create_app, transcript

CRISIS = "I can't cope and I'm scared I'll hurt my baby"


def make_client(tmp_path, **settings):
    app = create_app(
        {"DATABASE_URL": f"sqlite:///{tmp_path / 'app.db'}", "RATELIMIT_ENABLED": False} | settings
    )
    return app.test_client()


def fields(html: str) -> dict:
    """The hidden fields the ask form carries to the next post."""
    form = re.search(r'<form class="ask".*?</form>', html, re.S).group(0)
    return dict(re.findall(r'type="hidden" name="(\w+)"[^>]*value="([^"]*)"', form))


def post(client, path, question, carried=None):
    response = client.post(path, data={"question": question, **(carried or {})})
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    return html, fields(html)


@pytest.mark.parametrize("path", ["/", "/embed"])
@pytest.mark.parametrize("store", [True, False])
def test_a_crisis_message_shows_the_call_link_whatever_is_stored(tmp_path, path, store):
    client = make_client(tmp_path, STORE_MESSAGES=store, STORE_ESCALATION_MESSAGES=False)
    html, _ = post(client, path, CRISIS)
    assert 'class="bubble escalate" role="alert"' in html
    assert re.search(r'<a class="call" href="tel:\d+">Call \d+</a>', html)


def test_the_whole_conversation_is_shown_with_storing_off(tmp_path):
    client = make_client(tmp_path, STORE_MESSAGES=False, HISTORY_TURNS=5)
    questions = [CRISIS] + [f"why keep promises to my toddler {n}" for n in range(7)]
    carried = None
    for question in questions:
        html, carried = post(client, "/", question, carried)
    shown = re.findall(r'<span class="who">You asked</span><p>(.*?)</p>', html)
    assert len(shown) == len(questions)  # more than HISTORY_TURNS, the crisis included
    assert shown[0] == CRISIS.replace("'", "&#39;")
    assert html.count('id="latest"') == 1
    assert 'class="call"' in html


def test_an_altered_transcript_shows_nothing_it_carried(tmp_path):
    client = make_client(tmp_path, STORE_MESSAGES=False)
    _, carried = post(client, "/", "why keep promises to my toddler")
    token = carried["transcript"]
    altered = token[:-3] + ("AAA" if not token.endswith("AAA") else "BBB")
    html, _ = post(client, "/", "why is touch important", carried | {"transcript": altered})
    assert html.count('class="turn"') == 1


def test_a_transcript_belongs_to_its_conversation(tmp_path):
    client = make_client(tmp_path)
    _, first = post(client, "/", "why keep promises to my toddler")
    _, second = post(client, "/", "why is touch important")
    html, _ = post(
        client, "/", "who wrote the article", second | {"transcript": first["transcript"]}
    )
    assert "promises" not in html.split('id="conversation"')[1]


def test_a_long_conversation_drops_its_oldest_turns_and_says_so(tmp_path, monkeypatch):
    monkeypatch.setattr(transcript, "MAX_TOKEN_CHARS", 1500)  # a few turns' worth
    client = make_client(tmp_path, STORE_MESSAGES=False)
    carried = None
    for n in range(40):
        html, carried = post(client, "/", f"why is touch important for babies ({n})", carried)
    assert len(carried["transcript"]) <= 1500
    assert "Earlier messages of this conversation are no longer shown" in html
    shown = re.findall(r'<span class="who">You asked</span><p>(.*?)</p>', html)
    assert shown[-1].endswith("(39)") and len(shown) < 40


def test_forms_and_start_over_keep_the_clinic_branding(tmp_path):
    client = make_client(tmp_path)
    query = "/embed?title=Ask+Sunny&accent=%23225588&_external=1"
    html, _ = post(client, query, "why keep promises to my toddler")
    assert 'action="/embed?title=Ask+Sunny&amp;accent=%23225588#latest"' in html
    response = client.post("/reset?title=Ask+Sunny&accent=%23225588", data={"embedded": "1"})
    assert response.headers["Location"].endswith("/embed?title=Ask+Sunny&accent=%23225588")


@pytest.mark.parametrize(
    ("question", "contacts"),
    [
        ("which car seat brand is safest", True),
        ("how do I book a counsellor", True),
        ("thank you", False),
    ],
)
def test_contact_buttons_come_with_abstentions_not_pleasantries(tmp_path, question, contacts):
    html, _ = post(make_client(tmp_path), "/", question)
    latest = html.split('id="latest"')[1].split("</li>")[0]
    assert ('href="mailto:' in latest) is contacts


def test_a_long_chinese_question_fits_beside_the_longest_transcript(tmp_path):
    client = make_client(tmp_path, STORE_MESSAGES=False)
    turns = [
        {"question": f"question {n}", "answer": {"kind": "abstain", "text": os.urandom(150).hex()}}
        for n in range(40)
    ]
    with client.application.test_request_context():
        token, dropped = transcript.write(turns, "conversation-1")
    assert len(token) > transcript.MAX_TOKEN_CHARS - 400 and dropped > 0
    question = "我的寶寶" * 500  # 2000 characters, the longest question
    response = client.post(
        "/",
        data={"question": question, "conversation_id": "conversation-1", "transcript": token},
        content_type="multipart/form-data",  # as the page's form sends it
    )
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    latest = html.split('id="latest"')[1]
    assert question in latest  # this question answered, beside the earlier turns it could keep
    assert 20 < html.count('class="turn"') <= 40 - dropped + 1
