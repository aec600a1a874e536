"""Describe the Connect-RPC calls an adapter uses as an OpenAPI 3.0 document (for validation only).

    python scripts/extract_proto.py specs/<vendor>/<api>.proto.yaml [--output PATH] [--check]

The recipe (`<api>.proto.yaml`, hand-written data) names the vendor's proto3 files and an allow-list
of RPCs; the output (`<api>.openapi.yaml`, next to the recipe, committed) describes each RPC the
way Connect carries it over HTTP with the JSON codec, so that recorded traffic (cassettes) can be
checked against it. No client is generated from it (./codegen.sh only extracts and checks it).

Recipe keys:
  info: {title, version}                the output's `info`
  protos: [{repo, path, commit, source}, ...]
                                        upstream proto files: provenance (written to the output's
                                        `x-upstream` as repo:path@commit) and `source`, the local
                                        copy relative to the repository root
  rpcs: ["<package>.<Service>/<Method>", ...]
                                        allow-list; every entry must exist upstream

Output, per RPC: `POST /<package>.<Service>/<Method>`, operationId `<Service>_<Method>`, tag
`<package>.<Service>`, a request body and a 200 answer whose schemas are the request and response
messages (components named by their full proto name, e.g. `process.ProcessEvent.DataEvent`), and a
`default` answer with the Connect error body {code, message, details}. Unary RPCs use
`application/json`. Server-streaming RPCs are marked `x-connect-stream: server`; their request and
200 answer use `application/connect+json` (each message in a 5-byte envelope: 1 flag byte, 4-byte
big-endian length): the request schema is the one request message, the 200 schema is ONE stream
message, and `x-connect-end-stream` gives the schema of the end-of-stream message (flag 0x02),
which carries the error, if any, of a stream that already answered 200. Client and bidirectional
streaming RPCs are refused (Connect needs HTTP/2 full duplex for them).

Schemas follow the proto3 JSON mapping: field names are the json_name (lowerCamelCase unless a
`json_name` option says otherwise); int64, uint64 and their fixed/sint variants are decimal strings;
bytes are base64 strings (`format: byte`); enums are their value names (string enum); messages are
objects with `additionalProperties: false` and no required fields (proto3 omits default values);
fields of a oneof are all optional (the message lists its oneofs under `x-oneof`); `optional`
fields are plain optional fields; maps are objects with `additionalProperties` (keys are strings);
repeated fields are arrays; google.protobuf.Timestamp is a date-time string.

The proto parser is hand-written and small: proto3 files with messages, enums, nested types,
oneof, repeated, map<,>, optional, reserved, options, imports and services. Only the standard
library and PyYAML are used; the output is deterministic. --output writes elsewhere; --check exits
1 (with a diff) when the committed output differs from a fresh extraction.
"""

from __future__ import annotations

import argparse
import difflib
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
RECIPE_SUFFIX = ".proto.yaml"
RECIPE_KEYS = frozenset({"info", "protos", "rpcs"})
PROTO_KEYS = frozenset({"repo", "path", "commit", "source"})
CONNECT_JSON = "application/json"
CONNECT_STREAM_JSON = "application/connect+json"
# https://connectrpc.com/docs/protocol#error-codes
CONNECT_CODES = [
    "canceled",
    "unknown",
    "invalid_argument",
    "deadline_exceeded",
    "not_found",
    "already_exists",
    "permission_denied",
    "resource_exhausted",
    "failed_precondition",
    "aborted",
    "out_of_range",
    "unimplemented",
    "internal",
    "unavailable",
    "data_loss",
    "unauthenticated",
]
ERROR_SCHEMA = "connect.Error"
END_STREAM_SCHEMA = "connect.EndStreamResponse"


class ExtractError(Exception):
    pass


# --- proto3 parsing --------------------------------------------------------------------------

TOKEN_RE = re.compile(
    r"""
    (?P<ws>\s+)
  | (?P<comment>//[^\n]*|/\*.*?\*/)
  | (?P<string>"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')
  | (?P<number>[-+]?(?:0[xX][0-9a-fA-F]+|[0-9]+(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\.[0-9]+(?:[eE][-+]?[0-9]+)?))
  | (?P<ident>\.?[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)
  | (?P<symbol>[{}()\[\]<>;=,:])
    """,
    re.VERBOSE | re.DOTALL,
)

SCALARS: dict[str, dict[str, Any]] = {
    "double": {"type": "number", "format": "double"},
    "float": {"type": "number", "format": "float"},
    "int32": {"type": "integer", "format": "int32"},
    "sint32": {"type": "integer", "format": "int32"},
    "sfixed32": {"type": "integer", "format": "int32"},
    "uint32": {"type": "integer", "format": "int64", "minimum": 0, "maximum": 4294967295},
    "fixed32": {"type": "integer", "format": "int64", "minimum": 0, "maximum": 4294967295},
    "int64": {"type": "string", "format": "int64", "pattern": "^-?[0-9]+$"},
    "sint64": {"type": "string", "format": "int64", "pattern": "^-?[0-9]+$"},
    "sfixed64": {"type": "string", "format": "int64", "pattern": "^-?[0-9]+$"},
    "uint64": {"type": "string", "format": "uint64", "pattern": "^[0-9]+$"},
    "fixed64": {"type": "string", "format": "uint64", "pattern": "^[0-9]+$"},
    "bool": {"type": "boolean"},
    "string": {"type": "string"},
    "bytes": {"type": "string", "format": "byte"},
}
MAP_KEY_TYPES = frozenset(
    {"int32", "int64", "uint32", "uint64", "sint32", "sint64", "fixed32", "fixed64", "sfixed32"}
    | {"sfixed64", "bool", "string"}
)
# Well-known types, by their JSON mapping.
WELL_KNOWN: dict[str, dict[str, Any]] = {
    "google.protobuf.Timestamp": {"type": "string", "format": "date-time"},
}


@dataclass
class Field:
    name: str
    json_name: str
    type: str  # as written (scalar, or a possibly relative type name)
    label: str = ""  # "", "repeated", "optional"
    map_key: str | None = None  # set for map<key, value> fields (type is the value type)
    oneof: str | None = None
    resolved: str | None = None  # full name of a message/enum type, after resolution


@dataclass
class Message:
    full_name: str
    fields: list[Field] = field(default_factory=list)
    oneofs: dict[str, list[str]] = field(default_factory=dict)  # oneof name -> json names


@dataclass
class Enum:
    full_name: str
    values: list[str] = field(default_factory=list)


@dataclass
class Rpc:
    service: str  # full name, e.g. process.Process
    name: str
    request: str
    response: str
    client_stream: bool
    server_stream: bool
    request_resolved: str = ""
    response_resolved: str = ""


@dataclass
class ProtoFile:
    package: str
    messages: dict[str, Message] = field(default_factory=dict)  # full name -> message, in order
    enums: dict[str, Enum] = field(default_factory=dict)
    rpcs: list[Rpc] = field(default_factory=list)
    imports: list[str] = field(default_factory=list)


def json_name_of(name: str) -> str:
    """protoc's default json_name: drop underscores, upper-case the letter after each."""
    out: list[str] = []
    upper = False
    for ch in name:
        if ch == "_":
            upper = True
        elif upper:
            out.append(ch.upper())
            upper = False
        else:
            out.append(ch)
    return "".join(out)


def tokenize(text: str, where: str) -> list[tuple[str, str, int]]:
    tokens: list[tuple[str, str, int]] = []
    pos = 0
    line = 1
    while pos < len(text):
        m = TOKEN_RE.match(text, pos)
        if not m:
            raise ExtractError(f"{where}:{line}: cannot read {text[pos : pos + 20]!r}")
        kind = m.lastgroup or ""
        value = m.group()
        if kind not in ("ws", "comment"):
            tokens.append((kind, value, line))
        line += value.count("\n")
        pos = m.end()
    return tokens


class Parser:
    def __init__(self, text: str, where: str) -> None:
        self.tokens = tokenize(text, where)
        self.pos = 0
        self.where = where
        self.file = ProtoFile(package="")

    # token helpers
    def _peek(self, offset: int = 0) -> str | None:
        i = self.pos + offset
        return self.tokens[i][1] if i < len(self.tokens) else None

    def _error(self, message: str) -> ExtractError:
        line = self.tokens[min(self.pos, len(self.tokens) - 1)][2] if self.tokens else 0
        return ExtractError(f"{self.where}:{line}: {message}")

    def _next(self) -> str:
        if self.pos >= len(self.tokens):
            raise self._error("unexpected end of file")
        value = self.tokens[self.pos][1]
        self.pos += 1
        return value

    def _expect(self, value: str) -> None:
        got = self._next()
        if got != value:
            self.pos -= 1
            raise self._error(f"expected {value!r}, found {got!r}")

    def _ident(self) -> str:
        if self.pos >= len(self.tokens) or self.tokens[self.pos][0] != "ident":
            raise self._error(f"expected a name, found {self._peek()!r}")
        return self._next()

    def _string(self) -> str:
        if self.pos >= len(self.tokens) or self.tokens[self.pos][0] != "string":
            raise self._error(f"expected a string, found {self._peek()!r}")
        raw = self._next()
        return raw[1:-1].encode("utf-8").decode("unicode_escape")

    def _skip_statement(self) -> None:
        """Skip to the end of a `...;` statement (options, reserved, extensions)."""
        depth = 0
        while True:
            tok = self._next()
            if tok in ("{", "[", "("):
                depth += 1
            elif tok in ("}", "]", ")"):
                depth -= 1
            elif tok == ";" and depth == 0:
                return

    def _skip_block(self) -> None:
        self._expect("{")
        depth = 1
        while depth:
            tok = self._next()
            if tok == "{":
                depth += 1
            elif tok == "}":
                depth -= 1

    def _field_options(self) -> dict[str, str]:
        """`[name = value, (custom).opt = value]` -> {name: value as written}."""
        options: dict[str, str] = {}
        if self._peek() != "[":
            return options
        self._expect("[")
        while True:
            parts = []
            while self._peek() != "=":
                parts.append(self._next())
            self._expect("=")
            kind = self.tokens[self.pos][0] if self.pos < len(self.tokens) else ""
            value = self._string() if kind == "string" else self._next()
            options["".join(parts)] = value
            if self._peek() == ",":
                self._next()
                continue
            self._expect("]")
            return options

    # grammar
    def parse(self) -> ProtoFile:
        syntax = None
        while self.pos < len(self.tokens):
            tok = self._next()
            if tok == ";":
                continue
            if tok == "syntax":
                self._expect("=")
                syntax = self._string()
                self._expect(";")
                if syntax != "proto3":
                    raise self._error(f"only proto3 is supported, not {syntax!r}")
            elif tok == "package":
                self.file.package = self._ident()
                self._expect(";")
            elif tok == "import":
                if self._peek() in ("public", "weak"):
                    self._next()
                self.file.imports.append(self._string())
                self._expect(";")
            elif tok == "option":
                self._skip_statement()
            elif tok == "message":
                self._message(self.file.package)
            elif tok == "enum":
                self._enum(self.file.package)
            elif tok == "service":
                self._service()
            else:
                self.pos -= 1
                raise self._error(f"unsupported top-level statement {tok!r}")
        if syntax is None:
            raise ExtractError(f'{self.where}: no `syntax = "proto3";`')
        return self.file

    def _qualify(self, scope: str, name: str) -> str:
        return f"{scope}.{name}" if scope else name

    def _message(self, scope: str) -> None:
        full = self._qualify(scope, self._ident())
        message = Message(full)
        self.file.messages[full] = message  # the parent first, then its nested types
        self._expect("{")
        while self._peek() != "}":
            tok = self._peek()
            if tok == ";":
                self._next()
            elif tok == "message":
                self._next()
                self._message(full)
            elif tok == "enum":
                self._next()
                self._enum(full)
            elif tok in ("option", "reserved", "extensions"):
                self._skip_statement()
            elif tok == "oneof":
                self._next()
                oneof = self._ident()
                message.oneofs[oneof] = []
                self._expect("{")
                while self._peek() != "}":
                    if self._peek() == "option":
                        self._skip_statement()
                        continue
                    if self._peek() == ";":
                        self._next()
                        continue
                    f = self._field(label="")
                    f.oneof = oneof
                    message.oneofs[oneof].append(f.json_name)
                    message.fields.append(f)
                self._expect("}")
            elif tok in ("extend", "group"):
                raise self._error(f"{tok!r} is not supported")
            else:
                label = ""
                if tok in ("repeated", "optional"):
                    label = self._next()
                elif tok == "required":
                    raise self._error("`required` is not proto3")
                message.fields.append(self._field(label))
        self._expect("}")

    def _field(self, label: str) -> Field:
        map_key = None
        if self._peek() == "map" and self._peek(1) == "<":
            self._next()
            self._expect("<")
            map_key = self._ident()
            if map_key not in MAP_KEY_TYPES:
                raise self._error(f"invalid map key type {map_key!r}")
            self._expect(",")
            type_name = self._ident()
            self._expect(">")
            if label:
                raise self._error("a map field cannot be repeated or optional")
        else:
            type_name = self._ident()
        name = self._ident()
        self._expect("=")
        self._next()  # field number
        options = self._field_options()
        self._expect(";")
        json_name = options.get("json_name") or json_name_of(name)
        return Field(name=name, json_name=json_name, type=type_name, label=label, map_key=map_key)

    def _enum(self, scope: str) -> None:
        full = self._qualify(scope, self._ident())
        enum = Enum(full)
        self._expect("{")
        while self._peek() != "}":
            tok = self._peek()
            if tok == ";":
                self._next()
            elif tok in ("option", "reserved"):
                self._skip_statement()
            else:
                enum.values.append(self._ident())
                self._expect("=")
                self._next()
                self._field_options()
                self._expect(";")
        self._expect("}")
        self.file.enums[full] = enum

    def _service(self) -> None:
        service = self._qualify(self.file.package, self._ident())
        self._expect("{")
        while self._peek() != "}":
            tok = self._next()
            if tok == ";":
                continue
            if tok == "option":
                self._skip_statement()
                continue
            if tok != "rpc":
                self.pos -= 1
                raise self._error(f"unsupported statement in a service: {tok!r}")
            name = self._ident()
            self._expect("(")
            client_stream = self._peek() == "stream" and self._peek(1) != ")"
            if client_stream:
                self._next()
            request = self._ident()
            self._expect(")")
            self._expect("returns")
            self._expect("(")
            server_stream = self._peek() == "stream" and self._peek(1) != ")"
            if server_stream:
                self._next()
            response = self._ident()
            self._expect(")")
            if self._peek() == "{":
                self._skip_block()
            else:
                self._expect(";")
            self.file.rpcs.append(Rpc(service, name, request, response, client_stream, server_stream))
        self._expect("}")


# --- type resolution ---------------------------------------------------------------------------


class Types:
    """Every message and enum of the recipe's files, by full name, with proto scoping rules."""

    def __init__(self, files: list[ProtoFile]) -> None:
        self.messages: dict[str, Message] = {}
        self.enums: dict[str, Enum] = {}
        for f in files:
            for kind, table in (("message", f.messages), ("enum", f.enums)):
                for name, item in table.items():
                    if name in self.messages or name in self.enums:
                        raise ExtractError(f"{kind} {name} is defined twice")
                    (self.messages if kind == "message" else self.enums)[name] = item

    def known(self, name: str) -> bool:
        return name in self.messages or name in self.enums or name in WELL_KNOWN

    def resolve(self, type_name: str, scope: str) -> str:
        """Full name of `type_name` as used inside `scope` (a package or message full name)."""
        if type_name.startswith("."):
            if self.known(type_name[1:]):
                return type_name[1:]
            raise ExtractError(f"unknown type {type_name} (in {scope})")
        first, _, rest = type_name.partition(".")
        parts = scope.split(".") if scope else []
        for i in range(len(parts), -1, -1):
            prefix = ".".join(parts[:i])
            # the first component resolves to the innermost scope that defines it
            candidate = f"{prefix}.{first}" if prefix else first
            if self.known(candidate) or any(
                n.startswith(candidate + ".") for n in (*self.messages, *self.enums, *WELL_KNOWN)
            ):
                full = f"{candidate}.{rest}" if rest else candidate
                if self.known(full):
                    return full
                raise ExtractError(f"unknown type {type_name} (in {scope})")
        raise ExtractError(f"unknown type {type_name} (in {scope})")


# --- OpenAPI output ----------------------------------------------------------------------------


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def value_schema(types: Types, f: Field) -> dict[str, Any]:
    if f.type in SCALARS:
        return dict(SCALARS[f.type])
    assert f.resolved is not None
    if f.resolved in WELL_KNOWN:
        return dict(WELL_KNOWN[f.resolved])
    return _ref(f.resolved)


def field_schema(types: Types, f: Field) -> dict[str, Any]:
    value = value_schema(types, f)
    if f.map_key is not None:
        return {"type": "object", "additionalProperties": value}
    if f.label == "repeated":
        return {"type": "array", "items": value}
    return value


def message_schema(types: Types, message: Message) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "object"}
    if message.fields:
        schema["properties"] = {f.json_name: field_schema(types, f) for f in message.fields}
    schema["additionalProperties"] = False
    if message.oneofs:
        schema["x-oneof"] = {name: list(members) for name, members in message.oneofs.items()}
    return schema


def connect_components() -> dict[str, Any]:
    return {
        ERROR_SCHEMA: {
            "type": "object",
            "required": ["code"],
            "properties": {
                "code": {"type": "string", "enum": list(CONNECT_CODES)},
                "message": {"type": "string"},
                "details": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "required": ["type", "value"],
                        "properties": {
                            "type": {"type": "string"},
                            "value": {"type": "string", "format": "byte"},
                            "debug": {},
                        },
                    },
                },
            },
        },
        END_STREAM_SCHEMA: {
            "type": "object",
            "properties": {
                "error": _ref(ERROR_SCHEMA),
                "metadata": {
                    "type": "object",
                    "additionalProperties": {"type": "array", "items": {"type": "string"}},
                },
            },
            "additionalProperties": False,
        },
    }


def extract(recipe: dict[str, Any], files: list[ProtoFile], provenance: list[str]) -> dict[str, Any]:
    types = Types(files)
    for f in files:
        for message in f.messages.values():
            for fld in message.fields:
                if fld.type not in SCALARS:
                    fld.resolved = types.resolve(fld.type, message.full_name)
    rpcs: dict[str, Rpc] = {}
    for f in files:
        for rpc in f.rpcs:
            rpc.request_resolved = types.resolve(rpc.request, f.package)
            rpc.response_resolved = types.resolve(rpc.response, f.package)
            for resolved in (rpc.request_resolved, rpc.response_resolved):
                if resolved not in types.messages:
                    raise ExtractError(f"{rpc.service}/{rpc.name}: {resolved} is not a message")
            rpcs[f"{rpc.service}/{rpc.name}"] = rpc

    wanted = list(recipe.get("rpcs") or [])
    if not wanted:
        raise ExtractError("rpcs: the allow-list is empty")
    if len(set(wanted)) != len(wanted):
        raise ExtractError("rpcs: duplicate entries in the allow-list")
    missing = [name for name in wanted if name not in rpcs]
    if missing:
        raise ExtractError(f"rpcs not found upstream: {', '.join(missing)}")

    paths: dict[str, Any] = {}
    reachable: set[str] = set()
    pending: list[str] = []
    for name in wanted:
        rpc = rpcs[name]
        if rpc.client_stream:
            raise ExtractError(f"{name}: client or bidirectional streaming is not supported")
        media = CONNECT_STREAM_JSON if rpc.server_stream else CONNECT_JSON
        op: dict[str, Any] = {
            "tags": [rpc.service],
            "operationId": f"{rpc.service.rsplit('.', 1)[-1]}_{rpc.name}",
        }
        if rpc.server_stream:
            op["x-connect-stream"] = "server"
        op["requestBody"] = {
            "required": True,
            "content": {media: {"schema": _ref(rpc.request_resolved)}},
        }
        ok: dict[str, Any] = {"description": "", "content": {media: {"schema": _ref(rpc.response_resolved)}}}
        if rpc.server_stream:
            ok["x-connect-end-stream"] = {"schema": _ref(END_STREAM_SCHEMA)}
        op["responses"] = {
            "200": ok,
            "default": {"description": "", "content": {CONNECT_JSON: {"schema": _ref(ERROR_SCHEMA)}}},
        }
        paths[f"/{name}"] = {"post": op}
        pending += [rpc.request_resolved, rpc.response_resolved]

    while pending:
        name = pending.pop()
        if name in reachable or name in WELL_KNOWN:
            continue
        reachable.add(name)
        message = types.messages.get(name)
        if message is not None:
            pending += [f.resolved for f in message.fields if f.resolved]

    schemas: dict[str, Any] = {}
    for f in files:  # declaration order: files as listed, parents before nested types
        for name, message in f.messages.items():
            if name in reachable:
                schemas[name] = message_schema(types, message)
        for name, enum in f.enums.items():
            if name in reachable:
                schemas[name] = {"type": "string", "enum": list(enum.values)}
    schemas.update(connect_components())

    info = recipe.get("info") or {}
    if not info.get("title") or not info.get("version"):
        raise ExtractError("info: give a title and a version")
    return {
        "openapi": "3.0.3",
        "info": {"title": str(info["title"]), "version": str(info["version"])},
        "x-upstream": provenance,
        "paths": paths,
        "components": {"schemas": schemas},
    }


# --- recipe, rendering, CLI ---------------------------------------------------------------------


def load_recipe(recipe_path: Path) -> tuple[dict[str, Any], list[ProtoFile], list[str]]:
    recipe = yaml.safe_load(recipe_path.read_text(encoding="utf-8")) or {}
    if not isinstance(recipe, dict):
        raise ExtractError("the recipe must be a mapping")
    unknown = sorted(set(recipe) - RECIPE_KEYS)
    if unknown:
        raise ExtractError(f"unknown recipe keys: {', '.join(unknown)}")
    protos = recipe.get("protos") or []
    if not protos:
        raise ExtractError("protos: no upstream proto files")
    files: list[ProtoFile] = []
    provenance: list[str] = []
    for entry in protos:
        if not isinstance(entry, dict) or set(entry) - PROTO_KEYS or not entry.get("source"):
            raise ExtractError(f"protos: each entry is {{{', '.join(sorted(PROTO_KEYS))}}} with a source")
        source = (ROOT / entry["source"]).resolve()
        files.append(Parser(source.read_text(encoding="utf-8"), entry["source"]).parse())
        provenance.append(f"{entry.get('repo', '?')}:{entry.get('path', '?')}@{entry.get('commit', '?')}")
    return recipe, files, provenance


def render(doc: dict[str, Any], recipe_rel: str) -> str:
    header = (
        f"# Extracted by scripts/extract_proto.py from the recipe {recipe_rel}: do not edit by hand.\n"
        "# Connect-RPC calls as OpenAPI, for validating recorded traffic only (no client is generated).\n"
    )
    body = yaml.safe_dump(doc, sort_keys=False, width=100_000, allow_unicode=True, default_flow_style=False)
    return header + body


def output_path_for(recipe_path: Path) -> Path:
    name = recipe_path.name
    if not name.endswith(RECIPE_SUFFIX):
        raise ExtractError(f"recipe file name must end with {RECIPE_SUFFIX}: {recipe_path}")
    return recipe_path.with_name(name[: -len(RECIPE_SUFFIX)] + ".openapi.yaml")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("recipe", type=Path, help=f"specs/<vendor>/<api>{RECIPE_SUFFIX}")
    parser.add_argument(
        "--output", type=Path, help="where to write (default: <api>.openapi.yaml beside the recipe)"
    )
    parser.add_argument("--check", action="store_true", help="exit 1 if the committed output is stale")
    args = parser.parse_args(argv)

    try:
        recipe_path = args.recipe.resolve()
        committed = output_path_for(recipe_path)
        recipe, files, provenance = load_recipe(recipe_path)
        try:
            recipe_rel = recipe_path.relative_to(ROOT).as_posix()
        except ValueError:
            recipe_rel = recipe_path.name
        text = render(extract(recipe, files, provenance), recipe_rel)
    except (ExtractError, OSError, yaml.YAMLError) as err:
        print(f"extract_proto: {args.recipe}: {err}", file=sys.stderr)
        return 2

    target = args.output.resolve() if args.output else committed
    if args.check:
        current = committed.read_text(encoding="utf-8") if committed.exists() else ""
        if current != text:
            diff = list(
                difflib.unified_diff(
                    current.splitlines(keepends=True),
                    text.splitlines(keepends=True),
                    fromfile=f"{committed.name} (committed)",
                    tofile=f"{committed.name} (fresh)",
                )
            )
            sys.stdout.writelines(diff[:200])
            if len(diff) > 200:
                print(f"... ({len(diff) - 200} more diff lines)")
            print(f"extract_proto: {committed} is stale", file=sys.stderr)
            return 1
        return 0
    target.parent.mkdir(parents=True, exist_ok=True)
    if not target.exists() or target.read_text(encoding="utf-8") != text:
        target.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
