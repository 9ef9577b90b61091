"""A whole realistic session run from a file (issue 3): two freelancers go
through context, expectations, complementarities, stages with a gate, risks,
health, phase and actions, with direct commands and guided commands whose
answers are the following lines of the script. Then the saved JSON is checked
in detail, and every view runs on the session, fits 80 columns and ends with
its analysis. Once in English, once in French (answers as French labels)."""
import datetime
import os
import re
import unicodedata
import unittest

from harness import TandemCase

# The script, with {placeholders} for the words that change with the language.
# Inside a guided command every following line is an answer (an empty line
# moves on), so comments only stand between commands.
SCRIPT = """\
# Two freelancers prepare their partnership.
new {title}
context
{purpose}
{vision}
{type}
{level}
{relationship}
Zoé, {role_zoe}
Marc, {role_marc}

{represents_zoe}
{represents_marc}
expectations
{zoe_expectation}

skip
{zoe_contribution}

{zoe_commitment}

2026-12-15, {zoe_measure}
6
{zoe_concern}

{zoe_goals}
{marc_expectation}

{marc_interest}

{marc_contribution}

{marc_commitment}

2027-01-31, {marc_measure}
10
skip
skip
e7 e8
e2 e3
e1 e6


# Direct commands on the same module.
expect add Marc {kind_concern} "{marc_concern}"
expect add Zoé {kind_commitment} "{zoe_commitment2}"
expect due e10 2027-01-15
expect measure e10 "{zoe_measure2}"
expect effort e10 2
map need add "{need1}" {critical}
map need add "{need2}"
map need add {need3}
map rate Zoé "{need1}" 3 {rating_note}
map rate Marc "{need1}" 0
map rate Zoé "{need2}" 1
map rate Marc "{need2}" 3
map rate Zoé {need3} 0
map rate Marc {need3} 1
map strength Zoé "{strength}"
map weakness Marc "{weakness}"
stage add {stage1}
stage entry {stage1} "{entry1} | {entry1_measure} | 2026-12-15"
stage entry {stage1} "{entry2}"
stage exit {stage1} "{exit1}"
stage review {stage1} 2027-02-01
stage commit {stage1} Zoé "{stage_commit_zoe}"
stage commit {stage1} Marc "{stage_commit_marc}"
stage deliverable {stage1} "{deliverable}"
stage add {stage2}
stage entry {stage2} "{entry3}"
stage exit {stage2} "{exit2}"
stage review {stage2} 2027-06-30
gate {stage1}
{met}
{evidence1}
{partly}
{evidence2}
{hold}
{gate_note}
risk add {zone_defection} "{risk1}"
risk rate r1 3 4
risk mitigate r1 "{mitigation1}"
risk owner r1 Zoé
risk add {zone_value} "{risk2}"
risk rate r2 4 4
risk add {zone_distance} "{risk3}"
risk rate r3 2 2
risk owner r3 Marc
risk scan {scan_reason} {scan_unsure}
risk scan power-imbalance {scan_no}
health
4
5
3
4
4
5
3
2
5
4
4
3
5
4
phase {euphoria} "{phase_note}"
action add {action1} --owner Zoé --due 2026-12-01
action add {action2} --owner Marc
action done a1
note {note}
save
"""

WORDS = {
    "en": dict(
        title="Duo Studio", name="duo-studio",
        purpose="Build a design studio offer for NGOs together",
        vision="A shared brand known by small NGOs within two years",
        type="technological", level="decide", relationship="friends",
        role_zoe="designer", role_marc="developer",
        represents_zoe="Atelier Zoé", represents_marc="himself, freelance",
        zoe_expectation="Clients from the NGO sector", zoe_contribution="Brand design",
        zoe_commitment="Deliver the brand kit", zoe_measure="kit approved by Marc",
        zoe_concern="Being paid late", zoe_goals="Visibility in Paris",
        marc_expectation="A steady web income", marc_interest="Access to design clients",
        marc_contribution="Web development", marc_commitment="Build the site",
        marc_measure="site online",
        kind_concern="concern", marc_concern="Scope creep",
        kind_commitment="commitment", zoe_commitment2="Review the site copy", zoe_measure2="copy signed off",
        need1="Brand design", need2="Web development", need3="Accounting", critical="critical",
        rating_note="ten years of practice", strength="client relations", weakness="slow to answer mails",
        stage1="Pilot", stage2="Launch",
        entry1="Brand kit approved", entry1_measure="both sign off", entry2="Budget agreed",
        exit1="Either partner may leave after the pilot with their own work",
        stage_commit_zoe="Design three mockups", stage_commit_marc="Set up the hosting",
        deliverable="A landing page", entry3="Two paying clients", exit2="Buy-out at the cost of hours spent",
        met="met", partly="partly", hold="hold",
        evidence1="Marc approved the kit on the call", evidence2="draft budget only",
        gate_note="Budget to be signed next week",
        zone_defection="defection", zone_value="value", zone_distance="distance",
        risk1="Marc may take clients directly", mitigation1="Client contracts signed by both",
        risk2="Disagreement on hours versus design value", risk3="Friends avoid hard talks",
        scan_reason="hidden-agendas", scan_unsure="unsure", scan_no="no",
        euphoria="euphoria", phase_note="everything is new and exciting",
        action1="Send the draft budget", action2="Draft the client contract",
        note="Next meeting in January",
        # What the views print.
        analysis="Analysis", next="Next:", bands=("low", "high", "critical"),
    ),
    "fr": dict(
        title="Duo Atelier", name="duo-atelier",
        purpose="Construire ensemble une offre de studio pour les associations",
        vision="Une marque commune connue des petites associations d'ici deux ans",
        type="technologique", level="décider", relationship="amis",
        role_zoe="graphiste", role_marc="développeur",
        represents_zoe="Atelier Zoé", represents_marc="lui-même, indépendant",
        zoe_expectation="Des clients du secteur associatif", zoe_contribution="Identité visuelle",
        zoe_commitment="Livrer la charte graphique", zoe_measure="charte validée par Marc",
        zoe_concern="Être payée en retard", zoe_goals="Visibilité à Paris",
        marc_expectation="Un revenu web régulier", marc_interest="Accès à des clients design",
        marc_contribution="Développement web", marc_commitment="Construire le site",
        marc_measure="site en ligne",
        kind_concern="crainte", marc_concern="Dérive du périmètre",
        kind_commitment="engagement", zoe_commitment2="Relire les textes du site", zoe_measure2="textes validés",
        need1="Identité visuelle", need2="Développement web", need3="Comptabilité", critical="critique",
        rating_note="dix ans de pratique", strength="relation client", weakness="lent à répondre aux mails",
        stage1="Pilote", stage2="Lancement",
        entry1="Charte validée", entry1_measure="les deux signent", entry2="Budget accepté",
        exit1="Chacun peut partir après le pilote avec son propre travail",
        stage_commit_zoe="Trois maquettes", stage_commit_marc="Mettre en place l'hébergement",
        deliverable="Une page d'accueil", entry3="Deux clients payants", exit2="Rachat au coût des heures passées",
        met="remplie", partly="en partie", hold="attendre",
        evidence1="Marc a validé la charte en réunion", evidence2="budget en brouillon",
        gate_note="Budget à signer la semaine prochaine",
        zone_defection="défection", zone_value="valeur", zone_distance="distance",
        risk1="Marc pourrait traiter seul avec les clients", mitigation1="Contrats clients signés par les deux",
        risk2="Désaccord entre heures passées et valeur du design", risk3="Entre amis on évite les sujets durs",
        scan_reason='"objectifs cachés"', scan_unsure='"pas sûr"', scan_no="non",
        euphoria="euphorie", phase_note="tout est nouveau et enthousiasmant",
        action1="Envoyer le budget", action2="Rédiger le contrat client",
        note="Prochaine réunion en janvier",
        analysis="Analyse", next="Suite\u00a0:", bands=("faible", "élevé", "critique"),
    ),
}

VIEWS = ("expect list", "map show", "stages show", "risks show", "health show", "phase", "actions", "status")
# Views whose analysis comes under a heading of its own.
WITH_HEADING = ("expect list", "map show", "stages show", "risks show")

HEALTH = [4, 5, 3, 4, 4, 5, 3, 2, 5, 4, 4, 3, 5, 4]
INGREDIENTS = ["vision", "trust", "leadership", "objectives", "care", "values", "decisions"]


def display_width(line):
    """Columns a line takes on a terminal: characters, not bytes; combining
    marks take none, wide East Asian characters two."""
    width = 0
    for ch in line:
        if unicodedata.combining(ch):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


def today_utc():
    return datetime.datetime.now(datetime.timezone.utc).date().isoformat()


class FullSession(TandemCase):
    """The whole coaching path in one script, checked in the file and the views."""

    def run_session(self, lang):
        w = WORDS[lang]
        text = SCRIPT.format(**w)
        path = self.script(text, name=f"session-{lang}.tandem")
        days = {today_utc()}
        code, out, err = self.tandem(["--lang", lang, "-f", path], timeout=20)
        days.add(today_utc())
        self.assertEqual((code, err), (0, ""), f"the script failed:\n{err}\n--- stdout:\n{out[-3000:]}")
        self.assertNoTrap(out)
        self.assertNotIn("\x1b", out, "colour or escapes on a pipe")
        self.assertFits80(out, "the script's output")
        self.assertNotRegex(out, r"\[[a-z]+(\.[a-z0-9-]+)+\]", "a catalogue key was shown instead of its text")
        return w, self.load_session(w["name"]), days, out

    def assertFits80(self, text, what):
        long = [(n + 1, l) for n, l in enumerate(text.split("\n")) if display_width(l) > 80]
        self.assertEqual(long, [], f"{what}: lines longer than 80 columns")

    def assertDay(self, value, days, what):
        self.assertIn(value, days, f"{what}: {value!r} is not today ({sorted(days)})")

    # The saved file ------------------------------------------------------------

    def check_json(self, lang, w, data, days):
        self.assertIsInstance(data["schemaVersion"], int)
        self.assertEqual(data["title"], w["title"])
        self.assertEqual(data["language"], lang)
        type_ = "technological"
        self.assertEqual(data["context"], {
            "purpose": w["purpose"], "vision": w["vision"], "type": type_, "level": "decide", "relationship": "friends",
        })
        self.assertEqual(data["partners"], [
            {"id": "p1", "name": "Zoé", "role": w["role_zoe"], "represents": w["represents_zoe"], "personalGoals": w["zoe_goals"]},
            {"id": "p2", "name": "Marc", "role": w["role_marc"], "represents": w["represents_marc"], "personalGoals": ""},
        ])

        # Expectations: the guided answers (e1-e8), then the direct ones (e9, e10).
        def item(id_, partner, kind, text, answered=(), due=None, measure="", effort=None):
            d = {"id": id_, "partner": partner, "kind": kind, "text": text, "answeredBy": list(answered), "measure": measure}
            if due:
                d["due"] = due
            if effort:
                d["effort"] = effort
            return d

        self.assertEqual(data["expectations"], [
            item("e1", "p1", "expectation", w["zoe_expectation"], answered=["e7", "e8"]),
            item("e2", "p1", "contribution", w["zoe_contribution"]),
            item("e3", "p1", "commitment", w["zoe_commitment"], due="2026-12-15", measure=w["zoe_measure"], effort=6),
            item("e4", "p1", "concern", w["zoe_concern"]),
            item("e5", "p2", "expectation", w["marc_expectation"], answered=["e2", "e3"]),
            item("e6", "p2", "interest", w["marc_interest"]),
            item("e7", "p2", "contribution", w["marc_contribution"]),
            item("e8", "p2", "commitment", w["marc_commitment"], due="2027-01-31", measure=w["marc_measure"], effort=10),
            item("e9", "p2", "concern", w["marc_concern"]),
            item("e10", "p1", "commitment", w["zoe_commitment2"], due="2027-01-15", measure=w["zoe_measure2"], effort=2),
        ])

        # Complementarities.
        self.assertEqual(data["needs"], [
            {"id": "n1", "name": w["need1"], "critical": True},
            {"id": "n2", "name": w["need2"], "critical": False},
            {"id": "n3", "name": w["need3"], "critical": False},
        ])
        ratings = {(r["partner"], r["need"]): (r["score"], r["note"]) for r in data["ratings"]}
        self.assertEqual(ratings, {
            ("p1", "n1"): (3, w["rating_note"]), ("p2", "n1"): (0, ""),
            ("p1", "n2"): (1, ""), ("p2", "n2"): (3, ""),
            ("p1", "n3"): (0, ""), ("p2", "n3"): (1, ""),
        })
        self.assertEqual(len(data["ratings"]), 6, "one rating per partner and need")
        self.assertEqual(data["traits"], [
            {"partner": "p1", "kind": "strength", "text": w["strength"]},
            {"partner": "p2", "kind": "weakness", "text": w["weakness"]},
        ])

        # Stages, with the gate answered from the script.
        s1, s2 = data["stages"]
        self.assertEqual((s1["id"], s1["name"], s1["review"]), ("s1", w["stage1"], "2027-02-01"))
        self.assertEqual(s1["entry"], [
            {"text": w["entry1"], "measure": w["entry1_measure"], "due": "2026-12-15"},
            {"text": w["entry2"], "measure": ""},
        ])
        self.assertEqual(s1["exits"], [w["exit1"]])
        self.assertEqual(s1["commitments"], [
            {"partner": "p1", "text": w["stage_commit_zoe"]}, {"partner": "p2", "text": w["stage_commit_marc"]},
        ])
        self.assertEqual(s1["deliverables"], [w["deliverable"]])
        self.assertEqual(len(s1["gates"]), 1, s1["gates"])
        gate = s1["gates"][0]
        self.assertEqual(gate["verdict"], "hold")
        self.assertDay(gate["date"], days, "gate date")
        self.assertEqual(gate["note"], w["gate_note"])
        self.assertEqual(gate["assessments"], [
            {"condition": w["entry1"], "status": "met", "evidence": w["evidence1"]},
            {"condition": w["entry2"], "status": "partly", "evidence": w["evidence2"]},
        ])
        self.assertIsNone(s1.get("draft"), "the gate was concluded: no draft left")
        self.assertEqual((s2["id"], s2["name"], s2["review"], s2["gates"]), ("s2", w["stage2"], "2027-06-30", []))
        self.assertEqual(s2["entry"], [{"text": w["entry3"], "measure": ""}])
        self.assertEqual(s2["exits"], [w["exit2"]])

        # Risks: ids, zones, ratings (score = likelihood × impact), owners.
        risks = {r["id"]: r for r in data["risks"]}
        self.assertEqual(sorted(risks), ["r1", "r2", "r3"])
        expected = {
            "r1": ("defection", w["risk1"], 3, 4, w["mitigation1"], "p1"),
            "r2": ("value", w["risk2"], 4, 4, "", ""),
            "r3": ("distance", w["risk3"], 2, 2, "", "p2"),
        }
        for rid, (zone, text, likelihood, impact, mitigation, owner) in expected.items():
            r = risks[rid]
            self.assertEqual((r["zone"], r["text"], r["likelihood"], r["impact"], r["mitigation"], r["owner"], r["status"]),
                             (zone, text, likelihood, impact, mitigation, owner, "open"), rid)
        self.assertEqual(data["failureScan"], {"hidden-agendas": "unsure", "power-imbalance": "no"})

        # Health: 7 ingredients rated by each partner, in order, dated today.
        health = [(h["partner"], h["ingredient"], h["score"]) for h in data["health"]]
        self.assertEqual(health, [(p, i, s) for (p, i), s in zip(
            [(p, i) for p in ("p1", "p2") for i in INGREDIENTS], HEALTH)])
        for h in data["health"]:
            self.assertDay(h["date"], days, "health rating date")

        # Phase, actions, note.
        self.assertEqual(len(data["phases"]), 1)
        self.assertEqual((data["phases"][0]["phase"], data["phases"][0]["note"]), ("euphoria", w["phase_note"]))
        self.assertDay(data["phases"][0]["date"], days, "phase date")
        a1, a2 = data["actions"]
        self.assertEqual((a1["id"], a1["text"], a1["owner"], a1["due"]), ("a1", w["action1"], "p1", "2026-12-01"))
        self.assertDay(a1["done"], days, "a1 done")
        self.assertDay(a1["created"], days, "a1 created")
        self.assertEqual((a2["id"], a2["text"], a2["owner"]), ("a2", w["action2"], "p2"))
        self.assertNotIn("done", a2)
        self.assertNotIn("due", a2)
        self.assertEqual([n["text"] for n in data["notes"]], [w["note"]])
        self.assertRegex(data["notes"][0]["date"], r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")

        self.assertEqual(data["counters"], {"partner": 2, "expectation": 10, "tension": 1, "need": 3, "stage": 2, "risk": 3, "action": 2})

        # The tension named in the guide, between Zoé's expectation and Marc's interest.
        self.assertEqual([t["between"] for t in data["tensions"]], [["e1", "e6"]])
        # What the guide recorded: every answered question, and the three skipped.
        guide = data["guide"]
        answered = {
            "context.purpose", "context.vision", "context.type", "context.level", "context.relationship",
            "context.partners", "context.represents.p1", "context.represents.p2",
            "expectations.p1.expectation", "expectations.p1.contribution", "expectations.p1.commitment",
            "expectations.p1.concern", "expectations.p1.goals", "expectations.e3.terms", "expectations.e3.effort",
            "expectations.p2.expectation", "expectations.p2.interest", "expectations.p2.contribution",
            "expectations.p2.commitment", "expectations.e8.terms", "expectations.e8.effort",
            "expectations.e1.link", "expectations.e5.link", "expectations.tensions",
        } | {f"health.{p}.{i}" for p in ("p1", "p2") for i in INGREDIENTS}
        missing = answered - set(guide["answered"])
        self.assertEqual(missing, set(), "answered questions not recorded")
        for key, day in guide["answered"].items():
            self.assertDay(day, days, f"guide.answered[{key}]")
        self.assertEqual(set(guide["skipped"]),
                         {"expectations.p1.interest", "expectations.p2.concern", "expectations.p2.goals"})
        for key, day in guide["skipped"].items():
            self.assertDay(day, days, f"guide.skipped[{key}]")
        self.assertFalse(set(guide["skipped"]) & set(guide["answered"]), "a question both answered and skipped")

    # The views -------------------------------------------------------------------

    def check_views(self, lang, w):
        outputs = {}
        for view in VIEWS:
            code, out, err = self.tandem(["--lang", lang, "-c", f"open {w['name']}; {view}"], timeout=20)
            self.assertEqual((code, err), (0, ""), f"{view}: exit {code}\n{err}\n{out}")
            self.assertNoTrap(out)
            self.assertNotIn("\x1b", out)
            self.assertFits80(out, f"{lang} {view}")
            self.assertNotRegex(out, r"\[[a-z]+(\.[a-z0-9-]+)+\]", f"{view}: a catalogue key was shown instead of its text")
            lines = out.rstrip("\n").split("\n")
            self.assertGreater(len(lines), 2, f"{view} shows nothing:\n{out}")
            self.assertAnalysisAtEnd(view, lines, w)
            outputs[view] = out
        return outputs

    def assertAnalysisAtEnd(self, view, lines, w):
        """The view ends with its analysis: findings ("  - …"), suggestions or
        the next step, and (where the view has one) after an Analysis heading
        that follows the data."""
        text = "\n".join(lines)
        paragraphs = [p for p in re.split(r"\n\s*\n", text) if p.strip()]
        last = paragraphs[-1].split("\n")
        finding = re.compile(r"^\s+(- |\d+\. |In short|En bref)")
        self.assertTrue(
            any(finding.match(l) for l in last) or last[-1].startswith(w["next"]),
            f"{view} does not end with an analysis:\n{text}")
        if view in WITH_HEADING:
            headings = [i for i, l in enumerate(lines) if l.strip() == w["analysis"]]
            self.assertEqual(len(headings), 1, f"{view}: no single {w['analysis']!r} heading:\n{text}")
            after = [l for l in lines[headings[0] + 1:] if l.strip()]
            self.assertTrue(after, f"{view}: an empty analysis")
            self.assertTrue(all(l.startswith("  ") for l in after), f"{view}: data after the analysis:\n{text}")
            self.assertGreater(headings[0], 2, f"{view}: the analysis comes before the data")

    def check_view_contents(self, w, outputs):
        """The views show what the script entered."""
        self.assertIn(w["zoe_expectation"], outputs["expect list"])
        self.assertIn("e10", outputs["expect list"])
        self.assertRegex(outputs["map show"], r"!\s+" + re.escape(w["need1"]))
        self.assertIn(w["gate_note"], outputs["stages show"])
        self.assertIn(w["hold"], outputs["stages show"])
        risks = outputs["risks show"]
        low, high, critical = w["bands"]
        self.assertRegex(risks, r"r2\s+16\s+" + critical)
        self.assertRegex(risks, r"r1\s+12\s+" + high)
        self.assertRegex(risks, r"r3\s+4\s+" + low)
        health = outputs["health show"]
        self.assertRegex(health, r"vision\s+4\s+2\s+3[.,]0")
        self.assertIn(w["euphoria"], outputs["phase"])
        self.assertIn(w["action2"], outputs["actions"])
        self.assertIn(w["purpose"], outputs["status"])

    def full_session(self, lang):
        w, data, days, _ = self.run_session(lang)
        self.check_json(lang, w, data, days)
        outputs = self.check_views(lang, w)
        self.check_view_contents(w, outputs)
        # The views changed nothing on disk.
        before = self.snapshot(self.box.session_path(w["name"]))
        self.tandem(["--lang", lang, "-c", f"open {w['name']}; status"])
        self.assertUntouched(self.box.session_path(w["name"]), before)

    def test_english(self):
        self.full_session("en")

    def test_french(self):
        self.full_session("fr")

    def test_reopened_session_resumes_the_guide_where_it_stands(self):
        """After the script, `guide` resumes at the first open question: what
        answers the concerns (left for later), never the questions settled before."""
        w, data, _, _ = self.run_session("en")
        path = self.script("open duo-studio\nguide\nstop\n", name="resume.tandem")
        code, out, err = self.tandem(["-f", path])
        self.assertEqual((code, err), (0, ""), out)
        # The context and the settled expectations are not asked again: the
        # guide goes straight to the first concern left without a safeguard.
        self.assertNotIn("Why do you want to work together?", out)
        self.assertNotIn("Zoé, what do you expect", out)
        self.assertRegex(out, r"(?m)^Expectations$")  # the module's title: it runs
        self.assertIn('Zoé is worried: e4 "', out)
        self.assertNotIn("pull against each other", out, "the tension question was answered")

    # Regression (fixed): `tandem -f FIFO` (a named pipe, or `tandem -f <(generate-script)` in
    # bash) fails with "FIFO: cannot be read." and exit 1: the script file is
    # read with FileManager.contents(atPath:), which returns nil for a pipe.
    # Expected: the script is read from the pipe like from stdin.
    def test_script_from_a_named_pipe(self):
        import threading
        fifo = os.path.join(self.box.work, "script.fifo")
        os.mkfifo(fifo)
        text = SCRIPT.format(**WORDS["en"]).encode()

        def feed():
            try:
                fd = os.open(fifo, os.O_WRONLY)
            except OSError:
                return
            try:
                os.write(fd, text)
            except OSError:
                pass
            finally:
                os.close(fd)

        writer = threading.Thread(target=feed, daemon=True)
        writer.start()
        code, out, err = self.tandem(["-f", fifo], timeout=20)
        # Unblock the writer when the program never opened the pipe.
        try:
            os.close(os.open(fifo, os.O_RDONLY | os.O_NONBLOCK))
        except OSError:
            pass
        writer.join(5)
        self.assertEqual((code, err), (0, ""), out)
        self.assertEqual(len(self.load_session("duo-studio")["expectations"]), 10)


if __name__ == "__main__":
    unittest.main()
