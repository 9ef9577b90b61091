"""Saves that cannot race (issue 9, item 1).

Pairs of real processes are started at the same instant: each is forked,
waits on a pipe that the parent then closes, and only then execs the binary,
so both reach their save together. Whatever the timing, a process that says
it saved must find its change in the file: of two simultaneous saves of one
session exactly one wins and the other exits 1 with the conflict message; of
two `new` with one title one creates the file and the other is refused.

TANDEM_RACE_PAIRS sets how many pairs (default 40). The counts are printed
(`race: ...`) so a run shows how often the two saves really met.
"""
import json
import os
import time
import unittest

import harness
from harness import TandemCase

PAIRS = int(os.environ.get("TANDEM_RACE_PAIRS") or 40)


def start_together(case, commands):
    """Runs one `tandem -c CMD` per command, released at the same instant.
    Returns [(exit code, stdout, stderr)] in the order given."""
    env = case.box.env()
    read_end, write_end = os.pipe()
    children = []
    for i, command in enumerate(commands):
        out = os.path.join(case.box.root, f"race-{i}.out")
        err = os.path.join(case.box.root, f"race-{i}.err")
        pid = os.fork()
        if pid == 0:  # the child: wait for the start, then become Tandem
            try:
                os.close(write_end)
                os.read(read_end, 1)  # returns when the parent closes its end
                os.chdir(case.box.work)
                fd_out = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
                fd_err = os.open(err, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
                os.dup2(fd_out, 1)
                os.dup2(fd_err, 2)
                os.execve(harness.BIN, [harness.BIN, "-c", command], env)
            finally:
                os._exit(127)
        children.append((pid, out, err))
    os.close(read_end)
    time.sleep(0.05)  # every child is waiting on the pipe
    os.close(write_end)
    results = []
    deadline = time.monotonic() + 20
    for pid, out, err in children:
        while True:
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                break
            if time.monotonic() > deadline:
                os.kill(pid, 9)
                os.waitpid(pid, 0)
                raise AssertionError(f"a racing tandem ({commands}) did not finish")
            time.sleep(0.005)
        with open(out, encoding="utf-8", errors="replace") as f:
            stdout = f.read()
        with open(err, encoding="utf-8", errors="replace") as f:
            stderr = f.read()
        results.append((os.waitstatus_to_exitcode(status), stdout, stderr))
    return results


class SimultaneousSaves(TandemCase):
    def notes(self, name):
        return [n["text"] for n in self.load_session(name).get("notes", [])]

    def test_two_saves_of_one_session_never_lose_a_note(self):
        # A session of some size: reading and writing it takes long enough for two runs to overlap.
        self.ok([self.script("new Race\n" + "".join(f"note earlier note {n}\n" for n in range(400)))])
        lost = both = conflicts = 0
        problems = []
        for i in range(PAIRS):
            texts = [f"pair {i} from A", f"pair {i} from B"]
            results = start_together(self, [f"open race; note {t}" for t in texts])
            notes = self.notes("race")
            saved = [t for t, (code, out, _) in zip(texts, results) if code == 0]
            for (code, out, err) in results:
                self.assertNoTrap(out + err)
                if code == 0:
                    if "Note kept" not in out or err:
                        problems.append(f"pair {i}: saved, but said {out!r} {err!r}")
                elif code != 1 or "was changed on disk by another program" not in err:
                    problems.append(f"pair {i}: exit {code} without the conflict message: {err!r}")
                else:
                    conflicts += 1
                    if '"reload"' not in err:
                        problems.append(f"pair {i}: the conflict message does not point to reload: {err!r}")
            if any(t not in notes for t in saved):
                lost += 1
            elif len(saved) == 2:
                both += 1
            if not saved:
                problems.append(f"pair {i}: neither save succeeded: {results}")
        print(f"\nrace: {PAIRS} pairs of saves: {lost} lost a note reported saved, "
              f"{conflicts} refused as a conflict, {both} both saved whole (one after the other)")
        self.assertEqual(lost, 0, f"{lost} of {PAIRS} pairs reported a note saved that is not in the file")
        self.assertEqual(problems[:3], [])
        self.assertEqual(len(self.notes("race")), len(set(self.notes("race"))))

    def test_two_new_with_one_title_never_replace_a_file(self):
        replaced = refused = 0
        problems = []
        for i in range(PAIRS):
            # Two spellings of one title: one file name, and the title says who wrote the file.
            titles = [f"Same {i}", f"SAME {i}"]
            results = start_together(self, [f"new {t}" for t in titles])
            created = [t for t, (code, _, _) in zip(titles, results) if code == 0]
            for (code, out, err) in results:
                self.assertNoTrap(out + err)
                if code != 0:
                    if code != 1 or f'a session named "same-{i}" already exists' not in err:
                        problems.append(f"pair {i}: exit {code} without the exists message: {err!r}")
                    refused += 1
            if not created:
                problems.append(f"pair {i}: neither new succeeded: {results}")
            elif len(created) != 1 or created[0] != self.load_session(f"same-{i}")["title"]:
                replaced += 1
        print(f"\nrace: {PAIRS} pairs of new: {replaced} both created (one file replaced), {refused} refused")
        self.assertEqual(replaced, 0, f"{replaced} of {PAIRS} pairs of 'new' both succeeded or replaced a file")
        self.assertEqual(problems[:3], [])
        leftovers = [n for n in os.listdir(self.box.sessions) if n.startswith(".")]
        self.assertEqual(leftovers, [], "lock or temporary files were left beside the sessions")


class InteractiveRace(TandemCase):
    """Two shells at two terminals press Enter on a note at the same moment, again and again."""

    ROUNDS = 6

    def test_two_shells_saving_at_once_never_lose_a_kept_note(self):
        self.ok(["-c", "new Duo"])
        shells = [self.terminal(), self.terminal()]
        for shell in shells:
            shell.command("open duo")
        for r in range(self.ROUNDS):
            for shell in shells:
                shell.command("reload")
            texts = [f"round {r} shell {k}" for k in range(2)]
            before = [shell.prompts() for shell in shells]
            for shell, text in zip(shells, texts):
                shell.type("note " + text)
            for shell in shells:
                shell.keys("Enter")
            screens = [shell.wait_prompt(count + 1) for shell, count in zip(shells, before)]
            notes = [n["text"] for n in self.load_session("duo").get("notes", [])]
            kept = 0
            for shell, text, screen in zip(shells, texts, screens):
                tail = screen[screen.rfind("note " + text):]
                if "was changed on disk by another program" in tail:
                    self.assertNotIn(text, notes, f"round {r}: a refused note reached the file")
                    self.assertIn('"reload"', tail)
                else:
                    self.assertIn("Note kept", tail)
                    self.assertIn(text, notes, f"round {r}: a note said kept is not in the file:\n{tail}")
                    kept += 1
            self.assertGreaterEqual(kept, 1, f"round {r}: neither shell saved")
        for shell in shells:
            shell.command("reload")  # a refused note is replayed and saved, so leaving loses nothing
            self.assertEqual(shell.leave(), 0)
        notes = [n["text"] for n in self.load_session("duo").get("notes", [])]
        for r in range(self.ROUNDS):
            for k in range(2):
                self.assertIn(f"round {r} shell {k}", notes)

if __name__ == "__main__":
    unittest.main()
