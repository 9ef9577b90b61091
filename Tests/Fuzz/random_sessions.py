#!/usr/bin/env python3
"""Random use of the real binary against copies of the example sessions.

  random_sessions.py commands SECONDS   random commands built from the declared
                                        command table (the usage lines `help NAME` prints)
  random_sessions.py guide SECONDS      the guided flows driven with random answers

Each run is one process (`tandem -c 'open NAME; COMMAND'`, or a script on stdin
for the guide). After each one: no trap (exit 0, 1 or 2, no "Fatal error"),
and every session file left is JSON that Tandem opens again (and, when
python3's jsonschema is there, matches Sessions/schema.json). A failure is
written to FUZZ_OUT (default .build/fuzz/TARGET/) with the command that caused
it, and the run stops with exit 1. FUZZ_SEED makes a run repeatable.
"""
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN = os.environ.get("TANDEM_BIN") or os.path.join(ROOT, ".build", "debug", "tandem")
EXAMPLES = os.path.join(ROOT, "Sessions", "examples")

TEXTS = [
    "a", "Julien a dit « on verra » ; à garder # vraiment", '"quoted" words', "'single'", "x;y#z",
    "e\u0301cole", "Zoe\u0301", "\u200bhidden", "\u202eevil", "emoji 🤝🏽", "tab\there", "--owner", "--due", "-",
    "none", "aucun", "%s %n {title}", "\\", "\\\\n", "«", "\"unclosed", "'", "a" * 300, "é" * 40000, "",
]
DATES = ["2027-03-31", "31/03/2027", "+30", "+2w", "+3s", "+6m", "0", "-5", "2026-02-30", "9999-12-31", "+99999m",
         "10000-01-01", "none", "aucune", "today", "1/1/1"]
IDS = ["p1", "p2", "p3", "e1", "e3", "e99", "n1", "n2", "s1", "s2", "r1", "r4", "a1", "a2", "c1", "c2", "g1", "t1",
       "0", "1", "x9", "P1"]
NUMBERS = ["-1", "0", "1", "2", "3", "4", "5", "6", "99", "1e3", "３"]


def run(args, stdin=b"", env=None, timeout=60):
    p = subprocess.run([BIN] + args, input=stdin, capture_output=True, env=env, timeout=timeout)
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


def usage_lines(env):
    """Every declared form, as `help NAME` prints its usage lines."""
    _, out, _ = run(["-c", "help"], env=env)
    names = [m.group(1) for m in re.finditer(r"^  ([a-z][a-z-]*)\s", out, re.M)]
    forms = []
    for name in names:
        _, text, _ = run(["-c", f"help {name}"], env=env)
        for line in text.splitlines():
            if line == name or line.startswith(name + " "):
                forms.append(line)
            elif forms and not line.strip():
                continue
            else:
                break
    return forms, sorted(set(re.findall(r"\b[a-z][a-z-]{2,}\b", out)))


def value(placeholder, words, rng, names):
    p = placeholder.strip("[]…")
    if "|" in p:
        return rng.choice(p.split("|"))
    if p.startswith("--") or (p.islower() and p):
        return p
    if p in ("TEXT", "NAME", "LABEL", "NOTE", "ROLE", "MEASURE", "FILE"):
        text = rng.choice(TEXTS + names)
        if p == "FILE":
            text = rng.choice(["out.md", "x.html", "cal.ics", "../up.md", "/dev/full", "dir/", text])
        return text if rng.random() < 0.5 else '"' + text.replace('"', '\\"') + '"'
    if p in ("PARTNER", "STAGE", "NEED", "SESSION", "CHECKPOINT"):
        return rng.choice(names + IDS + ["Zo", "\"Bureau Ö\""])
    if p in ("ID", "LATER"):
        return rng.choice(IDS)
    if p == "DATE" or "DATE" in p:
        return rng.choice(DATES)
    if p in ("N", "POSITION", "SCORE", "LIKELIHOOD", "IMPACT", "DAYS") or "(1-5)" in p:
        return rng.choice(NUMBERS)
    return rng.choice(words + TEXTS[:6] + IDS[:4])


def command(form, words, rng, names):
    out = []
    for token in form.split():
        if token.startswith("(") and token.endswith(")"):
            continue
        if token.startswith("[") and rng.random() < 0.5:
            continue
        repeat = rng.randint(1, 3) if token.endswith("…") or token.endswith("…]") else 1
        for _ in range(repeat):
            out.append(value(token, words, rng, names))
    return " ".join(out)


SEEN = {}


def check(box, env, what, code, err, failures):
    if code not in (0, 1, 2) or "Fatal error" in err or "Trace/breakpoint" in err:
        failures.append(f"{what}\nexit {code}\n{err[-2000:]}")
        return
    schema = None
    try:
        import jsonschema  # noqa: F401
        with open(os.path.join(ROOT, "Sessions", "schema.json"), encoding="utf-8") as f:
            schema = json.load(f)
    except ImportError:
        pass
    for name in os.listdir(box):
        if not name.endswith(".json"):
            continue
        path = os.path.join(box, name)
        stamp = os.stat(path).st_mtime_ns
        if SEEN.get(path) == stamp:
            continue  # unchanged since it was last checked
        SEEN[path] = stamp
        try:
            with open(path, encoding="utf-8") as f:
                data = json.load(f)
        except (OSError, ValueError) as e:
            failures.append(f"{what}\n{name} is not JSON any more: {e}")
            return
        if schema is not None:
            import jsonschema
            try:
                jsonschema.validate(data, schema)
            except jsonschema.ValidationError as e:
                failures.append(f"{what}\n{name} does not match the schema: {e.message[:300]}")
                return
        code2, _, err2 = run(["-c", f"open {name[:-5]}; status"], env=env)
        if code2 != 0:
            failures.append(f"{what}\n{name} no longer opens: {err2[-500:]}")
            return


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in ("commands", "guide"):
        print(__doc__, file=sys.stderr)
        return 2
    target, seconds = sys.argv[1], float(sys.argv[2])
    seed = int(os.environ.get("FUZZ_SEED") or time.time())
    rng = random.Random(seed)
    out_dir = os.environ.get("FUZZ_OUT") or os.path.join(ROOT, ".build", "fuzz", target)
    os.makedirs(out_dir, exist_ok=True)
    root = tempfile.mkdtemp(prefix="tandem-fuzz-")
    box = os.path.join(root, "sessions")
    work = os.path.join(root, "work")
    os.makedirs(work)
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": root, "TANDEM_SESSIONS": box,
           "TANDEM_HISTORY": "/dev/null", "LANG": "C.UTF-8", "SWIFT_BACKTRACE": "enable=no", "NO_COLOR": "1"}
    shutil.copytree(EXAMPLES, box, ignore=shutil.ignore_patterns("*.sh", "*.tandem"))
    os.chdir(work)
    forms, words = usage_lines(env)
    forms = [f for f in forms if not f.startswith(("quit", "exit", "merge"))]
    sessions = [n[:-5] for n in os.listdir(box) if n.endswith(".json")]
    names = ["Zoé", "Marc", "Priya", "Tom", "Ruth", "Pilot", "Design et image de marque", "Premier projet"]
    failures, runs, started = [], 0, time.time()
    print(f"{target}: {len(forms)} declared forms, seed {seed}", file=sys.stderr)
    while time.time() - started < seconds and not failures:
        session = rng.choice(sessions)
        if target == "commands":
            line = command(rng.choice(forms), words, rng, names)
            what = f"tandem -c {json.dumps('open ' + session + '; ' + line, ensure_ascii=False)}"
            code, _, err = run(["-c", f"open {session}", "-c", line], env=env)
        else:
            flow = rng.choice(["guide", "guide first", "context", "expectations", "map", "stages", "agreement",
                               "risks", "health", "followup", "followup restart", "phase guide"])
            answers = [rng.choice(["", "", "skip", "back", "?", "stop", "none"] + NUMBERS + TEXTS[:12] + IDS
                                  + DATES[:6] + words[:40]) for _ in range(rng.randint(1, 40))]
            script = "\n".join([f"open {session}", flow] + answers) + "\n"
            what = f"stdin script:\n{script}"
            code, _, err = run([], stdin=script.encode(), env=env)
        runs += 1
        check(box, env, what, code, err, failures)
        if runs % 200 == 0:  # start again from the examples now and then, so files stay varied
            shutil.rmtree(box)
            shutil.copytree(EXAMPLES, box, ignore=shutil.ignore_patterns("*.sh", "*.tandem"))
    shutil.rmtree(root, ignore_errors=True)
    print(f"{target}: {runs} runs in {time.time() - started:.0f} s, {len(failures)} failure(s)", file=sys.stderr)
    if failures:
        path = os.path.join(out_dir, f"failure-{seed}.txt")
        with open(path, "w", encoding="utf-8") as f:
            f.write(failures[0])
        print(failures[0][:3000], file=sys.stderr)
        print(f"written to {path}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
