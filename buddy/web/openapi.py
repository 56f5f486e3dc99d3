"""The OpenAPI 3 description served at ``GET /openapi.json``."""

from __future__ import annotations

import copy

from buddy import __version__


def _error(description: str) -> dict:
    return {"description": description,
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}


_ERRORS = {
    "400": _error("Malformed JSON, missing/empty/non-string/too long message, or a malformed session_id."),
    "401": _error("Missing or wrong API key (only when the server has one)."),
    "405": _error("Wrong method."),
    "413": _error("Request body over the size limit."),
    "415": _error("Content-Type is not application/json."),
    "503": _error("The session store is not reachable."),
}

_SPEC: dict = {
    "openapi": "3.0.3",
    "info": {
        "title": "buddy",
        "version": __version__,
        "description": "A self-hosted Korean wellness chatbot. buddy is not a therapist, a medical device "
                       "or an emergency service; in a crisis it lists contacts such as 109 and 1577-0199.",
    },
    "paths": {
        "/api/chat": {
            "post": {
                "summary": "Answer one message within a session",
                "operationId": "chat",
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ChatRequest"}}},
                },
                "responses": {
                    "200": {"description": "The reply.",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ChatReply"}}}},
                    **_ERRORS,
                },
            }
        },
        "/api/wellness/dialog/bert": {
            "get": {
                "summary": "KoBERT wellness chatbot compatible route (no session)",
                "operationId": "wellnessDialogBert",
                "parameters": [{"name": "s", "in": "query", "required": True,
                                "schema": {"type": "string", "minLength": 1, "maxLength": 2000},
                                "description": "The message."}],
                "responses": {
                    "200": {"description": "The answer.",
                            "content": {"application/json": {"schema": {
                                "type": "object", "required": ["answer"],
                                "properties": {"answer": {"type": "string"}}}}}},
                    **{k: v for k, v in _ERRORS.items() if k in ("400", "401", "405")},
                },
            }
        },
        "/healthz": {
            "get": {
                "summary": "Model loaded and session store reachable",
                "operationId": "health",
                "security": [],
                "responses": {
                    "200": {"description": "Healthy.",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Health"}}}},
                    "503": {"description": "The session store is not reachable.",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Health"}}}},
                },
            }
        },
        "/openapi.json": {
            "get": {
                "summary": "This description",
                "operationId": "openapi",
                "security": [],
                "responses": {"200": {"description": "OpenAPI 3 document.",
                                      "content": {"application/json": {"schema": {"type": "object"}}}}},
            }
        },
    },
    "components": {
        "schemas": {
            "ChatRequest": {
                "type": "object",
                "required": ["message"],
                "properties": {
                    "message": {"type": "string", "minLength": 1, "maxLength": 2000},
                    "session_id": {"type": "string", "pattern": "^[A-Za-z0-9_-]{32}$", "nullable": True,
                                   "description": "The session_id of the previous reply; leave out to start."},
                },
            },
            "Resource": {
                "type": "object",
                "required": ["name", "number", "hours"],
                "properties": {"name": {"type": "string"}, "number": {"type": "string"},
                               "hours": {"type": "string"}, "description": {"type": "string"}},
            },
            "ChatReply": {
                "type": "object",
                "required": ["answer", "category", "confidence", "top_k", "crisis", "resources",
                             "session_id", "end"],
                "properties": {
                    "answer": {"type": "string"},
                    "kind": {"type": "string", "enum": ["answer", "clarify", "crisis", "goodbye"]},
                    "category": {"type": "string", "nullable": True},
                    "confidence": {"type": "number"},
                    "top_k": {"type": "array", "items": {
                        "type": "object", "properties": {"category": {"type": "string"},
                                                         "score": {"type": "number"}}}},
                    "crisis": {"type": "boolean"},
                    "risk": {"type": "string", "enum": ["none", "concern", "high"]},
                    "reasons": {"type": "array", "items": {"type": "string"}},
                    "resources": {"type": "array", "items": {"$ref": "#/components/schemas/Resource"},
                                  "description": "Crisis contacts; listed when crisis is true or when "
                                                 "distress keeps recurring in the session."},
                    "session_id": {"type": "string"},
                    "new_session": {"type": "boolean",
                                    "description": "True when this reply started a new session."},
                    "end": {"type": "boolean", "description": "True after a closing phrase."},
                },
            },
            "Health": {
                "type": "object",
                "properties": {"status": {"type": "string", "enum": ["ok", "unavailable"]},
                               "model": {"type": "object"}, "sessions": {"type": "object"}},
            },
            "Error": {
                "type": "object",
                "required": ["error"],
                "properties": {"error": {"type": "object", "required": ["code", "message"],
                                         "properties": {"code": {"type": "string"},
                                                        "message": {"type": "string"}}}},
            },
        },
        "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
    },
}


def spec(api_key: bool = False) -> dict:
    """The OpenAPI document; with ``api_key`` the ``/api/*`` operations require a bearer token."""
    doc = copy.deepcopy(_SPEC)
    if api_key:
        doc["security"] = [{"bearer": []}]
    return doc
