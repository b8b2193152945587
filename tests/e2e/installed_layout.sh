#!/usr/bin/env bash
# An installed Haven finds its bundled content next to itself (<prefix>/share/haven/content),
# wherever the prefix is, without --content.
source "$(dirname "$0")/lib.sh"
BUILD_DIR=$5

cmake --install "$BUILD_DIR" --prefix "$WORK/prefix" > install.log || fail "install failed: $(cat install.log)"
[ -f "$WORK/prefix/share/haven/content/topics.toml" ] || fail "the content was not installed"
# Everything lands under the prefix: an install must never write into the machine's own /lib
# (units and udev rules were once installed to absolute paths).
outside=$(grep -v "^$WORK/prefix/" "$BUILD_DIR/install_manifest.txt" || true)
[ -z "$outside" ] || fail "installed outside the prefix: $outside"
mv "$WORK/prefix" "$WORK/moved"   # relocatable: found from the binary's own path
# Mark the installed copy, so the test cannot pass on the source tree's content.
sed -i '0,/^title *=.*/s//title = "Installed copy"/' "$WORK/moved/share/haven/content/topics.toml"
printf 'wait 100\nexpect "Installed copy"\n' > installed.txt
rc=0
with_display "$WORK/moved/bin/haven" --script installed.txt > out.txt 2> err.txt || rc=$?
[ "$rc" = 0 ] || fail "the installed haven exited $rc: $(cat err.txt)"
echo "ok"
