"""The grammar in a real terminal (tmux, real libedit) and in scripts: a line
is one command, free text is kept as typed, quoted names complete after a
space, French words work, undo in any case, -c split at ; outside quotes."""
import shutil
import unittest

from harness import TandemCase

if shutil.which("tmux") is None:
    raise unittest.SkipTest("tmux is not installed")


class TypedLines(TandemCase):
    def start(self, *args, env=None):
        term = self.terminal(args, env=env)
        term.wait_prompt()
        return term

    def notes(self, name):
        return [n["text"] for n in self.load_session(name)["notes"]]

    def test_a_note_with_semicolons_and_guillemets_is_stored_as_typed(self):
        term = self.start("--lang", "fr")
        term.command("new Alpha")
        text = 'Julien a dit « on verra » ; à garder # pas un commentaire "vraiment"'
        term.command("note " + text)
        term.wait_until(lambda _: self.notes("alpha") == [text], "the note stored as typed")
        screen = term.scrollback()
        self.assertNotIn("inconnue", screen)
        self.assertNotIn("unknown", screen)
        self.assertEqual(term.leave(), 0)

    def test_tab_inside_a_quoted_name_after_a_space(self):
        term = self.start()
        term.command("new Alpha")
        term.command('partner add "Bureau Öko" studio')
        term.command("partner add Zoé")
        term.type('expect add "Bureau Ö')
        term.keys("Tab")
        self.assertCursorLine(term, 'tandem [alpha]> expect add "Bureau Öko" ')
        term.keys("C-u")
        term.type('partner remove "bureau o')
        term.keys("Tab")
        self.assertCursorLine(term, 'tandem [alpha]> partner remove "Bureau Öko" ')
        self.assertEqual(term.leave(), 0)

    def test_french_aide_and_quitter(self):
        term = self.start("--lang", "fr")
        term.command("aide")
        term.wait_for("Parcours de coaching")
        term.command("aide note")
        term.wait_for("note")
        term.line("quitter")
        self.assertEqual(term.wait_exit(), 0)

    def assertCursorLine(self, term, expected, timeout=3.0):
        import time
        deadline = time.monotonic() + timeout
        while True:
            x, _ = term.cursor()
            shown = (term.cursor_line() + " " * 200)[:x]
            if shown == expected:
                return
            if time.monotonic() > deadline:
                self.fail(f"cursor line {shown!r}, expected {expected!r};\nscreen:\n{term.screen()}")
            time.sleep(0.02)


class Scripts(TandemCase):
    def test_a_script_line_is_one_command(self):
        path = self.script(
            "new Beta\n"
            "# a comment line\n"
            "   # an indented comment line\n"
            "note first ; not a command # not a comment\n"
            "UNDO\n"
            "Note second\n"
        )
        self.ok(["-f", path])
        notes = [n["text"] for n in self.load_session("beta")["notes"]]
        self.assertEqual(notes, ["second"])

    def test_dash_c_splits_at_semicolons_outside_quotes_and_repeats(self):
        self.ok(["-c", 'new Gamma; note "a ; b"', "-c", "note c; note d"])
        notes = [n["text"] for n in self.load_session("gamma")["notes"]]
        self.assertEqual(notes, ["a ; b", "c", "d"])

    def test_a_failing_dash_c_command_names_its_position(self):
        code, _, err = self.tandem(["-c", "new Delta; bogus"])
        self.assertEqual(code, 1)
        self.assertIn("-c:2:", err)


if __name__ == "__main__":
    unittest.main()
