"""Script mode: piped stdin, -c, -f FILE, tandem FILE; exit codes, messages,
quoting, languages, and the session files written and refused."""
import json
import os
import re
import unittest

import harness
from harness import TandemCase

NEW_HINTS = ("new", "open")
FRENCH_WORDS = {
    "aucune", "aucun", "commande", "inconnue", "ouverte", "ouvrir", "séance", "voulez", "vouliez",
    "pas", "une", "est", "le", "la", "les", "des", "avec", "nouvelle", "partenaire", "partenaires",
    "pour", "vous", "dans", "tapez",
}


def words(text):
    return set(re.findall(r"[a-zàâçéèêëîïôûùüÿœ]+", text.lower()))


class Invocation(TandemCase):
    """The ways to give Tandem commands without a terminal."""

    SCRIPT = "new Alpha\npartner add Zoé\npartner list\n"

    def assertScriptRun(self, out):
        self.assertIn("Alpha", out)
        self.assertIn("Zoé", out)
        self.assertIn("p1", out)
        # No banner, no prompt in script mode.
        self.assertNotIn("Tandem 0.", out)
        self.assertNotRegex(out, r"(?m)^tandem( \[[^\]]*\])?> ")
        self.assertEqual([p["name"] for p in self.load_session("alpha")["partners"]], ["Zoé"])

    def test_piped_stdin(self):
        self.assertScriptRun(self.ok([], stdin=self.SCRIPT))

    def test_dash_c_with_semicolons(self):
        self.assertScriptRun(self.ok(["-c", "new Alpha; partner add Zoé;partner list"]))

    def test_dash_f_file(self):
        self.assertScriptRun(self.ok(["-f", self.script(self.SCRIPT)]))

    def test_file_argument(self):
        self.assertScriptRun(self.ok([self.script(self.SCRIPT)]))

    def test_dash_f_dash_reads_stdin(self):
        self.assertScriptRun(self.ok(["-f", "-"], stdin=self.SCRIPT))

    def test_sessions_option(self):
        other = os.path.join(self.box.root, "elsewhere")
        self.ok(["--sessions", other, "-c", "new Alpha"])
        self.assertTrue(os.path.isfile(os.path.join(other, "alpha.json")))
        self.assertFalse(os.path.exists(self.box.sessions))

    def test_sessions_directory_defaults(self):
        no_env = {"TANDEM_SESSIONS": None}
        # No ./Sessions: $XDG_DATA_HOME/tandem/sessions.
        self.ok(["-c", "new Alpha"], env=no_env)
        xdg = os.path.join(self.box.data, "tandem", "sessions")
        self.assertTrue(os.path.isfile(os.path.join(xdg, "alpha.json")))
        self.assertEqual(self.mode(xdg), 0o700)
        # ./Sessions when it exists.
        os.mkdir(os.path.join(self.box.work, "Sessions"))
        self.ok(["-c", "new Beta"], env=no_env)
        self.assertTrue(os.path.isfile(os.path.join(self.box.work, "Sessions", "beta.json")))
        # $TANDEM_SESSIONS beats ./Sessions, --sessions beats both.
        self.ok(["-c", "new Gamma"])
        self.assertTrue(os.path.isfile(self.box.session_path("gamma")))
        other = os.path.join(self.box.root, "other")
        self.ok(["--sessions", other, "-c", "new Delta"])
        self.assertTrue(os.path.isfile(os.path.join(other, "delta.json")))

    def test_comments_and_blank_lines(self):
        path = self.script("# a comment\n\nnew Alpha\n   \n  # indented comment\n\t\npartner add Zoé\n")
        out = self.ok(["-f", path])
        self.assertIn("Zoé", out)
        self.assertEqual(len(self.load_session("alpha")["partners"]), 1)

    def test_crlf_script(self):
        self.ok(["-f", self.script("new Alpha\r\npartner add Zoé\r\n")])
        self.assertEqual([p["name"] for p in self.load_session("alpha")["partners"]], ["Zoé"])

    def test_missing_script_file(self):
        code, out, err = self.tandem(["-f", "no-such-script"])
        self.assertEqual(code, 1)
        self.assertIn("no-such-script", err)

    def test_help(self):
        out = self.ok(["--help"])
        for option in ("--sessions", "--lang", "-c", "-f", "--version"):
            self.assertIn(option, out)

    def test_version(self):
        out = self.ok(["--version"])
        self.assertRegex(out.strip(), r"^tandem \d+\.\d+\.\d+")


class ExitCodes(TandemCase):
    def test_success_is_zero(self):
        code, _, err = self.tandem(["-c", "new Alpha"])
        self.assertEqual((code, err), (0, ""))

    def test_first_failing_command_stops_with_file_and_line(self):
        path = self.script("new Alpha\n# comment\n\npartner add Zoé\nbogus command\npartner add Marc\n")
        code, out, err = self.tandem(["-f", path])
        self.assertEqual(code, 1)
        self.assertRegex(err, r"^" + re.escape(path) + r":5: .*bogus")
        self.assertEqual(err.count("\n"), 1, "one error line")
        # Marc (line 6) was never added.
        self.assertEqual([p["name"] for p in self.load_session("alpha")["partners"]], ["Zoé"])
        self.assertNotIn("Marc", out)

    def test_stdout_is_flushed_before_the_error(self):
        path = self.script("new Alpha\npartner add Zoé\nbogus\n")
        code, merged, _ = self.run_bytes(["-f", path], merge=True)
        merged = merged.decode("utf-8")
        self.assertEqual(code, 1)
        added = merged.find("Zoé")
        error = merged.find(path + ":3:")
        self.assertGreaterEqual(added, 0, merged)
        self.assertGreater(error, added, f"the error came before earlier output:\n{merged}")
        self.assertTrue(merged.rstrip("\n").endswith(merged[error:].rstrip("\n")))

    def test_stdin_and_dash_c_locations(self):
        code, _, err = self.tandem([], stdin="new Alpha\nfrobnicate\n")
        self.assertEqual(code, 1)
        self.assertRegex(err, r"^stdin:2: ")
        code, _, err = self.tandem(["-c", "new Alpha; frobnicate"])
        self.assertEqual(code, 1)
        self.assertRegex(err, r"^-c:1: ")

    def assertUsageError(self, args, mention):
        code, out, err = self.tandem(args)
        self.assertEqual(code, 2, f"{args}: {out}{err}")
        self.assertEqual(out, "")
        self.assertIn(mention, err)
        self.assertNoTrap(err)

    def test_unknown_option(self):
        self.assertUsageError(["--frobnicate"], "--frobnicate")

    def test_bad_language(self):
        self.assertUsageError(["--lang", "de"], "de")

    def test_missing_values(self):
        self.assertUsageError(["--sessions"], "--sessions")
        self.assertUsageError(["-c"], "-c")
        self.assertUsageError(["-f"], "-f")
        self.assertUsageError(["--lang"], "--lang")

    def test_usage_error_runs_nothing(self):
        code, _, _ = self.tandem(["--bogus", "-c", "new Alpha"])
        self.assertEqual(code, 2)
        self.assertFalse(os.path.exists(self.box.session_path("alpha")))


class Messages(TandemCase):
    def error_of(self, script):
        code, out, err = self.tandem(["-c", script])
        self.assertEqual(code, 1, out + err)
        self.assertNoTrap(err)
        return err

    def test_unknown_command_suggests_nearest(self):
        err = self.error_of("partnr add Zoé")
        self.assertIn('did you mean "partner"?', err)
        self.assertIn("partnr", err)

    def test_command_needing_a_session_names_new_and_open(self):
        for command in ("partner list", "partner add Zoé", "status", "save", "undo"):
            err = self.error_of(command)
            for hint in NEW_HINTS:
                self.assertRegex(err, r"\b%s\b" % hint, f"{command}: {err}")

    def test_unterminated_quote_names_the_column(self):
        path = self.script('new Alpha\npartner add "Bureau Öko\n')
        code, _, err = self.tandem(["-f", path])
        self.assertEqual(code, 1)
        self.assertRegex(err, r"^" + re.escape(path) + r":2: ")
        self.assertIn("column 13", err)
        self.assertEqual(self.load_session("alpha")["partners"], [])

    def test_unterminated_single_quote(self):
        err = self.error_of("new Alpha; partner add 'Zoé")
        self.assertIn("column 13", err)  # columns count from the command, each -c command being a line
        self.assertTrue(err.startswith("-c:2: "), err)

    def test_invalid_utf8_line(self):
        path = self.script(b"new Alpha\n# fine\npartner add Z\xff\xfe\npartner add Marc\n")
        code, out, err = self.tandem(["-f", path])
        self.assertEqual(code, 1)
        self.assertRegex(err, r"^" + re.escape(path) + r":3: ")
        self.assertIn("UTF-8", err)
        self.assertEqual(self.load_session("alpha")["partners"], [])

    def test_invalid_utf8_on_stdin(self):
        code, _, err = self.tandem([], stdin=b"\xc3(\n")
        self.assertEqual(code, 1)
        self.assertRegex(err, r"^stdin:1: ")

    def test_wrong_arguments_show_usage(self):
        err = self.error_of("new Alpha; partner")
        self.assertIn("partner add", err)


class Quoting(TandemCase):
    def partners_after(self, *lines):
        self.ok([], stdin="new Alpha\n" + "\n".join(lines) + "\n")
        return [(p["id"], p["name"], p["role"]) for p in self.load_session("alpha")["partners"]]

    def test_double_quotes_keep_spaces_and_accents(self):
        self.assertEqual(self.partners_after('partner add "Bureau Öko" designer'), [("p1", "Bureau Öko", "designer")])

    def test_single_quotes_are_literal(self):
        self.assertEqual(self.partners_after("""partner add 'Marc "le grand" \\n' lead"""),
                         [("p1", 'Marc "le grand" \\n', "lead")])

    def test_backslash_escapes(self):
        got = self.partners_after(r"partner add Anne\ Marie", r'partner add "Zoé \"Z\" \\ B"', r"partner add semi\;colon")
        self.assertEqual(got, [("p1", "Anne Marie", ""), ("p2", 'Zoé "Z" \\ B', ""), ("p3", "semi;colon", "")])

    def test_a_semicolon_in_a_script_line_is_text(self):
        # A line is one command: the quoted name ends at its quote, the rest is the role.
        self.assertEqual(self.partners_after('partner add "A; B" C; D'), [("p1", "A; B", "C; D")])

    def test_a_quoted_semicolon_stays_in_the_name(self):
        self.assertEqual(self.partners_after('partner add "A; B"', "partner add C"), [("p1", "A; B", ""), ("p2", "C", "")])

    def test_partner_named_by_quoted_name(self):
        self.assertEqual(self.partners_after('partner add "Bureau Öko"', "partner add Zoé", 'partner remove "Bureau Öko"'),
                         [("p2", "Zoé", "")])


class Partners(TandemCase):
    def test_name_that_looks_like_an_id(self):
        code, out, err = self.tandem([], stdin="new Ids\npartner add A\npartner add p3\npartner add C\npartner remove p3\n")
        names = [p["name"] for p in self.load_session("ids")["partners"]]
        self.assertEqual(code, 1, f"accepted; partners left: {names}")
        self.assertNotIn("C removed", out)

    def test_rename_to_another_partners_id(self):
        code, out, err = self.tandem(["-c", "new Ids; partner add A; partner add B; partner rename B p1"])
        self.assertEqual(code, 1, out)

    def test_names_fold_case_and_accents(self):
        code, _, err = self.tandem(["-c", "new Alpha; partner add Zoé; partner add ZOE"])
        self.assertEqual(code, 1)
        self.assertIn("ZOE", err)
        self.ok(["-c", "open alpha; partner remove zoe"])
        self.assertEqual(self.load_session("alpha")["partners"], [])

    def test_bad_names_refused_without_a_crash(self):
        for n, name in enumerate(('""', '"   "', '"!!!"', '"a\tb"', "x" * 5000)):
            code, out, err = self.tandem(["-c", f"new Alpha{n}; partner add {name}"])
            self.assertEqual(code, 1, name)
            self.assertRegex(err, r"^-c:2: ")
            self.assertNoTrap(err)

    def test_escape_sequences_in_names_are_made_inert(self):
        self.ok(["-c", "new Alpha; partner add Zoé"])
        code, out, err = self.tandem([], stdin=b"open alpha\npartner add red\x1b[31mX\npartner list\nsessions\n")
        self.assertNotIn("\x1b", out + err)
        # Escapes written into the JSON by another program are shown inert too.
        data = self.load_session("alpha")
        data["title"] = "T\x1b[2J"
        data["partners"][0]["name"] = "E\x1b]0;x\x07"
        with open(self.box.session_path("alpha"), "w") as f:
            json.dump(data, f)
        out = self.ok(["-c", "sessions; open alpha; partner list; status"])
        self.assertIn("p1", out)
        self.assertNotIn("\x1b", out)
        self.assertNotIn("\x07", out)


class Interrupted(TandemCase):
    def test_sigint_in_script_mode(self):
        import signal
        import subprocess
        import time
        # SIGINT's default action, even when the suite runs with it ignored (a background job).
        proc = subprocess.Popen([harness.BIN], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                env=self.box.env(), cwd=self.box.work,
                                preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
        proc.stdin.write(b"new Alpha\n")
        proc.stdin.flush()
        # Signal only once the binary runs (not the forked Python before exec).
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            try:
                if os.path.samefile(f"/proc/{proc.pid}/exe", harness.BIN):
                    break
            except OSError:
                pass
            time.sleep(0.01)
        time.sleep(0.05)
        proc.send_signal(signal.SIGINT)
        try:
            proc.communicate(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.communicate()
            self.fail("Ctrl-C did not stop a script reading stdin")
        # 130, or killed by SIGINT (which a shell reports as 130).
        self.assertIn(proc.returncode, (130, -signal.SIGINT))
        if os.path.exists(self.box.sessions):
            self.assertTrue(all(n.endswith(".json") and not n.startswith(".") for n in os.listdir(self.box.sessions)))


class Languages(TandemCase):
    def message(self, args=(), env=None, script="partner list"):
        code, out, err = self.tandem(list(args) + ["-c", script], env=env)
        self.assertEqual(code, 1)
        return err

    def assertFrench(self, text):
        self.assertTrue(words(text) & FRENCH_WORDS, f"no French word in: {text}")

    def test_lang_fr_gives_french_messages(self):
        english = self.message()
        french = self.message(["--lang", "fr"])
        self.assertNotEqual(french, english)
        self.assertFrench(french)
        for hint in NEW_HINTS:  # command words stay English
            self.assertRegex(french, r"\b%s\b" % hint)

    def test_lang_fr_unknown_command(self):
        english = self.message(script="partnr")
        french = self.message(["--lang", "fr"], script="partnr")
        self.assertNotEqual(french, english)
        self.assertFrench(french)
        self.assertIn("partner", french)

    def test_lang_fr_help(self):
        english = self.ok(["-c", "help"])
        french = self.ok(["--lang", "fr", "-c", "help"])
        self.assertNotEqual(french, english)
        self.assertFrench(french)

    def test_language_from_environment(self):
        french = self.message(["--lang", "fr"])
        english = self.message(["--lang", "en"])
        self.assertEqual(self.message(env={"LANG": "fr_FR.UTF-8"}), french)
        self.assertEqual(self.message(env={"TANDEM_LANG": "fr"}), french)
        self.assertEqual(self.message(env={"LANG": "fr_FR.UTF-8", "TANDEM_LANG": "en"}), english)
        self.assertEqual(self.message(["--lang", "en"], env={"LC_ALL": "fr_FR.UTF-8"}), english)
        self.assertEqual(self.message(env={"LANG": "de_DE.UTF-8"}), english)


class SessionFiles(TandemCase):
    def test_json_layout_and_permissions(self):
        self.ok(["-c", 'new Atelier Été; partner add Zoé; partner add "Bureau Öko" designer'])
        path = self.box.session_path("atelier-ete")
        with open(path, "rb") as f:
            raw = f.read()
        text = raw.decode("utf-8")  # UTF-8, accents stored as text
        self.assertIn("Bureau Öko", text)
        self.assertIn("Zoé", text)
        self.assertTrue(text.endswith("\n"))
        self.assertIn('\n  "', text, "pretty-printed with indentation")

        def check_sorted(pairs):
            keys = [k for k, _ in pairs]
            self.assertEqual(keys, sorted(keys), "keys in stable sorted order")
            return dict(pairs)

        data = json.loads(text, object_pairs_hook=check_sorted)
        self.assertEqual(data["schemaVersion"], 2)
        self.assertEqual(data["title"], "Atelier Été")
        self.assertEqual([(p["id"], p["name"]) for p in data["partners"]], [("p1", "Zoé"), ("p2", "Bureau Öko")])
        self.assertEqual(self.mode(path), 0o600)
        self.assertEqual(self.mode(self.box.sessions), 0o700)
        self.assertNoStrayFiles(self.box.sessions, ["atelier-ete.json"])

    def test_private_even_with_a_permissive_umask(self):
        old = os.umask(0)
        try:
            self.ok(["-c", "new Alpha; partner add Zoé"])
        finally:
            os.umask(old)
        self.assertEqual(self.mode(self.box.session_path("alpha")), 0o600)
        self.assertEqual(self.mode(self.box.sessions), 0o700)

    def test_reopen_keeps_ids_stable(self):
        self.ok(["-c", "new Alpha; partner add A; partner add B; partner add C"])
        self.ok(["-c", "open alpha; partner remove B; partner add D"])
        data = self.load_session("alpha")
        self.assertEqual([(p["id"], p["name"]) for p in data["partners"]], [("p1", "A"), ("p3", "C"), ("p4", "D")])

    def test_new_with_existing_title_is_refused(self):
        self.ok(["-c", "new Alpha; partner add Zoé"])
        before = self.snapshot(self.box.session_path("alpha"))
        code, out, err = self.tandem(["-c", "new Alpha"])
        self.assertEqual(code, 1)
        self.assertIn("alpha", err)
        self.assertUntouched(self.box.session_path("alpha"), before)
        # Same file name from another spelling of the title.
        code, _, err = self.tandem(["-c", "new ALPHA!"])
        self.assertEqual(code, 1)
        self.assertUntouched(self.box.session_path("alpha"), before)

    def test_save_as(self):
        self.ok(["-c", "new Alpha; partner add A; save as beta; partner add B"])
        self.assertTrue(os.path.isfile(self.box.session_path("alpha")))
        beta = self.load_session("beta")
        self.assertEqual([p["name"] for p in beta["partners"]], ["A", "B"])
        self.assertEqual(self.mode(self.box.session_path("beta")), 0o600)
        self.assertNoStrayFiles(self.box.sessions, ["alpha.json", "beta.json"])

    def test_save_as_existing_name_is_refused(self):
        self.ok(["-c", "new Alpha; new Beta; partner add B"])
        before = self.snapshot(self.box.session_path("beta"))
        code, _, err = self.tandem(["-c", "open alpha; save as beta"])
        self.assertEqual(code, 1)
        self.assertIn("beta", err)
        self.assertUntouched(self.box.session_path("beta"), before)

    def test_undo_says_what_it_undid(self):
        out = self.ok(["-c", 'new Alpha; partner add Zoé; partner add "Bureau Öko"; undo'])
        undo_line = out.strip().split("\n")[-1]
        self.assertTrue(undo_line.startswith("Undone: "), undo_line)  # worded by the change itself
        self.assertIn("Bureau Öko", undo_line)
        self.assertEqual([p["name"] for p in self.load_session("alpha")["partners"]], ["Zoé"])

    def test_undo_with_nothing_to_undo(self):
        self.ok(["-c", "new Alpha"])
        code, _, err = self.tandem(["-c", "open alpha; undo"])
        self.assertEqual(code, 1)
        self.assertIn("undo", err)


class RefusedFiles(TandemCase):
    """Files Tandem must not read or overwrite, and names that leave the directory."""

    def setUp(self):
        super().setUp()
        os.mkdir(self.box.sessions, 0o700)

    def write(self, name, data):
        path = self.box.session_path(name)
        with open(path, "wb") as f:
            f.write(data)
        os.chmod(path, 0o644)
        return path

    def assertRefusedAndUntouched(self, name, data, *mentions):
        path = self.write(name, data)
        before = self.snapshot(path)
        code, out, err = self.tandem(["-c", f"open {name}; partner add Intruder"])
        self.assertEqual(code, 1, out + err)
        self.assertRegex(err, r"^-c:1: ")
        self.assertIn(path, err)
        for mention in mentions:
            self.assertIn(mention, err)
        self.assertNoTrap(err)
        self.assertNotIn("Intruder", out)
        self.assertUntouched(path, before)
        # Not even on a second try from a script that then tries to save.
        self.tandem([], stdin=f"open {name}\nsave\nquit\n")
        self.assertUntouched(path, before)
        self.assertNoStrayFiles(self.box.sessions, [name + ".json"])
        return err

    def test_corrupt_json(self):
        self.assertRefusedAndUntouched("broken", b'{\n  "schemaVersion" : 1,\n  "title" : ', "JSON")

    def test_empty_file(self):
        self.assertRefusedAndUntouched("empty", b"")

    def test_not_utf8(self):
        self.assertRefusedAndUntouched("latin", '{"schemaVersion": 1, "title": "Été"}'.encode("latin-1"), "UTF-8")

    def test_wrong_shape(self):
        self.assertRefusedAndUntouched("shape", b'{"schemaVersion": 1, "title": 42, "partners": "none"}')

    def test_newer_schema_version(self):
        data = json.dumps({"schemaVersion": 99, "title": "From the future", "partners": []}, indent=2).encode()
        self.assertRefusedAndUntouched("future", data, "99")

    def test_missing_schema_version(self):
        self.assertRefusedAndUntouched("nover", b'{"title": "No version", "partners": []}', "schemaVersion")

    def test_symlink_is_refused(self):
        self.ok(["-c", "new Target; partner add Zoé"])
        target = self.box.session_path("target")
        before = self.snapshot(target)
        link = self.box.session_path("link")
        os.symlink(target, link)
        code, out, err = self.tandem(["-c", "open link; partner add Intruder"])
        self.assertEqual(code, 1)
        self.assertIn(link, err)
        self.assertUntouched(target, before)
        self.assertTrue(os.path.islink(link))
        # Neither "new" nor "save as" write through a symlink.
        dangling = self.box.session_path("dangling")
        outside = os.path.join(self.box.root, "outside.json")
        os.symlink(outside, dangling)
        code, _, _ = self.tandem(["-c", "new Dangling"])
        self.assertEqual(code, 1)
        code, _, _ = self.tandem(["-c", "open target; save as dangling"])
        self.assertEqual(code, 1)
        self.assertFalse(os.path.exists(outside))
        self.assertUntouched(target, before)

    def test_directory_is_refused(self):
        directory = self.box.session_path("dir")
        os.mkdir(directory)
        code, out, err = self.tandem(["-c", "open dir"])
        self.assertEqual(code, 1)
        self.assertIn(directory, err)
        self.assertEqual(os.listdir(directory), [])
        code, _, _ = self.tandem(["-c", "new Dir"])
        self.assertEqual(code, 1)
        self.assertTrue(os.path.isdir(directory))

    def test_names_leaving_the_directory(self):
        self.ok(["-c", "new Alpha"])
        outside = os.path.join(self.box.root, "x.json")
        with open(outside, "w") as f:
            json.dump({"schemaVersion": 1, "title": "Outside"}, f)
        before = self.snapshot(outside)
        passwd = self.snapshot("/etc/passwd")
        for command in ("open ../x", "open /etc/passwd", "open ../../etc/passwd", "open .hidden",
                        "open alpha; save as ../x", "open alpha; save as /tmp/x"):
            code, out, err = self.tandem(["-c", command])
            self.assertEqual(code, 1, f"{command}: {out}{err}")
            self.assertNoTrap(err)
            self.assertNotIn("Outside", out)
        self.assertUntouched(outside, before)
        self.assertUntouched("/etc/passwd", passwd)
        self.assertNoStrayFiles(self.box.sessions, ["alpha.json"])

    def test_broken_files_listed_not_fatal(self):
        self.ok(["-c", "new Alpha"])
        self.write("broken", b"{")
        out = self.ok(["-c", "sessions"])
        self.assertIn("Alpha", out)  # the table shows titles
        self.assertIn("broken", out)


if __name__ == "__main__":
    unittest.main()
