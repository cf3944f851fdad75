#!/usr/bin/env bash
# Builds the native installer for this platform (Linux: .deb, plus .rpm when rpmbuild exists)
# and checks it without installing into the system: the .deb's metadata and files are inspected
# with dpkg-deb, its payload is unpacked into a scratch root, and the unpacked launcher must run
# --version, eval and --self-test with no display, writing nothing to $HOME but its settings folder.
# The install and removal scripts are run on the unpacked files too (the start-up archive).
set -euo pipefail
cd "$(dirname "$0")/.."
fail() { echo "check-installer: FAIL: $*" >&2; exit 1; }

./mvnw -B -q -Pinstaller -DskipTests package
deb=$(ls target/installer/*.deb 2>/dev/null | head -1)
[ -n "$deb" ] || fail "no .deb built"
deb_mb=$(( $(stat -c %s "$deb") / 1048576 ))
img_mb=$(du -sm target/image | cut -f1)
echo "installer: $deb (${deb_mb} MB); runtime image target/image (${img_mb} MB)"

info=$(dpkg-deb -I "$deb")
echo "$info" | grep -q "^ Package: activation-lab" || fail "package name"
echo "$info" | grep -q "^ Depends:.*libgtk-3-0" || fail "missing libgtk-3-0 dependency"
files=$(dpkg-deb -c "$deb")
for f in ./opt/activation-lab/bin/activation-lab ./opt/activation-lab/lib/activation-lab-activation-lab.desktop \
         ./opt/activation-lab/lib/runtime/lib/monocle/openjfx-monocle.jar ./opt/activation-lab/lib/runtime/lib/libglass.so \
         ./opt/activation-lab/lib/runtime/lib/libprism_sw.so ./opt/activation-lab/share/doc/copyright; do
  echo "$files" | grep -q " $f\$" || fail "$f not in the package"
done

root=$(mktemp -d); home=$(mktemp -d)
trap 'rm -rf "$root" "$home"' EXIT
dpkg-deb -x "$deb" "$root"
app="$root/opt/activation-lab/bin/activation-lab"
grep -q "MimeType=.*application/x-activation-lab-session" "$root/opt/activation-lab/lib/activation-lab-activation-lab.desktop" \
  || fail "desktop entry lacks the session file association"

export HOME="$home"; unset DISPLAY WAYLAND_DISPLAY || true
# Java takes the home folder from the user database, not from $HOME: point it at the scratch home too
export JAVA_TOOL_OPTIONS="-Duser.home=$home"

# The install script makes the start-up class-data archive at the runtime's default location
# (lib/server/classes.jsa): run it on the unpacked files, with dpkg -L answered for this root and
# the desktop-menu commands stubbed; the checks below then run from that archive.
dpkg-deb -e "$deb" "$root/DEBIAN"
stubs=$(mktemp -d); trap 'rm -rf "$root" "$home" "$stubs"' EXIT
printf '#!/bin/sh\n[ "$1" = -L ] && dpkg-deb -c "%s" | sed "s|.* \\./|%s/|"\n' "$deb" "$root" > "$stubs/dpkg"
printf '#!/bin/sh\nexit 0\n' > "$stubs/xdg-desktop-menu"; cp "$stubs/xdg-desktop-menu" "$stubs/xdg-mime"
chmod +x "$stubs"/*
rt="$root/opt/activation-lab/lib/runtime"
PATH="$stubs:$PATH" sh "$root/DEBIAN/postinst" configure || fail "postinst"
[ -s "$rt/lib/server/classes.jsa" ] || fail "postinst made no start-up archive"
echo "start-up archive: $(( $(stat -c %s "$rt/lib/server/classes.jsa") / 1048576 )) MB, made by postinst"
"$app" --version | grep -q "activation-lab" || fail "--version"
[ -z "$("$app" --version 2>&1 >/dev/null | grep -v '^Picked up JAVA_TOOL_OPTIONS')" ] || fail "--version wrote to stderr"
out=$("$app" eval sigmoid --x 0,10)
echo "$out" | grep -q "^sigmoid,,10.0,0.9999546021312976,4.539580773595167E-5$" || fail "eval printed: $out"
"$app" --self-test "$root/self-test" || fail "--self-test"
ls "$root/self-test"/*.png > /dev/null || fail "self-test wrote no PNG"
# a corrupt archive (disk error, interrupted install) must not stop the app: the JVM starts without it
cp "$rt/lib/server/classes.jsa" "$stubs/good.jsa"
head -c 100000 "$stubs/good.jsa" > "$rt/lib/server/classes.jsa"
"$app" eval sigmoid --x 0,10 | grep -q "^sigmoid,,10.0," || fail "eval with a corrupt start-up archive"
cp "$stubs/good.jsa" "$rt/lib/server/classes.jsa"
PATH="$stubs:$PATH" sh "$root/DEBIAN/prerm" remove || fail "prerm"
[ ! -e "$rt/lib/server/classes.jsa" ] || fail "prerm left the start-up archive behind"
# .rpmdb is rpm's own per-user database: jpackage's launcher asks the package managers which
# package owns it (dpkg -S, then rpm -qf); here the package is only unpacked, so dpkg does not
# know it and rpm — present on this build machine to make the .rpm — is asked and creates it.
# An installed .deb is answered by dpkg first.
# .java/fonts is the JDK's font-configuration cache (sun.font.FcFontConfiguration), written the first
# time AWT fonts are used (the formula typesetter, JLaTeXMath); no JDK option turns it off. KNOWN
# GAP in "nothing but the settings folder": it is listed here so that anything else fails.
# (Before JAVA_TOOL_OPTIONS above, this check looked at the real home folder and could not fail.)
unexpected=$(cd "$home" && find . -mindepth 1 -maxdepth 2 \
  | grep -v -E '^\./\.config$|^\./\.config/activation-lab|^\./\.rpmdb|^\./\.java$|^\./\.java/fonts$' || true)
[ -z "$unexpected" ] || fail "wrote to \$HOME: $unexpected"
echo "check-installer: ok (deb ${deb_mb} MB, image ${img_mb} MB)"
