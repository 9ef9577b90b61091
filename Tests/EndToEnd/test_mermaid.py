"""Every Mermaid block of the Markdown exports rendered by the real
mermaid.js (the pinned offline copy in the PyPI package artoo-mermaid, which
Scripts/test fetches into .build/mermaid) inside Debian's headless chromium:
no syntax error in any block, in both languages, for both example sessions
and a session whose risks are rated alike; and the rendered risk quadrant has
no two point labels drawn over each other."""
import glob
import html
import json
import os
import re
import shutil
import subprocess
import unittest

from harness import TandemCase

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
EXAMPLES = os.path.join(ROOT, "Sessions", "examples")
MERMAID = os.environ.get("TANDEM_MERMAID_JS") or os.path.join(
    ROOT, ".build", "mermaid", "artoo_mermaid", "assets", "mermaid.min.js")

# Risks rated alike pile up unless the export spreads them (issue 11).
ALIKE = """new Risques pareils
partner add Zoé designer
partner add Marc développeur
risk add value Qui paie le temps passé à coordonner « les clients »
risk add defection L'un part avec les clients ; l'autre reste seul
risk add distance On se voit moins d'une fois par mois
risk add evaluation Personne ne mesure le résultat
risk add other Le local coûte trop cher
risk rate r1 3 3
risk rate r2 3 3
risk rate r3 3 3
risk rate r4 3 3
risk rate r5 5 5
stage add Essai
stage entry s1 Deux devis signés
stage due s1 1 2027-03-15
stage review s1 2027-04-01
phase euphoria On démarre
"""

PAGE = """<!doctype html><html><head><meta charset="utf-8"></head><body><pre id="out">pending</pre>
<script src="file://{mermaid}"></script>
<script>
const blocks = {blocks};
mermaid.initialize({{startOnLoad: false, securityLevel: "strict"}});
function overlaps(a, b) {{
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}}
(async () => {{
  const results = [];
  for (let i = 0; i < blocks.length; i++) {{
    try {{
      const {{ svg }} = await mermaid.render("m" + i, blocks[i]);
      const host = document.createElement("div");
      host.innerHTML = svg;
      document.body.appendChild(host);
      const labels = [...host.querySelectorAll("g.data-point text")].map(t => {{
        const r = t.getBoundingClientRect();
        return {{ text: t.textContent, x: r.x, y: r.y, width: r.width, height: r.height }};
      }});
      const piled = [];
      for (let a = 0; a < labels.length; a++)
        for (let b = a + 1; b < labels.length; b++)
          if (overlaps(labels[a], labels[b])) piled.push([labels[a].text, labels[b].text]);
      results.push({{ ok: true, kind: blocks[i].trim().split(/\\s/)[0], labels: labels.length, piled }});
    }} catch (e) {{
      results.push({{ ok: false, error: String((e && e.message) || e), block: blocks[i] }});
    }}
  }}
  document.getElementById("out").textContent = JSON.stringify(results);
}})();
</script></body></html>
"""


@unittest.skipIf(CHROMIUM is None, "chromium (Scripts/test installs it)")
class MermaidRenders(TandemCase):
    def setUp(self):
        super().setUp()
        self.assertTrue(os.path.exists(MERMAID),
                        f"no mermaid.min.js at {MERMAID}: Scripts/test fetches artoo-mermaid into .build/mermaid")
        os.makedirs(self.box.sessions, mode=0o700, exist_ok=True)
        for path in glob.glob(os.path.join(EXAMPLES, "*.json")):
            shutil.copy(path, self.box.sessions)

    def blocks(self, session, kind, lang):
        path = os.path.join(self.box.work, f"{session}-{kind}.{lang}.md")
        self.ok(["-c", f"open {session}; export {kind} {path} --lang {lang}"])
        with open(path, encoding="utf-8") as f:
            return re.findall(r"^```mermaid\n(.*?)^```", f.read(), re.S | re.M)

    def render(self, blocks):
        page = os.path.join(self.box.work, "render.html")
        with open(page, "w", encoding="utf-8") as f:
            f.write(PAGE.format(mermaid=MERMAID, blocks=json.dumps(blocks)))
        command = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                   "--user-data-dir=" + os.path.join(self.box.work, "profile"), "--disable-background-networking",
                   "--disable-component-update", "--disable-sync", "--virtual-time-budget=30000",
                   "--window-size=1200,1600", "--dump-dom", "file://" + page]
        proc = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=180)
        self.assertEqual(proc.returncode, 0, proc.stderr.decode("utf-8", "replace")[-2000:])
        found = re.search(r'<pre id="out">(.*?)</pre>', proc.stdout.decode("utf-8"), re.S)
        self.assertIsNotNone(found, "the page did not run")
        self.assertNotEqual(found.group(1), "pending", "mermaid.js did not finish")
        return json.loads(html.unescape(found.group(1)))

    def check(self, session, kinds=("proposal", "report")):
        blocks, names = [], []
        for kind in kinds:
            for lang in ("en", "fr"):
                these = self.blocks(session, kind, lang)
                self.assertTrue(these, f"{session} {kind} {lang}: no Mermaid block")
                blocks += these
                names += [f"{session} {kind} {lang} block {n + 1}" for n in range(len(these))]
        results = self.render(blocks)
        self.assertEqual(len(results), len(blocks))
        for name, result in zip(names, results):
            self.assertTrue(result["ok"], f"{name}: {result.get('error')}\n{result.get('block')}")
            if result["kind"] == "quadrantChart":
                self.assertGreater(result["labels"], 0, f"{name}: no point drawn")
                self.assertEqual(result["piled"], [], f"{name}: labels drawn over each other")
        return results

    def test_the_examples_render_without_error(self):
        for session in ("atelier-zoe-marc", "hearing-screening-app"):
            with self.subTest(session=session):
                kinds = [r["kind"] for r in self.check(session)]
                self.assertIn("quadrantChart", kinds)
                self.assertIn("gantt", kinds)

    def test_risks_rated_alike_do_not_pile_up(self):
        code, out, err = self.tandem(["--lang", "fr"], stdin=ALIKE)
        self.assertEqual((code, err), (0, ""), out[-2000:])
        results = self.check("risques-pareils")
        quadrants = [r for r in results if r["kind"] == "quadrantChart"]
        self.assertTrue(quadrants)
        self.assertTrue(all(r["labels"] == 5 for r in quadrants), quadrants)


if __name__ == "__main__":
    unittest.main()
