#!/usr/bin/env bash
# Regenerates assets/packaging/activation-lab.classlist: the classes the app loads from launch to
# its first frame (window under Xvfb, as bench/startup.sh runs it) plus those of a command-line
# run. The image ships the list (lib/activation-lab.classlist); a class-data-sharing archive is
# made from it on the machine (deb install script, or the app's first start: see StartupArchive).
# Run after changing what the start-up path loads. A stale list is harmless (unknown classes are
# skipped), only slower. Needs: ./mvnw package, xvfb-run.
set -euo pipefail
cd "$(dirname "$0")/.."
java=target/image/bin/java
[ -x "$java" ] || { echo "build the image first: ./mvnw package" >&2; exit 2; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
main=org.activationlab/org.activationlab.Main
# the window's JVM as the launcher's relaunch starts it (ACTIVATION_LAB_VECTOR_CHILD: no second relaunch)
HOME="$work/home" ACTIVATION_LAB_NO_CDS=1 ACTIVATION_LAB_VECTOR_CHILD=1 ACTIVATION_LAB_STARTUP_PROBE=1 \
  xvfb-run -a -s "-screen 0 1400x900x24" "$java" -Dprism.order=sw -Duser.home="$work/home" --add-modules=jdk.incubator.vector \
  -XX:DumpLoadedClassList="$work/gui.list" -m "$main" > /dev/null 2>&1
# the launching JVM and the command line
HOME="$work/home" "$java" -Duser.home="$work/home" -XX:DumpLoadedClassList="$work/cli.list" -m "$main" eval sigmoid --x 0 > /dev/null
{ echo "# Classes loaded from launch to first frame; made by bench/classlist.sh with $("$java" -version 2>&1 | tail -1)"
  cat "$work/gui.list" "$work/cli.list" | grep -v '^#' | awk '!seen[$0]++'; } > assets/packaging/activation-lab.classlist
echo "assets/packaging/activation-lab.classlist: $(grep -vc '^#' assets/packaging/activation-lab.classlist) entries"
