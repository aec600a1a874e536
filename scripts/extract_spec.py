"""Extract the subset of a vendor's OpenAPI 3 document that an adapter uses.

    python scripts/extract_spec.py specs/<vendor>/<api>.extract.yaml [--source PATH] [--output PATH] [--check]

The recipe (`<api>.extract.yaml`, hand-written data) names the upstream file and an allow-list of
operationIds; the output (`<api>.openapi.yaml`, next to the recipe, committed) holds those operations
and every component they reference transitively, with the facts of the interface (paths, methods,
parameters, schemas, types, enums, required, formats, defaults, operationIds) and without the
vendor's prose (descriptions, summaries, examples, externalDocs, the top-level tag list) or vendor
extensions (`x-*`; `x-nullable: true` becomes `nullable: true`).

Recipe keys:
  upstream: {repo, path, commit, note}  provenance, written to the output as `x-upstream`
  source: PATH                           upstream OpenAPI 3 file, relative to the repository root
  operations: [operationId, ...]         allow-list; every entry must exist upstream (an operation
                                         without operationId is named "METHOD /path", e.g. "GET /health")
  rename_schemas: {Old: New}             rename a component schema and every $ref to it
  json_only_object_bodies: bool          a content map whose body is structured (object, $ref to an
                                         object, array) keeps one `application/json` entry
  drop_non_scalar_enums: bool            remove `enum` lists holding objects/arrays (e.g. `[{}]`)
  nullable_collections: bool             every object property that is an array or a map (type
                                         object without `properties`), inline or through a $ref,
                                         becomes `nullable: true` (Go writes nil slices/maps as null)
  nullable_pointers: [JSON pointer, ...] these schemas of the extracted document may be null
                                         (scalars the engine sends as null, found by the cassette
                                         validation); applied last, an unknown pointer is an error
  extra_responses: {operationId: {status: response}}
                                         answers the vendor really gives that its description omits
  extra_schemas: {Name: schema}          component schemas for those answers (a name upstream lacks)
  request_content_types: {operationId: [media type, ...]}
                                         keep only these request body content types, in this order
  content_type_overrides: ...            NOT applied here: the generator config holds them

--source PATH re-extracts from another upstream file (a new vendor release); --output writes
elsewhere; --check exits 1 (with a diff) when the committed output differs from a fresh extraction.
Only the standard library and PyYAML are used; the output is deterministic.
"""

from __future__ import annotations

import argparse
import copy
import difflib
import json
import re
import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
PROSE_KEYS = frozenset({"description", "summary", "example", "examples", "externalDocs"})
COMPONENT_KINDS = ("schemas", "parameters", "responses", "requestBodies", "headers", "securitySchemes")
REF_RE = re.compile(r"^#/components/([A-Za-z]+)/([^/]+)$")


class ExtractError(Exception):
    pass


# --- loading -----------------------------------------------------------------------------------


class _Loader(yaml.SafeLoader):
    """SafeLoader with YAML 1.2 booleans (`no`/`on`/`yes` stay strings) and no timestamp typing,
    so values read the same as the generator's YAML 1.2 parser reads them."""


_Loader.yaml_implicit_resolvers = {
    first: [
        (tag, rx)
        for tag, rx in resolvers
        if tag not in ("tag:yaml.org,2002:bool", "tag:yaml.org,2002:timestamp")
    ]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def load_document(path: Path) -> Any:
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        return json.loads(text)
    return yaml.load(text, Loader=_Loader)  # a SafeLoader subclass


# --- cleaning (context-aware: never touches names of properties, parameters, media types...) -----


def _is_ext(key: Any) -> bool:
    return isinstance(key, str) and key.startswith("x-")


def clean_schema(schema: Any) -> Any:
    if not isinstance(schema, dict):
        return copy.deepcopy(schema)  # `additionalProperties: true` and the like
    if "$ref" in schema:
        return {"$ref": schema["$ref"]}  # siblings of $ref are ignored in OpenAPI 3.0
    out: dict[str, Any] = {}
    for key, value in schema.items():
        if key == "x-nullable":
            if value is True and "nullable" not in schema:
                out["nullable"] = True
            continue
        if key in PROSE_KEYS or _is_ext(key):
            continue
        if key == "properties" and isinstance(value, dict):
            out[key] = {name: clean_schema(sub) for name, sub in value.items()}
        elif key in ("items", "additionalProperties", "not"):
            out[key] = clean_schema(value)
        elif key in ("allOf", "anyOf", "oneOf") and isinstance(value, list):
            out[key] = [clean_schema(sub) for sub in value]
        else:  # type, format, enum, default, required, nullable, title, minimum, pattern, ...
            out[key] = copy.deepcopy(value)
    return out


def clean_content(content: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for media_type, media in content.items():
        media = media or {}
        cleaned: dict[str, Any] = {}
        for key, value in media.items():
            if key in PROSE_KEYS or _is_ext(key):
                continue
            if key == "schema":
                cleaned[key] = clean_schema(value)
            elif key == "encoding" and isinstance(value, dict):
                cleaned[key] = {
                    name: {
                        k: (clean_headers(v) if k == "headers" else copy.deepcopy(v)) for k, v in enc.items()
                    }
                    for name, enc in value.items()
                }
            else:
                cleaned[key] = copy.deepcopy(value)
        out[media_type] = cleaned
    return out


def clean_parameter(param: dict[str, Any]) -> dict[str, Any]:
    """Parameter or Header object."""
    if "$ref" in param:
        return {"$ref": param["$ref"]}
    out: dict[str, Any] = {}
    for key, value in param.items():
        if key in PROSE_KEYS or _is_ext(key):
            continue
        if key == "schema":
            out[key] = clean_schema(value)
        elif key == "content":
            out[key] = clean_content(value)
        else:
            out[key] = copy.deepcopy(value)
    return out


def clean_headers(headers: dict[str, Any]) -> dict[str, Any]:
    return {name: clean_parameter(h) for name, h in headers.items()}


def clean_response(response: dict[str, Any]) -> dict[str, Any]:
    if "$ref" in response:
        return {"$ref": response["$ref"]}
    out: dict[str, Any] = {"description": ""}  # required by OpenAPI 3.0; the prose itself is dropped
    for key, value in response.items():
        if key in PROSE_KEYS or _is_ext(key) or key == "links":
            continue
        if key == "headers":
            out[key] = clean_headers(value)
        elif key == "content":
            out[key] = clean_content(value)
        else:
            out[key] = copy.deepcopy(value)
    return out


def clean_request_body(body: dict[str, Any]) -> dict[str, Any]:
    if "$ref" in body:
        return {"$ref": body["$ref"]}
    out: dict[str, Any] = {}
    for key, value in body.items():
        if key in PROSE_KEYS or _is_ext(key):
            continue
        out[key] = clean_content(value) if key == "content" else copy.deepcopy(value)
    return out


def clean_operation(op: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in op.items():
        if key in PROSE_KEYS or _is_ext(key) or key == "callbacks":
            continue
        if key == "parameters":
            out[key] = [clean_parameter(p) for p in value]
        elif key == "requestBody":
            out[key] = clean_request_body(value)
        elif key == "responses":
            out[key] = {str(code): clean_response(r) for code, r in value.items()}
        else:  # operationId, tags (they name the generated modules), deprecated, security, servers
            out[key] = copy.deepcopy(value)
    return out


def clean_security_scheme(scheme: dict[str, Any]) -> dict[str, Any]:
    if "$ref" in scheme:
        return {"$ref": scheme["$ref"]}
    return {k: copy.deepcopy(v) for k, v in scheme.items() if k not in PROSE_KEYS and not _is_ext(k)}


CLEANERS = {
    "schemas": clean_schema,
    "parameters": clean_parameter,
    "headers": clean_parameter,
    "responses": clean_response,
    "requestBodies": clean_request_body,
    "securitySchemes": clean_security_scheme,
}


# --- fix-ups ---------------------------------------------------------------------------------


def _walk(node: Any, fn) -> Any:
    """Rebuild `node` bottom-up through `fn` (applied to every dict and list)."""
    if isinstance(node, dict):
        return fn({k: _walk(v, fn) for k, v in node.items()})
    if isinstance(node, list):
        return fn([_walk(v, fn) for v in node])
    return node


def rename_schemas(doc: dict[str, Any], renames: dict[str, str]) -> dict[str, Any]:
    schemas = doc.get("components", {}).get("schemas", {})
    for old, new in renames.items():
        if old not in schemas:
            raise ExtractError(f"rename_schemas: no schema {old!r} upstream")
        if new in schemas and new not in renames:
            raise ExtractError(f"rename_schemas: {old!r} -> {new!r} clashes with an existing schema")
    doc["components"]["schemas"] = {renames.get(name, name): s for name, s in schemas.items()}
    targets = {f"#/components/schemas/{old}": f"#/components/schemas/{new}" for old, new in renames.items()}

    def fix(node: Any) -> Any:
        if isinstance(node, dict):
            if isinstance(node.get("$ref"), str) and node["$ref"] in targets:
                node["$ref"] = targets[node["$ref"]]
            mapping = (
                node.get("discriminator", {}).get("mapping")
                if isinstance(node.get("discriminator"), dict)
                else None
            )
            if isinstance(mapping, dict):
                for key, value in mapping.items():
                    mapping[key] = targets.get(value, value)
        return node

    return _walk(doc, fix)


def drop_non_scalar_enums(node: Any) -> Any:
    def fix(n: Any) -> Any:
        if isinstance(n, dict) and isinstance(n.get("enum"), list):
            if any(isinstance(v, dict | list) for v in n["enum"]):
                del n["enum"]
        return n

    return _walk(node, fix)


def _iter_schemas(node: Any):
    """Every schema object in a (cleaned) document: components, parameters, headers, bodies."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "schema":
                yield from _iter_schema_tree(value)
            elif key == "schemas" and isinstance(value, dict):
                for schema in value.values():
                    yield from _iter_schema_tree(schema)
            elif isinstance(value, dict | list):
                yield from _iter_schemas(value)
    elif isinstance(node, list):
        for value in node:
            yield from _iter_schemas(value)


def _iter_schema_tree(schema: Any):
    if not isinstance(schema, dict):
        return
    yield schema
    for sub in (schema.get("properties") or {}).values():
        yield from _iter_schema_tree(sub)
    for key in ("items", "additionalProperties", "not"):
        yield from _iter_schema_tree(schema.get(key))
    for key in ("allOf", "anyOf", "oneOf"):
        for sub in schema.get(key) or []:
            yield from _iter_schema_tree(sub)


def _is_collection(schema: Any) -> bool:
    if not isinstance(schema, dict) or "$ref" in schema:
        return False
    if schema.get("type") == "array":
        return True
    return (
        schema.get("type") == "object"
        and not schema.get("properties")
        and not any(k in schema for k in ("allOf", "anyOf", "oneOf"))
    )


def nullable_collections(doc: dict[str, Any]) -> None:
    """In place: array and map properties may be null (Go encodes nil slices and maps as null)."""
    schemas = doc.get("components", {}).get("schemas", {})
    ref_targets: set[str] = set()
    for schema in list(_iter_schemas(doc)):
        for prop in (schema.get("properties") or {}).values():
            if not isinstance(prop, dict):
                continue
            if "$ref" in prop:
                m = REF_RE.match(prop["$ref"])
                if m and m.group(1) == "schemas" and _is_collection(schemas.get(m.group(2))):
                    ref_targets.add(m.group(2))
            elif _is_collection(prop):
                prop["nullable"] = True
    for name in ref_targets:
        schemas[name]["nullable"] = True


def _resolve(doc: dict[str, Any], schema: Any, seen: frozenset[str] = frozenset()) -> Any:
    while isinstance(schema, dict) and "$ref" in schema:
        ref = schema["$ref"]
        m = REF_RE.match(ref)
        if not m or ref in seen:
            return {}
        seen = seen | {ref}
        schema = doc.get("components", {}).get(m.group(1), {}).get(m.group(2), {})
    return schema


def _is_structured(doc: dict[str, Any], schema: Any) -> bool:
    s = _resolve(doc, schema)
    if not isinstance(s, dict):
        return False
    if s.get("type") in ("object", "array"):
        return True
    return any(k in s for k in ("properties", "additionalProperties", "allOf", "oneOf", "anyOf", "items"))


def _is_json(media_type: str) -> bool:
    base = media_type.split(";")[0].strip().lower()
    return base == "application/json" or base.endswith("+json")


def _is_form(media_type: str) -> bool:
    base = media_type.split(";")[0].strip().lower()
    return base.startswith("multipart/") or base == "application/x-www-form-urlencoded"


def json_only_content(doc: dict[str, Any], content: dict[str, Any]) -> dict[str, Any]:
    """One `application/json` entry for a structured body (the generator reads only the first
    content type, and Swagger 2.0's operation-wide `produces` lists put JSON error bodies under tar,
    stream or text types). Non-structured bodies (strings, binaries) are left as they are."""
    structured = [
        mt
        for mt, media in content.items()
        if _is_structured(doc, (media or {}).get("schema")) and not _is_form(mt)
    ]
    if not structured or any(_is_form(mt) for mt in content):
        return content  # a form body (multipart, urlencoded) is not JSON under another name
    json_types = [mt for mt in structured if _is_json(mt)]
    chosen = json_types[0] if json_types else structured[0]
    return {"application/json": content[chosen]}


def apply_json_only(doc: dict[str, Any], node: dict[str, Any], kind: str) -> None:
    """In place on a cleaned operation (kind 'operation') or component response/requestBody."""
    if kind == "operation":
        body = node.get("requestBody")
        if isinstance(body, dict) and "content" in body:
            body["content"] = json_only_content(doc, body["content"])
        for response in node.get("responses", {}).values():
            if "content" in response:
                response["content"] = json_only_content(doc, response["content"])
    elif kind in ("responses", "requestBodies") and "content" in node:
        node["content"] = json_only_content(doc, node["content"])


def restrict_request_types(op: dict[str, Any], types: list[str]) -> None:
    content = (op.get("requestBody") or {}).get("content")
    if content is None:
        raise ExtractError(
            f"request_content_types: {op.get('operationId')} has no inline request body content"
        )
    absent = [t for t in types if t not in content]
    if absent:
        raise ExtractError(
            f"request_content_types: {op.get('operationId')} has no {', '.join(absent)} body upstream"
        )
    op["requestBody"]["content"] = {t: content[t] for t in types}


# --- extraction ------------------------------------------------------------------------------


def _refs(node: Any, acc: list[tuple[str, str]]) -> None:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                m = REF_RE.match(value)
                if not m:
                    raise ExtractError(f"unsupported $ref {value!r} (only local #/components/... refs)")
                acc.append((m.group(1), m.group(2)))
            else:
                _refs(value, acc)
    elif isinstance(node, list):
        for value in node:
            _refs(value, acc)


def _security_names(security: Any) -> list[str]:
    return [name for requirement in security or [] for name in requirement]


def extract(recipe: dict[str, Any], upstream: dict[str, Any]) -> dict[str, Any]:
    if not str(upstream.get("openapi", "")).startswith("3."):
        raise ExtractError("upstream is not an OpenAPI 3 document (convert Swagger 2.0 first)")
    doc = copy.deepcopy(upstream)
    doc.setdefault("components", {})
    for name, schema in (recipe.get("extra_schemas") or {}).items():
        if name in doc["components"].setdefault("schemas", {}):
            raise ExtractError(f"extra_schemas: {name!r} is already a schema upstream")
        doc["components"]["schemas"][name] = copy.deepcopy(schema)
    if recipe.get("rename_schemas"):
        doc = rename_schemas(doc, recipe["rename_schemas"])
    if recipe.get("drop_non_scalar_enums"):
        doc = drop_non_scalar_enums(doc)
    json_only = bool(recipe.get("json_only_object_bodies"))
    request_types: dict[str, list[str]] = recipe.get("request_content_types") or {}
    extra_responses: dict[str, dict[str, Any]] = recipe.get("extra_responses") or {}

    wanted = list(recipe.get("operations") or [])
    if len(set(wanted)) != len(wanted):
        raise ExtractError("operations: duplicate operationIds in the allow-list")
    found: dict[str, tuple[str, str]] = {}
    for path, item in (doc.get("paths") or {}).items():
        for method in HTTP_METHODS:
            op = (item or {}).get(method)
            if not isinstance(op, dict):
                continue
            for key in (op.get("operationId"), f"{method.upper()} {path}"):
                if key in wanted:
                    if key in found:
                        raise ExtractError(
                            f"operation {key!r} appears twice upstream (or twice in the allow-list)"
                        )
                    found[key] = (path, method)
    missing = [op_id for op_id in wanted if op_id not in found]
    if missing:
        raise ExtractError(f"operations not found upstream: {', '.join(missing)}")
    stray = [op_id for op_id in request_types if op_id not in wanted]
    if stray:
        raise ExtractError(f"request_content_types: not in the allow-list: {', '.join(stray)}")

    paths: dict[str, Any] = {}
    keep = set(found.values())
    for path, item in doc["paths"].items():
        out_item: dict[str, Any] = {}
        for key, value in item.items():
            if key in HTTP_METHODS and (path, key) in keep:
                op = clean_operation(value)
                for name in (op.get("operationId"), f"{key.upper()} {path}"):
                    if name in request_types:
                        restrict_request_types(op, request_types[name])
                    for status, response in (extra_responses.get(name) or {}).items():
                        op["responses"][str(status)] = {"description": "", **(response or {})}
                if json_only:
                    apply_json_only(doc, op, "operation")
                out_item[key] = op
        if out_item:
            if item.get("parameters"):
                out_item = {"parameters": [clean_parameter(p) for p in item["parameters"]], **out_item}
            paths[path] = out_item

    # components reachable from the kept operations (and the security schemes they name)
    security_names = _security_names(doc.get("security"))
    for item in paths.values():
        for key, op in item.items():
            if key in HTTP_METHODS:
                security_names += _security_names(op.get("security"))
    upstream_components = doc["components"]
    needed: set[tuple[str, str]] = {("securitySchemes", n) for n in security_names}
    cleaned: dict[tuple[str, str], Any] = {}
    pending: list[tuple[str, str]] = []
    _refs(paths, pending)
    pending += sorted(needed)
    while pending:
        kind, name = pending.pop()
        if (kind, name) in cleaned:
            continue
        try:
            raw = upstream_components[kind][name]
        except KeyError:
            raise ExtractError(f"#/components/{kind}/{name} is referenced but not defined upstream") from None
        if kind not in CLEANERS:
            raise ExtractError(f"unsupported component kind {kind!r}")
        node = CLEANERS[kind](raw)
        if json_only:
            apply_json_only(doc, node, kind)
        cleaned[(kind, name)] = node
        _refs(node, pending)

    components: dict[str, Any] = {}
    kinds = [k for k in upstream_components if k in CLEANERS] + [
        k for k in COMPONENT_KINDS if k not in upstream_components
    ]
    for kind in kinds:
        section = {n: cleaned[(kind, n)] for n in upstream_components.get(kind, {}) if (kind, n) in cleaned}
        if section:
            components[kind] = section

    up = recipe.get("upstream") or {}
    info = doc.get("info") or {}
    out: dict[str, Any] = {
        "openapi": doc["openapi"],
        "info": {"title": info.get("title", ""), "version": str(info.get("version", ""))},
        "x-upstream": f"{up.get('repo', '?')}:{up.get('path', '?')}@{up.get('commit', '?')}",
    }
    if up.get("note"):
        out["x-upstream-note"] = up["note"]
    if doc.get("servers"):
        out["servers"] = [{k: v for k, v in s.items() if k in ("url", "variables")} for s in doc["servers"]]
    if doc.get("security"):
        out["security"] = copy.deepcopy(doc["security"])
    out["paths"] = paths
    if components:
        out["components"] = components
    if recipe.get("nullable_collections"):
        nullable_collections(out)
    for pointer in recipe.get("nullable_pointers") or []:
        node: Any = out
        for part in pointer.lstrip("#/").split("/"):
            key = part.replace("~1", "/").replace("~0", "~")
            if not isinstance(node, dict) or key not in node:
                raise SystemExit(
                    f"extract_spec: nullable_pointers: {pointer} is not in the extracted document"
                )
            node = node[key]
        node["nullable"] = True
    return out


def render(doc: dict[str, Any], recipe_rel: str) -> str:
    header = (
        f"# Extracted by scripts/extract_spec.py from the recipe {recipe_rel}: do not edit by hand.\n"
        "# Edit the recipe (allow-list, fix-ups) and re-run ./codegen.sh instead.\n"
    )
    body = yaml.safe_dump(doc, sort_keys=False, width=100_000, allow_unicode=True, default_flow_style=False)
    return header + body


def output_path_for(recipe_path: Path) -> Path:
    name = recipe_path.name
    if not name.endswith(".extract.yaml"):
        raise ExtractError(f"recipe file name must end with .extract.yaml: {recipe_path}")
    return recipe_path.with_name(name[: -len(".extract.yaml")] + ".openapi.yaml")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("recipe", type=Path, help="specs/<vendor>/<api>.extract.yaml")
    parser.add_argument(
        "--source", type=Path, help="upstream OpenAPI 3 file (default: the recipe's `source`)"
    )
    parser.add_argument(
        "--output", type=Path, help="where to write (default: <api>.openapi.yaml beside the recipe)"
    )
    parser.add_argument("--check", action="store_true", help="exit 1 if the committed output is stale")
    args = parser.parse_args(argv)

    try:
        recipe_path = args.recipe.resolve()
        recipe = yaml.safe_load(recipe_path.read_text(encoding="utf-8")) or {}
        if args.source is not None:
            source = args.source.resolve()
        elif recipe.get("source"):
            source = (ROOT / recipe["source"]).resolve()
        else:
            raise ExtractError("no upstream file: give --source or set `source` in the recipe")
        try:
            recipe_rel = recipe_path.relative_to(ROOT).as_posix()
        except ValueError:
            recipe_rel = recipe_path.name
        text = render(extract(recipe, load_document(source)), recipe_rel)
    except (ExtractError, OSError, yaml.YAMLError, json.JSONDecodeError) as err:
        print(f"extract_spec: {args.recipe}: {err}", file=sys.stderr)
        return 2

    committed = output_path_for(recipe_path)
    target = args.output.resolve() if args.output else committed
    if args.check:
        current = committed.read_text(encoding="utf-8") if committed.exists() else ""
        if current != text:
            diff = list(
                difflib.unified_diff(
                    current.splitlines(keepends=True),
                    text.splitlines(keepends=True),
                    fromfile=f"{committed.name} (committed)",
                    tofile=f"{committed.name} (from {source.name})",
                )
            )
            sys.stdout.writelines(diff[:200])
            if len(diff) > 200:
                print(f"... ({len(diff) - 200} more diff lines)")
            print(f"extract_spec: {committed} is stale", file=sys.stderr)
            return 1
        return 0
    target.parent.mkdir(parents=True, exist_ok=True)
    if not target.exists() or target.read_text(encoding="utf-8") != text:
        target.write_text(text, encoding="utf-8")
    if args.source is not None and recipe.get("source") and (ROOT / recipe["source"]).resolve() != source:
        print(
            f"extract_spec: extracted from {source}; update `upstream` (commit) and `source` in {args.recipe}"
            " so that x-upstream records where this came from",
            file=sys.stderr,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
