"""export proposal|report: the files written (name, place, mode, refusals) and
what pandoc makes of them: every export converts with `pandoc -f gfm -t html`
without a warning, and text typed by users never becomes HTML or markup."""
import glob
import os
import shutil
import subprocess
import unittest

import harness
from harness import TandemCase

PANDOC = shutil.which("pandoc")
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
EXAMPLES = os.path.join(ROOT, "Sessions", "examples")

HOSTILE = "| # <script>alert(1)</script> `x` *a* [l](u) ^up^ $m$ 2^10"

# A session that goes through every module, with hostile text in the fields
# each document shows. Quoted with single quotes for Tandem's tokenizer.
SESSION = f"""new Atelier Zoé & Marc
partner add "Zoé Martin" designer
partner add "Marc Keller" "web developer"
set type commercial
set level act
set relationship friends
set purpose '{HOSTILE}'
set vision 'Be the pair local businesses call first &amp; <b>best</b>'
note '{HOSTILE}'
expect add Zoé expectation '{HOSTILE}'
expect add Zoé contribution '- Brand identity'
expect add Zoé commitment '1. Deliver mock-ups within 5 days'
expect due e3 2026-04-30
expect measure e3 '> dates on the board'
expect add Marc expectation 'Designs ready before development'
expect add Marc commitment 'Bring two leads per month'
expect link e4 e3
expect goals Zoé '{HOSTILE}'
map need add 'Brand | strategy' critical
map need add 'Web development' critical
map rate Zoé Brand 3 '{HOSTILE}'
map rate Marc Brand 1
map rate Zoé Web 1
map rate Marc Web 3
map strength Zoé '{HOSTILE}'
stage add 'Pilot: first client'
stage entry Pilot 'One client signed | a signed quote | 2026-04-15'
stage entry Pilot '{HOSTILE.replace("|", "/")}'
stage commit Pilot Zoé '{HOSTILE}'
stage exit Pilot '{HOSTILE}'
stage review Pilot 2026-05-31
stage add 'Section 2 # %% launch'
stage review 'Section 2' 2026-09-30
risk add defection '{HOSTILE}'
risk rate r1 3 4
risk mitigate r1 '{HOSTILE}'
risk owner r1 Marc
risk add value 'Split: 50/50 or by hours? "quoted" `x` ; end'
risk rate r2 4 4
risk scan hidden-agendas yes
health rate Zoé vision 4
health rate Marc vision 4
health rate Zoé leadership 2
health rate Marc leadership 5
phase euphoria '{HOSTILE}'
action add '{HOSTILE}' --owner Zoé --due 2026-12-20
"""


def pandoc_html(path, reader="gfm+yaml_metadata_block", standalone=False):
    """Converts a file to HTML; returns (code, html, warnings). By default as
    GitHub-flavoured Markdown with its metadata block; reader="markdown" with
    standalone=True is what `pandoc file.md -s -o file.html` does."""
    command = [PANDOC, "-f", reader, "-t", "html"] + (["-s"] if standalone else []) + [path]
    proc = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=60)
    return proc.returncode, proc.stdout.decode("utf-8", "replace"), proc.stderr.decode("utf-8", "replace")


class Files(TandemCase):
    """Where exports go and what is refused."""

    def setUp(self):
        super().setUp()
        self.ok(["-f", self.script(SESSION)])

    def export(self, args, lang="en"):
        return self.tandem(["--lang", lang, "-c", "open atelier-zoe-marc; export " + args])

    def test_default_names_in_the_current_directory_readable_by_others(self):
        out = self.ok(["-c", "open atelier-zoe-marc; export proposal; export report --lang fr"])
        for name in ("atelier-zoe-marc-proposal.en.md", "atelier-zoe-marc-report.fr.md"):
            path = os.path.join(self.box.work, name)
            self.assertTrue(os.path.isfile(path), out)
            self.assertEqual(self.mode(path), 0o644)
            self.assertIn(path, out.replace("\n", " "), "the message says where the file is")
        self.assertNoStrayFiles(
            self.box.work, ["script.tandem", "atelier-zoe-marc-proposal.en.md", "atelier-zoe-marc-report.fr.md"]
        )

    def test_a_name_under_the_home_directory(self):
        # "~/" is the home directory, as a shell would have it; "~" elsewhere is a name like any other.
        os.makedirs(os.path.join(self.box.home, "notes"))
        out = self.ok(["-c", "open atelier-zoe-marc; export report ~/notes/r.md; export proposal a~b.md"])
        self.assertTrue(os.path.isfile(os.path.join(self.box.home, "notes", "r.md")), out)
        self.assertTrue(os.path.isfile(os.path.join(self.box.work, "a~b.md")), out)
        self.assertFalse(os.path.exists(os.path.join(self.box.work, "~")))

    def test_session_language_unless_asked(self):
        self.ok(["--lang", "fr", "-c", "new Séance; partner add Léa; export proposal; export report --lang en"])
        with open(os.path.join(self.box.work, "seance-proposal.fr.md"), encoding="utf-8") as f:
            self.assertIn("proposition de partenariat", f.read())
        with open(os.path.join(self.box.work, "seance-report.en.md"), encoding="utf-8") as f:
            self.assertIn("coaching report", f.read())

    def test_existing_file_is_never_overwritten_without_force(self):
        path = os.path.join(self.box.work, "mine.md")
        with open(path, "w") as f:
            f.write("my own notes\n")
        os.chmod(path, 0o600)
        before = self.snapshot(path)
        code, out, err = self.export("proposal mine.md")
        self.assertEqual(code, 1)
        self.assertIn("--force", err)
        self.assertUntouched(path, before)
        code, out, err = self.export("proposal mine.md --force")
        self.assertEqual((code, err), (0, ""))
        with open(path, encoding="utf-8") as f:
            self.assertIn("partnership proposal", f.read())
        self.assertEqual(self.mode(path), 0o644)
        self.assertNoStrayFiles(self.box.work, ["script.tandem", "mine.md"])

    def test_directory_and_symlink_are_refused(self):
        target = os.path.join(self.box.work, "target.md")
        with open(target, "w") as f:
            f.write("keep\n")
        before = self.snapshot(target)
        os.symlink(target, os.path.join(self.box.work, "link.md"))
        os.mkdir(os.path.join(self.box.work, "folder"))
        for args, word in (("report link.md --force", "link"), ("report folder", "directory"), ("report nowhere/x.md", "exist")):
            code, out, err = self.export(args)
            self.assertEqual(code, 1, args)
            self.assertIn(word, err)
            self.assertNoTrap(err)
        self.assertUntouched(target, before)
        self.assertEqual(os.listdir(os.path.join(self.box.work, "folder")), [])

    def test_usage_errors(self):
        for args in ("", "proposal a.md b.md", "report --color"):
            code, out, err = self.export(args)
            self.assertEqual(code, 1, args)
            self.assertIn("export proposal|report", err)
        # A wrong word names the words expected in its place.
        for args, expected in (("memo", "proposal, report"), ("report --lang de", "en, fr")):
            code, out, err = self.export(args)
            self.assertEqual(code, 1, args)
            self.assertIn(expected, err)


def subprocess_docx(path):
    """What a freelancer types to send a Word file: `pandoc file.md -o file.docx`."""
    proc = subprocess.run(
        [PANDOC, path, "-o", path + ".docx"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=60
    )
    return proc.returncode, proc.stdout.decode("utf-8", "replace"), proc.stderr.decode("utf-8", "replace")


@unittest.skipIf(PANDOC is None, "pandoc is not installed (Scripts/test installs it)")
class Pandoc(TandemCase):
    """Each export is clean GitHub-flavoured Markdown."""

    def assertClean(self, path):
        code, html, warnings = pandoc_html(path)
        self.assertEqual(code, 0, f"pandoc failed on {path}: {warnings}")
        self.assertEqual(warnings, "", f"pandoc warned on {path}")
        self.assertNotIn("<script", html, path)
        self.assertNotIn("<b>", html, path)
        self.assertNotIn('<a href="u"', html, path)
        self.assertNotIn("<blockquote", html, path)
        self.assertIn("<h1", html)
        self.assertNotIn("pagetitle", html, "the metadata block is read as metadata, not text")
        # pandoc's own Markdown, standalone: the title comes from the metadata
        # block (no warning asking for one), and typed ^ and $ stay text.
        code, page, warnings = pandoc_html(path, reader="markdown", standalone=True)
        self.assertEqual((code, warnings), (0, ""), f"pandoc -s warned on {path}")
        self.assertRegex(page, r"<title>[^<]+</title>", path)
        self.assertRegex(page, r'<html[^>]* lang="(en|fr)"', path)
        self.assertNotIn("<sup>", page, path)
        self.assertNotIn('class="math', page, path)
        code, _, warnings = subprocess_docx(path)
        self.assertEqual((code, warnings), (0, ""), f"pandoc to DOCX warned on {path}")
        return html

    def test_hostile_session_in_both_languages(self):
        self.ok(["-f", self.script(SESSION)])
        commands = "; ".join(
            f"export {kind} --lang {lang}" for kind in ("proposal", "report") for lang in ("en", "fr")
        )
        self.ok(["-c", "open atelier-zoe-marc; " + commands])
        files = sorted(glob.glob(os.path.join(self.box.work, "*.md")))
        self.assertEqual(len(files), 4)
        for path in files:
            html = self.assertClean(path)
            self.assertIn("&lt;script&gt;alert(1)&lt;/script&gt;", html, path)
            self.assertIn('class="mermaid"', html, path)
            with open(path, encoding="utf-8") as f:
                text = f.read()
            self.assertNotIn("\n<", text, "no line starts with HTML")
            if "proposal" in path:
                # Addressed to the future partner: no ids, no personal goals.
                self.assertNotRegex(text, r"\b[epnsra][0-9]+\b")
                self.assertNotIn("perception", text.lower())

    def test_examples(self):
        examples = sorted(glob.glob(os.path.join(EXAMPLES, "*.json")))
        if not examples:
            self.skipTest("no example sessions in Sessions/examples yet")
        os.makedirs(self.box.sessions, mode=0o700)
        for example in examples:
            name = os.path.basename(example)[:-5]
            shutil.copy(example, self.box.session_path(name))
            os.chmod(self.box.session_path(name), 0o600)
            self.ok(["-c", f"open {name}; export proposal {name}-p.md; export report {name}-r.md"])
            for suffix in ("p", "r"):
                self.assertClean(os.path.join(self.box.work, f"{name}-{suffix}.md"))


if __name__ == "__main__":
    unittest.main()
