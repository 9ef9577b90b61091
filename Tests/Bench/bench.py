#!/usr/bin/env python3
"""Tandem benchmarks (not tests): start-up (with ratios to sqlite3 and to a
trivial Foundation program), the binary's size, a 10,000-command script, a large
session's open + change + save against python3's json, one interactive change +
autosave on it (through a pseudo-terminal), completion latency, and the views
of sessions with 1,000 and 10,000 partners.

Prints a table of medians and peak memory; with --write, also rewrites
BENCHMARKS.md. Run through Scripts/bench.
"""
import json
import os
import platform
import pty
import random
import select
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TANDEM = os.environ.get("TANDEM_BIN", os.path.join(ROOT, ".build/release/tandem"))
# An earlier build to compare with in the same run (Scripts/bench --before REV builds it).
BEFORE = os.environ.get("BEFORE_BIN") or None
TRIVIAL = os.environ["TRIVIAL_BIN"]
TRIVIAL_STATIC = os.environ.get("TRIVIAL_STATIC_BIN") or None
COMPLETE = os.environ.get("COMPLETE_BIN", "")
RUNS = int(os.environ.get("BENCH_RUNS", "15"))


def measure(argv, runs=RUNS, stdin=None, env=None, cwd=None):
    """Median wall time (ms) and max peak RSS (MB) of running argv `runs` times."""
    times, peaks = [], []
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdin=subprocess.PIPE if stdin else subprocess.DEVNULL,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, cwd=cwd)
        _, err = proc.communicate(stdin)
        _, status, usage = os.wait4(proc.pid, 0) if proc.returncode is None else (0, 0, None)
        elapsed = (time.perf_counter() - start) * 1000
        if proc.returncode != 0:
            sys.exit(f"bench: {' '.join(argv)} failed ({proc.returncode}): {err.decode(errors='replace')[:500]}")
        times.append(elapsed)
        peaks.append(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)
    return statistics.median(times), max(peaks)


# Start-up runs take milliseconds: many more of them, in turns and in a new
# order each turn, so that every program meets the same machine (a busy moment
# slows all of them, not one).
STARTUP_RUNS = int(os.environ.get("BENCH_STARTUP_RUNS", str(max(150, RUNS * 10))))


def interleaved(commands, runs, env):
    """Median wall time (ms) of each (label, argv), run in turns `runs` times."""
    times = {label: [] for label, _ in commands}
    # A new order each turn: whatever runs just after python3 meets caches it emptied.
    order = random.Random(12)
    for _ in range(runs):
        turn = list(commands)
        order.shuffle(turn)
        for label, argv in turn:
            start = time.perf_counter()
            proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                    stderr=subprocess.DEVNULL, env=env)
            _, status, _ = os.wait4(proc.pid, 0)
            times[label].append((time.perf_counter() - start) * 1000)
            proc.returncode = os.waitstatus_to_exitcode(status)
            if proc.returncode != 0:
                sys.exit(f"bench: {' '.join(argv)} failed ({proc.returncode})")
    return {label: statistics.median(values) for label, values in times.items()}


def stripped_size(path, work):
    """The size of `path` without its symbols and debugging sections (install -s)."""
    copy = os.path.join(work, "stripped")
    shutil.copyfile(path, copy)
    subprocess.run(["strip", copy], check=True)
    size = os.path.getsize(copy)
    os.unlink(copy)
    return size


def rss_of(argv, stdin=None, cwd=None):
    """Peak RSS (MB) of one run, through /usr/bin/time."""
    out = subprocess.run(["/usr/bin/time", "-f", "%M"] + argv, input=stdin, cwd=cwd,
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    return int(out.stderr.decode().strip().splitlines()[-1]) / 1024


def interactive_changes(argv, env, command, marker, runs):
    """Median time (ms) from sending `command` to an interactive shell (in a
    pseudo-terminal, the large session open) until its prompt `marker` is back:
    the change applied and autosaved (an interactive shell saves every change)."""
    pid, fd = pty.fork()
    if pid == 0:
        os.execve(argv[0], argv, env)

    def read_until(text, timeout=60):
        seen = b""
        deadline = time.perf_counter() + timeout
        while text not in seen:
            left = deadline - time.perf_counter()
            if left <= 0 or not select.select([fd], [], [], left)[0]:
                raise SystemExit(f"bench: no {text!r} from the interactive shell; got {seen[-300:]!r}")
            try:
                seen += os.read(fd, 65536)
            except OSError:
                raise SystemExit(f"bench: the interactive shell ended; got {seen[-300:]!r}")
        return seen

    times = []
    try:
        read_until(b"> ")
        os.write(fd, b"open grand-atelier\r")
        read_until(marker)
        for i in range(runs):
            start = time.perf_counter()
            os.write(fd, command + f" {i}\r".encode())
            read_until(marker)
            times.append((time.perf_counter() - start) * 1000)
        os.write(fd, b"quit\r")
    finally:
        try:
            _, status = os.waitpid(pid, 0)
        except ChildProcessError:
            pass
        os.close(fd)
    return statistics.median(times)


def linked(path):
    """The shared libraries a binary needs, by name (ldd)."""
    out = subprocess.run(["ldd", path], capture_output=True, text=True).stdout
    names = [line.split()[0] for line in out.splitlines() if "=>" in line]
    swift = [n for n in names if "swift" in n or "Foundation" in n or "dispatch" in n or "Blocks" in n]
    return f"{len(names)} shared libraries, {len(swift)} of them Swift's"


def big_script(title):
    """A realistic 10,000-command script: 50 partners, 5,000 expectations,
    300 stages (with entries and exits), 2,000 risks (rated), notes."""
    kinds = ["expectation", "interest", "contribution", "commitment", "concern"]
    zones = ["defection", "distance", "value", "evaluation", "other"]
    lines = [f"new {title}"]
    for p in range(50):
        lines.append(f'partner add "Partenaire {p:02d} Été" rôle-{p}')
    for e in range(5000):
        lines.append(f'expect add "Partenaire {e % 50:02d} Été" {kinds[e % 5]} Attente numéro {e} : livrer à temps, partager les coûts')
    for s in range(300):
        lines.append(f'stage add "Étape {s:03d}"')
    for r in range(2000):
        lines.append(f"risk add {zones[r % 5]} Risque {r} : un partenaire se retire avant la fin")
    for r in range(1, 1001):
        lines.append(f"risk rate r{r} {r % 5 + 1} {(r * 3) % 5 + 1}")
    while len(lines) < 10000:
        lines.append(f"note Remarque {len(lines)} sur la séance, avec des accents : é à ç œ")
    return ("\n".join(lines) + "\n").encode()


def main():
    work = tempfile.mkdtemp(prefix="tandem-bench-")
    sessions = os.path.join(work, "sessions")
    env = dict(os.environ, HOME=work, XDG_STATE_HOME=work, XDG_DATA_HOME=work, TANDEM_LANG="en")
    rows = []
    ratios = []
    sizes = []
    try:
        # 1. Start-up.
        startup = [
            ("tandem -c quit", [TANDEM, "--sessions", sessions, "-c", "quit"]),
        ] + ([("tandem -c quit (before)", [BEFORE, "--sessions", sessions, "-c", "quit"])] if BEFORE else []) + [
            ("trivial Foundation program", [TRIVIAL]),
        ] + ([("trivial static Swift program", [TRIVIAL_STATIC])] if TRIVIAL_STATIC else [])
        if shutil.which("sqlite3"):
            startup.append(("sqlite3 :memory: .quit", ["sqlite3", ":memory:", ".quit"]))
        startup.append(("python3 -c pass", [sys.executable, "-c", "pass"]))
        medians = interleaved(startup, runs=STARTUP_RUNS, env=env)
        for label, argv in startup:
            rows.append(("start-up", label, medians[label], rss_of(argv)))
        for base in ("sqlite3 :memory: .quit", "trivial Foundation program"):
            if base in medians:
                for label in [label for label, _ in startup if label.startswith("tandem")]:
                    ratios.append(f"{label} / {base}: {medians[label] / medians[base]:.2f}x")
        for label, path in [("tandem", TANDEM)] + ([("tandem (before)", BEFORE)] if BEFORE else []):
            sizes.append(f"{label}: {os.path.getsize(path) / 1e6:.1f} MB as built, {stripped_size(path, work) / 1e6:.1f} MB "
                         f"stripped as Scripts/install puts it ({linked(path)})")

        # 2. The 10,000-command script, end to end.
        script = big_script("Grand Atelier")
        script_runs = max(3, RUNS // 3)
        times = []
        for i in range(script_runs):
            shutil.rmtree(sessions, ignore_errors=True)
            t, _ = measure([TANDEM, "--sessions", sessions], runs=1, stdin=script, env=env)
            times.append(t)
        shutil.rmtree(sessions, ignore_errors=True)
        peak = rss_of([TANDEM, "--sessions", sessions], stdin=script)
        rows.append(("10,000-command script", "tandem < script", statistics.median(times), peak))
        if BEFORE:
            before_sessions = os.path.join(work, "before")
            times = []
            for i in range(script_runs):
                shutil.rmtree(before_sessions, ignore_errors=True)
                t, _ = measure([BEFORE, "--sessions", before_sessions], runs=1, stdin=script, env=env)
                times.append(t)
            shutil.rmtree(before_sessions, ignore_errors=True)
            peak = rss_of([BEFORE, "--sessions", before_sessions], stdin=script)
            rows.append(("10,000-command script", "tandem < script (before)", statistics.median(times), peak))

        # 3. Large session: open + change + save, against python3 json load + dump.
        path = os.path.join(sessions, "grand-atelier.json")
        size = os.path.getsize(path)
        change = [TANDEM, "--sessions", sessions, "-c", "open grand-atelier; note bench; save"]
        ms, _ = measure(change, runs=max(5, RUNS // 2), env=env)
        rows.append((f"large session ({size / 1e6:.1f} MB)", "tandem open + note + save", ms, rss_of(change)))
        if BEFORE:
            before = [BEFORE] + change[1:]
            ms, _ = measure(before, runs=max(5, RUNS // 2), env=env)
            rows.append((f"large session ({size / 1e6:.1f} MB)", "tandem open + note + save (before)", ms, rss_of(before)))
        py = [sys.executable, "-c",
              "import json,sys;p=sys.argv[1];d=json.load(open(p,encoding='utf-8'));"
              "d['notes'].append({'text':'bench','date':'2026-01-01T00:00:00Z'});"
              "open(p+'.py','w',encoding='utf-8').write(json.dumps(d,indent=2,sort_keys=True,ensure_ascii=False))", path]
        ms, _ = measure(py, runs=max(5, RUNS // 2), env=env)
        rows.append((f"large session ({size / 1e6:.1f} MB)", "python3 json load + dump", ms, rss_of(py)))

        # One interactive change + autosave on the large session, through a pseudo-terminal.
        tty_env = dict(env, NO_COLOR="1", TERM="xterm")
        for label, binary in [("tandem", TANDEM)] + ([("tandem (before)", BEFORE)] if BEFORE else []):
            ms = interactive_changes([binary, "--sessions", sessions], tty_env, b"note bench", b"[grand-atelier]> ",
                                     runs=max(5, RUNS // 2))
            what = "note + autosave, terminal" + label[len("tandem"):]
            rows.append((f"large session ({size / 1e6:.1f} MB)", what, ms, 0.0))

        # 4. Completion latency on the large session.
        if COMPLETE:
            out = subprocess.run([COMPLETE, path, os.path.join(ROOT, "Prompts")], capture_output=True, text=True, check=True)
            for line in out.stdout.strip().splitlines():
                label, value = line.split("\t")
                rows.append(("completion (large session)", label, float(value), 0.0))
        # 5. Views of sessions with many partners (issue 12): each view's time is that of
        #    open + view less that of open alone; the peak memory is of open + view.
        sys.path.insert(0, os.path.join(ROOT, "Tests", "EndToEnd"))
        from large_session import large_session
        export_dir = os.path.join(work, "exports")
        os.makedirs(export_dir, exist_ok=True)
        for partners in (1000, 10000):
            name = f"network-{partners}"
            with open(os.path.join(sessions, name + ".json"), "w", encoding="utf-8") as f:
                json.dump(large_session(partners), f, ensure_ascii=False, indent=2, sort_keys=True)
            runs = max(3, RUNS // 5)
            group = f"{partners:,} partners"
            opening = [TANDEM, "--sessions", sessions, "-c", f"open {name}"]
            base, _ = measure(opening, runs=runs, env=env, cwd=export_dir)
            rows.append((group, "open", base, rss_of(opening, cwd=export_dir)))
            for view in ["expect list", "stages show", "health show", "status", "phase", "report",
                         "export report --force"]:
                argv = [TANDEM, "--sessions", sessions, "-c", f"open {name}; {view}"]
                ms, _ = measure(argv, runs=runs, env=env, cwd=export_dir)
                rows.append((group, f"{view} (less open)", ms - base, rss_of(argv, cwd=export_dir)))
    finally:
        shutil.rmtree(work, ignore_errors=True)

    header = f"{'benchmark':<30} {'what':<36} {'median ms':>10} {'peak MB':>8}"
    table = [header, "-" * len(header)]
    for group, label, ms, mb in rows:
        table.append(f"{group:<30} {label:<36} {ms:>10.2f} {mb:>8.1f}" if mb else f"{group:<30} {label:<36} {ms:>10.3f} {'':>8}")
    table += ["", "start-up ratios: " + "; ".join(ratios), "binary size: " + "; ".join(sizes)]
    print("\n".join(table))
    if "--write" in sys.argv:
        machine = f"{platform.machine()}, {os.cpu_count()} cores, {platform.platform()}, {platform.python_version()} (python3)"
        # The new table goes first; the earlier runs and notes stay below it.
        path = os.path.join(ROOT, "BENCHMARKS.md")
        earlier = ""
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                earlier = f.read().removeprefix("# Benchmarks\n").lstrip("\n")
            earlier = earlier.replace("Latest figures from `Scripts/bench --write`", "## Figures from `Scripts/bench --write`", 1)
        with open(path, "w", encoding="utf-8") as f:
            f.write("# Benchmarks\n\nLatest figures from `Scripts/bench --write` "
                    f"({time.strftime('%Y-%m-%d')}, {RUNS} runs, start-up {STARTUP_RUNS} runs of each program in turns; medians; "
                    "peak memory is the largest resident set).\n\n"
                    f"Machine: {machine}.\n\n```text\n" + "\n".join(table) + "\n```\n" + ("\n" + earlier if earlier else ""))


if __name__ == "__main__":
    main()
