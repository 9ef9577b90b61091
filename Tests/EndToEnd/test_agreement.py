"""The working agreement through the real binary: rules written by a script
and by the guided step, saved field by field, shown, diffed, reported; bad
lines stop the script and leave the file untouched; an older file opens."""
import json
import os

import harness
from harness import TandemCase

SETUP = """new Atelier
partner add Zoé
partner add Marc
set relationship friends
set type technological
set level act
"""


class Agreement(TandemCase):
    def test_rules_are_saved_field_by_field_and_reported(self):
        out = self.ok(["-f", self.script(SETUP + """rule add money "Half each; Marc invoices « Atelier »"
rule add décisions Big choices by consent
checkpoint Start
rule add durée Three months' notice
rule remove g2
agreement show
show g1
diff
export report report.md
save
""")])
        session = self.load_session("atelier")
        self.assertEqual(
            session["rules"],
            [
                {"id": "g1", "topic": "money", "text": "Half each; Marc invoices « Atelier »"},
                {"id": "g3", "topic": "duration", "text": "Three months' notice"},
            ],
        )
        self.assertEqual(session["counters"]["rule"], 3)
        self.assertEqual([r["id"] for r in harness.checkpoint_states(session)[0]["rules"]], ["g1", "g2"])
        # The view: rules under their topic, then what this partnership still needs written.
        self.assertIn("  g1  Half each; Marc invoices « Atelier »", out)
        self.assertIn("No rule on results yet. In a technological partnership", out)
        self.assertIn("No rule on deadlock yet.", out)
        self.assertNotIn("No rule on money yet", out)
        self.assertIn("  Topic: money", out)
        # The diff since the checkpoint: one rule added, one removed.
        self.assertIn('+ g3 duration: "Three months\' notice"', out)
        self.assertIn('- g2 decisions: "Big choices by consent"', out)
        for line in out.splitlines():
            self.assertLessEqual(len(line.rstrip()), 80, line)
        with open(os.path.join(self.box.work, "report.md"), encoding="utf-8") as f:
            report = f.read()
        self.assertIn("## Working agreement", report)
        self.assertIn("- Three months' notice (g3)", report)

    def test_the_guided_step_writes_one_rule_per_answer_in_french(self):
        answers = "\n".join([
            "Gros choix par consentement", "", "passer", "", "Moitié-moitié ; Marc facture", "",
            "", "", "", "",
        ])
        out = self.ok(["--lang", "fr", "-f", self.script(SETUP + "accord\n" + answers + "\nsave\n")])
        self.assertIn("Accord de fonctionnement (2 règles)", out)
        session = self.load_session("atelier")
        self.assertEqual([(r["id"], r["topic"]) for r in session["rules"]], [("g1", "decisions"), ("g2", "money")])
        self.assertIn("agreement.deadlock", session["guide"]["skipped"])
        self.assertIn("agreement.money", session["guide"]["answered"])

    def test_a_bad_line_stops_the_script_and_changes_nothing(self):
        self.ok(["-c", "new Atelier; rule add money Half each; save"])
        before = self.snapshot(self.box.session_path("atelier"))
        path = self.script("open atelier\nrule add spaceship A rule\nrule add money Never\n")
        code, out, err = self.tandem(["-f", path])
        self.assertEqual(code, 1)
        self.assertTrue(err.startswith(path + ":2: "), err)
        self.assertIn("decisions, deadlock, communication, money", err)
        self.assertUntouched(self.box.session_path("atelier"), before)
        code, _, err = self.tandem(["-c", "open atelier; rule remove g7"])
        self.assertEqual(code, 1)
        self.assertIn('no rule "g7"', err)
        self.assertUntouched(self.box.session_path("atelier"), before)

    def test_an_older_file_without_rules_opens_and_gains_them(self):
        os.makedirs(self.box.sessions, exist_ok=True)
        with open(self.box.session_path("old"), "w", encoding="utf-8") as f:
            json.dump({"schemaVersion": 1, "title": "Old", "createdAt": "2026-01-01T00:00:00Z"}, f)
        out = self.ok(["-c", "open old; agreement show; rule add recognition A dinner each launch; save"])
        self.assertIn("No rule written yet", out)
        self.assertEqual(self.load_session("old")["rules"][0]["topic"], "recognition")
