"""agenda [DAYS] across several sessions on a frozen clock (faketime): what is
overdue or due, the most urgent first, each with its session; a damaged file
is named and left byte for byte; COLUMNS widens the lines."""
import os
import shutil
import subprocess
import unittest

import harness
from harness import TandemCase

BUILD = {
    "atelier": """new Atelier Zoé & Marc
partner add Zoé
action add Call the bank --due 2026-11-18 --owner Zoé
action add Far away --due 2027-03-01
stage add Pilot
stage review Pilot 2026-11-25
review checkin 2027-01-10
""",
    "hearing": """new Hearing Screening App
partner add Priya
expect add Priya commitment Two clinics signed
expect due e1 2026-11-28
review checkin 2026-11-10
""",
    "calm": """new Calm One
action add Done one --due 2026-11-15
action done a1
review checkin 2027-01-10
""",
}


@unittest.skipIf(shutil.which("faketime") is None, "faketime is missing (Scripts/test installs it)")
class Agenda(TandemCase):
    def frozen(self, day, args, extra=None):
        env = self.box.env(extra)
        proc = subprocess.run(
            ["faketime", day + " 10:00:00", harness.BIN] + args, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            env=env, cwd=self.box.work, timeout=20)
        return proc.returncode, proc.stdout.decode(), proc.stderr.decode()

    def setUp(self):
        super().setUp()
        for name, text in BUILD.items():
            code, out, err = self.frozen("2026-09-01", ["-f", self.script(text, name + ".tandem")])
            self.assertEqual(code, 0, out + err)

    def test_most_urgent_first_across_sessions_with_a_damaged_file(self):
        broken = os.path.join(self.box.sessions, "broken.json")
        with open(broken, "wb") as f:
            f.write(b'{"schemaVersion": 2, "title": ')
        before = self.snapshot(broken)
        code, out, err = self.frozen("2026-11-21", ["-c", "agenda"])
        self.assertEqual((code, err), (0, ""), out)
        lines = [l for l in out.splitlines() if l.startswith("  20")]
        self.assertEqual([l.split()[0] for l in lines], ["2026-11-10", "2026-11-18", "2026-11-25", "2026-11-28"])
        self.assertIn("11 d late", lines[0])
        self.assertIn("check-in — Hearing Screening App (hearing-screening-app)", " ".join(out.split()))
        self.assertIn("action a1: Call the bank (Zoé)", lines[1])
        self.assertIn("gate of Pilot (s1)", lines[2])
        self.assertIn("in 7 d", lines[3])
        self.assertNotIn("Far away", out)
        self.assertNotIn("Done one", out)
        self.assertIn("! broken.json cannot be read", out)
        self.assertUntouched(broken, before)
        # A wider window reaches the far action and the formal reviews; none need a session open.
        _, wide, _ = self.frozen("2026-11-21", ["-c", "agenda 120"])
        self.assertIn("Far away", wide)
        self.assertIn("formal review", wide)

    def test_width_and_french(self):
        _, narrow, _ = self.frozen("2026-11-21", ["-c", "agenda"], {"COLUMNS": "60"})
        _, wide, _ = self.frozen("2026-11-21", ["-c", "agenda"], {"COLUMNS": "140"})
        self.assertTrue(all(len(l) <= 60 for l in narrow.splitlines()), narrow)
        self.assertGreater(max(len(l) for l in wide.splitlines()), 80)
        self.assertGreater(len(narrow.splitlines()), len(wide.splitlines()))
        _, fr, _ = self.frozen("2026-11-21", ["--lang", "fr", "-c", "agenda"])
        self.assertIn("11\u00a0j de retard".replace("\u00a0", " "), fr)
        self.assertIn("point de suivi", fr)
        code, _, err = self.frozen("2026-11-21", ["-c", "agenda soon"])
        self.assertEqual(code, 1)
        self.assertIn("number of days must be a whole number", err)


    def test_sessions_at_two_widths_most_urgent_first(self):
        # Hearing's check-in (2026-11-10) is the oldest overdue item; Calm has nothing due.
        _, wide, _ = self.frozen("2026-11-21", ["-c", "sessions"], {"COLUMNS": "120"})
        _, narrow, _ = self.frozen("2026-11-21", ["-c", "sessions"], {"COLUMNS": "60"})
        rows = [l for l in wide.splitlines() if "(" in l and l.startswith("  ") and not l.startswith("  -")]
        self.assertEqual(
            [r.split("(")[1].split(")")[0] for r in rows], ["hearing-screening-app", "atelier-zoe-marc", "calm-one"])
        self.assertIn("Atelier Zoé & Marc (atelier-zoe-marc)", wide)  # whole, on one line
        self.assertIn("action a1 “Call the bank” is 3 days late", wide)
        self.assertTrue(all(len(l) <= 60 for l in narrow.splitlines()), narrow)
        self.assertNotIn("Atelier Zoé & Marc (atelier-zoe-marc)", narrow)
        self.assertIn("Atelier Zoé", narrow)
        self.assertGreater(len(narrow.splitlines()), len(wide.splitlines()))
        # "open NUMBER" opens the session listed under that number.
        code, out, _ = self.frozen("2026-11-21", ["-c", "sessions", "-c", "open 1"])
        self.assertIn('Opened "Hearing Screening App"', out)


if __name__ == "__main__":
    unittest.main()
