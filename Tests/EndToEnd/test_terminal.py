"""The interactive shell in a real terminal (tmux, real libedit): banner,
accented editing, Tab completion, Ctrl-C, Ctrl-D, history across launches,
colour and NO_COLOR, ~/.editrc, and two writers on one session."""
import os
import re
import shutil
import signal
import time
import unittest

from harness import TandemCase, unvis

if shutil.which("tmux") is None:
    raise unittest.SkipTest("tmux is not installed")

ESC = "\x1b["


def history_entries(raw):
    """The entries of a libedit history file (strvis-encoded lines after the header)."""
    lines = raw.split(b"\n")
    assert lines[0] == b"_HiStOrY_V2_", f"no libedit header: {raw[:40]!r}"

    return [unvis(l) for l in lines[1:] if l]


class TerminalCase(TandemCase):
    def start(self, *args, env=None):
        term = self.terminal(args, env=env)
        term.wait_prompt()
        return term

    def leave(self, term):
        """Ctrl-D on an empty line; returns the exit code."""
        return term.leave()

    def assertCursorLine(self, term, expected, timeout=3.0):
        """Waits until the line under the cursor, up to the cursor, reads `expected`."""
        deadline = time.monotonic() + timeout
        while True:
            x, _ = term.cursor()
            line = term.cursor_line()
            # capture-pane drops trailing blanks: count columns, accented letters are one column each.
            shown = (line + " " * 200)[:x]
            if shown == expected:
                return
            if time.monotonic() > deadline:
                self.fail(f"cursor line is {line!r} (cursor at column {x}), expected {expected!r} before the cursor;\n"
                          f"screen:\n{term.screen()}")
            time.sleep(0.02)


class Basics(TerminalCase):
    def test_banner_and_prompt(self):
        term = self.start()
        screen = term.screen()
        self.assertRegex(screen.split("\n")[0], r"^Tandem \d+\.\d+\.\d+")
        self.assertRegex(screen, r"(?m)^tandem>")
        self.assertEqual(self.leave(term), 0)

    def test_accented_session_and_ctrl_d_saves(self):
        term = self.start()
        term.command("new Été à Zoé")
        term.wait_for('"Été à Zoé"')
        self.assertRegex(term.cursor_line(), r"^tandem \[ete-a-zoe\]>")
        term.command("partner add Zoé")
        term.wait_for("Zoé added")
        term.command('partner add "Bureau Öko" designer')
        self.assertEqual(self.leave(term), 0)
        data = self.load_session("ete-a-zoe")
        self.assertEqual(data["title"], "Été à Zoé")
        self.assertEqual([(p["id"], p["name"], p["role"]) for p in data["partners"]],
                         [("p1", "Zoé", ""), ("p2", "Bureau Öko", "designer")])
        with open(self.box.session_path("ete-a-zoe"), "rb") as f:
            self.assertIn("Été à Zoé".encode("utf-8"), f.read())
        self.assertEqual(self.mode(self.box.session_path("ete-a-zoe")), 0o600)

    def test_editing_accented_text(self):
        term = self.start()
        term.command("new Alpha")
        # "Zé", Left, "o" gives "Zoé"; Backspace removes one whole "x" after "é".
        term.type("partner add Zé")
        term.keys("Left")
        term.type("o")
        term.keys("End")
        term.type("x")
        term.keys("BSpace")
        self.assertCursorLine(term, "tandem [alpha]> partner add Zoé")
        term.keys("Enter")
        term.wait_for("Zoé added")
        term.command("partner add Léa")
        # Backspace over an accented letter at the end of the line.
        term.type("partner add Noé")
        term.keys("BSpace")
        term.type("ël")
        self.assertCursorLine(term, "tandem [alpha]> partner add Noël")
        term.keys("Enter")
        term.wait_for("Noël added")
        self.assertEqual(self.leave(term), 0)
        self.assertEqual([p["name"] for p in self.load_session("alpha")["partners"]], ["Zoé", "Léa", "Noël"])

    def test_french_banner(self):
        english = self.start()
        english_banner = english.screen().split("\n")[0]
        self.assertEqual(self.leave(english), 0)
        french = self.terminal(["--lang", "fr"])
        french.wait_prompt()
        french_banner = french.screen().split("\n")[0]
        self.assertRegex(french_banner, r"^Tandem \d+\.\d+\.\d+")
        self.assertNotEqual(french_banner, english_banner)
        self.assertEqual(self.leave(french), 0)

    def test_long_wrapped_line_with_accents(self):
        term = self.start()
        term.command("new Alpha")
        text = "é" * 50 + " " + "ü" * 60 + " fin"  # wraps past the 100 columns
        term.type("note " + text)
        term.keys("C-a", "Right", "Right", "Right", "Right", "Right")
        term.type("Début ")
        term.keys("C-e")
        term.type(".")
        term.keys("Enter")
        term.wait_for("1")
        term.wait_until(lambda _: len(self.load_session("alpha")["notes"]) == 1, "the note saved")
        self.assertEqual(self.load_session("alpha")["notes"][0]["text"], "Début " + text + ".")
        self.assertEqual(self.leave(term), 0)

    def test_pasted_lines_all_run(self):
        term = self.start()
        term.command("new Alpha")
        before = term.prompts()
        term.type("partner add A\rpartner add B\rpartner add C\r")
        term.wait_prompt(before + 3)
        self.assertEqual(self.leave(term), 0)
        self.assertEqual([p["name"] for p in self.load_session("alpha")["partners"]], ["A", "B", "C"])

    def test_changes_saved_before_a_crash(self):
        term = self.start()
        term.command("new Alpha")
        term.command("partner add Zoé")
        os.kill(term.pid(), signal.SIGKILL)  # the laptop dies
        self.assertEqual(term.wait_exit(), 128 + signal.SIGKILL)
        self.assertEqual([p["name"] for p in self.load_session("alpha")["partners"]], ["Zoé"])
        # The dead shell's "open" marker is all it leaves; the next open ignores it and removes it.
        self.assertNotIn("Another Tandem", self.ok(["-c", "open alpha"]))
        self.assertNoStrayFiles(self.box.sessions, ["alpha.json"])

    def test_accents_without_a_utf8_locale(self):
        for env in ({"LANG": None}, {"LANG": None, "LC_ALL": "C"}, {"LANG": "POSIX"}):
            with self.subTest(env=env):
                term = self.start(env=env)
                term.command("new Été " + str(len(env)) + (env.get("LC_ALL") or env.get("LANG") or "unset"))
                term.type("partner add Zé")
                term.keys("Left")
                term.type("o")
                term.keys("Enter")
                term.wait_for("Zoé")
                self.assertEqual(self.leave(term), 0)
        self.assertEqual(len(os.listdir(self.box.sessions)), 3)
        for name in os.listdir(self.box.sessions):
            data = self.load_session(name[:-5])
            self.assertTrue(data["title"].startswith("Été "), data["title"])
            self.assertEqual([p["name"] for p in data["partners"]], ["Zoé"])

    def test_quit_command(self):
        term = self.start()
        term.command("new Alpha")
        term.line("quit")
        self.assertEqual(term.wait_exit(), 0)
        self.assertTrue(os.path.isfile(self.box.session_path("alpha")))

    def test_errors_do_not_leave_the_shell(self):
        term = self.start()
        term.command("partnr")
        term.wait_for('did you mean "partner"?')
        term.command('partner add "unclosed')
        term.wait_for("column 13")
        term.command("open ../x")
        self.assertIsNone(term.exited())
        self.assertEqual(self.leave(term), 0)


class Completion(TerminalCase):
    def test_command_completion(self):
        term = self.start()
        term.command("new Alpha")
        term.type("par")
        term.keys("Tab")
        self.assertCursorLine(term, "tandem [alpha]> partner ")
        term.type("ad")
        term.keys("Tab")
        self.assertCursorLine(term, "tandem [alpha]> partner add ")
        term.type("Zoé")
        term.keys("Enter")
        term.wait_for("Zoé added")
        self.assertEqual(self.leave(term), 0)

    def test_partner_name_completion(self):
        term = self.start()
        term.command("new Alpha")
        term.command("partner add Zoé")
        term.command('partner add "Bureau Öko"')
        term.type("partner remove Z")
        term.keys("Tab")
        self.assertCursorLine(term, "tandem [alpha]> partner remove Zoé ")
        term.keys("C-u")
        # A name with a space comes back quoted.
        term.type("partner remove B")
        term.keys("Tab")
        self.assertCursorLine(term, 'tandem [alpha]> partner remove "Bureau Öko" ')
        before = term.prompts()
        term.keys("Enter")
        term.wait_prompt(before + 1)
        self.assertEqual(self.leave(term), 0)
        self.assertEqual([p["name"] for p in self.load_session("alpha")["partners"]], ["Zoé"])

    def test_accent_insensitive_partner_completion(self):
        term = self.start()
        term.command("new Alpha")
        term.command("partner add Émile")
        term.type("partner remove em")
        term.keys("Tab")
        self.assertCursorLine(term, "tandem [alpha]> partner remove Émile ")
        self.assertEqual(self.leave(term), 0)

    def test_ambiguous_tab_lists_candidates(self):
        term = self.start()
        term.command("new Alpha")
        term.type("se")
        term.keys("Tab")
        screen = term.wait_regex(r"sessions\s+set")
        self.assertIn("sessions", screen)
        # The line being typed is still there after the list.
        self.assertCursorLine(term, "tandem [alpha]> se")
        term.type("ssions")
        before = term.prompts()
        term.keys("Enter")
        screen = term.wait_prompt(before + 1)
        self.assertRegex(screen, r"(?m)^\* Alpha ")
        self.assertEqual(self.leave(term), 0)

    def test_ambiguous_partner_names(self):
        term = self.start()
        term.command("new Alpha")
        term.command("partner add Marc")
        term.command("partner add Marie")
        term.type("partner remove M")
        term.keys("Tab")
        # Completes the common part, then lists both.
        self.assertCursorLine(term, "tandem [alpha]> partner remove Mar")
        term.keys("Tab")
        term.wait_regex(r"Marc\s+Marie")
        self.assertEqual(self.leave(term), 0)

    def test_quoted_partial_name(self):
        term = self.start()
        term.command("new Alpha")
        term.command('partner add "Bureau Öko"')
        term.type('partner remove "Bu')
        term.keys("Tab")
        self.assertCursorLine(term, 'tandem [alpha]> partner remove "Bureau Öko" ')
        self.assertEqual(self.leave(term), 0)

    def test_no_command_completion_after_a_semicolon(self):
        # A line is one command: after "note first;" the words are the note's text.
        term = self.start()
        term.command("new Alpha")
        term.type("note first; par")
        term.keys("Tab")
        self.assertCursorLine(term, "tandem [alpha]> note first; par")
        self.assertEqual(self.leave(term), 0)

    def test_value_word_completion(self):
        term = self.start()
        term.command("new Alpha")
        term.type("set ty")
        term.keys("Tab")
        self.assertCursorLine(term, "tandem [alpha]> set type ")
        term.type("com")
        term.keys("Tab")
        self.assertCursorLine(term, "tandem [alpha]> set type commercial ")
        term.keys("Enter")
        term.wait_until(lambda _: self.load_session("alpha")["context"].get("type") == "commercial",
                        "type saved as commercial")
        self.assertEqual(self.leave(term), 0)

    def test_session_name_completion(self):
        self.ok(["-c", "new Atelier Zoé"])
        term = self.start()
        term.type("open at")
        term.keys("Tab")
        self.assertCursorLine(term, "tandem> open atelier-zoe ")
        term.keys("Enter")
        term.wait_for("[atelier-zoe]")
        self.assertEqual(self.leave(term), 0)


class Interrupts(TerminalCase):
    def test_ctrl_c_drops_the_line_and_stays(self):
        term = self.start()
        term.command("new Alpha")
        before = term.prompts()
        term.type("partner add Half")
        self.assertCursorLine(term, "tandem [alpha]> partner add Half")  # typed, then Ctrl-C
        term.keys("C-c")
        term.wait_prompt(before + 1)
        self.assertIsNone(term.exited(), "Ctrl-C left the shell")
        self.assertNotIn("Half added", term.scrollback())
        # The fresh line is empty: what is typed now runs alone.
        term.command("partner add Whole")
        term.wait_for("Whole added")
        # Ctrl-C on an empty line does not leave either.
        before = term.prompts()
        term.keys("C-c")
        term.wait_prompt(before + 1)
        self.assertIsNone(term.exited())
        self.assertEqual(self.leave(term), 0)
        self.assertEqual([p["name"] for p in self.load_session("alpha")["partners"]], ["Whole"])

    def test_ctrl_d_on_a_non_empty_line_does_not_leave(self):
        term = self.start()
        term.type("help")
        term.keys("Home", "C-d")  # deletes the "h"
        self.assertCursorLine(term, "tandem> ")
        term.wait_until(lambda _: term.cursor_line() == "tandem> elp", "the line to read 'elp'")
        self.assertIsNone(term.exited())
        self.assertEqual(term.leave(), 0)


class WithoutLibedit(TerminalCase):
    """libedit is loaded only for a person at a terminal; when it cannot be
    (here a damaged copy found first through LD_LIBRARY_PATH) the session still
    runs on the terminal's own line editing, and says so once."""

    def start_without_libedit(self, *args, content=b"not a shared library\n"):
        """The shell with every name Tandem tries for libedit taken by a damaged file."""
        fake = os.path.join(self.box.root, "fake-libs")
        os.makedirs(fake, exist_ok=True)
        for name in ("libedit.so.2", "libedit.so.0", "libedit.so"):
            with open(os.path.join(fake, name), "wb") as f:
                f.write(content)
        return self.start(*args, env={"LD_LIBRARY_PATH": fake})

    def test_typing_works_and_the_reason_is_said(self):
        term = self.start_without_libedit()
        screen = term.screen()
        self.assertIn("line editing is off: libedit could not be loaded", screen)
        self.assertIn("libedit.so.2: file too short", screen.replace("\n", ""))
        self.assertEqual(screen.count("line editing is off"), 1, screen)
        term.command("new Café")
        term.command("partner add Zoé")
        term.wait_for("Partner Zoé added")
        # Ctrl-C drops the line being typed and keeps the shell.
        before = term.prompts()
        term.type("partner add Half")
        term.wait_for("partner add Half")
        term.keys("C-c")
        term.wait_prompt(before + 1)
        self.assertIsNone(term.exited(), "Ctrl-C left the shell")
        term.command("partner add Lé")
        term.wait_for("Partner Lé added")
        # Ctrl-D on an empty line leaves, saved.
        self.assertEqual(self.leave(term), 0)
        names = [p["name"] for p in self.load_session("cafe")["partners"]]
        self.assertEqual(names, ["Zoé", "Lé"])
        self.assertFalse(os.path.exists(self.box.history), "plain lines wrote a history file")

    def test_french_message(self):
        term = self.start_without_libedit("--lang", "fr", content=b"\x7fELF")
        self.assertIn("édition de ligne désactivée\u00a0: libedit n'a pas pu être chargée", term.screen())
        self.assertEqual(self.leave(term), 0)


class History(TerminalCase):
    def first_launch(self):
        term = self.start()
        term.command("new Été à Zoé")
        term.command("partner add Zoé")
        term.command(" partner add Secret")
        term.wait_for("Secret added")
        self.assertEqual(self.leave(term), 0)

    def test_up_arrow_within_a_launch(self):
        term = self.start()
        term.command("new Alpha")
        term.command("partner add Zoé")
        term.command(" partner add Secret")
        term.keys("Up")
        self.assertCursorLine(term, "tandem [alpha]> partner add Zoé")
        term.keys("Up")
        self.assertCursorLine(term, "tandem [alpha]> new Alpha")
        self.assertEqual(self.leave(term), 0)

    def test_history_file_written(self):
        self.first_launch()
        path = self.box.history
        self.assertTrue(os.path.isfile(path), "no history file at $XDG_STATE_HOME/tandem/history")
        with open(path, "rb") as f:
            entries = history_entries(f.read())
        self.assertEqual(entries, ["new Été à Zoé", "partner add Zoé"])
        self.assertEqual(self.mode(path), 0o600)
        self.assertEqual(self.mode(os.path.dirname(path)), 0o700)

    def test_up_arrow_recalls_a_previous_launch(self):
        self.first_launch()
        term = self.start()
        term.keys("Up")
        # The space-prefixed line was not kept: Up gives the line before it.
        self.assertCursorLine(term, "tandem> partner add Zoé")
        term.keys("Up")
        self.assertCursorLine(term, "tandem> new Été à Zoé")
        term.keys("C-u")
        self.assertEqual(self.leave(term), 0)

    def write_history(self, entries):
        """A valid libedit history file with these entries (spaces as \\040, UTF-8 raw)."""
        os.makedirs(os.path.dirname(self.box.history), mode=0o700, exist_ok=True)
        body = b"".join(e.encode("utf-8").replace(b"\\", b"\\134").replace(b" ", b"\\040") + b"\n" for e in entries)
        with open(self.box.history, "wb") as f:
            f.write(b"_HiStOrY_V2_\n" + body)
        os.chmod(self.box.history, 0o600)

    def test_up_arrow_recalls_an_existing_history_file(self):
        self.write_history(["new Été à Zoé", "partner add Zoé"])
        term = self.start()
        term.keys("Up")
        self.assertCursorLine(term, "tandem> partner add Zoé")
        term.keys("Up")
        self.assertCursorLine(term, "tandem> new Été à Zoé")
        term.keys("Down")
        self.assertCursorLine(term, "tandem> partner add Zoé")
        self.assertEqual(self.leave(term), 0)

    def test_new_lines_appended_to_an_existing_history_file(self):
        self.write_history(["new Alpha"])
        term = self.start()
        term.command("open alpha")
        term.command("sessions")
        self.assertEqual(self.leave(term), 0)
        with open(self.box.history, "rb") as f:
            raw = f.read()
        self.assertEqual(raw.count(b"_HiStOrY_V2_"), 1)
        self.assertEqual(history_entries(raw), ["new Alpha", "open alpha", "sessions"])

    def test_history_trimmed_to_its_limit(self):
        self.write_history([f"note old {i}" for i in range(1200)])
        term = self.start()
        term.keys("Up")
        self.assertCursorLine(term, "tandem> note old 1199")
        self.assertEqual(self.leave(term), 0)
        with open(self.box.history, "rb") as f:
            entries = history_entries(f.read())
        self.assertLessEqual(len(entries), 1001)
        self.assertGreaterEqual(len(entries), 900)
        self.assertEqual(entries[-1], "note old 1199")
        self.assertEqual(self.mode(self.box.history), 0o600)

    def test_tandem_history_variable(self):
        path = os.path.join(self.box.root, "custom", "hist")
        term = self.start(env={"TANDEM_HISTORY": path})
        term.command("new Alpha")
        self.assertEqual(self.leave(term), 0)
        self.assertFalse(os.path.exists(self.box.history))
        self.assertTrue(os.path.isfile(path), "no history file at $TANDEM_HISTORY")
        with open(path, "rb") as f:
            self.assertEqual(history_entries(f.read()), ["new Alpha"])

    def test_space_prefixed_line_not_in_history_file(self):
        self.first_launch()
        if os.path.exists(self.box.history):
            with open(self.box.history, "rb") as f:
                self.assertNotIn(b"Secret", f.read())

    def test_history_directory_private(self):
        term = self.start()
        self.assertEqual(self.leave(term), 0)
        self.assertEqual(self.mode(os.path.join(self.box.state, "tandem")), 0o700)

    def test_unreadable_history_file_left_untouched(self):
        directory = os.path.join(self.box.state, "tandem")
        os.mkdir(directory, 0o700)
        path = self.box.history
        garbage = b"not a libedit history\n\x00\xff\xfe binary junk\nline three\n"
        with open(path, "wb") as f:
            f.write(garbage)
        os.chmod(path, 0o644)
        before = self.snapshot(path)
        term = self.start()
        term.wait_for(path)  # the shell says why history is off
        term.command("new Alpha")
        term.command("partner add Zoé")
        self.assertEqual(self.leave(term), 0)
        self.assertUntouched(path, before)
        self.assertEqual(sorted(os.listdir(directory)), ["history"])

    def test_history_symlink_not_followed(self):
        directory = os.path.join(self.box.state, "tandem")
        os.mkdir(directory, 0o700)
        target = os.path.join(self.box.root, "elsewhere")
        with open(target, "wb") as f:
            f.write(b"_HiStOrY_V2_\nold\\040line\n")
        before = self.snapshot(target)
        os.symlink(target, self.box.history)
        term = self.start()
        term.command("new Alpha")
        self.assertEqual(self.leave(term), 0)
        self.assertUntouched(target, before)
        self.assertTrue(os.path.islink(self.box.history))

    def test_script_mode_writes_no_history(self):
        self.ok(["-c", "new Alpha; partner add Zoé"])
        self.ok([], stdin="open alpha\npartner list\n")
        self.assertFalse(os.path.exists(self.box.history))


class Colour(TerminalCase):
    def coloured_screen(self, *args, env=None):
        term = self.start(*args, env=env)
        term.command("new Alpha")
        term.command("partner add Zoé")
        term.command("bogus")
        screen = term.screen(escapes=True)
        self.assertEqual(self.leave(term), 0)
        return screen

    def test_colour_on_a_terminal(self):
        self.assertIn(ESC, self.coloured_screen())

    def test_no_color_variable(self):
        screen = self.coloured_screen(env={"NO_COLOR": "1"})
        self.assertNotIn(ESC, screen)
        self.assertIn("Zoé added", screen)

    def test_no_color_option(self):
        self.assertNotIn(ESC, self.coloured_screen("--no-color"))

    def test_no_colour_when_piped(self):
        code, out, err = self.tandem(["-c", "new Alpha; partner add Zoé; bogus"])
        self.assertNotIn("\x1b", out + err)


class EditRC(TerminalCase):
    def test_editrc_bind_is_honoured(self):
        # Ctrl-B is "move left" in emacs mode; ~/.editrc rebinds it to delete the previous character.
        with open(os.path.join(self.box.home, ".editrc"), "w") as f:
            f.write("# tandem test\nbind ^B ed-delete-prev-char\n")
        term = self.start()
        term.type("helpx")
        term.keys("C-b")
        self.assertCursorLine(term, "tandem> help")
        term.keys("Enter")
        screen = term.wait_for("partner")
        self.assertNotIn("unknown command", screen)
        self.assertEqual(self.leave(term), 0)

    def test_without_editrc_emacs_keys(self):
        term = self.start()
        term.type("helpx")
        term.keys("C-b", "C-d")  # left, then delete the "x" under the cursor
        self.assertCursorLine(term, "tandem> help")
        term.keys("C-a")
        self.assertCursorLine(term, "tandem> ")
        self.assertEqual(self.leave(term), 0)


class TwoWriters(TerminalCase):
    """Another program saves the session while the shell has it open."""

    def conflict(self):
        """A shell on "shared" whose change clashes with a save made meanwhile by a script.
        Returns the terminal and a snapshot of the file as the other writer left it."""
        self.ok(["-c", "new Shared; partner add Zoé; new Other"])
        path = self.box.session_path("shared")
        term = self.start()
        term.command("open shared")
        term.wait_for("Shared")
        self.ok(["-c", "open shared; partner add Other"])  # the other writer
        theirs = self.snapshot(path)
        term.command("partner add Mine")
        screen = term.wait_for("save as")
        self.assertRegex(screen, r"changed on disk|another program")
        self.assertUntouched(path, theirs)
        return term, theirs

    def leave_anyway(self, term):
        """Ctrl-D, and once more if the shell asks for confirmation; returns the exit code."""
        term.wait_ready()
        before = term.prompts()
        term.keys("C-d")
        term.wait_until(lambda text: term.exited() is not None or self.prompt_after(term, before), "exit or a new prompt")
        if term.exited() is None:
            term.keys("C-d")
        return term.wait_exit()

    @staticmethod
    def prompt_after(term, before):
        return term.prompts() > before and term.ready()

    def test_change_on_disk_is_not_overwritten(self):
        term, theirs = self.conflict()
        path = self.box.session_path("shared")
        # Leaving cannot silently overwrite the other writer's file either.
        self.leave_anyway(term)
        self.assertUntouched(path, theirs)
        self.assertEqual([p["name"] for p in self.load_session("shared")["partners"]], ["Zoé", "Other"])

    def test_save_as_keeps_both_versions(self):
        term, theirs = self.conflict()
        term.command("save as mine")
        term.wait_for("[mine]")
        self.assertEqual(self.leave(term), 0)
        self.assertUntouched(self.box.session_path("shared"), theirs)
        self.assertEqual([p["name"] for p in self.load_session("mine")["partners"]], ["Zoé", "Mine"])
        self.assertEqual([p["name"] for p in self.load_session("shared")["partners"]], ["Zoé", "Other"])
        self.assertEqual(self.mode(self.box.session_path("mine")), 0o600)

    def test_quit_warns_before_dropping_unsaved_changes(self):
        term, theirs = self.conflict()
        term.command("quit")
        self.assertIsNone(term.exited(), "the first quit left with unsaved changes")
        term.line("quit")
        term.wait_exit()
        self.assertUntouched(self.box.session_path("shared"), theirs)

    def test_open_reloads_after_a_conflict(self):
        term, theirs = self.conflict()
        before = term.prompts()
        term.line("open shared")
        term.wait_for("drop them?")  # asked first: the change made here goes
        term.line("yes")
        term.wait_prompt(before + 1)
        term.command("partner list")
        screen = term.scrollback()
        listing = screen[screen.rindex("partner list"):]
        self.assertIn("Other", listing)
        self.assertNotIn("Mine", listing)
        self.assertUntouched(self.box.session_path("shared"), theirs)
        self.assertEqual(self.leave(term), 0)

    def test_ctrl_d_warns_before_dropping_unsaved_changes(self):
        term, theirs = self.conflict()
        term.wait_ready()
        before = term.prompts()
        term.keys("C-d")
        term.wait_until(lambda text: term.exited() is not None or self.prompt_after(term, before), "exit or a new prompt")
        self.assertIsNone(term.exited(), "Ctrl-D left and dropped the unsaved change")
        self.leave_anyway(term)

    def test_two_shells_on_one_session(self):
        self.ok(["-c", "new Shared; partner add Zoé"])
        path = self.box.session_path("shared")
        first, second = self.start(), self.start()
        first.command("open shared")
        second.command("open shared")
        first.command("partner add FromFirst")
        first.wait_for("FromFirst")
        theirs = self.snapshot(path)
        second.command("partner add FromSecond")
        second.wait_for("save as")
        self.assertUntouched(path, theirs)
        self.assertEqual(self.leave(first), 0)
        second.command("save as second")
        self.assertEqual(self.leave(second), 0)
        self.assertEqual([p["name"] for p in self.load_session("shared")["partners"]], ["Zoé", "FromFirst"])
        self.assertEqual([p["name"] for p in self.load_session("second")["partners"]], ["Zoé", "FromSecond"])


if __name__ == "__main__":
    unittest.main()
