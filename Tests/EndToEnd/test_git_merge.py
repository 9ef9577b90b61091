"""Sessions kept in git: `tandem merge` as the merge driver, with a real git.

- two branches editing one session (notes, risks, actions, ratings) merge
  through the driver without conflict: both sides' items kept, colliding ids
  renumbered, and the result opens and matches Sessions/schema.json;
- a field changed differently on both sides is recorded as a conflict inside
  a valid session, said at `open`, listed by `conflicts` and settled by
  `conflict settle`;
- a side that does not parse is an error (exit 2) that leaves OURS untouched;
- a file merged without the driver (conflict markers) gets a message that
  points to the README's section, not "not valid JSON";
- `git diff --numstat`: one note changes at most 10 lines, one checkpoint at most 60."""
import json
import os
import shutil
import subprocess
import unittest

import harness
from harness import TandemCase

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
EXAMPLE = os.path.join(ROOT, "Sessions", "examples", "hearing-screening-app.json")


@unittest.skipIf(shutil.which("git") is None, "git is missing (Scripts/test installs it)")
class GitMergeTests(TandemCase):
    def setUp(self):
        super().setUp()
        self.repo = os.path.join(self.box.root, "repo")
        self.folder = os.path.join(self.repo, "Sessions")
        os.makedirs(self.folder)
        self.git("init", "-q", "-b", "main")
        self.git("config", "user.name", "Coach")
        self.git("config", "user.email", "coach@example.org")
        self.git("config", "commit.gpgsign", "false")

    def git(self, *args, check=True):
        env = self.box.env({"GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": os.devnull})
        proc = subprocess.run(["git", *args], cwd=self.repo, env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, timeout=60)
        out = harness.decode(proc.stdout) + harness.decode(proc.stderr)
        if check:
            self.assertEqual(proc.returncode, 0, f"git {' '.join(args)}:\n{out}")
        return proc.returncode, out

    def use_driver(self):
        """The two lines of the README's "Sharing sessions with git"."""
        with open(os.path.join(self.folder, ".gitattributes"), "w") as f:
            f.write("*.json merge=tandem\n")
        self.git("config", "merge.tandem.driver", f"{harness.BIN} merge %O %A %B")

    def session(self, commands, name="app"):
        """Runs commands on the session in the repository's folder, as a coach would."""
        args = ["--sessions", self.folder, "-c", f"open {name}"]
        for command in commands:
            args += ["-c", command]
        return self.ok(args)

    def start(self):
        """The example, opened and saved once by this build (so it is in the current format), committed."""
        shutil.copy(EXAMPLE, os.path.join(self.folder, "app.json"))
        self.session(["save"])
        self.git("add", "-A")
        self.git("commit", "-qm", "base")

    def file(self):
        with open(os.path.join(self.folder, "app.json"), "rb") as f:
            return f.read()

    def numstat(self):
        _, out = self.git("diff", "--numstat")
        added, removed, _ = out.split("\t")
        return int(added) + int(removed)

    def assertMatchesSchema(self, data):
        import test_schema
        if test_schema.jsonschema is None:
            return
        problems = test_schema.schema_errors(data) + test_schema.integrity_errors(data)
        self.assertEqual(problems, [], "\n".join(problems))

    def branches(self, ours, theirs):
        """Commits `theirs` on a branch and `ours` on main, then merges the branch into main."""
        self.git("checkout", "-qb", "theirs")
        self.session(theirs)
        self.git("commit", "-qam", "theirs")
        self.git("checkout", "-q", "main")
        self.session(ours)
        self.git("commit", "-qam", "ours")
        return self.git("merge", "--no-edit", "theirs", check=False)

    def test_two_branches_merge_through_the_driver_without_conflict(self):
        self.use_driver()
        self.start()
        before = json.loads(self.file())
        code, out = self.branches(
            ours=["note Ours: the clinic wants a pilot", "risk add value Our risk", "action add Our action",
                  "risk rate r1 1 2", "map rate p1 n1 1"],
            theirs=["note Theirs: the school joins", "risk add evaluation Their risk", "action add Their action",
                    "risk mitigate r2 Their mitigation", "health rate p2 trust 2"])
        self.assertEqual(code, 0, out)
        self.assertNotIn("CONFLICT", out)
        data = json.loads(self.file())
        self.assertNotIn("conflicts", data)
        self.assertMatchesSchema(data)
        risks = {r["text"]: r["id"] for r in data["risks"]}
        actions = {a["text"]: a["id"] for a in data["actions"]}
        self.assertIn("Our risk", risks)
        self.assertIn("Their risk", risks)
        self.assertNotEqual(risks["Our risk"], risks["Their risk"])
        self.assertEqual(len(set(r["id"] for r in data["risks"])), len(data["risks"]))
        self.assertEqual(len(set(a["id"] for a in data["actions"])), len(data["actions"]))
        self.assertEqual(len(data["risks"]), len(before["risks"]) + 2)
        self.assertNotEqual(actions["Our action"], actions["Their action"])
        texts = [n["text"] for n in data["notes"]]
        self.assertIn("Ours: the clinic wants a pilot", texts)
        self.assertIn("Theirs: the school joins", texts)
        r1 = next(r for r in data["risks"] if r["id"] == "r1")
        r2 = next(r for r in data["risks"] if r["id"] == "r2")
        self.assertEqual((r1["likelihood"], r1["impact"]), (1, 2))
        self.assertEqual(r2["mitigation"], "Their mitigation")
        self.assertTrue(any(h["partner"] == "p2" and h["score"] == 2 for h in data["health"]))
        self.assertTrue(any(r["partner"] == "p1" and r["need"] == "n1" and r["score"] == 1 for r in data["ratings"]))
        _, status = self.git("status", "--porcelain")
        self.assertEqual(status.strip(), "")
        out = self.session(["risks show", "actions"])
        self.assertIn("Their risk", out)
        self.assertIn("Our action", out)

    def test_a_true_conflict_is_recorded_then_settled(self):
        self.use_driver()
        self.start()
        code, out = self.branches(ours=["risk rate r1 5 5"], theirs=["risk rate r1 2 5"])
        self.assertNotEqual(code, 0, out)
        raw = self.file()
        self.assertNotIn(b"<<<<<<<", raw)
        data = json.loads(raw)  # valid JSON, holding the conflict
        self.assertMatchesSchema(data)
        self.assertEqual([(c["field"], c["item"], c["key"], c["ours"], c["theirs"]) for c in data["conflicts"]],
                         [("risks", "r1", "likelihood", "5", "2")])
        opened = self.session([])
        self.assertIn('"conflicts" lists them', opened)
        listed = self.session(["conflicts"])
        self.assertIn("x1  risks r1 likelihood", listed)
        self.assertIn("theirs: 2", listed)
        code, out, err = self.tandem(["--sessions", self.folder, "-c", "open app", "-c", "conflict settle x1 seven"])
        self.assertEqual(code, 1)
        self.assertIn('"seven" is not a value', err)
        self.assertEqual(self.file(), raw, "a refused settle changes nothing on disk")
        out = self.session(["conflict settle x1 theirs"])
        self.assertIn("Conflict x1 settled (risks r1 likelihood); 0 left.", out)
        data = json.loads(self.file())
        self.assertNotIn("conflicts", data)
        r1 = next(r for r in data["risks"] if r["id"] == "r1")
        self.assertEqual((r1["likelihood"], r1["impact"]), (2, 5))
        self.assertIn("No conflicts", self.session(["conflicts"]))
        self.git("add", "-A")
        self.git("commit", "-qm", "merged")

    def test_the_driver_refuses_a_side_that_does_not_parse_and_leaves_ours(self):
        self.start()
        ours = os.path.join(self.box.root, "ours.json")
        theirs = os.path.join(self.box.root, "theirs.json")
        base = os.path.join(self.folder, "app.json")
        shutil.copy(base, ours)
        with open(theirs, "w") as f:
            f.write('{"schemaVersion": 2, "title": ')
        before = self.snapshot(ours)
        code, out, err = self.tandem(["merge", base, ours, theirs])
        self.assertGreaterEqual(code, 2, out + err)
        self.assertIn("left as it was", err)
        self.assertUntouched(ours, before)
        code, out, err = self.tandem(["merge", base, ours])
        self.assertEqual(code, 2)
        self.assertIn("exactly three files", err)

    def test_the_driver_in_french(self):
        self.start()
        path = os.path.join(self.folder, "app.json")
        ours = os.path.join(self.box.root, "ours.json")
        theirs = os.path.join(self.box.root, "theirs.json")
        shutil.copy(path, ours)
        shutil.copy(path, theirs)
        code, out, err = self.tandem(["--lang", "fr", "merge", path, ours, theirs])
        self.assertEqual(code, 0, err)
        self.assertIn("fusionnée sans conflit", out)

    def test_a_file_with_conflict_markers_points_to_the_readme(self):
        self.start()  # no driver: git writes its markers into the file
        code, out = self.branches(ours=["note Ours"], theirs=["note Theirs"])
        self.assertNotEqual(code, 0, out)
        self.assertIn(b"<<<<<<<", self.file())
        code, out, err = self.tandem(["--sessions", self.folder, "-c", "open app"])
        self.assertEqual(code, 1)
        self.assertIn("git conflict markers", err)
        self.assertIn("Sharing sessions with git", err)
        self.assertIn("merge.tandem.driver", err)
        self.assertNotIn("not valid JSON", err)
        code, out, err = self.tandem(["--lang", "fr", "--sessions", self.folder, "-c", "open app"])
        self.assertIn("Partager des sessions avec git", err)

    def test_one_note_and_one_checkpoint_are_small_diffs(self):
        self.start()
        self.session(["note The clinic called back"])
        note = self.numstat()
        self.assertLessEqual(note, 10, "lines changed by one note")
        self.git("commit", "-qam", "note")
        self.session(["checkpoint After the call"])
        checkpoint = self.numstat()
        self.assertLessEqual(checkpoint, 60, "lines changed by one checkpoint")
        self.git("commit", "-qam", "checkpoint")
        # An edit after a checkpoint adds the item's older version to it, once.
        self.session(["risk rate r1 5 5"])
        edit = self.numstat()
        self.assertLessEqual(edit, 30, "lines changed by one rating after a checkpoint")
        print(f"\n  git diff --numstat: note {note}, checkpoint {checkpoint}, risk rated after it {edit}")


if __name__ == "__main__":
    unittest.main()
