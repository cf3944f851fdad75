#!/bin/sh
# The runtime image's launcher, bin/activation-lab (the build puts it in place of the script jlink
# writes; the installers use their own native launcher). A command runs as jlink's script would
# run it. The window (no arguments) starts in one JVM that has the Vector API, instead of a JVM
# that only starts a second one (org.activationlab.VectorRelauncher): with the start-up class-data
# archive from the settings folder when the app has made one (org.activationlab.StartupArchive),
# with the relaunch's start-up JIT options, and without the incubator module's warning line on
# stderr, as the relaunch would filter it. JLINK_VM_OPTIONS from the environment are passed on.
DIR=`dirname "$0"`
LIB="$DIR/../lib"
MAIN=org.activationlab/org.activationlab.Main
if [ $# -ne 0 ] || [ -n "$ACTIVATION_LAB_NO_VECTOR" ] || [ ! -f "$LIB/activation-lab.build" ]; then
  exec "$DIR/java" $JLINK_VM_OPTIONS -m "$MAIN" "$@"
fi
if [ -n "$ACTIVATION_LAB_STARTUP_PROBE" ]; then
  # the start-up benchmark counts from here (GNU date; elsewhere from the JVM's own start)
  t0=`date +%s%3N 2>/dev/null`
  case "$t0" in *[!0-9]*|'') ;; *) ACTIVATION_LAB_LAUNCH_T0=$t0; export ACTIVATION_LAB_LAUNCH_T0 ;; esac
fi
# the archive's name is the image's build id (see StartupArchive.archive); the settings folder as AppDirs.home
read -r id < "$LIB/activation-lab.build"
if [ "`uname -s`" = Darwin ]; then
  archive="$HOME/Library/Application Support/ActivationLab/cds/startup-$id.jsa"
else
  archive="${XDG_CONFIG_HOME:-$HOME/.config}/activation-lab/cds/startup-$id.jsa"
fi
# C2 later at start-up, and a heap that does not shrink below 512 MB (see VectorRelauncher.WINDOW_JIT: the same options)
set -- --add-modules=jdk.incubator.vector -XX:Tier4InvocationThreshold=15000 -XX:Tier4MinInvocationThreshold=1800 \
  -XX:Tier4CompileThreshold=45000 -XX:Tier4BackEdgeThreshold=120000 -Xms512m
if [ -z "$ACTIVATION_LAB_NO_CDS" ] && [ -f "$archive" ]; then
  set -- "$@" "-XX:SharedArchiveFile=$archive" -Xshare:auto
fi
# stdout goes straight through (fd 3); stderr through a filter; the exit status is the JVM's
warning="WARNING: Using incubator modules: jdk.incubator.vector"
exec 3>&1
status=`{ { "$DIR/java" "$@" $JLINK_VM_OPTIONS -m "$MAIN" 2>&1 1>&3 3>&- 4>&-; echo $? >&4; } \
  | grep -v -x -F "$warning" >&2 3>&- 4>&-; } 4>&1`
exit $status
