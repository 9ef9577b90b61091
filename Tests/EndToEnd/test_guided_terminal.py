"""A guided flow in a real terminal (tmux, real libedit): answers, Ctrl-C on a
half-typed answer, back, skip, ?, stop, resuming, and Ctrl-D — then what the
session file recorded."""
import datetime
import re
import shutil
import unittest

from harness import TandemCase

if shutil.which("tmux") is None:
    raise unittest.SkipTest("tmux is not installed")

# Any prompt: "tandem> ", "tandem [x]> " or, inside a guided step, "tandem [x] context · question 3/8 › "
# (one module) or "tandem [x] step 1/8 · question 3/8 › " (the path).
POSITION = r"(\S+|(?:step|étape) \d+/\d+) · question (\d+)/\d+ ›"
PROMPT = re.compile(r"^tandem( \[[^\]]*\])?(> | " + POSITION + " )")
GUIDE_PROMPT = re.compile(r"^tandem( \[[^\]]*\])? " + POSITION)


def today_utc():
    return datetime.datetime.now(datetime.timezone.utc).date().isoformat()


class GuidedCase(TandemCase):
    def start(self):
        term = self.terminal()
        term.wait_prompt()
        return term

    def prompts(self, term):
        return sum(1 for l in term.scrollback().split("\n") if PROMPT.match(l))

    def at_prompt(self, term):
        """The cursor sits at the end of an empty prompt (main or guided)."""
        x, _ = term.cursor()
        line = term.cursor_line().rstrip()
        return PROMPT.match(line + " ") is not None and x >= len(line) and (line.endswith(">") or line.endswith("›"))

    def wait_next_prompt(self, term, before, what):
        return term.wait_until(lambda text: sum(1 for l in text.split("\n") if PROMPT.match(l)) > before
                               and self.at_prompt(term), what)

    def answer(self, term, text):
        """At an empty prompt, types a line, presses Enter and waits for the next prompt;
        returns what was printed after the line."""
        term.wait_until(lambda _: self.at_prompt(term), "an empty prompt")
        before_text = term.scrollback()
        before = self.prompts(term)
        term.line(text)
        after = self.wait_next_prompt(term, before, f"the prompt after {text!r}")
        return after[len(before_text.rstrip("\n")):] if after.startswith(before_text.rstrip("\n")) else after

    def step(self, term):
        """The guided step shown by the prompt under the cursor: (module, question number), or None."""
        m = GUIDE_PROMPT.match(term.cursor_line())
        return (m.group(2), int(m.group(3))) if m else None


class GuidedFlow(GuidedCase):
    def test_context_flow_with_ctrl_c_back_skip_why_stop_and_resume(self):
        term = self.start()
        term.command("new X")
        term.command("partner add Zoé designer")
        term.command("partner add Marc")
        shown = self.answer(term, "context")
        self.assertIn("What should this partnership make possible", shown)
        self.assertEqual(self.step(term), ("context", 1))

        # 1. Purpose, answered.
        shown = self.answer(term, "Build an offer for NGOs")
        self.assertIn("what will have changed in two years", shown)  # the vision question comes next
        self.assertEqual(self.step(term), ("context", 2))

        # 2. A half-typed answer dropped with Ctrl-C: asked again, the shell stays.
        term.type("A shared bra")
        term.wait_until(lambda _: term.cursor_line().endswith("A shared bra"), "the half-typed answer")
        before_text = term.scrollback()
        before = self.prompts(term)
        term.keys("C-c")
        after = self.wait_next_prompt(term, before, "the question asked again after Ctrl-C")
        self.assertIsNone(term.exited(), "Ctrl-C left the shell")
        shown = after[len(before_text.rstrip("\n")):]
        self.assertIn("Answer dropped", shown)
        self.assertIn("what will have changed in two years", shown, "the question is asked again")
        self.assertEqual(self.step(term), ("context", 2))

        # back: the previous question again, with what it holds now.
        shown = self.answer(term, "back")
        self.assertIn("What should this partnership make possible", shown)
        self.assertIn("Now: Build an offer for NGOs", shown)
        self.assertEqual(self.step(term), ("context", 1))
        # Enter keeps the purpose and moves on.
        shown = self.answer(term, "")
        self.assertIn("what will have changed in two years", shown)
        self.assertEqual(self.step(term), ("context", 2))

        # skip the vision: recorded.
        shown = self.answer(term, "skip")
        self.assertIn("Skipped", shown)
        self.assertIn("What kind of partnership is this?", shown)
        self.assertEqual(self.step(term), ("context", 3))

        # ?: why this question, then the same question.
        shown = self.answer(term, "?")
        self.assertGreater(len(shown.strip().split("\n")), 1, shown)
        self.assertEqual(self.step(term), ("context", 3))
        self.assertNotIn("How closely do you mean", shown)  # not the next question

        # stop: back at the shell prompt, progress kept.
        shown = self.answer(term, "stop")
        self.assertIn("Paused", shown)
        self.assertIsNone(self.step(term))
        self.assertTrue(term.cursor_line().startswith("tandem [x]>"))
        data = self.load_session("x")  # saved at once in the shell
        self.assertEqual(data["context"]["purpose"], "Build an offer for NGOs")
        self.assertIn("context.vision", data["guide"]["skipped"])

        # guide resumes at the first question neither answered nor skipped: the type.
        shown = self.answer(term, "guide")
        self.assertIn("What kind of partnership is this?", shown)
        self.assertNotIn("What should this partnership make possible", shown)
        self.assertNotIn("what will have changed in two years", shown)
        self.assertEqual(self.step(term), ("step 1/8", 3))
        shown = self.answer(term, "network")
        self.assertIn("How closely do you mean", shown)  # the level comes next
        self.assertEqual(self.step(term), ("step 1/8", 4))

        # Ctrl-D at a guided question leaves the guide; a second one leaves Tandem with 0.
        before = self.prompts(term)
        term.keys("C-d")
        self.wait_next_prompt(term, before, "the shell prompt after Ctrl-D in the guide")
        self.assertIsNone(self.step(term))
        self.assertIsNone(term.exited())
        self.assertEqual(term.leave(), 0)

        day = today_utc()
        data = self.load_session("x")
        self.assertEqual(data["context"]["purpose"], "Build an offer for NGOs")
        self.assertEqual(data["context"].get("vision", ""), "", "the dropped answer was not recorded")
        self.assertEqual(data["context"]["type"], "network")
        self.assertNotIn("level", data["context"])
        self.assertEqual([(p["id"], p["name"], p["role"]) for p in data["partners"]],
                         [("p1", "Zoé", "designer"), ("p2", "Marc", "")])
        guide = data["guide"]
        self.assertEqual(set(guide["skipped"]), {"context.vision"})
        self.assertIn(guide["skipped"]["context.vision"], {day, (datetime.date.fromisoformat(day) - datetime.timedelta(days=1)).isoformat()})
        self.assertEqual(set(guide["answered"]), {"context.purpose", "context.type"})
        with open(self.box.session_path("x"), encoding="utf-8") as f:
            self.assertNotIn("A shared bra", f.read())
        # The commands are in the history; the answers to the guide are not.
        with open(self.box.history, "rb") as f:
            history = f.read().decode("utf-8")
        self.assertIn("context", history)
        self.assertIn("guide", history)
        self.assertNotIn("NGOs", history)
        self.assertNotIn("network", history)

    def test_expectations_flow_resumes_where_it_stopped(self):
        term = self.start()
        term.command("new X")
        term.command("partner add Zoé")
        term.command("partner add Marc")
        shown = self.answer(term, "expectations")
        self.assertIn("Zoé, what do you expect", shown)
        # A list question: two answers, then Enter moves on.
        shown = self.answer(term, "Clients from NGOs")
        self.assertIn("e1 added", shown)
        self.assertIn("Another one", shown)
        self.answer(term, "A fair share of the income")
        shown = self.answer(term, "")
        self.assertIn("Zoé, what would you like to gain", shown)
        # Ctrl-C on a half-typed interest, then back to the expectations, which are shown.
        term.type("Learn fro")
        term.wait_until(lambda _: term.cursor_line().endswith("Learn fro"), "the half-typed answer")
        before = self.prompts(term)
        term.keys("C-c")
        self.wait_next_prompt(term, before, "the question again after Ctrl-C")
        self.assertIsNone(term.exited())
        shown = self.answer(term, "back")
        self.assertIn("Zoé, what do you expect", shown)
        self.assertIn("Clients from NGOs", shown)
        self.assertIn("A fair share of the income", shown)
        self.answer(term, "")
        # skip the interest, ? on the contribution, then stop.
        shown = self.answer(term, "skip")
        self.assertIn("Zoé, what do you bring", shown)
        shown = self.answer(term, "?")
        self.assertIn("Zoé, what do you bring", shown)
        shown = self.answer(term, "stop")
        self.assertIn('"expectations" resumes', shown)
        # Running the step again starts at the contribution.
        shown = self.answer(term, "expectations")
        self.assertIn("Zoé, what do you bring", shown)
        self.assertNotIn("Zoé, what do you expect", shown)
        self.assertNotIn("Zoé, what would you like to gain", shown)
        self.answer(term, "Brand design")
        self.assertEqual(self.step(term), ("expectations", 3))
        # Still in the guide: Ctrl-D leaves it, then the shell.
        before = self.prompts(term)
        term.keys("C-d")
        self.wait_next_prompt(term, before, "the shell prompt")
        self.assertEqual(term.leave(), 0)

        data = self.load_session("x")
        self.assertEqual([(e["id"], e["partner"], e["kind"], e["text"]) for e in data["expectations"]], [
            ("e1", "p1", "expectation", "Clients from NGOs"),
            ("e2", "p1", "expectation", "A fair share of the income"),
            ("e3", "p1", "contribution", "Brand design"),
        ])
        self.assertEqual(set(data["guide"]["skipped"]), {"expectations.p1.interest"})
        self.assertIn("expectations.p1.expectation", data["guide"]["answered"])
        self.assertIn("expectations.p1.contribution", data["guide"]["answered"])
        self.assertNotIn("expectations.p1.interest", data["guide"]["answered"])


if __name__ == "__main__":
    unittest.main()
