"""Never a trap, never a silent loss (issue 12, items 1, 2, 3, 4 and 6), each
attack run against the real binary:

- standard streams that fail: stdout closed, on /dev/full or a broken pipe
  (`| head -1`), stderr closed or full, stdin closed or endless (/dev/full):
  the change made before is saved, the exit code says what happened (141 for
  a broken pipe, else 1), never a trap;
- a directory, a named pipe nobody opens or an unreadable file as a script:
  a usage error with a message, in bounded time;
- a byte order mark at the top of a script;
- an ISO-8859-1 terminal (a locale generated with localedef): accented letters
  typed there are stored as UTF-8, none dropped;
- a relative due date past 9999-12-31 (faketime) refused when typed;
- names with a combining mark after "/", a leading mark, invisible format
  characters or fullwidth slashes: refused, the sessions directory unchanged;
- a read-only file system (a tmpfs remounted read-only; root only) for the
  sessions and for the history, a full one for the history, an entry cut
  short by an earlier full disk;
- `tandem | cat` at a terminal still shows its prompt.
"""
import json
import os
import re
import select
import shlex
import shutil
import subprocess
import tempfile
import time
import unittest
from unittest import mock

import harness
from harness import TandemCase
from test_hostile import NOBODY, HostileCase, snapshot_tree

TIMEOUT = 30
COMBINING_ACUTE = "\u0301"


def run_shell(case, command, env=None, timeout=TIMEOUT):
    """Runs a bash command line in the sandbox (TANDEM is the binary); returns (code, stdout, stderr) as text."""
    environment = case.box.env(dict({"TANDEM": harness.BIN}, **(env or {})))
    proc = subprocess.run(["/bin/bash", "--noprofile", "--norc", "-c", command], stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, env=environment, cwd=case.box.work, timeout=timeout)
    return proc.returncode, harness.decode(proc.stdout), harness.decode(proc.stderr)


def mount_tmpfs(case, path, size="1m"):
    """A private tmpfs at `path`, unmounted at the end; skips the test when it cannot be mounted."""
    if os.geteuid() != 0:
        case.skipTest("mounting a tmpfs needs root")
    os.makedirs(path, exist_ok=True)
    proc = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", path],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if proc.returncode != 0:
        case.skipTest(f"cannot mount a tmpfs here: {harness.decode(proc.stderr).strip()}")
    case.addCleanup(lambda: subprocess.run(["umount", "-l", path], stderr=subprocess.DEVNULL))


def remount_read_only(path):
    subprocess.run(["mount", "-o", "remount,ro", path], check=True)


class Streams(TandemCase):
    """What was changed before a stream failed is saved; the exit code says why the run stopped."""

    def setUp(self):
        super().setUp()
        self.ok(["-c", "new Streams; partner add Zoé"])
        # Output well past any pipe buffer, after a change.
        self.long_script = self.script("open streams\nnote kept before the failure\n" + "help\n" * 3000)

    def notes(self):
        return [n["text"] for n in self.load_session("streams")["notes"]]

    def assertSavedAndClean(self, code, err, expected_code):
        self.assertNoTrap(err)
        self.assertEqual(code, expected_code, err)
        self.assertIn("kept before the failure", self.notes())

    def test_broken_pipe_keeps_the_change_and_exits_141(self):
        code, out, err = run_shell(self, f'set -o pipefail; "$TANDEM" {shlex.quote(self.long_script)} | head -1')
        self.assertSavedAndClean(code, err, 141)
        self.assertEqual(out.count("\n"), 1, out)
        self.assertIn("standard output failed (Broken pipe)", err)

    def test_report_into_head_keeps_the_note(self):
        # The brief's own line: with a short output the pipe may never break; the note is kept either way.
        code, out, err = run_shell(self, "set -o pipefail; \"$TANDEM\" -c 'open streams; note y; report' | head -1")
        self.assertNoTrap(err)
        self.assertIn(code, (0, 141), err)
        self.assertIn("y", self.notes())

    def test_stdout_on_dev_full(self):
        code, _, err = run_shell(self, f'"$TANDEM" {shlex.quote(self.long_script)} > /dev/full')
        self.assertSavedAndClean(code, err, 1)
        self.assertIn("No space left on device", err)

    def test_help_and_version_on_a_full_or_closed_stdout(self):
        for redirect in ("> /dev/full", ">&-"):
            for option in ("--help", "--version"):
                with self.subTest(option + " " + redirect):
                    code, _, err = run_shell(self, f'"$TANDEM" {option} {redirect}')
                    self.assertNoTrap(err)
                    self.assertEqual(code, 1)
        code, out, _ = run_shell(self, '"$TANDEM" --version')
        self.assertEqual(code, 0)
        self.assertRegex(out, r"\Atandem \S+\n\Z")

    def test_stdout_closed(self):
        code, _, err = run_shell(self, f'"$TANDEM" {shlex.quote(self.long_script)} >&-')
        self.assertSavedAndClean(code, err, 1)
        self.assertIn("Bad file descriptor", err)

    def test_stderr_closed_or_full_never_reaches_the_session_file(self):
        for redirect in ("2>&-", "2>/dev/full"):
            with self.subTest(redirect):
                # The last command fails: its message has nowhere to go, the run still ends 1.
                code, out, _ = run_shell(
                    self, f"\"$TANDEM\" -c 'open streams; note kept before the failure; bogus' {redirect}")
                self.assertEqual(code, 1, out)
                self.assertNoTrap(out)
                self.assertIn("kept before the failure", self.notes())  # still valid JSON
                code, out, _ = run_shell(self, f"\"$TANDEM\" -c 'open streams; note fine' {redirect}")
                self.assertEqual(code, 0, out)
                self.assertIn("fine", self.notes())

    def test_stdin_closed_or_endless(self):
        code, _, err = run_shell(self, '"$TANDEM" <&-')
        self.assertNoTrap(err)
        self.assertEqual(code, 2, err)
        self.assertIn("stdin: cannot be read", err)
        # /dev/full reads as endless NUL bytes: refused at once, memory never filled.
        started = time.monotonic()
        code, _, err = run_shell(self, '"$TANDEM" < /dev/full')
        self.assertLess(time.monotonic() - started, 10)
        self.assertEqual(code, 2, err)
        self.assertIn("not a text script (a NUL byte at byte 0)", err)


class HungUpTerminal(TandemCase):
    def test_hung_up_terminal_with_sighup_ignored_saves_and_ends(self):
        """nohup-like: SIGHUP ignored, the terminal goes away; reads and writes fail
        with EIO. The shell saves, ends with 1, and never spins."""
        import signal
        master, slave = os.openpty()
        proc = subprocess.Popen([harness.BIN], stdin=slave, stdout=slave, stderr=slave,
                                env=self.box.env({"TERM": "xterm"}), cwd=self.box.work, start_new_session=True,
                                preexec_fn=lambda: signal.signal(signal.SIGHUP, signal.SIG_IGN))
        os.close(slave)
        self.addCleanup(lambda: proc.poll() is None and proc.kill())
        seen = bytearray()

        def wait_for(text):
            deadline = time.monotonic() + 10
            while text not in re.sub(rb"\x1b\[[0-9;]*[A-Za-z]|\x01", b"", bytes(seen)):
                ready, _, _ = select.select([master], [], [], 0.1)
                if ready:
                    seen.extend(os.read(master, 65536))
                self.assertLess(time.monotonic(), deadline, f"no {text!r} in {bytes(seen)!r}")

        wait_for(b"tandem>")
        os.write(master, b"new Hung Up\r")
        wait_for(b"tandem [hung-up]>")
        seen = re.sub(rb"\x1b\[[0-9;]*[A-Za-z]|\x01", b"", bytes(seen))
        self.assertIn(b"tandem [hung-up]>", seen)
        # Changed after the last save, then the terminal hangs up.
        os.write(master, b"note said before the hang-up\r")
        time.sleep(0.5)
        os.close(master)
        code = proc.wait(timeout=10)
        self.assertEqual(code, 1)
        self.assertIn("said before the hang-up", [n["text"] for n in self.load_session("hung-up")["notes"]])


class ScriptPaths(HostileCase):
    """What is not a script file is a usage error with a message; nothing on disk changes."""

    def test_directory_as_script(self):
        before = self.sessions_snapshot()
        os.mkdir(os.path.join(self.box.work, "Sessions-like"))
        out, err = self.attempt(["Sessions-like"], expect=2)
        self.assertEqual(err, "tandem: Sessions-like is a directory, not a script.\n")
        self.assertTreeUnchanged(before)

    def test_named_pipe_nobody_opens(self):
        before = self.sessions_snapshot()
        fifo = os.path.join(self.box.work, "never.fifo")
        os.mkfifo(fifo)
        started = time.monotonic()
        _, err = self.attempt(["-f", fifo], expect=2)
        self.assertLess(time.monotonic() - started, 15)
        self.assertIn("named pipe that no program opened for writing", err)
        self.assertTreeUnchanged(before)

    def test_unreadable_script(self):
        if os.geteuid() != 0:
            self.skipTest("needs root to run as another user")
        before = self.sessions_snapshot()
        path = self.script("note never\n", name="private.tandem")
        os.chmod(path, 0o600)
        os.chmod(self.box.root, 0o755)
        os.chmod(self.box.work, 0o755)
        _, err = self.attempt(["-f", path, "--sessions", self.box.sessions], expect=2, user=NOBODY)
        self.assertIn("private.tandem: cannot be read.", err)
        self.assertTreeUnchanged(before)

    def test_byte_order_mark_before_the_first_command(self):
        path = self.script(b"\xef\xbb\xbfnew Bom\nnote after the mark\n", name="bom.tandem")
        self.attempt(["-f", path], expect=0)
        self.assertEqual([n["text"] for n in self.load_session("bom")["notes"]], ["after the mark"])


class SessionNames(HostileCase):
    """Names are checked on bytes and scalars: a mark after "/" does not hide it."""

    def test_names_that_hide_a_separator_or_print_as_another(self):
        os.mkdir(os.path.join(self.box.sessions, "sub"), 0o700)
        before = self.sessions_snapshot()
        names = ["sub/" + COMBINING_ACUTE + "x", COMBINING_ACUTE + "x", "a\u200bb", "a\u200eb", "a\u2066b",
                 "a\u00adb", "sub\uff0fx", "sub\u2215x", ".\u0301x", "x" + COMBINING_ACUTE * 300]
        for name in names:
            for command in (f'open "{name}"', f'save as "{name}"'):
                with self.subTest(command=repr(command)):
                    setup = "open good; " if command.startswith("save") else ""
                    _, err = self.attempt(["-c", setup + command])
                    self.assertIn("cannot be a session name", err)
        self.assertTreeUnchanged(before)
        self.assertEqual(os.listdir(os.path.join(self.box.sessions, "sub")), [])

    def test_partner_names_that_print_like_another(self):
        before = self.sessions_snapshot()
        for name in ("Zoé\u200b", "Zoé\u200e", "Zo\u00ade", "Zoé\u2060", "Zoé\U000e0041", "Z" + COMBINING_ACUTE * 20000):
            with self.subTest(repr(name[:12])):
                _, err = self.attempt(["-c", f'open good; partner add "{name}"'])
                self.assertIn("-c:2: the name is too long or contains control characters", err)
        self.assertTreeUnchanged(before)


class DateLimits(HostileCase):
    """A relative date past 9999-12-31 is refused when typed: the file stays one Tandem opens."""

    def setUp(self):
        if not shutil.which("faketime"):
            self.skipTest("faketime is not installed (Scripts/test installs it)")
        super().setUp()

    def late(self, commands, expect):
        """Runs -c commands on a clock set to 9999-12-20."""
        code, out, err = run_shell(self, f"faketime '9999-12-20 12:00:00' \"$TANDEM\" -c {shlex.quote(commands)}")
        self.assertNoTrap(err)
        self.assertEqual(code, expect, out + err)
        return out, err

    def test_due_dates_past_9999(self):
        self.late("open good; action add Ship", 0)
        before = self.sessions_snapshot()
        for date in ("+2w", "+12", "+1m", "+9999m"):
            with self.subTest(date):
                _, err = self.late(f"open good; action due a1 {date}", 1)
                self.assertIn("falls after 9999-12-31", err)
                _, err = self.late(f"open good; action add Later --due {date}", 1)
                self.assertIn("falls after 9999-12-31", err)
        self.assertTreeUnchanged(before)
        # Within the range it is kept, and the file opens again.
        self.late("open good; action due a1 +11", 0)
        self.assertEqual(self.load_session("good")["actions"][0]["due"], "9999-12-31")
        self.attempt(["-c", "open good; actions"], expect=0)


class ReadOnlyAndFull(HostileCase):
    """A read-only file system is said as such; history off is said once; no torn history entry."""

    def test_sessions_on_a_read_only_file_system(self):
        mount = os.path.join(self.box.root, "ro")
        mount_tmpfs(self, mount)
        sessions = os.path.join(mount, "sessions")
        os.mkdir(sessions, 0o700)
        shutil.copy(self.good, sessions)
        remount_read_only(mount)
        before = snapshot_tree(sessions)
        _, err = self.attempt(["--sessions", sessions, "-c", "open good; note cannot be written"])
        self.assertIn("read-only file system", err)
        self.assertNotIn("permission denied", err.lower())
        _, err = self.attempt(["--sessions", os.path.join(mount, "new"), "-c", "new Fresh"])
        self.assertIn("read-only file system", err)
        self.assertEqual(snapshot_tree(sessions), before)

    def test_history_on_a_read_only_home_is_said_once(self):
        mount = os.path.join(self.box.root, "rohome")
        mount_tmpfs(self, mount)
        remount_read_only(mount)
        term = self.terminal(env={"HOME": mount, "XDG_STATE_HOME": os.path.join(mount, "state")})
        term.wait_prompt()
        term.command("sessions")
        term.command("help")
        self.assertEqual(term.leave(), 0)
        text = term.scrollback()
        self.assertEqual(text.count("history is off"), 1, text)
        self.assertIn("read-only file system", text)

    def test_history_on_a_full_disk_leaves_no_partial_entry(self):
        mount = os.path.join(self.box.root, "full")
        mount_tmpfs(self, mount, size="64k")
        history = os.path.join(mount, "history")
        # A history file one short entry away from a page boundary, then the disk filled up.
        header = b"_HiStOrY_V2_\n"
        filler_entry = b"x" * 50 + b"\n"
        body = header + filler_entry * ((4096 - 10 - len(header)) // len(filler_entry))
        body += b"y" * (4096 - 10 - len(body) - 1) + b"\n"
        with open(history, "wb") as f:
            f.write(body)
        os.chmod(history, 0o600)
        fd = os.open(os.path.join(mount, "filler"), os.O_WRONLY | os.O_CREAT, 0o600)
        try:
            while True:
                os.write(fd, b"\0" * 4096)
        except OSError:
            pass
        finally:
            os.close(fd)
        self.assertEqual(os.path.getsize(history), 4086)
        term = self.terminal(env={"TANDEM_HISTORY": history})
        term.wait_prompt()
        long_line = "note " + "z" * 200
        term.command(long_line)
        term.command("sessions")
        self.assertEqual(term.leave(), 0)
        text = term.scrollback()
        self.assertEqual(text.count("history is off from now on"), 1, text)
        with open(history, "rb") as f:
            raw = f.read()
        self.assertEqual(raw, body, "a partial entry was left in the history file")
        # Room again: the next launch adds whole entries after the old ones.
        os.unlink(os.path.join(mount, "filler"))
        term = self.terminal(env={"TANDEM_HISTORY": history})
        term.wait_prompt()
        term.command("# after the full disk")
        self.assertEqual(term.leave(), 0)
        with open(history, "rb") as f:
            self.assertEqual(f.read(), body + b"#\\040after\\040the\\040full\\040disk\n")

    def test_entry_cut_short_earlier_is_dropped_not_glued(self):
        with_header = b"_HiStOrY_V2_\nfirst\\040entry\nhalf\\040an\\040ent"
        os.makedirs(os.path.dirname(self.box.history), exist_ok=True)
        with open(self.box.history, "wb") as f:
            f.write(with_header)
        os.chmod(self.box.history, 0o600)
        term = self.terminal()
        term.wait_prompt()
        term.command("sessions")
        self.assertEqual(term.leave(), 0)
        with open(self.box.history, "rb") as f:
            self.assertEqual(f.read(), b"_HiStOrY_V2_\nfirst\\040entry\nsessions\n")


class Terminals(TandemCase):
    """An ISO-8859-1 terminal, and a terminal whose output goes through a pipe."""

    def test_iso_8859_1_terminal_keeps_accented_letters(self):
        if not shutil.which("localedef"):
            self.skipTest("localedef is missing (Scripts/test installs the locales package)")
        locales = os.path.join(self.box.root, "locales")
        os.mkdir(locales)
        proc = subprocess.run(["localedef", "-i", "fr_FR", "-f", "ISO-8859-1", os.path.join(locales, "fr_FR.ISO-8859-1")],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        if not os.path.isdir(os.path.join(locales, "fr_FR.ISO-8859-1")):
            self.skipTest(f"localedef could not build fr_FR.ISO-8859-1: {harness.decode(proc.stderr)[:300]}")
        self.ok(["-c", "new Latin"])
        env = {"LANG": "fr_FR.ISO-8859-1", "LC_ALL": "fr_FR.ISO-8859-1", "LOCPATH": locales}
        term = self.terminal(["--lang", "en"], env=env)
        term.wait_prompt()
        term.command("open latin")
        term.wait_ready()
        before = term.prompts()
        # What an ISO-8859-1 terminal sends for "note café crème": é and è are one byte each.
        term.type("note caf")
        term.tmux("send-keys", "-t", "T", "-H", "e9")
        term.type(" cr")
        term.tmux("send-keys", "-t", "T", "-H", "e8")
        term.type("me")
        term.keys("Enter")
        term.wait_prompt(before + 1)
        self.assertEqual(term.leave(), 0)
        self.assertEqual([n["text"] for n in self.load_session("latin")["notes"]], ["café crème"])

    def test_output_piped_to_cat_still_prompts(self):
        wrapper = os.path.join(self.box.root, "tandem-into-cat")
        with open(wrapper, "w") as f:
            f.write(f"#!/bin/bash\n{shlex.quote(harness.BIN)} \"$@\" | cat\n")
        os.chmod(wrapper, 0o755)
        with mock.patch.object(harness, "BIN", wrapper):
            term = self.terminal()
        # The banner and the prompt reach the terminal (on stderr); what commands
        # print comes through cat, maybe after the next prompt, so no cursor checks.
        term.wait_regex(r"^Tandem .*partnership coaching")
        term.wait_for("tandem>")
        term.line("new Piped")
        term.wait_for("tandem> new Piped")  # the prompt, and the line edited after it
        term.wait_for('New session "Piped"')
        term.wait_until(lambda _: os.path.exists(self.box.session_path("piped")), "the session file")
        term.line("quit")
        self.assertEqual(term.wait_exit(), 0)
        self.assertTrue(os.path.exists(self.box.session_path("piped")))


if __name__ == "__main__":
    unittest.main()
