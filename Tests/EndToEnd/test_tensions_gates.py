"""Tensions and gates that renegotiate through the real binary, from a
script: a tension recorded and settled by a rule, a concern given its
safeguard, a gate renegotiated (condition reworded and re-dated), then ended
with each partner's exit terms — all saved field by field; a bad line stops
the script and leaves the file untouched; an older "exit" verdict opens."""
import json
import os

from harness import TandemCase

SETUP = """new Pilot
partner add Zoé
partner add Marc
expect add Zoé expectation Launch before the spring fair
expect add Marc expectation A three-month pilot first
expect add Marc concern Seen as a subcontractor
expect add Zoé commitment Present Marc as a partner
"""


class TensionsAndGates(TandemCase):
    def test_tensions_safeguards_and_every_kind_of_gate_are_saved(self):
        out = self.ok(["-f", self.script(SETUP + """tension e1 e2 "launch date; who decides"
rule add decisions Launch dates are decided together
tension settle t1 g1
expect safeguard e3 e4
stage add Pilot
stage entry Pilot Two joint proposals | count | 2020-01-01
gate Pilot
not met
Nothing sent yet

One joint proposal
+30
Dates moved together
gate Pilot
met

end
Keeps the leads she found
Is paid for the mockups

expect list
stages show
show t1
save
""")])
        session = self.load_session("pilot")
        self.assertEqual(
            session["tensions"],
            [{"id": "t1", "between": ["e1", "e2"], "note": "launch date; who decides", "settledBy": "g1"}])
        self.assertEqual(session["counters"]["tension"], 1)
        self.assertEqual(session["expectations"][2]["safeguards"], ["e4"])
        self.assertNotIn("safeguards", session["expectations"][0])
        stage = session["stages"][0]
        self.assertEqual(stage["entry"][0]["text"], "One joint proposal")
        self.assertNotEqual(stage["entry"][0]["due"], "2020-01-01")
        gates = stage["gates"]
        self.assertEqual([g["verdict"] for g in gates], ["renegotiate", "end"])
        self.assertEqual(gates[0]["assessments"][0]["condition"], "Two joint proposals")
        self.assertNotIn("exitTerms", gates[0])
        self.assertEqual(gates[1]["exitTerms"], {"p1": "Keeps the leads she found", "p2": "Is paid for the mockups"})
        self.assertIn("t1  e1 ↔ e2 — launch date; who decides (settled by g1)", out)
        self.assertIn("Proposed verdict for Pilot: renegotiate", out)
        self.assertIn("Zoé leaves with: Keeps the leads she found", out)
        self.assertNotIn("A concern nothing answers yet", out)
        for line in out.splitlines():
            self.assertLessEqual(len(line.rstrip()), 80, line)

    def test_a_bad_tension_stops_the_script_and_changes_nothing(self):
        self.ok(["-f", self.script(SETUP + "save\n")])
        before = self.snapshot(self.box.session_path("pilot"))
        for line, message in [
            ("tension e1 e1", "two different items"),
            ("tension e1 e9", 'no expectation "e9"'),
            ("tension settle t4 g1", 'no tension "t4"'),
            ("expect safeguard e1 e4", "is not a concern"),
        ]:
            code, _, err = self.tandem(["-c", "open pilot; " + line])
            self.assertEqual(code, 1, line)
            self.assertIn(message, err)
            self.assertUntouched(self.box.session_path("pilot"), before)

    def test_an_older_exit_verdict_opens_as_end(self):
        os.makedirs(self.box.sessions, exist_ok=True)
        old = {
            "schemaVersion": 1, "title": "Old", "createdAt": "2026-01-01T00:00:00Z",
            "stages": [{"id": "s1", "name": "Trial", "entry": [{"text": "Signed"}],
                        "gates": [{"date": "2026-03-01", "assessments": [], "verdict": "exit", "note": ""}]}],
            "counters": {"stage": 1},
        }
        with open(self.box.session_path("old"), "w", encoding="utf-8") as f:
            json.dump(old, f)
        out = self.ok(["-c", "open old; stages show; save"])
        self.assertIn("2026-03-01  end", out)
        self.assertEqual(self.load_session("old")["stages"][0]["gates"][0]["verdict"], "end")
