"""HTML exports in a real headless browser (Debian's chromium): the page
draws (a screenshot that is not blank), prints to a PDF whose text holds the
partners, stages and rules, and asks for nothing from the network."""
import glob
import json
import os
import re
import shutil
import subprocess
import unittest
import zlib

from harness import TandemCase

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
PDFTOTEXT = shutil.which("pdftotext")
PDFINFO = shutil.which("pdfinfo")
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
EXAMPLES = os.path.join(ROOT, "Sessions", "examples")

SESSION = """new Atelier Léa & Sam
partner add Léa "graphiste, illustratrice"
partner add Sam développeur
partner add Noor "cheffe de projet"
stage add "Essai : une première mission"
stage entry s1 Deux devis signés
stage due s1 1 2027-03-15
stage review s1 2027-04-01
stage exit s1 Chacun garde ses clients
stage add Offre commune
stage review s2 2027-09-30
rule add argent Recettes partagées à parts égales après les coûts ; Sam facture
rule add désaccord Une semaine de recul, puis Claire tranche
risk add value Qui valorise les soirées
risk rate r1 4 4
"""


def png_is_blank(path):
    """True when every pixel of the PNG has the same bytes (a blank page)."""
    with open(path, "rb") as f:
        data = f.read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    position, idat = 8, b""
    while position < len(data):
        length = int.from_bytes(data[position : position + 4], "big")
        kind = data[position + 4 : position + 8]
        if kind == b"IDAT":
            idat += data[position + 8 : position + 8 + length]
        position += 12 + length
    pixels = zlib.decompress(idat)
    # Ignore each scanline's filter byte by looking at distinct byte values overall.
    return len(set(pixels)) < 8


@unittest.skipIf(CHROMIUM is None or PDFTOTEXT is None, "chromium and poppler-utils (Scripts/test installs them)")
class Browser(TandemCase):
    def chromium(self, *args):
        profile = os.path.join(self.box.work, "profile")
        command = [
            CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=" + profile,
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
        ] + list(args)
        proc = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=120)
        self.assertEqual(proc.returncode, 0, proc.stderr.decode("utf-8", "replace")[-2000:])

    def export(self, kind, name, lang):
        path = os.path.join(self.box.work, f"{name}-{kind}.{lang}.html")
        self.ok(["-c", f"open {name}; export {kind} {path} --lang {lang}"])
        with open(path, encoding="utf-8") as f:
            return path, f.read()

    def pdf_text(self, html):
        pdf = html + ".pdf"
        self.chromium("--no-pdf-header-footer", "--print-to-pdf=" + pdf, "file://" + html)
        text = subprocess.run([PDFTOTEXT, "-layout", pdf, "-"], stdout=subprocess.PIPE, check=True).stdout
        pages = subprocess.run([PDFINFO, pdf], stdout=subprocess.PIPE, check=True).stdout.decode()
        return text.decode("utf-8"), int(re.search(r"Pages:\s+(\d+)", pages).group(1))

    def test_a_proposal_prints_with_its_partners_stages_and_rules(self):
        self.ok(["-f", self.script(SESSION)])
        for lang in ("fr", "en"):
            html, page = self.export("proposal", "atelier-lea-sam", lang)
            self.assertEqual(page.count("<svg"), 2, "the stage calendar and the risk heat map")
            shot = html + ".png"
            self.chromium("--window-size=1000,1400", "--screenshot=" + shot, "file://" + html)
            self.assertFalse(png_is_blank(shot), "the screenshot shows the page")
            text, pages = self.pdf_text(html)
            flat = " ".join(text.split())
            for expected in ["Léa", "Sam", "Noor", "Essai", "Offre commune", "Deux devis signés"]:
                self.assertIn(expected, flat, f"{lang} PDF")
            self.assertGreaterEqual(pages, 1)
            self.assertLessEqual(pages, 6, "a short proposal stays short")
            if lang == "fr":
                self.assertIn("Partenaires\u00a0:", page)
        # --html without a file: the default name, with its extension.
        os.remove(os.path.join(self.box.work, "atelier-lea-sam-proposal.fr.html"))
        self.ok(["-c", "open atelier-lea-sam; export --html proposal --lang fr"])
        with open(os.path.join(self.box.work, "atelier-lea-sam-proposal.fr.html"), encoding="utf-8") as f:
            self.assertTrue(f.read().startswith("<!DOCTYPE html>\n<html lang=\"fr\">"))
        # The report carries the working agreement's rules too.
        html, page = self.export("report", "atelier-lea-sam", "fr")
        text, _ = self.pdf_text(html)
        flat = " ".join(text.split())
        self.assertIn("Recettes partagées à parts égales après les coûts ; Sam facture", flat)
        self.assertIn("Une semaine de recul, puis Claire tranche", flat)
        # French typography in Tandem's own words (what partners typed stays as typed).
        self.assertIn("bilan\u00a0: 1er avril 2027", page)
        self.assertIn("«\u00a0argent\u00a0»", page)
        self.assertIn("Essai : une première mission", page)

    def test_the_page_asks_nothing_of_the_network(self):
        """Chromium's own log of every request: the page asks for nothing but
        itself (the browser's background calls to its vendor are not the page's)."""
        os.makedirs(self.box.sessions, mode=0o700)
        example = sorted(glob.glob(os.path.join(EXAMPLES, "*.json")))[-1]
        name = os.path.basename(example)[:-5]
        shutil.copy(example, self.box.session_path(name))
        os.chmod(self.box.session_path(name), 0o600)
        html, _ = self.export("report", name, "en")
        log = os.path.join(self.box.work, "net.json")
        self.chromium("--log-net-log=" + log, "--print-to-pdf=" + html + ".pdf", "file://" + html)
        with open(log, encoding="utf-8", errors="replace") as f:
            urls = set(re.findall(r'"((?:https?|file|ftp|wss?)://[^"\s\\]*)', f.read()))
        vendor = re.compile(r"^https?://([a-z0-9.-]+\.)?(google\.com|googleapis\.com|gstatic\.com)(/|$)")
        asked = {u for u in urls if not vendor.match(u) and u != "file://" + html}
        self.assertEqual(asked, set(), "the page requested something")


if __name__ == "__main__":
    unittest.main()
