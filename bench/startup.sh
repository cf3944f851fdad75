#!/usr/bin/env bash
# Start-up benchmark: time from process start to the first rendered frame of the packaged app,
# median of N runs (default 7), under a real X server (Xvfb) with the software renderer as a
# projector PC without a GPU driver would have. Needs: ./mvnw package, and xvfb (apt-get install xvfb).
# Usage: bench/startup.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-7}
launcher=target/image/bin/activation-lab
[ -x "$launcher" ] || { echo "build the image first: ./mvnw package" >&2; exit 2; }
home=$(mktemp -d); trap 'rm -rf "$home"' EXIT
times=()
for i in $(seq 1 "$n"); do
  t=$(HOME="$home" ACTIVATION_LAB_STARTUP_PROBE=1 JLINK_VM_OPTIONS="-Dprism.order=sw ${EXTRA_VM_OPTIONS:-}" \
      xvfb-run -a -s "-screen 0 1400x900x24" "$launcher" 2>/dev/null | awk '/first-frame-ms/ {print $2}')
  times+=("$t")
done
sorted=$(printf '%s\n' "${times[@]}" | sort -n)
echo "first frame (ms), $n runs: $(echo $sorted)"
echo "median: $(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}') ms"
