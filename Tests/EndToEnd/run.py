#!/usr/bin/env python3
"""Runs Tandem's end-to-end tests (test_*.py here) against the built binary.

TANDEM_BIN names the binary. Ends with the line "N passed, N failed".
"""
import os
import sys
import unittest

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)

suite = unittest.defaultTestLoader.discover(here, pattern="test_*.py", top_level_dir=here)
result = unittest.TextTestRunner(verbosity=2, stream=sys.stdout).run(suite)
failed = len(result.failures) + len(result.errors)
passed = result.testsRun - failed - len(result.skipped)
print(f"{passed} passed, {failed} failed", end="")
print(f", {len(result.skipped)} skipped" if result.skipped else "")
sys.exit(0 if failed == 0 and result.testsRun > 0 else 1)
