#!/usr/bin/env python3
"""Runs Tandem's end-to-end tests (test_*.py here) against the built binary.

TANDEM_BIN names the binary (default /work/main/.build/debug/tandem). Ends
with the line "N passed, N failed" (then ", N skipped", ", N known bugs" when
there are any: tests marked @unittest.expectedFailure with a "# BUG:" comment).
"""
import os
import sys
import unittest

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)

suite = unittest.defaultTestLoader.discover(here, pattern="test_*.py", top_level_dir=here)
result = unittest.TextTestRunner(verbosity=2, stream=sys.stdout).run(suite)
# A known bug (@unittest.expectedFailure) that now passes counts as a failure:
# the bug is fixed, so its marker must go.
for test in result.unexpectedSuccesses:
    print(f"unexpected success (remove its @unittest.expectedFailure): {test.id()}")
failed = len(result.failures) + len(result.errors) + len(result.unexpectedSuccesses)
passed = result.testsRun - failed - len(result.skipped) - len(result.expectedFailures)
print(f"{passed} passed, {failed} failed", end="")
print(f", {len(result.skipped)} skipped" if result.skipped else "", end="")
print(f", {len(result.expectedFailures)} known bugs" if result.expectedFailures else "")
sys.exit(0 if failed == 0 and result.testsRun > 0 else 1)
