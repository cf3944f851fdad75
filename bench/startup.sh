#!/usr/bin/env bash
# Start-up benchmark: time from process start to the first rendered frame of the packaged app,
# median of N runs (default 7), under a real X server (Xvfb) with the software renderer as a
# projector PC without a GPU driver would have. Needs: ./mvnw package, and xvfb (apt-get install xvfb).
#
# All runs share one fresh home folder (-Duser.home: Java takes the home folder from the user
# database, not from $HOME). The options go in JDK_JAVA_OPTIONS: the jlink launcher script
# ignores JLINK_VM_OPTIONS from the environment., as one user's machine would. The first run is the app's
# first start there: it is reported on its own, and it makes the start-up class-data archive in
# the settings folder (see StartupArchive); the N measured runs start once the archive is there.
# With ACTIVATION_LAB_NO_CDS=1 no archive is made or used (the runtime's own, if any, still is).
# Usage: bench/startup.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-7}
launcher=target/image/bin/activation-lab
[ -x "$launcher" ] || { echo "build the image first: ./mvnw package" >&2; exit 2; }
home=$(mktemp -d); trap 'rm -rf "$home"' EXIT
run() {
  HOME="$home" ACTIVATION_LAB_STARTUP_PROBE=1 JDK_JAVA_OPTIONS="-Dprism.order=sw -Duser.home=$home ${EXTRA_VM_OPTIONS:-}" \
      xvfb-run -a -s "-screen 0 1400x900x24" "$launcher" 2>/dev/null \
    | awk '/^first-frame-ms/ {ms=$2} /^first-frame-cpu-ms/ {cpu=$2} END {print ms, cpu}'
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
read -r ms cpu < <(run)
echo "first start: $ms ms (CPU $cpu ms)"
if [ -z "${ACTIVATION_LAB_NO_CDS:-}" ]; then
  for _ in $(seq 1 120); do
    ls "$home"/.config/activation-lab/cds/startup-*.jsa > /dev/null 2>&1 && break
    sleep 0.5
  done
  archive=$(ls "$home"/.config/activation-lab/cds/startup-*.jsa 2>/dev/null || true)
  echo "start-up archive: ${archive:-none made}${archive:+ ($(du -m "$archive" | cut -f1) MB)}"
fi
times=(); cpus=()
for i in $(seq 1 "$n"); do
  read -r ms cpu < <(run)
  times+=("$ms"); cpus+=("$cpu")
done
echo "first frame (ms), $n runs: $(printf '%s\n' "${times[@]}" | sort -n | tr '\n' ' ')"
echo "CPU of the window's JVM to first frame (ms): $(printf '%s\n' "${cpus[@]}" | sort -n | tr '\n' ' ')"
echo "median: $(printf '%s\n' "${times[@]}" | median) ms (CPU $(printf '%s\n' "${cpus[@]}" | median) ms); load: $(cut -d' ' -f1-3 /proc/loadavg)"
