"""Follow-ups that tell the story, with the real binary on a frozen clock
(faketime): notes in `diff`, `diff c1 c2`, "!" on what needs attention, the
"anything new?" step, a partner absent from the health check, the next
check-in proposed from the situation, the minutes printed, kept and exported —
in script mode and in a real terminal (tmux)."""
import os
import re
import shutil
import subprocess
import unittest

from harness import BIN, TandemCase, Terminal

EXAMPLES = os.path.join(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))), "Sessions", "examples")

NOTE = "Julien a dit « on verra » ; à garder # vraiment"
ACTION = "Appeler le notaire ; vite"


class Clocked(TandemCase):
    """Runs on a clock set by faketime."""

    def setUp(self):
        if shutil.which("faketime") is None:
            self.skipTest("faketime is missing (Scripts/test installs it)")
        super().setUp()

    def at(self, when, args, stdin=b""):
        """Runs Tandem with the clock at `when` (YYYY-MM-DD HH:MM:SS); returns (code, out, err)."""
        command = ["faketime", when, BIN] + list(args)
        p = subprocess.run(
            command, input=stdin, capture_output=True, env=self.box.env(), cwd=self.box.work, timeout=60)
        return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")

    def ok_at(self, when, args, stdin=b""):
        code, out, err = self.at(when, args, stdin)
        self.assertEqual(code, 0, out + err)
        self.assertNotIn("Fatal error", err)
        return out


class FollowUpStory(Clocked):
    def setUp(self):
        super().setUp()
        self.ok_at("2026-12-01 10:00:00", ["-c", "new Demo; partner add Zoé; partner add Marc; "
                   "expect add Zoé commitment \"livrer le plan\"; expect due e1 2026-12-05; "
                   "risk add other Pas de chef; note Première note; checkpoint Départ"])
        script = self.script(
            "open Demo\nnote " + NOTE + "\nrisk rate r1 4 4\nphase crisis\ncheckpoint Milieu\nnote après c2\n",
            name="middle.tandem")
        self.ok_at("2026-12-20 10:00:00", [script])

    def test_diff_between_checkpoints_shows_notes_and_what_needs_attention(self):
        out = self.ok_at("2026-12-21 10:00:00", ["-c", "open Demo; diff c1 c2"])
        self.assertIn('Changes from c1 "Départ" (1 December 2026) to c2 "Milieu" (20 December 2026)', out)
        self.assertIn("! e1 Zoé's commitment now 15 days late (due 2026-12-05)", out)
        self.assertIn('! r1 "Pas de chef": unrated → 16 (4 × 4), critical', out)
        self.assertIn("! crisis, the first phase declared", out)
        self.assertIn("+ 20 December 2026: " + NOTE, out)
        self.assertNotIn("après c2", out, "a note after c2 is not between c1 and c2")
        # Since c2: only the later note.
        out = self.ok_at("2026-12-21 10:00:00", ["-c", "open Demo; diff"])
        self.assertIn("après c2", out)
        self.assertNotIn(NOTE, out)
        # The checkpoint keeps how many notes there were, and the file validates (harness check).
        data = self.load_session("demo")
        self.assertEqual([c.get("notes") for c in data["checkpoints"]], [1, 2])
        # Two words that are not checkpoints: the usual message, nothing written.
        before = self.snapshot(self.box.session_path("demo"))
        code, _, err = self.at("2026-12-21 10:00:00", ["-c", "open Demo; diff c1 c9"])
        self.assertEqual(code, 1)
        self.assertIn('no checkpoint "c1 c9"', err)
        self.assertUntouched(self.box.session_path("demo"), before)

    def test_a_follow_up_with_news_an_absent_partner_and_its_minutes(self):
        answers = "\n".join([
            "open Demo", "followup",
            "", "",                                # Zoé's and Marc's views of the phase: as they were
            "",                                    # the phase holds
            "",                                    # r1 kept as it is
            "action " + ACTION,                    # anything new: an action as typed
            "risk distance On se voit peu",
            NOTE + " (bis)",                       # no keyword: a note
            "",                                    # nothing more
            "absent",                              # Zoé is not there
            "3", "2", "1", "4", "5", "3", "2",     # Marc's seven ratings
            "minutes",
        ]) + "\n"
        out = self.ok_at("2026-12-22 10:00:00", [], stdin=answers.encode())
        self.assertIn("Zoé is marked absent", out)
        self.assertIn('Minutes of the follow-up c3 "follow-up 2026-12-22", 22 December 2026', out)
        self.assertIn('+ a1 "' + ACTION + '"', out)
        self.assertIn("next check-in 5 January 2027 (in two weeks: the partnership is in crisis)", out)
        self.assertIn("absent from the health check: Zoé", out)
        self.assertEqual(out.count("Minutes of the follow-up c3"), 2, "printed at the end, then by minutes")
        data = self.load_session("demo")
        self.assertEqual(data["actions"][0]["text"], ACTION)
        self.assertEqual(data["risks"][1]["zone"], "distance")
        self.assertEqual(data["notes"][-1]["text"], NOTE + " (bis)")
        minutes = data["checkpoints"][-1]["minutes"]
        self.assertEqual(minutes["absent"], ["p1"])
        self.assertEqual(minutes["reason"], "crisis")
        self.assertEqual(minutes["baseline"], "c2")
        self.assertEqual(data["reviews"]["checkin"], "2027-01-05")
        self.assertFalse(any(r["partner"] == "p1" and r["date"] == "2026-12-22" for r in data["health"]))
        # An action done yesterday is said so: back-dated, not today.
        self.ok_at("2026-12-23 10:00:00", ["-c", "open Demo; action done a1 22/12/2026"])
        self.assertEqual(self.load_session("demo")["actions"][0]["done"], "2026-12-22")
        # The report keeps the minutes, in both languages.
        self.ok_at("2026-12-23 10:00:00", ["-c", "open Demo; export report r.md; export report rf.md --lang fr"])
        with open(os.path.join(self.box.work, "r.md"), encoding="utf-8") as f:
            report = f.read()
        self.assertIn("## Minutes of the follow-ups", report)
        self.assertIn("### Follow-up of 22 December 2026 (c3)", report)
        self.assertIn("New action a1: " + ACTION, report)
        self.assertIn("Absent from the health check: Zoé", report)
        with open(os.path.join(self.box.work, "rf.md"), encoding="utf-8") as f:
            french = f.read()
        self.assertIn("## Comptes rendus des suivis", french)
        self.assertIn("Absents du bilan de santé\u00a0: Zoé", french)

    def test_the_check_in_stays_two_months_out_when_nothing_presses(self):
        self.ok_at("2026-12-20 11:00:00", ["-c", "open Demo; phase performance; risk status r1 mitigated; "
                   "expect kept e1"])
        # two views of the phase, the phase, nothing new, the health check
        answers = "open Demo\nfollowup\n\n\n\n\n" + "4\n" * 14
        self.ok_at("2026-12-22 10:00:00", [], stdin=answers.encode())
        data = self.load_session("demo")
        self.assertEqual(data["checkpoints"][-1]["minutes"]["reason"], "usual")
        self.assertEqual(data["reviews"]["checkin"], "2027-02-22")


class PhaseViewsAtAFollowUp(Clocked):
    """Each partner is asked their view of the phase at a follow-up: Enter
    confirms the last one today, so a split kept by both is still a split
    after a new declaration; a view skipped is listed in the report."""

    def setUp(self):
        super().setUp()
        self.ok_at("2026-11-01 10:00:00", ["-c", "new Demo; partner add Zoé; partner add Marc; phase Zoé crisis; "
                   "phase Marc euphoria; phase performance; checkpoint Départ"])

    def test_views_kept_with_enter_are_confirmed_today(self):
        # Enter, Enter (both views kept), the phase declared crisis, its note skipped, then stop.
        answers = "open Demo\nfollowup\n\n\ncrisis\nskip\nstop\nstatus\n"
        out = self.ok_at("2026-12-04 10:00:00", [], stdin=answers.encode())
        self.assertIn("Zoé: crisis, on 4 December 2026.", out)
        self.assertIn("Marc: euphoria, on 4 December 2026.", out)
        data = self.load_session("demo")
        today = [(v["partner"], v["phase"]) for v in data["phaseVoices"] if v["date"] == "2026-12-04"]
        self.assertEqual(today, [("p1", "crisis"), ("p2", "euphoria")])
        self.assertIn("The partners do not see the same phase", out.split("tandem [demo]> status")[-1])

    def test_a_view_skipped_is_listed_in_the_report(self):
        answers = "open Demo\nfollowup\nskip\n\n\nstop\nexport report r.md\n"
        self.ok_at("2026-12-04 10:00:00", [], stdin=answers.encode())
        with open(os.path.join(self.box.work, "r.md"), encoding="utf-8") as f:
            report = f.read()
        self.assertIn("\n## Questions skipped\n", report)
        skipped = report.split("\n## Questions skipped\n")[1].split("\n## ")[0]
        self.assertIn("- the phase Zoé feels the partnership is in (4 December 2026)", skipped)
        self.assertNotIn("Marc", skipped)


class FollowUpInATerminal(Clocked):
    def test_absent_then_minutes_in_french(self):
        self.ok_at("2026-12-01 10:00:00", ["-c", "new Demo; partner add Zoé; partner add Marc; checkpoint Départ"])
        term = Terminal(self.box, ["--lang", "fr"], width=90, height=40,
                        wrapper=["faketime", "2026-12-22 10:00:00"])
        self.addCleanup(term.close)
        term.command("open Demo")
        term.line("suivi")

        def answer(step, text):
            """Types `text` once the cursor waits at the follow-up's question `step` (« suivi · question 3/11 › »)."""
            term.wait_until(lambda _: re.search(rf"suivi · question {step}/\d+ ›$", term.cursor_line().rstrip()),
                            f"question {step}")
            term.line(text)

        term.wait_for("Zoé, comment décririez-vous le moment que traverse le partenariat")
        answer(1, "crise, on se voit trop peu")  # Zoé's view of the phase
        term.wait_for("Marc, comment décririez-vous")
        answer(2, "")  # Marc's: none given
        term.wait_for("euphorie, crise ou performance")
        answer(3, "")  # the phase left open
        term.wait_for("Quoi de neuf depuis le dernier rendez-vous")
        answer(4, "note " + NOTE)
        term.wait_for("Note gardée.")
        answer(4, "")
        term.wait_for("Au tour de Zoé")
        answer(5, "absente")
        term.wait_for("Au tour de Marc")
        for step, score in enumerate("3454543", start=6):
            answer(step, score)
        term.wait_for("Compte rendu du suivi c2")
        term.wait_for("absents du bilan de santé\u00a0: Zoé")
        self.assertEqual(term.leave(), 0)
        data = self.load_session("demo")
        self.assertEqual(data["notes"][-1]["text"], NOTE)
        self.assertEqual(data["checkpoints"][-1]["minutes"]["absent"], ["p1"])
        self.assertEqual([(v["partner"], v["phase"], v["note"]) for v in data["phaseVoices"]],
                         [("p1", "crisis", "on se voit trop peu")])


class HealthCheckPrivacy(Clocked):
    def test_the_first_partners_answers_cannot_be_scrolled_back_to(self):
        self.ok_at("2026-12-01 10:00:00", ["-c", "new Demo; partner add Zoé; partner add Marc"])
        term = Terminal(self.box, width=90, height=30)
        self.addCleanup(term.close)
        term.command("open Demo")
        term.line("health")
        for step, score in enumerate("1234512", start=1):
            term.wait_until(lambda _: re.search(rf"health · question {step}/\d+ ›$", term.cursor_line().rstrip()),
                            f"question {step}")
            term.line(score)
        term.wait_for("Marc's turn")
        history = term.scrollback()
        self.assertNotIn("question 1/14 › 1", history, "Zoé's first answer is still in the scrollback")
        self.assertNotIn("Zoé, how far do you agree", history)
        self.assertIn("Marc, how far do you agree", history)
        term.keys("C-c")


class FoundByFuzzing(TandemCase):
    """Regressions found by Tests/Fuzz/random_sessions.py; the harness checks every file left against the schema."""

    def test_a_tension_removed_after_a_checkpoint_keeps_the_file_valid(self):
        os.makedirs(self.box.sessions)
        shutil.copy(os.path.join(EXAMPLES, "hearing-screening-app.json"), self.box.sessions)
        self.ok(["-c", "open hearing-screening-app; tension remove t1"])
        data = self.load_session("hearing-screening-app")
        self.assertTrue(any("tensions" in c.get("changes", {}) for c in data["checkpoints"]),
                        "a checkpoint keeps the tension it had")


if __name__ == "__main__":
    unittest.main()
