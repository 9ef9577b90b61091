"""A session with 1,000 partners (issue 12): every view runs to the end
without a trap and leaves the file as it is, exports are written whole, `open`
names the first partners and counts the rest, and Ctrl-C during a long export
at a terminal leaves no file; Ctrl-C in a script stops it between commands,
saves what was done and exits 130. Functional only: no time is asserted (each run
has the harness's generous timeout)."""
import os
import signal
import subprocess
import time
import unittest

from harness import BIN, TandemCase
from large_session import large_session
import json

PARTNERS = 1000
VIEWS = ["expect list", "stages show", "health show", "status", "phase", "report", "map show", "risks show",
         "actions", "partner list", "show p1000"]


def cpu_ticks(pid):
    """The processor time a process has used (user + system, in clock ticks)."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])


class LargeSessionTests(TandemCase):
    def write_session(self, name="grand", partners=PARTNERS):
        os.makedirs(self.box.sessions, mode=0o700, exist_ok=True)
        path = self.box.session_path(name)
        with open(path, "w", encoding="utf-8") as f:
            json.dump(large_session(partners, "Grand réseau"), f, ensure_ascii=False, indent=2, sort_keys=True)
            f.write("\n")
        return path

    def test_every_view_runs_whole_and_leaves_the_file(self):
        path = self.write_session()
        before = self.snapshot(path)
        for view in VIEWS:
            code, out, err = self.tandem(["-c", f"open grand; {view}"], timeout=120)
            self.assertEqual(code, 0, f"{view}: exit {code}\n{err[-2000:]}")
            self.assertNoTrap(out + err)
            self.assertEqual(err, "", f"{view}: {err[-2000:]}")
            self.assertUntouched(path, before)
        # The views name partners far down the list.
        out = self.ok(["-c", "open grand; expect list"], timeout=120)
        self.assertIn("Partner 01000 Été", out)

    def test_open_names_ten_partners_and_counts_the_others(self):
        self.write_session()
        out = self.ok(["-c", "open grand"], timeout=120)
        flat = " ".join(out.split())
        self.assertIn("Partner 00010 Été and 990 more (\"partner list\" shows them all)", flat)
        self.assertNotIn("Partner 00011 Été", out)
        out = self.ok(["-c", "open grand"], env={"TANDEM_LANG": "fr"}, timeout=120)
        flat = " ".join(out.replace("\u00a0", "~").split())
        self.assertIn("Partner 00010 Été et 990 autres («~partner list~» les montre tous)", flat)

    def test_exports_are_written_whole(self):
        self.write_session()
        self.ok(["-c", "open grand; export report; export report --html; export proposal"], timeout=120)
        for name in ["grand-report.en.md", "grand-report.en.html", "grand-proposal.en.md"]:
            path = os.path.join(self.box.work, name)
            self.assertTrue(os.path.exists(path), name)
            with open(path, encoding="utf-8") as f:
                text = f.read()
            self.assertIn("Partner 01000", text, name)
        self.assertGreater(os.path.getsize(os.path.join(self.box.work, "grand-report.en.md")), 500_000)

    def test_ctrl_c_during_a_long_export_writes_nothing(self):
        self.write_session(partners=4000)
        term = self.terminal(env={"NO_COLOR": "1"})
        term.wait_ready(timeout=30)
        term.command("open grand", timeout=120)
        target = os.path.join(self.box.work, "grand-report.en.md")
        pid = term.pid()
        term.line(f"export report {target}")
        # Ctrl-C once the export is under way: the program is using the processor (it takes seconds).
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            before = cpu_ticks(pid)
            time.sleep(0.2)
            if cpu_ticks(pid) > before:
                break
        term.keys("C-c")
        term.wait_ready(timeout=120)
        screen = term.scrollback()
        self.assertNoTrap(screen)
        self.assertFalse(os.path.exists(target), "an interrupted export wrote its file")
        self.assertEqual([n for n in os.listdir(self.box.work) if "report" in n], [], "no partial file")
        # The shell is still there, and the export runs when not interrupted.
        term.command(f"export report {target}", timeout=120)
        self.assertTrue(os.path.exists(target), term.scrollback()[-1500:])
        self.assertEqual(term.leave(timeout=30), 0)

    def test_ctrl_c_in_a_script_saves_what_was_done_and_stops(self):
        path = self.write_session()
        # How long opening and one note take here, to interrupt well after them
        # and long before the end of 300 reports.
        started = time.monotonic()
        self.ok(["-c", "open grand; note mesure"], timeout=120)
        first = time.monotonic() - started
        for mode in ["-c", "file"]:
            with self.subTest(mode=mode):
                if mode == "-c":
                    # The quotes keep " ; " in the note: -c splits at ";" outside quotes.
                    args = ["-c", 'open grand; note "avant ; -c"', "-c", "; ".join(["report"] * 300 + ["note après -c"])]
                else:
                    lines = ["open grand", "note avant ; file"] + ["report"] * 300 + ["note après file"]
                    args = [self.script("\n".join(lines) + "\n")]
                proc = subprocess.Popen([BIN] + args, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                        env=self.box.env(), cwd=self.box.work)
                time.sleep(3 * first + 1)
                proc.send_signal(signal.SIGINT)
                out, err = proc.communicate(timeout=120)
                out, err = out.decode("utf-8", "replace"), err.decode("utf-8", "replace")
                self.assertNoTrap(out + err)
                self.assertEqual(proc.returncode, 130, err[-2000:])
                self.assertRegex(err, r"(-c|script\.tandem):\d+: Interrupted \(Ctrl-C\): the changes made so far "
                                      r"are saved; the rest of the script did not run\.")
                self.assertIn("Partner 00001", out)  # a report was under way
                with open(path, encoding="utf-8") as f:
                    notes = [n["text"] for n in json.load(f)["notes"]]
                self.assertIn(f"avant ; {mode}", notes)
                self.assertNotIn(f"après {mode}", notes)


if __name__ == "__main__":
    unittest.main()
