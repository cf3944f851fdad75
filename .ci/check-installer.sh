#!/usr/bin/env bash
# Builds the native installer for this platform (Linux: .deb, plus .rpm when rpmbuild exists)
# and checks it without installing into the system: the .deb's metadata and files are inspected
# with dpkg-deb, its payload is unpacked into a scratch root, and the unpacked launcher must run
# --version, eval and --self-test with no display, writing nothing to $HOME but its settings folder.
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
"$app" --version | grep -q "activation-lab" || fail "--version"
out=$("$app" eval sigmoid --x 0,10)
echo "$out" | grep -q "^sigmoid,,10.0,0.9999546021312976,4.539580773595167E-5$" || fail "eval printed: $out"
"$app" --self-test "$root/self-test" || fail "--self-test"
ls "$root/self-test"/*.png > /dev/null || fail "self-test wrote no PNG"
# .rpmdb is rpm's own per-user database: jpackage's launcher asks the package managers which
# package owns it (dpkg -S, then rpm -qf); here the package is only unpacked, so dpkg does not
# know it and rpm — present on this build machine to make the .rpm — is asked and creates it.
# An installed .deb is answered by dpkg first. Anything else in $HOME is a failure.
unexpected=$(cd "$home" && find . -mindepth 1 -maxdepth 2 | grep -v -E '^\./\.config$|^\./\.config/activation-lab|^\./\.rpmdb' || true)
[ -z "$unexpected" ] || fail "wrote to \$HOME: $unexpected"
echo "check-installer: ok (deb ${deb_mb} MB, image ${img_mb} MB)"
