"""Recovering from a conflict (issue 9, items 1-2), with the real binary in tmux.

- `open` says which other Tandem process has the session open (its pid), in
  both languages, and opens it all the same; a marker left by a killed shell
  is ignored and removed.
- `reload` after a refused save brings in the file's version and replays this
  shell's unsaved changes on top, saying those that no longer apply.
- A session file deleted under an open shell is said at the next save and not
  written again, until `save` is typed.
- `open NAME` on the session open with unsaved changes asks first at a
  terminal and refuses in a script.
"""
import os
import signal
import unittest

from harness import TandemCase


class Conflicts(TandemCase):
    def start(self, *args):
        term = self.terminal(args)
        term.wait_prompt()
        return term

    def partners(self, name="shared"):
        return [p["name"] for p in self.load_session(name)["partners"]]

    def markers(self):
        return sorted(n for n in os.listdir(self.box.sessions) if ".open-" in n)

    def conflict(self):
        """A shell on "shared" whose change was refused: a script saved "Other" meanwhile."""
        self.ok(["-c", "new Shared; partner add Zoé; partner add Marc"])
        term = self.start()
        term.command("open shared")
        self.ok(["-c", "open shared; partner add Other"])
        term.command("partner add Mine")
        term.wait_for("was changed on disk by another program")
        self.assertEqual(self.partners(), ["Zoé", "Marc", "Other"])
        return term

    def test_open_names_the_other_process_that_has_the_session_open(self):
        self.ok(["-c", "new Shared"])
        term = self.start()
        term.command("open shared")
        pid = term.pid()
        self.assertEqual(self.markers(), [f".shared.json.open-{pid}"])
        out = self.ok(["-c", "open shared; note read all the same"])
        self.assertIn(f'Another Tandem (process {pid}) has "shared" open too.', out)
        self.assertIn("Opened \"Shared\"", out)
        out = self.ok(["--lang", "fr", "-c", "open shared"])
        self.assertIn(f"Un autre Tandem (processus {pid}) a aussi la session «\u00a0shared\u00a0» ouverte.", out)
        # The shell's next change meets the script's save, and says so.
        term.command("note from the shell")
        term.wait_for("was changed on disk by another program")
        term.command("reload")
        self.assertEqual([n["text"] for n in self.load_session("shared")["notes"]],
                         ["read all the same", "from the shell"])
        term.command("close")
        self.assertEqual(self.markers(), [])
        self.assertNotIn("Another Tandem", self.ok(["-c", "open shared"]))
        self.assertEqual(term.leave(), 0)

    def test_a_killed_shells_marker_is_ignored_and_removed(self):
        self.ok(["-c", "new Shared"])
        term = self.start()
        term.command("open shared")
        pid = term.pid()
        os.kill(pid, signal.SIGKILL)
        term.wait_exit()
        self.assertEqual(self.markers(), [f".shared.json.open-{pid}"])
        out = self.ok(["-c", "open shared"])
        self.assertNotIn("Another Tandem", out)
        self.assertEqual(self.markers(), [])

    def test_reload_replays_the_refused_change_on_the_files_version(self):
        term = self.conflict()
        term.command("note kept through the reload")
        screen = term.command("reload")
        self.assertIn('Reloaded "Shared"', screen)
        self.assertIn("replayed on top of it: 2.", screen)
        self.assertEqual(self.partners(), ["Zoé", "Marc", "Other", "Mine"])
        self.assertEqual([n["text"] for n in self.load_session("shared")["notes"]], ["kept through the reload"])
        ids = [p["id"] for p in self.load_session("shared")["partners"]]
        self.assertEqual(len(ids), len(set(ids)))
        self.assertEqual(term.leave(), 0)

    def test_reload_says_the_changes_that_no_longer_apply(self):
        term = self.conflict()
        self.ok(["-c", "open shared; partner remove Marc"])
        term.command("partner rename Marc Marco")
        screen = term.command("reload")
        tail = screen[screen.rindex("reload"):]
        self.assertIn("These changes no longer apply to the file's version and were left out:", tail)
        self.assertIn("replayed on top of it: 1.", tail)
        self.assertEqual(self.partners(), ["Zoé", "Other", "Mine"])
        self.assertEqual(term.leave(), 0)

    def test_reload_in_french(self):
        self.ok(["-c", "new Shared"])
        term = self.start("--lang", "fr")
        term.command("ouvrir shared")
        self.ok(["-c", "open shared; note theirs"])
        term.command("note mine")
        term.wait_for("a été modifiée sur le disque par un autre programme")
        screen = term.command("recharger")
        self.assertIn("Session «\u00a0Shared\u00a0» rechargée depuis", screen)
        self.assertIn("rejouées par-dessus\u00a0: 1.", screen)
        self.assertEqual([n["text"] for n in self.load_session("shared")["notes"]], ["theirs", "mine"])
        self.assertEqual(term.leave(), 0)

    def test_a_deleted_file_is_said_and_written_again_only_on_save(self):
        self.ok(["-c", "new Shared; partner add Zoé"])
        path = self.box.session_path("shared")
        term = self.start()
        term.command("open shared")
        os.unlink(path)
        screen = term.command("note after the deletion")
        self.assertIn("was deleted by another program since it was opened here", screen)
        self.assertFalse(os.path.exists(path), "a deleted session was silently written again")
        term.command("save")
        self.assertEqual([n["text"] for n in self.load_session("shared")["notes"]], ["after the deletion"])
        self.assertEqual(self.partners(), ["Zoé"])
        self.assertEqual(self.mode(path), 0o600)
        self.assertEqual(term.leave(), 0)

    def test_open_on_the_open_session_with_unsaved_changes_asks_first(self):
        term = self.conflict()
        term.line("open shared")
        term.wait_for("drop them?")
        term.line("no")
        term.wait_for("Nothing reopened")
        term.wait_ready()
        term.command("partner list")
        self.assertIn("Mine", term.scrollback().split("partner list")[-1])
        before = term.prompts()
        term.line("open shared")
        term.wait_for("drop them?", count=2)
        term.line("yes")
        term.wait_prompt(before + 1)
        screen = term.command("partner list")
        self.assertNotIn("Mine", screen.split("partner list")[-1])
        self.assertEqual(self.partners(), ["Zoé", "Marc", "Other"])
        self.assertEqual(term.leave(), 0)

    def test_open_on_the_open_session_with_unsaved_changes_refuses_in_a_script(self):
        self.ok(["-c", "new Shared"])
        code, out, err = self.tandem(["-c", "open shared; note not yet saved; open shared"])
        self.assertEqual(code, 1)
        self.assertIn('"shared" is open here with changes that are not saved', err)
        self.assertIn('"reload"', err)


if __name__ == "__main__":
    unittest.main()
