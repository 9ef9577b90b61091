"""export calendar: an iCalendar file the real `icalendar` package reads —
CRLF lines folded at 75 octets, escaped text, one all-day VEVENT per dated
item with a UID that stays the same from one export to the next."""
import os
import unittest

from harness import TandemCase

try:
    import icalendar
except ImportError:  # Scripts/test installs it
    icalendar = None

SCRIPT = """new Atelier Zoé, Marc; « deux »
partner add Zoé designer
partner add Marc
action add Call the bank; ask about the loan, \\ twice, with a text long enough to be folded éééé --due 2026-12-01 --owner Zoé
action add No date
stage add Pilot
stage review Pilot 2027-01-15
expect add Marc commitment Two leads a month
expect due e1 2026-12-31
export calendar
"""


@unittest.skipIf(icalendar is None, "the icalendar package is missing (Scripts/test installs it)")
class CalendarExport(TandemCase):
    def export(self):
        self.ok(["-f", self.script(SCRIPT)], cwd=self.box.work)
        path = os.path.join(self.box.work, "atelier-zoe-marc-deux-calendar.en.ics")
        with open(path, "rb") as f:
            return path, f.read()

    def test_a_real_parser_reads_every_dated_item(self):
        path, data = self.export()
        self.assertTrue(data.endswith(b"\r\n"))
        for line in data.split(b"\r\n"):
            self.assertLessEqual(len(line), 75, line)
        self.assertNotIn(b"\n", data.replace(b"\r\n", b""))
        cal = icalendar.Calendar.from_ical(data)
        self.assertEqual(str(cal["VERSION"]), "2.0")
        self.assertIn("PRODID", cal)
        events = {str(e["UID"]): e for e in cal.walk("VEVENT")}
        self.assertEqual(len(events), 5)  # check-in, formal review, gate, commitment, dated action
        action = next(e for e in events.values() if "a1" in str(e["UID"]))
        self.assertEqual(
            str(action["SUMMARY"]),
            "Action a1 due: Call the bank; ask about the loan, \\ twice, with a text long enough to be folded éééé")
        self.assertEqual(str(action["DTSTART"].dt), "2026-12-01")
        self.assertEqual(action["DTSTART"].params.get("VALUE"), "DATE")
        self.assertIn("DTSTAMP", action)
        self.assertIn("Zoé", str(action["DESCRIPTION"]))
        gate = next(e for e in events.values() if "gate" in str(e["UID"]))
        self.assertEqual(str(gate["DTSTART"].dt), "2027-01-15")
        self.assertEqual(oct(os.stat(path).st_mode & 0o777), "0o644")

    def test_uids_stay_the_same_and_a_refused_write_changes_nothing(self):
        path, first = self.export()
        code, _, err = self.tandem(["-c", "open atelier-zoe-marc-deux", "-c", "export calendar"], cwd=self.box.work)
        self.assertEqual(code, 1)
        self.assertIn("already exists", err)
        with open(path, "rb") as f:
            self.assertEqual(f.read(), first)
        self.ok(["-c", "open atelier-zoe-marc-deux", "-c", "action done a1", "-c", "export calendar --force"],
                cwd=self.box.work)
        with open(path, "rb") as f:
            second = f.read()
        uids = lambda data: sorted(str(e["UID"]) for e in icalendar.Calendar.from_ical(data).walk("VEVENT"))
        self.assertEqual(uids(first), uids(second))
        self.assertIn(b"Done on", second)
        self.assertEqual(sorted(os.listdir(self.box.work)), sorted(["script.tandem", os.path.basename(path)]))

    def test_private_dates_stay_out_unless_all(self):
        self.ok(["-f", self.script(SCRIPT + "action add Check Marc's references --due 2026-12-10\n"
                                   "private a3 e1\n")], cwd=self.box.work)
        path = os.path.join(self.box.work, "atelier-zoe-marc-deux-calendar.en.ics")
        # The first export of the script ran before a3 existed; export again.
        code, out, _ = self.tandem(["-c", "open atelier-zoe-marc-deux", "-c", "export calendar --force"],
                                   cwd=self.box.work)
        self.assertEqual(code, 0)
        self.assertIn("Calendar of 4 dates", out)
        self.assertIn("Left out 2 private dates (e1 a3)", out)
        self.assertIn("export calendar --all", out)
        with open(path, "rb") as f:
            sent = icalendar.Calendar.from_ical(f.read())
        summaries = [str(e["SUMMARY"]) for e in sent.walk("VEVENT")]
        self.assertEqual(len(summaries), 4)  # check-in, formal review, gate, a1
        self.assertFalse(any("references" in s or "Two leads" in s for s in summaries), summaries)
        self.assertTrue(any("Call the bank" in s for s in summaries))
        # --all, among the other options, for the coach's own calendar.
        code, out, _ = self.tandem(["-c", "open atelier-zoe-marc-deux", "-c", "export calendar --lang fr --all mine.ics"],
                                   cwd=self.box.work)
        self.assertEqual(code, 0)
        self.assertIn("Calendar of 6 dates", out)
        self.assertIn("It holds 2 private dates (e1 a3)", out)
        with open(os.path.join(self.box.work, "mine.ics"), "rb") as f:
            own = [str(e["SUMMARY"]) for e in icalendar.Calendar.from_ical(f.read()).walk("VEVENT")]
        self.assertEqual(len(own), 6)
        self.assertTrue(any("references" in s for s in own), own)
        code, out, _ = self.tandem(["-c", "help export"], cwd=self.box.work)
        self.assertIn("--all", out)


if __name__ == "__main__":
    unittest.main()
