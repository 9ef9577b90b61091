"""Sessions/schema.json against real sessions: the examples, every file the
binary writes in a few realistic runs (guided steps, a gate stopped half-way,
a follow-up stopped and resumed, checkpoints), and deliberately wrong files
that must fail, so the schema is known to say something. Also checks what a
schema cannot say: ids unique, references that resolve, counters ahead of
the ids, and that the examples are what their build scripts make.

Needs python3's jsonschema module (Scripts/test installs it); the rebuild of
the examples needs faketime and is skipped without it."""
import copy
import glob
import json
import os
import re
import shutil
import subprocess
import tempfile
import unittest

import harness
from harness import TandemCase

try:
    import jsonschema
except ImportError:  # pragma: no cover - Scripts/test installs it
    jsonschema = None

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SCHEMA_PATH = os.path.join(ROOT, "Sessions", "schema.json")
EXAMPLES = os.path.join(ROOT, "Sessions", "examples")


def validator():
    with open(SCHEMA_PATH, encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def schema_errors(session):
    """Every place the session breaks the schema, as 'path: message' lines."""
    return [
        "/".join(str(p) for p in error.absolute_path) + ": " + error.message
        for error in sorted(validator().iter_errors(session), key=lambda e: list(map(str, e.absolute_path)))
    ]


def integrity_errors(session):
    """What the schema cannot express: unique ids, references that resolve
    (in the session and in each checkpoint), counters at least the ids given."""
    errors = []

    def check(state, where):
        ids = {}
        for key in ("partners", "expectations", "needs", "stages", "risks", "actions"):
            seen = [item["id"] for item in state.get(key, [])]
            if len(seen) != len(set(seen)):
                errors.append(f"{where}{key}: ids repeated: {seen}")
            ids[key] = set(seen)
        for e in state.get("expectations", []):
            if e["partner"] not in ids["partners"]:
                errors.append(f"{where}expectation {e['id']}: unknown partner {e['partner']}")
            for answer in e.get("answeredBy", []):
                if answer not in ids["expectations"]:
                    errors.append(f"{where}expectation {e['id']}: answered by unknown {answer}")
        for r in state.get("ratings", []):
            if r["partner"] not in ids["partners"] or r["need"] not in ids["needs"]:
                errors.append(f"{where}rating {r}: unknown partner or need")
        for key in ("traits", "health"):
            for item in state.get(key, []):
                if item["partner"] not in ids["partners"]:
                    errors.append(f"{where}{key}: unknown partner {item['partner']}")
        for stage in state.get("stages", []):
            for c in stage.get("commitments", []):
                if c["partner"] not in ids["partners"]:
                    errors.append(f"{where}stage {stage['id']}: commitment of unknown {c['partner']}")
        return ids

    live = check(session, "")
    counters = session.get("counters", {})
    kinds = {"partners": "partner", "expectations": "expectation", "needs": "need", "stages": "stage",
             "risks": "risk", "actions": "action"}
    for key, kind in kinds.items():
        for ident in live[key]:
            if int(ident[1:]) > counters.get(kind, 0):
                errors.append(f"{key}: {ident} is past counters.{kind} = {counters.get(kind)}")
    checkpoint_ids = [c["id"] for c in session.get("checkpoints", [])]
    if len(checkpoint_ids) != len(set(checkpoint_ids)):
        errors.append(f"checkpoints: ids repeated: {checkpoint_ids}")
    for ident in checkpoint_ids:
        if int(ident[1:]) > counters.get("checkpoint", 0):
            errors.append(f"checkpoints: {ident} is past counters.checkpoint")
    for c, state in zip(session.get("checkpoints", []), harness.checkpoint_states(session)):
        check(state, f"checkpoint {c['id']}: ")
    return errors


def load(path):
    with open(path, "rb") as f:
        return json.loads(f.read().decode("utf-8"))


@unittest.skipIf(jsonschema is None, "python3's jsonschema module is missing (Scripts/test installs it)")
class SchemaCase(TandemCase):
    def assertValid(self, session, what):
        problems = schema_errors(session) + integrity_errors(session)
        self.assertEqual(problems, [], f"{what} does not match Sessions/schema.json:\n" + "\n".join(problems))

    def assertAllValid(self, directory=None):
        """Validates every JSON file in the sandbox's sessions directory; returns their names."""
        directory = directory or self.box.sessions
        files = sorted(glob.glob(os.path.join(directory, "*.json")))
        self.assertTrue(files, f"no session in {directory}")
        for path in files:
            self.assertValid(load(path), os.path.basename(path))
        return [os.path.basename(p)[:-5] for p in files]

    def step(self, script, lang="en"):
        """Runs a script (commands and guided answers) and validates every session written."""
        self.ok(["--lang", lang, "-f", self.script(script)])
        return self.assertAllValid()


class ExampleTests(SchemaCase):
    def test_schema_is_a_valid_draft_2020_12_schema(self):
        with open(SCHEMA_PATH, encoding="utf-8") as f:
            schema = json.load(f)
        self.assertEqual(schema["$schema"], "https://json-schema.org/draft/2020-12/schema")
        jsonschema.Draft202012Validator.check_schema(schema)

    def test_examples_match_the_schema(self):
        files = sorted(glob.glob(os.path.join(EXAMPLES, "*.json")))
        languages = set()
        for path in files:
            session = load(path)
            self.assertValid(session, os.path.relpath(path, ROOT))
            languages.add(session.get("language"))
        self.assertGreaterEqual(len(files), 2, "Sessions/examples holds two sessions at least")
        self.assertEqual(languages, {"en", "fr"}, "one example in each language")

    def test_examples_exercise_every_module(self):
        for path in sorted(glob.glob(os.path.join(EXAMPLES, "*.json"))):
            s = load(path)
            name = os.path.basename(path)
            with self.subTest(example=name):
                for key in ("type", "level", "relationship", "purpose", "vision"):
                    self.assertTrue(s["context"].get(key), f"{name}: context.{key}")
                self.assertTrue(all(p["represents"] for p in s["partners"]), f"{name}: whom partners represent")
                self.assertTrue(any(p["personalGoals"] for p in s["partners"]), f"{name}: personal goals")
                kinds = {e["kind"] for e in s["expectations"]}
                self.assertEqual(kinds, {"expectation", "interest", "contribution", "commitment", "concern"})
                self.assertTrue(any(e["answeredBy"] for e in s["expectations"]), f"{name}: links")
                self.assertTrue(any(n["critical"] for n in s["needs"]), f"{name}: a critical need")
                self.assertTrue(s["traits"], f"{name}: strengths and weaknesses")
                verdicts = {g["verdict"] for st in s["stages"] for g in st["gates"]}
                self.assertLessEqual({"advance", "hold"}, verdicts, f"{name}: gates")
                self.assertEqual({r["zone"] for r in s["risks"]} & {"defection", "distance", "value", "evaluation"},
                                 {"defection", "distance", "value", "evaluation"}, f"{name}: the four zones")
                self.assertEqual(len(s["failureScan"]), 10, f"{name}: the failure scan")
                rated = {h["partner"] for h in s["health"]}
                self.assertEqual(rated, {p["id"] for p in s["partners"]}, f"{name}: health by every partner")
                self.assertGreaterEqual(len({p["phase"] for p in s["phases"]}), 2, f"{name}: a phase timeline")
                self.assertTrue(any(a.get("done") for a in s["actions"]), f"{name}: an action done")
                self.assertTrue(any(not a.get("done") for a in s["actions"]), f"{name}: an open action")
                self.assertTrue(s["notes"], f"{name}: notes")
                self.assertTrue(s["guide"]["skipped"], f"{name}: skipped questions")
                self.assertTrue(s["checkpoints"], f"{name}: a checkpoint")
                last = harness.checkpoint_states(s)[-1]
                live = {k: s[k] for k in last}
                self.assertNotEqual(last, live, f"{name}: the session moved since its last checkpoint")

    @unittest.skipIf(shutil.which("faketime") is None, "faketime is missing: the examples cannot be rebuilt")
    def test_examples_are_what_their_scripts_build(self):
        out = os.path.join(self.box.root, "examples")
        proc = subprocess.run(
            ["bash", os.path.join(EXAMPLES, "build.sh"), out],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=120,
            env=dict(os.environ, TANDEM_BIN=harness.BIN),
        )
        self.assertEqual(proc.returncode, 0, harness.decode(proc.stderr))
        scripts = sorted(glob.glob(os.path.join(EXAMPLES, "build-*.tandem")))
        self.assertTrue(scripts)
        for script in scripts:
            name = os.path.basename(script)[len("build-"):-len(".tandem")] + ".json"
            with open(os.path.join(EXAMPLES, name), "rb") as a, open(os.path.join(out, name), "rb") as b:
                self.assertTrue(
                    a.read() == b.read(),
                    f"Sessions/examples/{name} is not what {os.path.basename(script)} builds: "
                    "run Sessions/examples/build.sh and read the result",
                )


GUIDED = """lang fr
new Café des Deux Rives
context
Ouvrir un café-librairie associatif au bord de la Saône
back
Ouvrir un café-librairie associatif au bord de la Saône, avec des lectures le jeudi
Un lieu ouvert sept jours sur sept, qui paie deux salaires d'ici 2028
groupement
décider
famille
Inès, gérante
Karim, libraire

skip
Karim, en son nom propre
expectations
Que Karim tienne la librairie le week-end

skip
Son expérience de gérante de bar
stop
map
Cuisine et bar, critique
Choix des livres

3 dix ans de bar
stop
"""

GATES = """open cafe-des-deux-rives
stage add Essai
stage entry Essai "Un mois d'ouverture le samedi | chiffre d'affaires tenu | 2026-05-30"
stage entry Essai "Bail signé"
stage commit Essai Inès "Tenir le bar le samedi"
stage deliverable Essai "Compte rendu du mois d'essai"
stage exit Essai "Chacun reprend ses apports ; le stock de livres revient à Karim"
stage review Essai 2026-06-01
stage add "Ouverture complète"
stage entry "Ouverture complète" "Prêt bancaire accordé | offre de prêt | 2026-09-01"
gate Essai
remplie
Chiffre d'affaires de 4 200 € sur le mois
stop
"""

GATES_END = """open cafe-des-deux-rives
gate Essai
en partie
Le bail attend la signature du propriétaire

Revoir dans trois semaines
gate Essai
remplie

remplie
Signé le 12 juin
avancer
C'est parti
gate "Ouverture complète"
skip
skip
risk add defection "Karim repart à Paris si la librairie ne décolle pas"
risk rate r1 2 5
risk owner r1 Inès
risk mitigate r1 "Un point à six mois sur le chiffre de la librairie"
risk add distance "Frère et sœur : difficile de se dire que l'autre ne fait pas sa part"
risk rate r2 4 3
risk status r2 watching
risk add value-money "ignored"
"""

FOLLOW = """open cafe-des-deux-rives
risk scan power-imbalance unsure
risk scan hidden-agendas no
health rate Inès vision 4
health rate Inès trust 5
health rate Karim vision 2
health rate Karim trust 4
phase euphorie "L'essai marche mieux que prévu"
action add "Demander trois devis pour la cuisine" --owner Inès --due 2026-06-10
action add "Choisir le nom de l'association" --due +3
note "Karim parle de Paris à chaque réunion."
checkpoint "Après l'essai"
risk rate r1 3 5
action done a1
phase crise "Le prêt est refusé"
followup
oui
stop
"""

FOLLOW_END = """open cafe-des-deux-rives
followup
crise, le prêt nous a fait peur
performance, la banque a dit oui
performance
La banque a fini par dire oui, avec un apport plus élevé
4 5

action Rappeler la banque ; avant vendredi

4
5
4
4
3
4
4
2
4
3
3
2
4
2
diff
checkpoints
review checkin +30
review formal +6m
partner remove Karim
undo
partner rename Inès "Inès B."
expect add Karim commitment "Trouver un second prêteur"
expect due e3 2026-10-01
expect measure e3 "lettre d'accord"
expect link e1 e3
health show
action accept all
checkpoint
save
save as cafe-copie
"""


class WrittenSessionTests(SchemaCase):
    def test_every_session_written_along_a_coaching_path_matches_the_schema(self):
        self.step(GUIDED, "fr")
        session = self.load_session("cafe-des-deux-rives")
        self.assertIn("context.represents.p1", session["guide"]["skipped"])
        self.step(GATES, "fr")
        session = self.load_session("cafe-des-deux-rives")
        self.assertIn("draft", session["stages"][0], "a gate stopped half-way is kept as a draft")
        # A failing command stops the script: everything before it is saved and must still match.
        code, _, err = self.tandem(["--lang", "fr", "-f", self.script(GATES_END)])
        self.assertEqual(code, 1, err)
        self.assertIn("value-money", err)
        self.assertAllValid()
        session = self.load_session("cafe-des-deux-rives")
        self.assertEqual([g["verdict"] for g in session["stages"][0]["gates"]], ["hold", "advance"])
        self.step(FOLLOW, "fr")
        session = self.load_session("cafe-des-deux-rives")
        self.assertIn("underway", session["reviews"], "a follow-up stopped half-way is kept")
        names = self.step(FOLLOW_END, "fr")
        self.assertEqual(names, ["cafe-copie", "cafe-des-deux-rives"])
        session = self.load_session("cafe-des-deux-rives")
        self.assertNotIn("underway", session["reviews"])
        self.assertEqual([c["id"] for c in session["checkpoints"]], ["c1", "c2", "c3"])

    def test_an_example_reopened_and_followed_up_still_matches(self):
        os.makedirs(self.box.sessions)
        for path in glob.glob(os.path.join(EXAMPLES, "*.json")):
            shutil.copy(path, self.box.sessions)
        for name in self.assertAllValid():
            answers = "\n" * 60
            self.step(f"open {name}\nfollowup\n{answers}export proposal\nexport report\n")
            session = self.load_session(name)
            self.assertEqual(len(session["checkpoints"]), len(load(os.path.join(EXAMPLES, name + ".json"))["checkpoints"]) + 1)

    def test_a_minimal_file_matches_and_tandem_reads_it(self):
        """The schema requires what Tandem cannot do without, and no more."""
        os.makedirs(self.box.sessions)
        minimal = {"schemaVersion": 2, "title": "Minimal", "createdAt": "2026-01-05T09:00:00Z"}
        self.assertValid(minimal, "a minimal session")
        with open(self.box.session_path("minimal"), "w", encoding="utf-8") as f:
            json.dump(minimal, f)
        self.step("open minimal\npartner add Ana\n")
        written = self.load_session("minimal")
        self.assertEqual(written["language"], "en")
        self.assertEqual(written["reviews"], {"checkin": "2026-03-05", "formal": "2026-07-05"})


def mutate(session, path, value=None, delete=False):
    """A copy with one value changed (or removed) at a path of keys and indexes."""
    wrong = copy.deepcopy(session)
    target = wrong
    for key in path[:-1]:
        target = target[key]
    if delete:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return wrong


# (what is wrong, path, value) — each must fail the schema. `refused` marks
# those Tandem itself refuses to open; the others Tandem reads leniently.
WRONG = [
    ("a newer format", ["schemaVersion"], 3, True),
    ("no title", ["title"], None, True),
    ("an empty title", ["title"], "", False),
    ("an unknown language", ["language"], "de", True),
    ("a day where an instant is due", ["createdAt"], "2026-02-16", True),
    ("a partner id of the wrong kind", ["partners", 0, "id"], "x1", False),
    ("an unknown key", ["partners", 0, "nickname"], "Pri", False),
    ("an unknown kind of expectation", ["expectations", 0, "kind"], "wish", True),
    ("a month 13", ["expectations", 5, "due"], "2026-13-01", True),
    ("a link to a partner instead of an item", ["expectations", 1, "answeredBy"], ["p2"], False),
    ("a coverage above 3", ["ratings", 0, "score"], 4, True),
    ("a likelihood of 0", ["risks", 0, "likelihood"], 0, True),
    ("an impact of 6", ["risks", 0, "impact"], 6, True),
    ("an unknown zone", ["risks", 0, "zone"], "money", True),
    ("an unknown risk status", ["risks", 0, "status"], "forgotten", True),
    ("a reason of failure that is not one of the ten", ["failureScan", "bad-luck"], "yes", False),
    ("a scan answer that is not yes, no or unsure", ["failureScan", "power-imbalance"], "maybe", True),
    ("a health score of 0", ["health", 0, "score"], 0, True),
    ("an unknown ingredient", ["health", 0, "ingredient"], "fun", True),
    ("an unknown phase", ["phases", 0, "phase"], "panic", True),
    ("an action without its creation day", ["actions", 0, "created"], None, True),
    ("a gate verdict that is not advance, hold or exit", ["stages", 0, "gates", 0, "verdict"], "maybe", True),
    ("a condition without text", ["stages", 0, "entry", 0, "text"], None, True),
    ("a question id with spaces", ["guide", "skipped", "Context Purpose"], "2026-02-16", False),
    ("a wrong value inside a checkpoint", ["checkpoints", 1, "changes", "risks", "changed", 0, "impact"], 9, True),
    ("a checkpoint kept whole, as schema 1 did", ["checkpoints", 0, "state"], {}, False),
    ("a conflict without its values", ["conflicts"], [{"id": "x1", "field": "title", "item": "", "key": ""}], True),
    ("a review plan without its check-in", ["reviews", "checkin"], None, True),
    ("a counter of an unknown kind", ["counters", "note"], 3, False),
]


class WrongSessionTests(SchemaCase):
    def test_wrong_sessions_fail_and_tandem_refuses_those_it_cannot_read(self):
        example = load(os.path.join(EXAMPLES, "hearing-screening-app.json"))
        self.assertValid(example, "the example")
        os.makedirs(self.box.sessions)
        for what, path, value, refused in WRONG:
            with self.subTest(what):
                wrong = mutate(example, path, value, delete=value is None)
                self.assertNotEqual(schema_errors(wrong), [], f"{what}: the schema lets it through")
                file = self.box.session_path("wrong")
                with open(file, "w", encoding="utf-8") as f:
                    json.dump(wrong, f, ensure_ascii=False, indent=2)
                code, out, err = self.tandem(["-c", "open wrong"])
                if refused:
                    self.assertEqual(code, 1, f"{what}: Tandem opened it\n{out}")
                else:
                    self.assertEqual(code, 0, f"{what}: Tandem refused it\n{err}")
                os.remove(file)


if __name__ == "__main__":
    unittest.main()
