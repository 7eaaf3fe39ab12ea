"""The OpenAPI 3.1 description of the JSON API (served at /api/v1/openapi.json)."""

from __future__ import annotations

_STRING = {"type": "string"}
_NULLABLE_STRING = {"type": ["string", "null"]}

ERROR = {
    "type": "object",
    "required": ["error"],
    "properties": {
        "error": {
            "type": "object",
            "required": ["code", "message"],
            "properties": {"code": _STRING, "message": _STRING},
        },
        "guidance": _STRING,
    },
}

CITATION = {
    "type": "object",
    "required": ["source_id", "title", "author", "section", "passage", "url"],
    "properties": {
        k: _STRING for k in ("source_id", "title", "author", "section", "passage", "url")
    },
}

ANSWER = {
    "type": "object",
    "required": [
        "kind",
        "text",
        "confidence",
        "source_id",
        "citations",
        "related",
        "alternatives",
        "why",
        "conversation_id",
    ],
    "properties": {
        "kind": {"enum": ["answer", "abstain", "escalate", "clarify"]},
        "text": _STRING,
        "html": _STRING,
        "confidence": {"type": "number", "minimum": 0, "maximum": 1},
        "source_id": _NULLABLE_STRING,
        "citations": {"type": "array", "items": {"$ref": "#/components/schemas/Citation"}},
        "related": {
            "type": "array",
            "maxItems": 3,
            "items": {
                "type": "object",
                "required": ["source_id", "question"],
                "properties": {"source_id": _STRING, "question": _STRING},
            },
        },
        "alternatives": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["source_id", "title", "score"],
                "properties": {"source_id": _STRING, "title": _STRING, "score": {"type": "number"}},
            },
        },
        "why": {"type": "object"},
        # "Did you mean": for `clarify` the entries the question is close to; for a
        # not-covered abstention, the closest entries. Choosing one: ask again with
        # its question and `chosen_source_id`.
        "options": {
            "type": "array",
            "maxItems": 3,
            "items": {
                "type": "object",
                "required": ["source_id", "question"],
                "properties": {"source_id": _STRING, "question": _STRING},
            },
        },
        "reason": _NULLABLE_STRING,
        "call": {"type": ["object", "null"]},
        # Distress that is not an emergency: {"text", "contacts": [{"name", "number"}]}.
        "support": {"type": ["object", "null"]},
        "conversation_id": _STRING,
        # An FAQ answer whose entry records a counsellor's approval: its date (YYYY-MM-DD).
        "reviewed_on": _STRING,
    },
}

VISIBLE_CHARACTER = (
    "[^\\s\\u0000-\\u001f\\u007f-\\u009f\\u200b-\\u200f\\u2028-\\u202e\\ufeff\\ud800-\\udfff]"
)

ASK_REQUEST = {
    "type": "object",
    "required": ["question"],
    "properties": {
        # Some visible text: control and invisible characters are dropped before answering.
        "question": {
            "type": "string",
            "minLength": 1,
            "maxLength": 2000,
            "pattern": VISIBLE_CHARACTER,
        },
        # Empty or null starts a new conversation.
        "conversation_id": {"type": ["string", "null"], "pattern": "^[A-Za-z0-9_-]{0,64}$"},
        # The option the parent chose from `options`: that entry is answered.
        "chosen_source_id": {"type": ["string", "null"], "maxLength": 300},
    },
}

FEEDBACK_REQUEST = {
    "type": "object",
    "required": ["conversation_id", "helpful"],
    "properties": {
        "conversation_id": {"type": "string", "pattern": "^[A-Za-z0-9_-]{1,64}$"},
        "source_id": {"type": ["string", "null"], "maxLength": 300},
        "helpful": {"type": "boolean"},
        # After "Not helpful": what the parent was looking for (stored for counsellors).
        "comment": {"type": ["string", "null"], "maxLength": 500},
    },
}

HEALTH = {
    "type": "object",
    "required": ["status", "index", "database"],
    "properties": {
        "status": {"enum": ["ok", "degraded"]},
        "index": {"type": "object"},
        "database": {"type": "object"},
    },
}


def _errors(*codes: int) -> dict:
    return {
        str(c): {
            "description": "error",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
        }
        for c in codes
    }


def _json(schema_ref: str, description: str) -> dict:
    return {
        "description": description,
        "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema_ref}"}}},
    }


def spec() -> dict:
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "parentfaq API",
            "version": "1.0.0",
            "description": "Answers parents' questions in the clinic's own words.",
        },
        "paths": {
            "/api/v1/ask": {
                "post": {
                    "operationId": "ask",
                    "summary": "Answer a question",
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/AskRequest"}
                            }
                        },
                    },
                    "responses": {
                        "200": _json("Answer", "the answer object"),
                        **_errors(400, 413, 415, 429),
                    },
                }
            },
            "/api/v1/feedback": {
                "post": {
                    "operationId": "feedback",
                    "summary": "Record whether an answer helped",
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/FeedbackRequest"}
                            }
                        },
                    },
                    "responses": {
                        "200": {
                            "description": "recorded",
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "type": "object",
                                        "required": ["recorded"],
                                        "properties": {
                                            "recorded": {"type": "boolean"},
                                            # A comment that signals danger: the escalation.
                                            "reply": {"$ref": "#/components/schemas/Answer"},
                                        },
                                    }
                                }
                            },
                        },
                        **_errors(400, 413, 415, 429),
                    },
                }
            },
            "/api/v1/health": {
                "get": {
                    "operationId": "health",
                    "summary": "Whether the index and database are ready",
                    "responses": {
                        "200": _json("Health", "ready"),
                        "503": _json("Health", "not ready"),
                    },
                }
            },
            "/api/v1/openapi.json": {
                "get": {
                    "operationId": "openapi",
                    "summary": "This document",
                    "responses": {
                        "200": {
                            "description": "OpenAPI document",
                            "content": {"application/json": {"schema": {"type": "object"}}},
                        }
                    },
                }
            },
        },
        "components": {
            "schemas": {
                "AskRequest": ASK_REQUEST,
                "Answer": ANSWER,
                "Citation": CITATION,
                "FeedbackRequest": FEEDBACK_REQUEST,
                "Health": HEALTH,
                "Error": ERROR,
            }
        },
    }
