"""Check recorded or composed HTTP interactions against our extracted OpenAPI specs.

Every interaction must name an operation of the spec (method and path template), use only
declared query parameters with values of their type, send a JSON body that validates against the
request schema, and get a declared status whose JSON body validates against the response schema.
"""

from __future__ import annotations

import copy
import json
import re
from functools import cached_property
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import yaml
from jsonschema import Draft7Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT7

SPEC_URI = "urn:sandboxer-spec"
CONNECT_STREAM = "application/connect+json"


def _envelopes(body: bytes) -> list[tuple[int, Any]]:
    """(flags, message) of each Connect envelope; a body cut mid-envelope raises ValueError."""
    frames = []
    pos = 0
    while pos < len(body):
        if len(body) - pos < 5:
            raise ValueError("a Connect envelope is cut short")
        flags, length = body[pos], int.from_bytes(body[pos + 1 : pos + 5], "big")
        payload = body[pos + 5 : pos + 5 + length]
        if len(payload) != length:
            raise ValueError("a Connect envelope is cut short")
        frames.append((flags, json.loads(payload) if payload else {}))
        pos += 5 + length
    return frames


def _pointer(*parts: str) -> str:
    return "/".join(p.replace("~", "~0").replace("/", "~1") for p in parts)


def _json_schema(node: Any) -> Any:
    """OpenAPI 3.0 schema -> JSON Schema: `nullable` becomes a null alternative."""
    if isinstance(node, list):
        return [_json_schema(n) for n in node]
    if not isinstance(node, dict):
        return node
    out = {k: _json_schema(v) for k, v in node.items() if k != "nullable"}
    if node.get("nullable"):
        return {"anyOf": [out, {"type": "null"}]}
    return out


class Spec:
    def __init__(self, path: Path, strip_prefix: str | None = None) -> None:
        self.document = yaml.safe_load(path.read_text())
        self.strip_prefix = re.compile(strip_prefix) if strip_prefix else None
        self.operations = []
        for template, item in self.document["paths"].items():
            regex = re.compile("^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template)) + "$")
            for method, op in item.items():
                if isinstance(op, dict) and "responses" in op:
                    self.operations.append((regex, method.upper(), template, op))

    @cached_property
    def registry(self) -> Registry:
        contents = _json_schema(copy.deepcopy(self.document))
        return Registry().with_resource(
            SPEC_URI, Resource.from_contents(contents, default_specification=DRAFT7)
        )

    def _validate(self, pointer: str, value: Any) -> list[str]:
        validator = Draft7Validator({"$ref": f"{SPEC_URI}#/{pointer}"}, registry=self.registry)
        return [
            f"{'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message[:200]}"
            for e in validator.iter_errors(value)
        ]

    def _parameter(self, param: dict[str, Any]) -> dict[str, Any]:
        ref = param.get("$ref")
        if ref:
            node: Any = self.document
            for part in ref.lstrip("#/").split("/"):
                node = node[part]
            return node
        return param

    def check(
        self,
        method: str,
        url: str,
        request_body: bytes | None,
        content_type: str | None,
        status: int,
        response_body: bytes,
        response_type: str | None,
        client_closed: bool = False,
        attachment: bool = False,
    ) -> list[str]:
        """Problems of one interaction; `client_closed`: the client ended a stream it no longer
        wanted (a watch), so the answer rightly lacks the end-of-stream envelope."""
        parts = urlsplit(url)
        path = parts.path
        if self.strip_prefix:
            path = self.strip_prefix.sub("", path, count=1) or "/"
        matches = [(t, op) for regex, m, t, op in self.operations if m == method and regex.match(path)]
        if not matches:
            return [f"{method} {path}: no such operation in the spec"]
        # The most literal template wins (/containers/create over /containers/{id}).
        template, op = max(matches, key=lambda m: len(re.sub(r"\{[^}]+\}", "", m[0])))
        where = f"{method} {template}"
        problems = []
        params = [self._parameter(p) for p in op.get("parameters", [])]
        declared = {p["name"]: p for p in params if p["in"] == "query"}
        query = parse_qsl(parts.query, keep_blank_values=True)
        # A name with a placeholder ("metadata.{key}", Fly) declares a family of parameters.
        families = {
            re.compile(re.sub(r"\\\{[^}]*\\\}", "[^=&]+", re.escape(n))): p
            for n, p in declared.items()
            if "{" in n
        }
        for name, value in query:
            if name not in declared:
                family = next((p for regex, p in families.items() if regex.fullmatch(name)), None)
                if family is None:
                    problems.append(f"{where}: undeclared query parameter {name!r}")
                    continue
                declared = {**declared, name: family}
            kind = declared[name].get("schema", {}).get("type")
            if kind == "boolean" and value not in ("true", "false", "1", "0"):
                problems.append(f"{where}: query {name}={value!r} is not a boolean")
            if kind == "integer" and not re.fullmatch(r"-?\d+", value):
                problems.append(f"{where}: query {name}={value!r} is not an integer")
        for name, param in declared.items():
            if param.get("required") and name not in dict(query):
                problems.append(f"{where}: required query parameter {name!r} missing")
        op_pointer = _pointer("paths", template, method.lower())
        if request_body and content_type and "json" in content_type:
            media = content_type.split(";")[0].strip()
            content = op.get("requestBody", {}).get("content", {})
            if media not in content:
                problems.append(f"{where}: sends {media} but the spec takes {sorted(content)}")
            else:
                body_ptr = f"{op_pointer}/requestBody/content/{_pointer(media)}/schema"
                if media == CONNECT_STREAM:
                    messages = [m for _, m in _envelopes(request_body)]
                else:
                    messages = [json.loads(request_body)]
                for message in messages:
                    problems += [f"{where} request: {e}" for e in self._validate(body_ptr, message)]
        responses = op["responses"]
        key = str(status) if str(status) in responses else ("default" if "default" in responses else None)
        if key is None:
            return problems + [f"{where}: status {status} is not declared ({sorted(responses)})"]
        declared_content = responses[key].get("content") or {}
        media = (response_type or "").split(";")[0].strip()
        if response_body and media == CONNECT_STREAM and media in declared_content:
            # A Connect server stream: each message against the message schema, the last
            # (end-of-stream) envelope against its own.
            frames = _envelopes(response_body)
            if not client_closed and (not frames or not frames[-1][0] & 0x02):
                problems.append(f"{where} {status}: the stream has no end-of-stream envelope")
            for flags, message in frames:
                if flags & 0x02:
                    schema_ptr = f"{op_pointer}/responses/{key}/x-connect-end-stream/schema"
                else:
                    schema_ptr = f"{op_pointer}/responses/{key}/content/{_pointer(media)}/schema"
                problems += [f"{where} {status} frame: {e}" for e in self._validate(schema_ptr, message)]
        elif attachment:
            pass  # a downloaded file: its bytes are the file's, whatever type its name gives them
        elif media == "application/x-ndjson":
            # newline-delimited JSON (Blaxel's streamed exec): where the spec declares the media
            # type, each line against its schema; otherwise unchecked, as a text/plain stream is
            if response_body and media in declared_content:
                schema_ptr = f"{op_pointer}/responses/{key}/content/{_pointer(media)}/schema"
                for line in response_body.splitlines():
                    if line.strip():
                        problems += [
                            f"{where} {status} line: {e}" for e in self._validate(schema_ptr, json.loads(line))
                        ]
        elif response_body and "json" in media and "application/json" in declared_content:
            schema_ptr = f"{op_pointer}/responses/{key}/content/{_pointer('application/json')}/schema"
            problems += [
                f"{where} {status}: {e}" for e in self._validate(schema_ptr, json.loads(response_body))
            ]
        return problems
