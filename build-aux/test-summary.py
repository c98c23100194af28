# SPDX-License-Identifier: GPL-3.0-or-later
"""Counts test cases in a meson testlog.json: each TAP subtest of a test program, or the whole test
when it is not TAP. Prints where the pictures are, then "N passed, N failed" as the last line."""
import json
import os
import re
import sys

passed = failed = 0
with open(sys.argv[1], encoding="utf-8") as log:
    for line in log:
        test = json.loads(line)
        ok_lines = re.findall(r"^(ok|not ok)\b(.*)$", test.get("stdout") or "", re.MULTILINE)
        cases = [(state, rest) for state, rest in ok_lines if "# SKIP" not in rest]
        if re.search(r"^1\.\.[0-9]+", test.get("stdout") or "", re.MULTILINE):
            passed += sum(1 for state, _ in cases if state == "ok")
            failed += sum(1 for state, _ in cases if state == "not ok")
            if test["result"] not in ("OK", "SKIP", "EXPECTEDFAIL") and all(s == "ok" for s, _ in cases):
                failed += 1  # crashed after its last reported case
        elif test["result"] in ("OK", "EXPECTEDFAIL"):
            passed += 1
        elif test["result"] != "SKIP":
            failed += 1

shots = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(sys.argv[1]))), "screenshots")
if os.path.isdir(shots):
    print(f"Screenshots of every view: {shots}")
print(f"{passed} passed, {failed} failed")
