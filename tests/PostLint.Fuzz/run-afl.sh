#!/usr/bin/env bash
# Fuzzes PostLint with AFL++ and SharpFuzz, the targets side by side, and prints per target the
# executions, crashes and hangs from AFL's fuzzer_stats. Manual: not part of .ci/run (see README.md).
#   tests/PostLint.Fuzz/run-afl.sh [OUT_DIR] [TARGET=EXECUTIONS ...]
# Default: jsonl=550000 markdown=250000 config=170000 engine=30000 (1,000,000 inputs).
# FUZZ_SECONDS=N also stops each target after N seconds.
# Needs afl-fuzz (apt-get install afl++) and the SharpFuzz instrumenter
# (dotnet tool install --tool-path DIR SharpFuzz.CommandLine --version 2.3.0; put DIR on PATH).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="${1:-$here/out}"
shift || true
targets=("$@")
if [[ ${#targets[@]} -eq 0 ]]; then
    targets=(jsonl=550000 markdown=250000 config=170000 engine=30000)
fi

dotnet build "$here/PostLint.Fuzz.csproj" -c Release >/dev/null
rm -rf "$out/bin"
mkdir -p "$out"
cp -r "$here/bin/Release/net10.0" "$out/bin"
# AFL sees coverage only in instrumented assemblies: PostLint's own code and the YAML parser.
sharpfuzz "$out/bin/PostLint.Core.dll"
sharpfuzz "$out/bin/YamlDotNet.dll"

export AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_NO_AFFINITY=1 AFL_NO_UI=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
# The targets run side by side, each until it has run its inputs (-E) or, with FUZZ_SECONDS set, that time has passed (-V).
time_limit=()
[[ -n ${FUZZ_SECONDS:-} ]] && time_limit=(-V "$FUZZ_SECONDS")
# AFL's dry run of the engine target sometimes sees no coverage at all and aborts with "No instrumentation
# detected" (its first input builds the linter, rule data and models; seen under load, not reproducible alone),
# so a target that aborts like that is started again, up to three times.
fuzz() { # target executions maxlength timeout
    local attempt
    for attempt in 1 2 3; do
        rm -rf "${out:?}/$1"
        # Niced: the machine is shared, and a fuzz run has no deadline.
        if nice -n 10 afl-fuzz -i "$here/seeds/$1" -o "$out/$1" -t "$4" -m none -G "$3" -E "$2" "${time_limit[@]}" \
            -- "$out/bin/PostLint.Fuzz" "$1" >"$out/$1.log" 2>&1; then
            return 0
        fi
        grep -q "No instrumentation detected" "$out/$1.log" || return 1
    done
    return 1
}

pids=()
for spec in "${targets[@]}"; do
    target="${spec%%=*}"
    executions="${spec#*=}"
    # Posts for the engine stay short (long-post cost is measured by the benchmarks, not found by fuzzing), and
    # its hang limit is longer: the first input builds the linter.
    if [[ $target == engine ]]; then
        fuzz "$target" "$executions" 2048 20000 &
    else
        fuzz "$target" "$executions" 1048576 5000 &
    fi
    pids+=($!)
done

status=0
for pid in "${pids[@]}"; do
    wait "$pid" || status=1
done
if [[ $status -ne 0 ]]; then
    echo "afl-fuzz failed; see $out/*.log"
    exit 1
fi

total=0
for spec in "${targets[@]}"; do
    target="${spec%%=*}"
    stats="$out/$target/default/fuzzer_stats"
    done=$(sed -n 's/^execs_done *: //p' "$stats")
    crashes=$(sed -n 's/^saved_crashes *: //p' "$stats")
    hangs=$(sed -n 's/^saved_hangs *: //p' "$stats")
    total=$((total + done))
    echo "$target: $done inputs, $crashes crashes, $hangs hangs"
done
echo "total: $total inputs"
