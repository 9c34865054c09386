#!/usr/bin/env bash
# Records where a running Quire spends its CPU, for the explanations in docs/performance.md: attaches a flight
# recording (bench/profile.jfc: CPU samples every 2 ms) for a while, then summarises it by thread pool and by
# Quire's cost centres. Run it while a benchmark scenario loads Quire, e.g. during B1 of `bash bench/run.sh`.
#   bash bench/profile.sh [seconds, default 30] [pid, default the one Quire running from platform/target/quire.jar]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-30}"
pid="${2:-$(pgrep -f -- ' -jar platform/target/quire.jar' | head -1 || true)}"
[[ -n "$pid" ]] || { echo "no Quire is running from platform/target/quire.jar; pass its pid" >&2; exit 2; }
[[ -f bench/target/quire-bench.jar ]] || ./mvnw -B -q -DskipTests package -pl bench -am
mkdir -p bench/results
out="bench/results/profile-$(date +%Y%m%d-%H%M%S).jfr"
# Reactive stacks are deep; the default of 64 frames would cut off the callers that name a cost centre.
jcmd "$pid" JFR.configure stackdepth=256 >/dev/null 2>&1 || true
jcmd "$pid" JFR.start name=quire-profile settings="$PWD/bench/profile.jfc" duration="${seconds}s" filename="$PWD/$out" >/dev/null
echo "recording $seconds s of pid $pid into $out" >&2
sleep "$((seconds + 2))"
java -cp "bench/target/quire-bench.jar:bench/target/lib/*" io.quire.bench.ProfileSummary "$out"
