"""private / share / guess / confirm through the real binary: `export
proposal` says what it held back, the file never holds a private text (in
Markdown or HTML, English or French), the session file keeps only what
differs from the defaults, and undo takes a change back."""
import json
import os
import unittest

from harness import TandemCase

SECRETS = ["Tom may undercut my day rate", "Keep my weekends free", "Tom may leave for a bigger studio"]

SESSION = f"""new Solo draft
partner add Léa facilitator
partner add Tom illustrator
set author Léa
expect add Léa contribution Workshop design and facilitation
expect add Léa concern {SECRETS[0]}
expect add Léa interest {SECRETS[1]}
expect add Tom expectation Visibility for illustration work
risk add defection {SECRETS[2]}
risk add value Disagreement on how to split a fee
action add Send Tom this proposal
guess e4
private r1
"""


class Visibility(TandemCase):
    def setUp(self):
        super().setUp()
        self.ok(["-f", self.script(SESSION)])

    def read(self, name):
        with open(os.path.join(self.box.work, name), encoding="utf-8") as f:
            return f.read()

    def test_export_says_what_it_held_back_and_the_file_keeps_it_out(self):
        out = self.ok(["-c", "open solo-draft; export proposal"])
        self.assertIn("Held back 3 private items (e3 e2 r1): 1 interest, 1 concern and 1 risk", out.replace("\n", " "))
        text = self.read("solo-draft-proposal.en.md")
        for secret in SECRETS:
            self.assertNotIn(secret, text)
        self.assertIn("Workshop design and facilitation", text)
        self.assertIn("I imagine you would want visibility for illustration work — is that right?", text)
        self.assertNotIn("Visibility for illustration work", text)

    def test_html_and_french_keep_private_items_out_too(self):
        out = self.ok(["--lang", "fr", "-c", "open solo-draft; export proposal --html --lang fr"])
        self.assertIn("3 éléments privés gardés hors de la proposition", out.replace("\n", " "))
        text = self.read("solo-draft-proposal.fr.html")
        for secret in SECRETS:
            self.assertNotIn(secret, text)
        self.assertIn("est-ce bien cela\u00a0?", text)

    def test_share_brings_an_item_back_and_undo_takes_it_away(self):
        out = self.ok(["-c", "open solo-draft; share e2 r1; export proposal"])
        self.assertIn("Held back 1 private item (e3): 1 interest", out.replace("\n", " "))
        text = self.read("solo-draft-proposal.en.md")
        self.assertIn(SECRETS[0], text)
        self.assertIn(SECRETS[2], text)
        self.assertNotIn(SECRETS[1], text)
        session = self.load_session("solo-draft")
        by_id = {e["id"]: e for e in session["expectations"]}
        self.assertEqual(by_id["e2"].get("visibility"), "shared")
        self.assertNotIn("visibility", by_id["e1"], "a default is not written")
        self.assertEqual(by_id["e4"].get("guess"), True)
        self.assertNotIn("visibility", session["risks"][0], "shared again: the default")

    def test_a_stage_cannot_be_private_and_the_script_stops(self):
        code, out, err = self.tandem(["-c", "open solo-draft; stage add Pilot; private s1"])
        self.assertEqual(code, 1)
        self.assertIn("s1 is always in the proposal", err)

    def test_confirm_states_the_guess(self):
        self.ok(["-c", "open solo-draft; confirm e4; export proposal"])
        text = self.read("solo-draft-proposal.en.md")
        self.assertIn("- Visibility for illustration work", text)
        self.assertNotIn("guess", json.dumps(self.load_session("solo-draft")["expectations"]))


    def test_author_and_ask_shape_the_proposal(self):
        self.ok(["-c", "open solo-draft; set ask 'meet on Friday to sign the pilot'; export proposal"])
        text = self.read("solo-draft-proposal.en.md")
        self.assertIn("From Léa, to Tom", text)
        self.assertIn("**The decision asked:** Meet on Friday to sign the pilot", text)
        self.assertIn("I imagine you would want", text)
        self.assertEqual(self.load_session("solo-draft")["context"]["author"], "p1")
        self.ok(["-c", "open solo-draft; set author none; set ask none; export proposal --force"])
        text = self.read("solo-draft-proposal.en.md")
        self.assertIn("Léa and Tom propose to work together", text)
        self.assertIn("Perhaps you would want", text)
        self.assertNotIn("author", self.load_session("solo-draft")["context"])

if __name__ == "__main__":
    unittest.main()
