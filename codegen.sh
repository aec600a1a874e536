#!/usr/bin/env bash
# Regenerate the vendor clients from the project's extracted specs.
#
#   ./codegen.sh                                  re-extract every specs/<v>/<api>.openapi.yaml from its
#                                                 recipe and regenerate generated/<package>/
#   ./codegen.sh --check                          do the same into a temp dir; exit 1 (with a diff
#                                                 summary) if anything committed would change
#   ./codegen.sh --from-upstream <v>/<api> PATH   re-extract that API from a new upstream OpenAPI 3
#                                                 file, then regenerate it (then update the recipe's
#                                                 `upstream`/`source` so --check agrees)
#
# For every specs/<v>/<api>.extract.yaml: scripts/extract_spec.py writes <api>.openapi.yaml, and
# openapi-python-client generates from it with <api>.codegen.yaml (its package_name_override names
# the package under generated/). Generator warnings (a dropped endpoint, schema, body or response)
# fail the run. Uses python, openapi-python-client and ruff from PATH (the dev venv).
#
# For every specs/<v>/<api>.proto.yaml (Connect-RPC services described by proto files):
# scripts/extract_proto.py writes <api>.openapi.yaml, for validating recorded traffic only; no client
# is generated from it (--check only checks that it is fresh).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
ROOT=$PWD

usage() {
    sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'
    exit "${1:-0}"
}

mode=generate
only=""
upstream_file=""
case "${1:-}" in
    "") ;;
    --check) mode=check ;;
    --from-upstream)
        [[ $# -eq 3 ]] || usage 2
        mode=upstream
        only=${2%/}
        upstream_file=$(cd "$(dirname "$3")" && pwd)/$(basename "$3")
        if [[ ! -f specs/$only.extract.yaml && -f specs/$only.proto.yaml ]]; then
            echo "codegen: --from-upstream takes OpenAPI recipes; edit the protos of specs/$only.proto.yaml" >&2
            exit 2
        fi
        [[ -f specs/$only.extract.yaml ]] || { echo "codegen: no recipe specs/$only.extract.yaml" >&2; exit 2; }
        [[ -f $upstream_file ]] || { echo "codegen: no such file: $3" >&2; exit 2; }
        ;;
    -h | --help) usage 0 ;;
    *) usage 2 ;;
esac
[[ $mode == upstream || $# -le 1 ]] || usage 2

for tool in python openapi-python-client ruff; do
    command -v "$tool" >/dev/null || { echo "codegen: $tool is not on PATH (activate the dev venv)" >&2; exit 2; }
done

# yaml_get FILE KEY: a top-level scalar of a YAML file
yaml_get() {
    python -c 'import sys, yaml; print((yaml.safe_load(open(sys.argv[1])) or {}).get(sys.argv[2]) or "")' "$1" "$2"
}

# generate SPEC CONFIG OUTDIR: run the generator; fail on any warning or error it reports
generate() {
    local log
    log=$(mktemp)
    # Our templates (scripts/codegen_templates) replace the generator's where named the same: the
    # models package imports each model on first use, not all of them at once (issue 21).
    if ! openapi-python-client generate --path "$1" --config "$2" --meta none --output-path "$3" \
        --custom-template-path "$ROOT/scripts/codegen_templates" --overwrite >"$log" 2>&1; then
        cat "$log" >&2
        rm -f "$log"
        echo "codegen: openapi-python-client failed on $1" >&2
        return 1
    fi
    if grep -q -E '(Warning|Error)\(s\) encountered' "$log"; then
        cat "$log" >&2
        rm -f "$log"
        echo "codegen: openapi-python-client reported problems with $1 (see above): fix the recipe" >&2
        return 1
    fi
    rm -f "$log"
}

work=""
cleanup() { [[ -z $work ]] || rm -rf "$work"; }
trap cleanup EXIT
if [[ $mode == check ]]; then
    work=$(mktemp -d)
fi

status=0
shopt -s nullglob
recipes=(specs/*/*.extract.yaml)
[[ ${#recipes[@]} -gt 0 ]] || { echo "codegen: no specs/*/*.extract.yaml recipes" >&2; exit 2; }
packages=()

for recipe in "${recipes[@]}"; do
    api=${recipe#specs/}
    api=${api%.extract.yaml}
    [[ -z $only || $api == "$only" ]] || continue
    spec=specs/$api.openapi.yaml
    config=specs/$api.codegen.yaml
    [[ -f $config ]] || { echo "codegen: $recipe has no $config" >&2; exit 2; }
    package=$(yaml_get "$config" package_name_override)
    [[ -n $package ]] || { echo "codegen: $config sets no package_name_override" >&2; exit 2; }
    packages+=("$package")
    source_rel=$(yaml_get "$recipe" source)

    case $mode in
        generate)
            echo "codegen: $api -> generated/$package"
            if [[ -n $source_rel && ! -f $source_rel ]]; then
                echo "codegen: upstream $source_rel not found; keeping the committed $spec" >&2
            else
                python scripts/extract_spec.py "$recipe"
            fi
            generate "$spec" "$config" "generated/$package"
            ;;
        upstream)
            echo "codegen: $api: re-extracting from $upstream_file"
            python scripts/extract_spec.py "$recipe" --source "$upstream_file"
            generate "$spec" "$config" "generated/$package"
            ;;
        check)
            fresh_spec=$work/specs/$api.openapi.yaml
            mkdir -p "$(dirname "$fresh_spec")"
            if [[ -n $source_rel && ! -f $source_rel ]]; then
                echo "codegen: upstream $source_rel not found; checking generated/ against the committed $spec" >&2
                cp "$spec" "$fresh_spec"
            else
                python scripts/extract_spec.py "$recipe" --output "$fresh_spec"
                if ! cmp -s "$spec" "$fresh_spec" 2>/dev/null; then
                    echo "codegen --check: $spec would change:" >&2
                    diff -u "$spec" "$fresh_spec" 2>&1 | head -n 60 >&2 || true
                    status=1
                fi
            fi
            generate "$fresh_spec" "$config" "$work/generated/$package"
            if ! diff -rq -x __pycache__ "generated/$package" "$work/generated/$package" >/dev/null 2>&1; then
                echo "codegen --check: generated/$package would change:" >&2
                diff -rq -x __pycache__ "generated/$package" "$work/generated/$package" 2>&1 |
                    sed "s#$work/#<fresh>/#g" | head -n 60 >&2 || true
                diff -ru -x __pycache__ "generated/$package" "$work/generated/$package" 2>&1 |
                    sed "s#$work/#<fresh>/#g" | head -n 80 >&2 || true
                status=1
            fi
            ;;
    esac
done

# Connect-RPC descriptions from proto files: extracted and checked, no client generated
# proto_sources_present RECIPE: are all the recipe's local upstream proto copies there?
proto_sources_present() {
    python -c 'import sys, yaml, pathlib
r = yaml.safe_load(open(sys.argv[1])) or {}
sys.exit(0 if all(pathlib.Path(p.get("source") or "-").is_file() for p in r.get("protos") or []) else 1)' "$1"
}
if [[ $mode != upstream ]]; then
    for recipe in specs/*/*.proto.yaml; do
        api=${recipe#specs/}
        api=${api%.proto.yaml}
        spec=specs/$api.openapi.yaml
        if [[ -f specs/$api.extract.yaml ]]; then
            echo "codegen: $recipe and specs/$api.extract.yaml both write $spec" >&2
            exit 2
        fi
        if ! proto_sources_present "$recipe"; then
            echo "codegen: upstream proto files of $recipe not found; keeping the committed $spec" >&2
            continue
        fi
        case $mode in
            generate)
                echo "codegen: $api -> $spec (Connect-RPC, no client)"
                python scripts/extract_proto.py "$recipe"
                ;;
            check)
                if ! python scripts/extract_proto.py "$recipe" --check >"$work/proto.diff"; then
                    echo "codegen --check: $spec would change:" >&2
                    head -n 60 "$work/proto.diff" >&2
                    status=1
                fi
                ;;
        esac
    done
fi

# packages under generated/ that no recipe produces any more
if [[ $mode != upstream && -d generated ]]; then
    for dir in generated/*/; do
        name=$(basename "$dir")
        [[ $name == __pycache__ ]] && continue
        if [[ " ${packages[*]} " != *" $name "* ]]; then
            echo "codegen: generated/$name has no recipe under specs/ (remove it)" >&2
            status=1
        fi
    done
fi

if [[ -f scripts/unasync.py ]]; then
    if [[ $mode == check ]]; then
        python scripts/unasync.py --check || status=1
    else
        python scripts/unasync.py
    fi
fi

if [[ $status -ne 0 ]]; then
    [[ $mode != check ]] || echo "codegen --check: out of date; run ./codegen.sh and commit the result" >&2
    exit "$status"
fi
[[ $mode != check ]] || echo "codegen --check: specs/ and generated/ are up to date"
