#!/usr/bin/env bash
# PostLint as users install it against write-good 1.0.8, in one run on this machine:
#   1. throughput: one `check` over 2,000 generated post files (posts per second, hyperfine means);
#   2. cold start: one short post, a new process each time (hyperfine, --warmup 3);
#   3. peak memory: /usr/bin/time -v over 20,000 and 200,000 JSON Lines posts.
# PostLint is installed by running the dotnet commands of the README's "Install as a tool" block,
# read from README.md itself, with HOME and DOTNET_CLI_HOME pointed at a temporary directory so the
# global tool lands there (NuGet's package cache is shared, so packing does not download it again).
# write-good is installed from npm into the same temporary directory.
#
#   tests/PostLint.Benchmarks/compare-write-good.sh [--runs N]
#
# Needs the .NET 10 SDK, clang or gcc (Native AOT), node and npm, hyperfine and GNU time:
#   apt-get update && apt-get install -y hyperfine time
# Targets (issue 11): throughput >= 10x write-good's, cold start >= 3x faster, and peak RSS for
# 200,000 posts <= 1.5x that for 20,000. The script prints each figure and whether it holds.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$PWD

runs=5
while [[ $# -gt 0 ]]; do
    case $1 in
        --runs) runs=$2; shift 2 ;;
        *) echo "usage: $0 [--runs N]" >&2; exit 2 ;;
    esac
done

for tool in hyperfine node npm dotnet /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "$tool is missing (see the header of $0)" >&2; exit 2; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
export NUGET_PACKAGES=${NUGET_PACKAGES:-$HOME/.nuget/packages}
export HOME=$work/home DOTNET_CLI_HOME=$work/home
mkdir -p "$HOME"

echo "== installing PostLint as README.md's \"Install as a tool\" says" >&2
install_commands=$(awk '/^## Install as a tool/ { section = 1 } section && /^```sh/ { block = 1; next } block && /^```/ { exit } block && /^dotnet / { sub(/[[:space:]]+#.*/, ""); print }' README.md)
[[ -n $install_commands ]] || { echo "no dotnet commands found under README.md's \"Install as a tool\"" >&2; exit 2; }
rm -rf artifacts/nupkg
while IFS= read -r command; do
    echo "   $command" >&2
    bash -c "$command" >"$work/install.log" 2>&1 || { tail -n 20 "$work/install.log" >&2; exit 1; }
done <<<"$install_commands"
postlint=$HOME/.dotnet/tools/postlint
[[ -x $postlint ]] || { echo "dotnet tool install left no $postlint" >&2; exit 1; }
installed=$(find "$HOME/.dotnet/tools/.store" -type f -name postlint -path '*/tools/*' | head -n 1)
echo "   installed: $(file -b "$installed" | cut -d, -f1-2)" >&2

echo "== installing write-good 1.0.8 from npm" >&2
npm install --silent --no-audit --no-fund --prefix "$work/npm" write-good@1.0.8 >"$work/npm.log" 2>&1 || { tail -n 20 "$work/npm.log" >&2; exit 1; }
writegood=$work/npm/node_modules/.bin/write-good

# Short posts as a team schedules them: Dutch and English, some with findings, each file different.
generate() { # count, mode (files DIR | jsonl FILE)
    awk -v n="$1" -v mode="$2" -v out="$3" 'BEGIN {
        t[0] = "Vandaag %d nieuwe collega'\''s op de afdeling cardiologie. Welkom allemaal, fijn dat jullie er zijn!"
        t[1] = "Reminder: the flu vaccination clinic is open until Friday %d pm. Bring your staff badge."
        t[2] = "Mevrouw de Vries (kamer %d) was vandaag jarig, wat een feest op de afdeling!"
        t[3] = "Mail me op j.devries%d@gmail.com als je vragen hebt over je uitslag."
        t[4] = "This new supplement cures diabetes in %d days, guaranteed. Everyone should take it."
        t[5] = "Wat een idioten bij de spoedeisende hulp vannacht, %d uur wachten voor niks."
        t[6] = "Our research team presented %d posters at the congress this week. Proud of everyone involved!"
        t[7] = "Nieuw onderzoek: %d procent van de patienten herstelt sneller met vroege mobilisatie."
        for (i = 1; i <= n; i++) {
            text = sprintf(t[i % 8], i)
            if (mode == "files") { file = sprintf("%s/post-%05d.md", out, i); print text > file; close(file) }
            else printf "{\"id\": \"p%d\", \"text\": \"%s\"}\n", i, text > out
        }
    }'
}

mkdir -p "$work/posts"
generate 2000 files "$work/posts"
generate 20000 jsonl "$work/posts-20k.jsonl"
generate 200000 jsonl "$work/posts-200k.jsonl"
one=$work/posts/post-00004.md

echo "== throughput: 2,000 post files, one process each tool ($runs runs)" >&2
hyperfine --style basic --warmup 1 --runs "$runs" -i --export-json "$work/throughput.json" \
    -n postlint "$postlint check --format json --fail-on none $work/posts" \
    -n write-good "$writegood $work/posts/*.md" >&2

echo "== cold start: one post (20 runs)" >&2
hyperfine --style basic --warmup 3 --runs 20 -i -N --export-json "$work/start.json" \
    -n postlint "$postlint check --fail-on none $one" \
    -n write-good "$writegood $one" >&2

echo "== peak RSS: JSON Lines" >&2
rss() { /usr/bin/time -v "$postlint" check --format json --fail-on none "$1" 2>&1 >/dev/null | awk '/Maximum resident set size/ { print $NF }'; }
rss20=$(rss "$work/posts-20k.jsonl")
rss200=$(rss "$work/posts-200k.jsonl")

mean() { node -e 'const r = require(process.argv[1]).results.find(x => x.command === process.argv[2]); console.log(r.mean)' "$1" "$2"; }
awk -v pl="$(mean "$work/throughput.json" postlint)" -v wg="$(mean "$work/throughput.json" write-good)" \
    -v spl="$(mean "$work/start.json" postlint)" -v swg="$(mean "$work/start.json" write-good)" \
    -v r20="$rss20" -v r200="$rss200" 'BEGIN {
    verdict = "holds"
    printf "throughput  postlint %8.0f posts/s  write-good %8.0f posts/s  ratio %5.1fx (target >= 10x) %s\n", 2000 / pl, 2000 / wg, wg / pl, (wg / pl >= 10 ? "holds" : "FAILS")
    printf "cold start  postlint %8.1f ms       write-good %8.1f ms       ratio %5.1fx (target >= 3x)  %s\n", spl * 1000, swg * 1000, swg / spl, (swg / spl >= 3 ? "holds" : "FAILS")
    printf "peak RSS    20,000 posts %6.1f MiB   200,000 posts %6.1f MiB    ratio %5.2fx (target <= 1.5x) %s\n", r20 / 1024, r200 / 1024, r200 / r20, (r200 / r20 <= 1.5 ? "holds" : "FAILS")
}'
