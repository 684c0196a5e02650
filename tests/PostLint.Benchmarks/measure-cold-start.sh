#!/usr/bin/env bash
# Cold start of `postlint check` on one short post, the way a pre-post hook runs it: a new process for
# one file, and for the same post on stdin. Publishes the CLI three ways and times each with hyperfine
# (--warmup 3 --runs 20), then prints the medians.
#
#   tests/PostLint.Benchmarks/measure-cold-start.sh [--runs N] [--skip-aot]
#
# Variants, as the CLI's README publishes them: "jit" (plain Release build, framework-dependent),
# "r2r" (-p:PublishProfile=readytorun) and "aot" (-p:PublishProfile=native, Native AOT; needs clang or
# gcc as the linker, and zlib). Needs hyperfine:
#   apt-get update && apt-get install -y hyperfine
# Run it on a quiet machine: the figures are wall-clock times (CPU times are printed beside them).
set -euo pipefail
cd "$(dirname "$0")/../.."

runs=20
skip_aot=false
while [[ $# -gt 0 ]]; do
    case $1 in
        --runs) runs=$2; shift 2 ;;
        --skip-aot) skip_aot=true; shift ;;
        *) echo "usage: $0 [--runs N] [--skip-aot]" >&2; exit 2 ;;
    esac
done

if ! command -v hyperfine >/dev/null; then
    echo "hyperfine is not installed; install it with: apt-get update && apt-get install -y hyperfine" >&2
    exit 2
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# One short post with one finding, as a hook would see it.
post=$work/post.txt
printf '%s\n' "Vragen over de uitslag van je vader? Mail me op j.devries@gmail.com, dan bel ik vanmiddag terug." > "$post"

publish() { # name, extra publish arguments...
    local name=$1
    shift
    echo "== publishing $name: dotnet publish src/PostLint.Cli -c Release $*" >&2
    if ! dotnet publish src/PostLint.Cli -c Release -o "$work/$name" "$@" >"$work/$name.log" 2>&1; then
        echo "   $name: publish failed, skipped (last lines of its log):" >&2
        tail -n 5 "$work/$name.log" >&2
        return 1
    fi
}

variants=()
publish jit -p:PublishReadyToRun=false -p:PublishAot=false && variants+=(jit)
publish r2r -p:PublishProfile=readytorun && variants+=(r2r)
if $skip_aot; then
    echo "== aot: skipped (--skip-aot)" >&2
elif ! command -v clang >/dev/null && ! command -v gcc >/dev/null; then
    echo "== aot: skipped, Native AOT needs a linker: apt-get update && apt-get install -y clang zlib1g-dev" >&2
else
    publish aot -p:PublishProfile=native && variants+=(aot)
fi

for name in "${variants[@]}"; do
    exe=$work/$name/postlint
    set +e
    "$exe" check "$post" >/dev/null
    status=$?
    set -e
    # 0 = clean, 1 = findings; anything else means the build does not work and timing it is meaningless.
    if [[ $status -gt 1 ]]; then
        echo "$name: 'postlint check' exited $status; not timing it" >&2
        continue
    fi

    # -i: the post has a finding, so postlint exits 1 by design.
    hyperfine --warmup 3 --runs "$runs" -i --style basic \
        --export-json "$work/$name.json" \
        -n "$name file" "$exe check $post" \
        -n "$name stdin" "$exe check - < $post" >&2
done

echo
echo "postlint check, one short post: median wall-clock time over $runs runs after 3 warm-up runs (hyperfine),"
echo "and mean CPU time (user + system), which a busy machine disturbs less than wall-clock time"
printf '%-8s %14s %14s %14s %14s %10s\n' variant "file wall ms" "file cpu ms" "stdin wall ms" "stdin cpu ms" "size MB"
for name in "${variants[@]}"; do
    [[ -f $work/$name.json ]] || continue
    figures=$(python3 -c '
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    print("%.1f %.1f" % (r["median"] * 1000, (r["user"] + r["system"]) * 1000), end=" ")' "$work/$name.json")
    size=$(du -sm "$work/$name" | cut -f1)
    # shellcheck disable=SC2086 # the four figures are separate words on purpose
    printf '%-8s %14s %14s %14s %14s %10s\n' "$name" $figures "$size"
done
echo "(hyperfine $(hyperfine --version | cut -d' ' -f2), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u '+%Y-%m-%d %H:%M UTC'))"
