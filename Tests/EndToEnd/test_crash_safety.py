"""Crash safety (issue 5, item 2): SIGKILL at random moments.

- The session file, while a script saves a sizeable session again and again,
  is always a complete old or new version — never torn, never a mix — and
  still opens with Tandem. Temporary files that killed writers leave behind
  (.NAME.json.tmp-PID) are removed by the next save.
- The history file, while lines are typed rapidly into the interactive shell
  (a pty) and while it is trimmed at exit, always keeps its header and only
  complete entries, and still loads.

Kill delays are drawn from the measured length of a whole run, so the kills
fall before, during and between saves whatever the machine's speed.
"""
import json
import os
import random
import re
import select
import signal
import subprocess
import time
import unittest

import harness
from harness import TandemCase, unvis

SEED = int(os.environ.get("TANDEM_CRASH_SEED") or time.time())
TMP = re.compile(r"^\.big\.json\.tmp-(\d+)$")


def history_entries(raw):
    """The entries of a history file; fails unless it is a header then whole lines."""
    assert raw.startswith(b"_HiStOrY_V2_\n"), f"header missing or damaged: {raw[:40]!r}"
    assert raw.endswith(b"\n"), f"the last entry is cut: {raw[-60:]!r}"
    return [unvis(l) for l in raw.split(b"\n")[1:-1]]


def vis(text):
    """The way libedit writes an entry: spaces, backslashes and non-ASCII as octal."""
    out = []
    for b in text.encode("utf-8"):
        if b == 0x5C:
            out.append("\\\\")
        elif b <= 0x20 or b >= 0x7F:
            out.append("\\%03o" % b)
        else:
            out.append(chr(b))
    return "".join(out)


class Pty:
    """The binary on a pseudo-terminal of its own (interactive mode, real libedit)."""

    def __init__(self, case, env=None):
        self.master, slave = os.openpty()
        environment = case.box.env(dict({"TERM": "xterm"}, **(env or {})))
        self.proc = subprocess.Popen([harness.BIN], stdin=slave, stdout=slave, stderr=slave, env=environment,
                                     cwd=case.box.work, start_new_session=True)
        os.close(slave)
        self.output = bytearray()

    def drain(self, wait=0.0):
        while True:
            ready, _, _ = select.select([self.master], [], [], wait)
            if not ready:
                return
            try:
                data = os.read(self.master, 65536)
            except OSError:
                return
            if not data:
                return
            self.output += data
            wait = 0.0

    def send(self, data):
        """Writes keystrokes, draining the output so the program never blocks on it."""
        view = memoryview(data)
        while view:
            self.drain()
            _, writable, _ = select.select([], [self.master], [], 0.05)
            if writable:
                try:
                    n = os.write(self.master, view[:1024])
                except OSError:
                    return
                view = view[n:]
            elif self.proc.poll() is not None:
                return

    def kill(self):
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(5)
        self.drain()
        os.close(self.master)

    def wait(self, timeout=5):
        deadline = time.monotonic() + timeout
        while self.proc.poll() is None and time.monotonic() < deadline:
            self.drain(0.02)
        if self.proc.poll() is None:
            self.kill()
            raise AssertionError(f"the program did not exit; output: {bytes(self.output[-500:])!r}")
        self.drain()
        os.close(self.master)
        return self.proc.returncode


class SessionFileUnderSigkill(TandemCase):
    ITERATIONS = 300
    STEPS = 12

    def setUp(self):
        super().setUp()
        self.random = random.Random(SEED)
        lines = ["new Big", "partner add Zoé", "partner add Marc", "set purpose Base"]
        kinds = ["expectation", "interest", "contribution", "commitment", "concern"]
        for i in range(300):
            lines.append(f'expect add {"Zoé" if i % 2 else "Marc"} {kinds[i % 5]} '
                         f'"Item {i}: a sentence long enough to make the file sizeable — été, façade"')
        for i in range(60):
            lines.append(f'risk add defection "Risk {i} with its own text"')
            lines.append(f"risk rate r{i + 1} {1 + i % 5} {1 + (i * 3) % 5}")
        for i in range(60):
            lines.append(f"action add Base action {i}")
        lines.append("save")
        self.ok(["-f", self.script("\n".join(lines) + "\n", name="setup.tandem")], timeout=30)
        self.path = self.box.session_path("big")
        with open(self.path, "rb") as f:
            self.base_bytes = f.read()
        self.base = json.loads(self.base_bytes)
        steps = ["open big"]
        for j in range(1, self.STEPS + 1):
            steps += [f"action add Step {j}", f"set purpose Step {j}", "save"]
        self.steps = self.script("\n".join(steps) + "\n", name="steps.tandem")

    def restore(self):
        """Puts the base version back (atomically, as another writer would)."""
        temporary = os.path.join(self.box.root, "restore.tmp")
        with open(temporary, "wb") as f:
            f.write(self.base_bytes)
        os.chmod(temporary, 0o600)
        os.replace(temporary, self.path)

    def start(self):
        return subprocess.Popen([harness.BIN, "-f", self.steps], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE, env=self.box.env(), cwd=self.box.work)

    def leftovers(self):
        return {name for name in os.listdir(self.box.sessions) if TMP.match(name)}

    def version(self, raw, context):
        """How many steps the file holds; fails unless it is exactly one version."""
        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as e:
            self.fail(f"{context}: the session file is torn ({len(raw)} bytes): {e}; ends with {raw[-80:]!r}")
        self.assertIsInstance(data, dict, context)
        self.assertEqual(data.get("schemaVersion"), self.base["schemaVersion"], context)
        base_actions = self.base["actions"]
        actions = data["actions"]
        self.assertEqual(actions[:len(base_actions)], base_actions, f"{context}: old actions changed")
        added = actions[len(base_actions):]
        k = len(added)
        self.assertLessEqual(k, self.STEPS, context)
        for j, action in enumerate(added, 1):
            self.assertEqual((action["id"], action["text"]), (f"a{len(base_actions) + j}", f"Step {j}"), context)
        # One version: the purpose was set right after the action of the same step.
        self.assertEqual(data["context"]["purpose"], f"Step {k}" if k else "Base", f"{context}: a mix of versions")
        self.assertEqual(data["counters"]["action"], self.base["counters"]["action"] + k, context)
        for key in self.base:
            if key not in ("actions", "context", "counters", "updatedAt"):
                self.assertEqual(data.get(key), self.base[key], f"{context}: {key} changed")
        return k

    def calibrate(self):
        """How long a run takes to open the session (before its first save), and
        to run whole, without a kill."""
        started = time.monotonic()
        self.ok(["-c", "open big"], timeout=30)
        opening = time.monotonic() - started
        self.restore()
        started = time.monotonic()
        proc = self.start()
        _, err = proc.communicate(timeout=30)
        duration = time.monotonic() - started
        self.assertEqual(proc.returncode, 0, err)
        with open(self.path, "rb") as f:
            self.assertEqual(self.version(f.read(), "calibration"), self.STEPS)
        return min(opening, duration) * 0.7, max(duration, 0.04) * 1.05

    def test_session_file_is_always_a_whole_version(self):
        earliest, latest = self.calibrate()
        counts = {}
        leftovers_seen = 0
        deadline = time.monotonic() + 35  # the whole file stays under ~60 s on a slow machine
        for i in range(self.ITERATIONS):
            if time.monotonic() > deadline:
                break  # a very slow machine: what ran is still a valid test
            before = self.leftovers()
            self.restore()
            proc = self.start()
            # Mostly while saving, sometimes before the first save or after the last.
            time.sleep(self.random.uniform(0, latest) if i % 5 == 0 else self.random.uniform(earliest, latest))
            proc.send_signal(signal.SIGKILL)
            _, err = proc.communicate(timeout=10)
            self.assertIn(proc.returncode, (0, -signal.SIGKILL), f"iteration {i}: {err!r}")
            if proc.returncode == 0:
                self.assertEqual(err, b"")
            context = f"seed {SEED}, iteration {i}"
            with open(self.path, "rb") as f:
                raw = f.read()
            self.assertEqual(self.mode(self.path), 0o600, context)
            k = self.version(raw, context)
            counts[k] = counts.get(k, 0) + 1
            after = self.leftovers()
            leftovers_seen += len(after - before)
            if k > 0:
                # A save ran in this iteration: it removed what earlier killed writers left.
                self.assertEqual(before & after, set(), f"{context}: leftovers of killed writers were not removed")
            for name in after:
                pid = int(TMP.match(name).group(1))
                self.assertNotEqual(pid, os.getpid())
            if i % 50 == 49:
                out = self.ok(["-c", "open big; status"])
                self.assertIn("Big", out)
        mid = sum(n for k, n in counts.items() if 0 < k < self.STEPS)
        self.assertGreaterEqual(mid, 10, f"too few kills fell between saves: {sorted(counts.items())}, "
                                         f"{leftovers_seen} leftovers (seed {SEED})")
        # The file as it was last written opens, and the next save removes every leftover.
        self.ok(["-c", "open big; note final; save"])
        self.assertEqual(self.leftovers(), set())
        self.assertEqual(sorted(os.listdir(self.box.sessions)), ["big.json"])

    def test_leftovers_of_dead_writers_removed_and_live_ones_kept(self):
        dead = subprocess.Popen(["true"])
        dead.wait()
        stale = os.path.join(self.box.sessions, f".big.json.tmp-{dead.pid}")
        live = os.path.join(self.box.sessions, f".big.json.tmp-{os.getpid()}")
        other = os.path.join(self.box.sessions, ".other.json.tmp-1")
        for path in (stale, live, other):
            with open(path, "wb") as f:
                f.write(self.base_bytes[:1000])
        self.ok(["-c", "open big; note hello"])
        self.assertFalse(os.path.exists(stale), "a dead writer's temporary file was left")
        self.assertTrue(os.path.exists(live), "a running writer's temporary file was removed")
        self.assertTrue(os.path.exists(other), "another session's file was touched")
        # Leftovers never hide the session or count as sessions.
        out = self.ok(["-c", "sessions"])
        self.assertNotIn(".tmp-", out)
        self.assertIn("Big", out)


class HistoryUnderSigkill(TandemCase):
    ITERATIONS = 120
    LINES = 40

    def setUp(self):
        super().setUp()
        self.random = random.Random(SEED + 1)
        self.history = self.box.history

    def lines(self, tag):
        return [f"# {tag}-{j} été" + " x" * (j % 7) for j in range(self.LINES)]

    def read_entries(self, context):
        if not os.path.exists(self.history):
            return None
        with open(self.history, "rb") as f:
            raw = f.read()
        try:
            return history_entries(raw)
        except (AssertionError, UnicodeDecodeError) as e:
            self.fail(f"{context}: the history file does not load: {e}")

    def measure(self):
        """How long a shell takes to start and enter all the lines."""
        lines = self.lines("calibration")
        started = time.monotonic()
        term = Pty(self)
        term.send(("\r".join(lines) + "\r").encode())
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            entries = self.read_entries("calibration") or []
            if entries[-1:] == lines[-1:]:
                break
            term.drain(0.005)
        duration = time.monotonic() - started
        term.send(b"\x04")
        self.assertEqual(term.wait(), 0)
        self.assertEqual(self.read_entries("calibration"), lines)
        os.unlink(self.history)
        return duration

    def test_history_always_loads(self):
        duration = max(self.measure(), 0.03)
        expected = []
        complete = 0
        deadline = time.monotonic() + 12
        for i in range(self.ITERATIONS):
            if time.monotonic() > deadline:
                break
            lines = self.lines(f"i{i}")
            term = Pty(self)
            term.send(("\r".join(lines) + "\r").encode())
            time.sleep(self.random.uniform(0, duration * 1.1))
            term.kill()
            context = f"seed {SEED}, iteration {i}"
            entries = self.read_entries(context)
            if entries is None:
                self.assertEqual(expected, [], f"{context}: the history file disappeared")
                continue
            # What was there, then a prefix of this launch's lines: whole entries only.
            self.assertEqual(entries[:len(expected)], expected, f"{context}: earlier entries changed")
            new = entries[len(expected):]
            self.assertEqual(new, lines[:len(new)], f"{context}: a torn or foreign entry")
            if len(new) == len(lines):
                complete += 1
            expected = entries
            self.assertEqual(self.mode(self.history), 0o600)
        self.assertGreater(len(expected), 0, "no line ever reached the history")
        # The history loads in a new shell: its first Up arrow recalls the newest entry,
        # and what it adds is appended (a history that failed to load is left alone).
        term = Pty(self)
        term.send(b"# after the kills\r")
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and (self.read_entries("final") or [])[-1:] != ["# after the kills"]:
            term.drain(0.01)
        term.send(b"\x04")
        self.assertEqual(term.wait(), 0)
        # (Over its 1000-entry limit, the history is trimmed at exit.)
        self.assertEqual(self.read_entries("final"), (expected + ["# after the kills"])[-1000:])
        self.assertEqual(sorted(os.listdir(os.path.dirname(self.history))), ["history"])

    def test_history_trim_at_exit_under_sigkill(self):
        """Over its limit, the history is rewritten at exit: killed in the middle of
        that, it is the whole old file or the whole trimmed one."""
        old = [f"old entry {n} é" for n in range(1100)]
        header = b"_HiStOrY_V2_\n"
        prefill = header + b"".join(vis(e).encode() + b"\n" for e in old)
        os.makedirs(os.path.dirname(self.history), mode=0o700, exist_ok=True)
        outcomes = {"untrimmed": 0, "trimmed": 0}
        exit_time = None
        deadline = time.monotonic() + 8
        for i in range(41):
            if time.monotonic() > deadline:
                break
            with open(self.history, "wb") as f:
                f.write(prefill)
            os.chmod(self.history, 0o600)
            term = Pty(self)
            line = f"# trim {i}"
            term.send(line.encode() + b"\r")
            # Wait until the line is in the file, then leave and kill during the trim.
            until = time.monotonic() + 5
            while time.monotonic() < until and (self.read_entries("trim") or [])[-1:] != [line]:
                term.drain(0.002)
            term.send(b"\x04")
            if exit_time is None:
                # The first run is not killed: it measures how long leaving takes.
                started = time.monotonic()
                self.assertEqual(term.wait(), 0)
                exit_time = max(time.monotonic() - started, 0.002)
            else:
                time.sleep(self.random.uniform(0, exit_time * 1.2))
                term.kill()
            context = f"seed {SEED}, trim iteration {i}"
            entries = self.read_entries(context)
            self.assertIsNotNone(entries, f"{context}: the history file disappeared")
            full = old + [line]
            if entries == full:
                outcomes["untrimmed"] += 1
            else:
                self.assertEqual(entries, full[-len(entries):], f"{context}: not a suffix of the history")
                self.assertGreaterEqual(len(entries), 1000, context)
                outcomes["trimmed"] += 1
        self.assertGreater(sum(outcomes.values()), 0)

    # Regression (fixed): the history trim at exit writes "history.tmp-PID" and renames it;
    # a shell killed between the two leaves that file in $XDG_STATE_HOME/tandem
    # for ever: no later run removes it (the session store removes its own
    # leftovers; the history file does not). Input: a dead writer's
    # history.tmp-PID next to a history over its 1000-entry limit; a shell that
    # enters a line and leaves with Ctrl-D. Expected: the leftover removed.
    def test_history_leftovers_of_dead_writers_removed(self):
        dead = subprocess.Popen(["true"])
        dead.wait()
        os.makedirs(os.path.dirname(self.history), mode=0o700, exist_ok=True)
        with open(self.history, "wb") as f:
            f.write(b"_HiStOrY_V2_\n" + b"".join(f"entry\\040{n}\n".encode() for n in range(1100)))
        os.chmod(self.history, 0o600)
        stale = self.history + f".tmp-{dead.pid}"
        with open(stale, "wb") as f:
            f.write(b"_HiStOrY_V2_\nhalf")
        term = Pty(self)
        term.send(b"# one more\r")
        until = time.monotonic() + 5
        while time.monotonic() < until and (self.read_entries("leftover") or [])[-1:] != ["# one more"]:
            term.drain(0.01)
        term.send(b"\x04")
        self.assertEqual(term.wait(), 0)
        self.assertEqual(len(self.read_entries("leftover")), 1000, "trimmed at exit")
        self.assertFalse(os.path.exists(stale), "a killed trim's temporary file stays for ever")


if __name__ == "__main__":
    unittest.main()
