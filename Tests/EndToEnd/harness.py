"""Helpers for Tandem's end-to-end tests (standard library only).

Every test runs the real binary (TANDEM_BIN, default .build/debug/tandem) in a
sandbox of its own: a temporary HOME, XDG_STATE_HOME, XDG_DATA_HOME and
sessions directory, no TANDEM_* variable unless the test sets one, LANG=C.UTF-8.
The real home is never read or written.

- `run(args, stdin=b"", env=...)` runs one invocation with a timeout and
  returns (code, stdout, stderr) as text; `run_bytes` keeps bytes; `merge=True`
  sends stderr into the same pipe as stdout (to check their order).
  `TandemCase.tandem(args, stdin)` does the same inside the test's sandbox.
- After each test, the sessions Tandem wrote in the sandbox are checked
  against Sessions/schema.json when python3's jsonschema module is there
  (`session_schema_problems`; TANDEM_SCHEMA_CHECK=0 turns it off).
- `Terminal` runs the binary inside a private tmux server (a real pty, real
  libedit) and polls its screen; every wait has a timeout and fails with the
  screen in the message.
"""
import json
import os
import re
import shlex
import shutil
import stat
import subprocess
import tempfile
import time
import unittest

BIN = os.environ.get("TANDEM_BIN") or "/work/main/.build/debug/tandem"


def decode(data):
    return data.decode("utf-8", errors="replace")


class Sandbox:
    """A temporary directory holding home, state, data and sessions."""

    def __init__(self):
        self.root = tempfile.mkdtemp(prefix="tandem-e2e-")
        self.home = os.path.join(self.root, "home")
        self.state = os.path.join(self.root, "state")
        self.data = os.path.join(self.root, "data")
        self.work = os.path.join(self.root, "work")  # current directory of the program
        for d in (self.home, self.state, self.data, self.work):
            os.mkdir(d)
        # Not created: Tandem must create it (and make it private).
        self.sessions = os.path.join(self.root, "sessions")

    def env(self, extra=None):
        """The whole environment of a run: nothing inherited but PATH.
        `extra` adds or overrides variables; a value of None removes one."""
        env = {
            "PATH": os.environ.get("PATH", "/usr/local/bin:/usr/bin:/bin"),
            "HOME": self.home,
            "XDG_STATE_HOME": self.state,
            "XDG_DATA_HOME": self.data,
            "TANDEM_SESSIONS": self.sessions,
            "LANG": "C.UTF-8",
            "SWIFT_BACKTRACE": "enable=no",
        }
        env.update(extra or {})
        return {k: v for k, v in env.items() if v is not None}

    @property
    def history(self):
        return os.path.join(self.state, "tandem", "history")

    def session_path(self, name):
        return os.path.join(self.sessions, name + ".json")

    def cleanup(self):
        shutil.rmtree(self.root, ignore_errors=True)


def unvis(line):
    """One entry of a libedit history file (strvis-encoded: \\ooo octal, \\\\)."""
    out = bytearray()
    i = 0
    while i < len(line):
        if line[i:i + 1] == b"\\" and re.fullmatch(rb"[0-7]{3}", line[i + 1:i + 4] or b""):
            out.append(int(line[i + 1:i + 4], 8))
            i += 4
        elif line[i:i + 2] == b"\\\\":
            out.append(0x5C)
            i += 2
        else:
            out.append(line[i])
            i += 1
    return out.decode("utf-8")


MODULE_KEYS = ("context", "partners", "expectations", "needs", "ratings", "peerRatings", "traits", "tensions",
               "stages", "rules", "risks", "failureScan", "failureScanDays", "health", "phases", "phaseVoices",
               "actions")


def checkpoint_states(session):
    """Each checkpoint's module data whole, oldest first. Schema 2 keeps a
    checkpoint as its changes from the state after it (the next checkpoint's,
    the session's own for the last); schema 1 kept it whole under "state"."""
    import copy
    later = {k: copy.deepcopy(session[k]) for k in MODULE_KEYS if k in session}
    for stage in later.get("stages", []):
        stage.pop("draft", None)  # a gate under way is not part of a checkpoint
    states = []
    for checkpoint in reversed(session.get("checkpoints", [])):
        if "state" in checkpoint:
            state = checkpoint["state"]
        else:
            state = copy.deepcopy(later)
            for key, change in checkpoint.get("changes", {}).items():
                if key in ("context", "failureScan", "failureScanDays"):
                    state[key] = change
                elif "count" in change:
                    items = later.get(key, [])
                    at = change.get("at", {})
                    state[key] = [at[str(i)] if str(i) in at else items[i] for i in range(change["count"])]
                else:
                    gone = set(change.get("absent", []))
                    changed = {item["id"]: item for item in change.get("changed", [])}
                    items = [changed.get(item["id"], item) for item in later.get(key, []) if item["id"] not in gone]
                    placed = {item["id"] for item in items}
                    items += [item for item in change.get("changed", []) if item["id"] not in placed]
                    if "order" in change:
                        rank = {ident: n for n, ident in enumerate(change["order"])}
                        items.sort(key=lambda item: rank.get(item["id"], len(rank)))
                    state[key] = items
        states.append(state)
        later = state
    return list(reversed(states))


def run_bytes(args, stdin=b"", env=None, timeout=10, merge=False, cwd=None):
    """Runs BIN with args and stdin; returns (code, stdout bytes, stderr bytes).
    `env` is the whole environment (see Sandbox.env); merge=True sends stderr
    into stdout's pipe. Fails the test when the program runs past `timeout`."""
    if isinstance(stdin, str):
        stdin = stdin.encode("utf-8")
    try:
        proc = subprocess.run(
            [BIN] + list(args),
            input=stdin,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT if merge else subprocess.PIPE,
            env=env,
            cwd=cwd,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired as e:
        raise AssertionError(f"tandem {args!r} did not finish in {timeout}s; output so far: {e.output!r}")
    return proc.returncode, proc.stdout, proc.stderr or b""


def run(args, stdin=b"", env=None, **kw):
    """Like run_bytes, with stdout and stderr decoded as UTF-8 text."""
    code, out, err = run_bytes(args, stdin, env=env, **kw)
    return code, decode(out), decode(err)


_schema = []


def session_schema_problems(directory):
    """The places where sessions in `directory` break Sessions/schema.json, as
    'file: path: message' lines; none when python3's jsonschema module is
    missing or TANDEM_SCHEMA_CHECK=0. Only files in Tandem's own layout
    ('"schemaVersion" : 2', which Python's json module never writes) are
    checked: tests write damaged or odd files on purpose, and Tandem may keep
    odd values it read; large files are left out to stay fast."""
    if os.environ.get("TANDEM_SCHEMA_CHECK") == "0" or not os.path.isdir(directory):
        return []
    if not _schema:
        try:
            import jsonschema
        except ImportError:
            _schema.append(None)
        else:
            root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
            with open(os.path.join(root, "Sessions", "schema.json"), encoding="utf-8") as f:
                _schema.append(jsonschema.Draft202012Validator(json.load(f), format_checker=jsonschema.FormatChecker()))
    validator = _schema[0]
    if validator is None:
        return []
    problems = []
    for name in sorted(os.listdir(directory)):
        path = os.path.join(directory, name)
        if not name.endswith(".json") or not os.path.isfile(path):
            continue
        try:
            if os.path.getsize(path) > 2_000_000:
                continue
            with open(path, "rb") as f:
                raw = f.read()
            if b'"schemaVersion" : 2,' not in raw:
                continue
            session = json.loads(raw.decode("utf-8"))
        except (OSError, ValueError, RecursionError):
            continue
        if not isinstance(session, dict):
            continue
        for error in validator.iter_errors(session):
            where = "/".join(str(p) for p in error.absolute_path)
            problems.append(f"{name}: {where}: {error.message[:200]}")
    return problems


class TandemCase(unittest.TestCase):
    """A test case with its own sandbox and helpers to run the binary."""

    maxDiff = None

    def setUp(self):
        if not os.access(BIN, os.X_OK):
            self.fail(f"no Tandem binary at {BIN} (build it, or set TANDEM_BIN)")
        self.box = Sandbox()
        self.addCleanup(self.box.cleanup)
        self.addCleanup(self._check_sessions_schema)

    def _check_sessions_schema(self):
        """Every session a test leaves must match Sessions/schema.json (see
        session_schema_problems); a known bug (@unittest.expectedFailure) may leave odd files."""
        if getattr(getattr(self, self._testMethodName, None), "__unittest_expecting_failure__", False):
            return
        problems = session_schema_problems(self.box.sessions)
        if problems:
            self.fail("sessions left by the test do not match Sessions/schema.json:\n" + "\n".join(problems))

    # Running in script mode ------------------------------------------------

    def run_bytes(self, args, stdin=b"", env=None, **kw):
        """Runs BIN in this test's sandbox; returns (code, stdout bytes, stderr bytes)."""
        kw.setdefault("cwd", self.box.work)
        return run_bytes(args, stdin, env=self.box.env(env), **kw)

    def tandem(self, args, stdin=b"", env=None, **kw):
        """Runs BIN in this test's sandbox; returns (code, stdout, stderr) as text."""
        code, out, err = self.run_bytes(args, stdin, env, **kw)
        return code, decode(out), decode(err)

    def ok(self, args, stdin=b"", **kw):
        """Runs and asserts exit 0 and an empty stderr; returns stdout."""
        code, out, err = self.tandem(args, stdin, **kw)
        self.assertEqual(code, 0, f"tandem {args!r} exited {code}\nstdout: {out}\nstderr: {err}")
        self.assertEqual(err, "", f"unexpected stderr from {args!r}")
        return out

    def script(self, text, name="script.tandem", encoding="utf-8"):
        """Writes a script file in the sandbox; returns its path."""
        path = os.path.join(self.box.work, name)
        with open(path, "wb") as f:
            f.write(text if isinstance(text, bytes) else text.encode(encoding))
        return path

    # Files -------------------------------------------------------------------

    def load_session(self, name):
        with open(self.box.session_path(name), "rb") as f:
            raw = f.read()
        return json.loads(raw.decode("utf-8"))

    def mode(self, path):
        return stat.S_IMODE(os.lstat(path).st_mode)

    def snapshot(self, path):
        """Bytes and stat details of a file, to check it was left untouched."""
        st = os.lstat(path)
        with open(path, "rb") as f:
            return f.read(), st.st_ino, st.st_mtime_ns, stat.S_IMODE(st.st_mode)

    def assertUntouched(self, path, before):
        self.assertTrue(os.path.lexists(path), f"{path} disappeared")
        after = self.snapshot(path)
        self.assertEqual(after[0], before[0], f"{path}: content changed")
        self.assertEqual(after[1:], before[1:], f"{path}: inode, mtime or mode changed")

    def assertNoStrayFiles(self, directory, allowed):
        """Only the expected entries (no temporary files left behind)."""
        self.assertEqual(sorted(os.listdir(directory)), sorted(allowed))

    def assertNoTrap(self, text):
        for marker in ("Fatal error", "Swift runtime failure", "Stack dump", "Backtrace", "Illegal instruction"):
            self.assertNotIn(marker, text)

    # Terminal ----------------------------------------------------------------

    def terminal(self, args=(), env=None, **kw):
        term = Terminal(self.box, args, env=env, **kw)
        self.addCleanup(term.close)
        return term


_counter = [0]


class Terminal:
    """The binary in a private tmux server: a real terminal, 100x30."""

    PROMPT = re.compile(r"^(tandem|tandem \[[^\]]*\])> ?")
    TIMEOUT = 5.0

    def __init__(self, box, args=(), env=None, width=100, height=30, wrapper=()):
        """`wrapper` goes before the binary (["faketime", "2026-12-22 10:00:00"] freezes its clock)."""
        _counter[0] += 1
        self.box = box
        self.socket = f"tandem-e2e-{os.getpid()}-{_counter[0]}-{int(time.time() * 1000) % 100000}"
        self.closed = False
        environment = box.env(env)
        environment.setdefault("TERM", "screen")
        # bash (not sh) in front: a non-interactive bash waiting for a child
        # survives a Ctrl-C the child handles, then records the exit status in
        # a file (tmux's own pane_dead_status is sometimes left empty). The
        # pane stays after the program ends, so the screen can still be read.
        self.status_file = os.path.join(box.root, f"exit-{_counter[0]}")
        self.argv = ["env", "-i"] + [f"{k}={v}" for k, v in sorted(environment.items())] + list(wrapper) + [BIN] + list(args)
        script = " ".join(shlex.quote(w) for w in self.argv)
        script += f"; code=$?; echo EXIT=$code; echo $code > {shlex.quote(self.status_file)}.tmp"
        script += f" && mv {shlex.quote(self.status_file)}.tmp {shlex.quote(self.status_file)}"
        command = ["/bin/bash", "--noprofile", "--norc", "-c", script]
        conf = os.path.join(box.root, "tmux.conf")
        with open(conf, "w") as f:
            f.write("set -g remain-on-exit on\nset -g history-limit 5000\nset -g status off\n")
        self._tmux_env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": box.home,
            "SHELL": "/bin/sh",
            "TERM": "xterm",
            "LANG": "C.UTF-8",
            "TMUX_TMPDIR": box.root,
        }
        self.tmux("-f", conf, "new-session", "-d", "-s", "T", "-x", str(width), "-y", str(height), "--", *command)

    def tmux(self, *args, check=True):
        proc = subprocess.run(
            ["tmux", "-L", self.socket] + list(args),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=self._tmux_env,
            timeout=10,
        )
        if check and proc.returncode != 0:
            raise AssertionError(f"tmux {args!r} failed: {decode(proc.stderr)}")
        return decode(proc.stdout)

    @staticmethod
    def _escape(arg):
        # A ";" ending an argument separates tmux commands: escape it.
        return arg[:-1] + "\\;" if arg.endswith(";") else arg

    def keys(self, *names):
        """Sends key names (Enter, Tab, C-c, C-d, Up, BSpace …)."""
        self.tmux("send-keys", "-t", "T", *[self._escape(n) for n in names])

    def type(self, text):
        """Sends text literally (no key-name lookup)."""
        self.tmux("send-keys", "-t", "T", "-l", self._escape(text))

    def line(self, text):
        """Types a line and presses Enter."""
        self.type(text)
        self.keys("Enter")

    def screen(self, escapes=False):
        """The visible screen (with SGR escape sequences when escapes=True)."""
        args = ["capture-pane", "-p", "-t", "T"] + (["-e"] if escapes else [])
        return self.tmux(*args)

    def scrollback(self):
        """Everything printed so far, history included."""
        return self.tmux("capture-pane", "-p", "-t", "T", "-S", "-", "-E", "-", "-J")

    def cursor(self):
        x, y = self.tmux("display-message", "-p", "-t", "T", "#{cursor_x} #{cursor_y}").split()
        return int(x), int(y)

    def cursor_line(self):
        _, y = self.cursor()
        lines = self.screen().split("\n")
        return lines[y] if y < len(lines) else ""

    def wait_until(self, predicate, what, timeout=None):
        deadline = time.monotonic() + (timeout or self.TIMEOUT)
        delay = 0.01
        while True:
            text = self.scrollback()
            if predicate(text):
                return text
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for {what}; screen:\n{text}")
            time.sleep(delay)
            delay = min(delay * 2, 0.1)

    def wait_for(self, text, timeout=None, count=1):
        """Waits until `text` appears (at least `count` times) on screen or in the scrollback."""
        return self.wait_until(lambda s: s.count(text) >= count, repr(text), timeout)

    def wait_regex(self, pattern, timeout=None):
        rx = re.compile(pattern, re.M)
        return self.wait_until(lambda s: rx.search(s) is not None, f"/{pattern}/", timeout)

    def prompts(self, text=None):
        """How many prompts have been printed so far."""
        text = self.scrollback() if text is None else text
        return sum(1 for l in text.split("\n") if self.PROMPT.match(l))

    def wait_prompt(self, count=1, timeout=None):
        """Waits until at least `count` prompts were printed and the cursor sits after the last."""

        return self.wait_until(lambda text: self.prompts(text) >= count and self.ready(), f"prompt #{count}", timeout)

    def ready(self):
        """True when the cursor sits on an empty prompt line."""
        line = self.cursor_line().rstrip()
        return self.PROMPT.match(line + " ") is not None and line.endswith(">")

    def wait_ready(self, timeout=None):
        """Waits for an empty prompt under the cursor (keys typed ahead of it could
        reach the terminal in cooked mode, where Tab and Ctrl keys mean other things)."""
        return self.wait_until(lambda _: self.ready(), "an empty prompt", timeout)

    def command(self, text, timeout=None):
        """At an empty prompt, types a command, presses Enter and waits for the next prompt."""
        self.wait_ready(timeout)
        before = self.prompts()
        self.line(text)
        return self.wait_prompt(before + 1, timeout)

    def leave(self, timeout=None):
        """Empties the line, waits for the prompt, presses Ctrl-D; returns the exit code."""
        self.keys("C-u")
        self.wait_ready(timeout)
        self.keys("C-d")
        return self.wait_exit(timeout)

    def pid(self):
        """The process id of the program (the child of the bash in front of it)."""
        shell = self.tmux("display-message", "-p", "-t", "T", "#{pane_pid}").strip()
        deadline = time.monotonic() + self.TIMEOUT
        while time.monotonic() < deadline:
            try:
                with open(f"/proc/{shell}/task/{shell}/children") as f:
                    children = f.read().split()
            except OSError:
                children = []
            if children:
                return int(children[0])
            time.sleep(0.01)
        raise AssertionError("the program has no process")

    def exited(self):
        """The exit code once the program has ended (128+N when killed by signal N), else None."""
        try:
            with open(self.status_file) as f:
                return int(f.read())
        except (OSError, ValueError):
            return None

    def wait_exit(self, timeout=None):
        """Waits for the program to end; returns its exit code."""
        deadline = time.monotonic() + (timeout or self.TIMEOUT)
        while True:
            code = self.exited()
            if code is not None:
                return code
            if time.monotonic() > deadline:
                raise AssertionError(f"the program did not exit; screen:\n{self.scrollback()}")
            time.sleep(0.02)

    def close(self):
        if not self.closed:
            self.closed = True
            self.tmux("kill-server", check=False)
