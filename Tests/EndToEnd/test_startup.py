"""Start-up reads only the language of the run: its prompt files, not the
other language's, which are read when first needed (`lang`, a word of the
other language). Switching language at run time works in both directions.

Run: TANDEM_BIN=.build/debug/tandem python3 -m unittest test_startup (from Tests/EndToEnd).
"""
import os
import re
import shutil
import subprocess
import tempfile
import unittest

from harness import BIN, TandemCase

HERE = os.path.dirname(os.path.abspath(__file__))
PROMPTS = os.path.normpath(os.path.join(HERE, "..", "..", "Prompts"))
TIMEOUT = 20


class OneLanguageAtStart(TandemCase):
    def setUp(self):
        super().setUp()
        if not os.path.isdir(os.path.join(PROMPTS, "en")):
            self.skipTest(f"no Prompts directory at {PROMPTS}")

    def broken_copy(self, language):
        """A copy of Prompts whose `language`/map.prompts has a line without "="."""
        root = tempfile.mkdtemp(prefix="prompts-", dir=self.box.root)
        shutil.rmtree(root)
        shutil.copytree(PROMPTS, root)
        path = os.path.join(root, language, "map.prompts")
        with open(path, "ab") as f:
            f.write(b"\nthis line has no equals sign\n")
        return root, path

    def test_prompt_files_opened_at_start_are_the_languages_own(self):
        if not shutil.which("strace"):
            self.skipTest("strace is not installed")
        # Commands in each language's words (and English ids): the vocabulary reads no other language for them.
        commands = {
            "en": ["partner add Zoé", "partner list", "status", "expect list", "risks show", "note n", "quit"],
            "fr": ["partenaire ajouter Zoé", "partenaire liste", "état", "note n", "quitter"],
        }
        for language, other in (("en", "fr"), ("fr", "en")):
            with self.subTest(language=language):
                log = os.path.join(self.box.root, f"trace-{language}")
                code, out, err = self.tandem(
                    ["--lang", language, "--prompts", PROMPTS, "-c", f"new Atelier {language}", "-c", "quit"],
                    timeout=TIMEOUT)
                self.assertEqual(code, 0, err)
                env = self.box.env()
                run = subprocess.run(
                    ["strace", "-f", "-e", "trace=openat,open", "-o", log, BIN,
                     "--lang", language, "--prompts", PROMPTS, "-c", f"open atelier-{language}"]
                    + [arg for line in commands[language] for arg in ("-c", line)],
                    env=env, cwd=self.box.work, capture_output=True, timeout=TIMEOUT)
                if run.returncode != 0 and b"ptrace" in run.stderr:
                    self.skipTest("strace cannot trace here: " + run.stderr.decode(errors="replace")[:200])
                self.assertEqual(run.returncode, 0, run.stderr.decode(errors="replace"))
                with open(log, encoding="utf-8", errors="replace") as f:
                    opened = re.findall(r'open(?:at)?\([^"]*"([^"]+\.prompts)"', f.read())
                own = [p for p in opened if f"/{language}/" in p]
                theirs = [p for p in opened if f"/{other}/" in p]
                self.assertGreater(len(own), 10, f"the {language} prompt files were not read: {opened}")
                self.assertEqual(theirs, [], f"the {other} prompt files were read at start")

    def test_a_broken_other_language_does_not_stop_a_run(self):
        root, path = self.broken_copy("fr")
        code, out, err = self.tandem(["--lang", "en", "--prompts", root, "-c", "new Alpha; partner add Zoé"],
                                     timeout=TIMEOUT)
        self.assertEqual(code, 0, err)
        self.assertEqual(err, "")
        self.assertIn("Partner Zoé added", out)
        # Asked for, it is refused with the file and line, and the run's language stays.
        code, out, err = self.tandem(["--lang", "en", "--prompts", root, "-c", "open alpha; lang fr"],
                                     timeout=TIMEOUT)
        self.assertEqual(code, 1)
        self.assertNoTrap(err)
        self.assertIn("The French texts cannot be read, so the language stays as it was: " + path + ":", err)
        self.assertEqual(self.load_session("alpha")["language"], "en")
        # The other way round: French with a broken English file.
        root, path = self.broken_copy("en")
        code, out, err = self.tandem(["--lang", "fr", "--prompts", root, "-c", "open alpha; partner list; lang en"],
                                     timeout=TIMEOUT)
        self.assertEqual(code, 1, out + err)
        self.assertIn("Zoé", out)
        self.assertIn("Les textes en anglais ne peuvent pas être lus, la langue reste la même\u00a0: " + path, err)

    def test_the_language_of_the_run_broken_is_refused_at_start(self):
        root, path = self.broken_copy("fr")
        code, out, err = self.tandem(["--lang", "fr", "--prompts", root, "-c", "new Alpha"], timeout=TIMEOUT)
        self.assertEqual(code, 1)
        self.assertRegex(err, re.escape(path) + r":\d+: ")
        self.assertFalse(os.path.exists(self.box.sessions))


class SwitchingLanguage(TandemCase):
    def test_english_to_french_and_back(self):
        out = self.ok(["--lang", "en", "-c", "new Alpha", "-c", "lang fr", "-c", "partner add Zoé", "-c", "lang en",
                       "-c", "partner add Marc"])
        self.assertIn("Les messages sont maintenant en français.", out)
        self.assertIn("Language: English.", out)
        self.assertIn("Partner Marc added", out)
        french = out.index("Les messages sont maintenant")
        self.assertRegex(out[french:out.index("Language: English.")], r"Zoé")
        self.assertNotIn("Partner Zoé added", out, "after lang fr the confirmation is in French")
        self.assertEqual(self.load_session("alpha")["language"], "en")

    def test_french_to_english_and_back(self):
        out = self.ok(["-c", "new Alpha; lang en; partner add Zoé; lang fr; partner add Marc"],
                      env={"TANDEM_LANG": "fr"})
        self.assertIn("Language: English.", out)
        self.assertIn("Partner Zoé added", out)
        self.assertTrue(out.rstrip().endswith("(p2)."), out)
        self.assertNotIn("Partner Marc added", out)
        self.assertEqual(self.load_session("alpha")["language"], "fr")

    def test_at_a_terminal(self):
        term = self.terminal(["--lang", "en"])
        term.wait_prompt()
        term.command("lang fr")
        term.wait_for("Les messages sont maintenant en français.")
        term.command("lang en")
        term.wait_for("Language: English.")
        term.command("aide lang")
        term.wait_for("lang en|fr")
        term.leave()


class FromAnotherDirectory(TandemCase):
    """The binary finds its prompts beside itself, whatever the current directory."""

    def test_help_in_both_languages_from_elsewhere(self):
        for language, word in (("en", "Usage"), ("fr", "Usage")):
            with self.subTest(language=language):
                code, out, err = self.tandem(["--lang", language, "--help"], cwd="/")
                self.assertEqual(code, 0, err)
                self.assertIn("tandem", out)


def needed_libraries(case):
    """The shared libraries the binary names (readelf -d), or the test skipped without readelf."""
    if not shutil.which("readelf"):
        case.skipTest("readelf is not installed")
    dynamic = subprocess.run(["readelf", "-d", BIN], capture_output=True, text=True, timeout=TIMEOUT).stdout
    needed = re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", dynamic)
    case.assertTrue(needed, dynamic)
    return needed


class NoInternationalizationLibraries(unittest.TestCase):
    """The binary needs FoundationEssentials at most, never all of Foundation
    with ICU (~45 MB more in a static build, and a slower start). A dynamically
    linked build names its libraries; a static one must hold none of their symbols."""

    def test_the_binary_does_not_link_foundation_or_icu(self):
        for name in needed_libraries(self):
            self.assertNotRegex(name, r"^lib(Foundation|FoundationInternationalization|_FoundationICU)\.so",
                                f"{BIN} needs {name}")
        symbols = subprocess.run(["readelf", "-s", "--wide", BIN], capture_output=True, text=True,
                                 timeout=120).stdout
        # Swift symbols of the module Foundation (10 letters) or of
        # FoundationInternationalization (30): the ones a static build links.
        found = re.search(r"\$s(10Foundation|30FoundationInternationalization)[0-9]\S*", symbols)
        self.assertIsNone(found, f"{BIN} holds all of Foundation ({found and found.group(0)})")


class LibeditOnlyAtATerminal(TandemCase):
    """libedit (and libtinfo, libbsd, libmd behind it) is loaded with dlopen
    when a person types at a terminal, never for a script."""

    def test_not_a_needed_library(self):
        needed = needed_libraries(self)
        self.assertFalse([n for n in needed if "edit" in n or "tinfo" in n], needed)

    def test_a_script_never_loads_it(self):
        code, out, err = self.tandem(["-c", "new Alpha; partner add Zoé; status"], env={"LD_DEBUG": "files"})
        self.assertEqual(code, 0, err)
        self.assertIn("Zoé", out)
        self.assertIn("file=", err, "LD_DEBUG printed nothing")
        self.assertNotIn("libedit", err)

    def test_a_terminal_loads_it(self):
        term = self.terminal()
        term.wait_prompt()
        with open(f"/proc/{term.pid()}/maps") as f:
            self.assertIn("libedit.so", f.read())
        self.assertEqual(term.leave(), 0)


if __name__ == "__main__":
    unittest.main()
