#!/usr/bin/env bash
# A scripted session fails loudly: a bad line is named with its number before anything
# runs, and a failed expect, a tap on a missing label or an unwritable shot exit non-zero.
source "$(dirname "$0")/lib.sh"

printf 'wait 10\nclick 3 4\ntap 1\n' > bad.txt
rc=$(run_script bad.txt "$FIXTURES/basic" 1280x800)
[ "$rc" = 1 ] || fail "a script with unknown commands exited $rc"
grep -qF "bad.txt:2: error: unknown command 'click'" bad.txt.err || fail "no line-2 error: $(cat bad.txt.err)"
grep -qF "bad.txt:3: error:" bad.txt.err || fail "no line-3 error: $(cat bad.txt.err)"

printf 'wait 10\nexpect "Gardening"\ntap "Gardening"\nshot /nonexistent-dir/x.png\nexpect "Sleeping well"\n' > fails.txt
rc=$(run_script fails.txt "$FIXTURES/basic" 1280x800)
[ "$rc" = 1 ] || fail "a failing script exited $rc"
grep -qF 'fails.txt:2: error: expected "Gardening" to be visible' fails.txt.err || fail "$(cat fails.txt.err)"
grep -qF 'fails.txt:3: error: no visible widget labelled "Gardening"' fails.txt.err || fail "$(cat fails.txt.err)"
grep -qF 'fails.txt:4: error: could not write /nonexistent-dir/x.png' fails.txt.err || fail "$(cat fails.txt.err)"
grep -q 'fails.txt:5' fails.txt.err && fail "a passing expect was reported: $(cat fails.txt.err)"

printf 'wait 10\n' > ok.txt
rc=$(run_script ok.txt "$FIXTURES/basic" 1280x800)
[ "$rc" = 0 ] || fail "a passing script exited $rc: $(cat ok.txt.err)"
echo "ok"
