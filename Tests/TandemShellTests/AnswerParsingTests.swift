import Foundation
import TandemCore
import Testing

@testable import TandemShell

/// Answers as people type them: dates in any form the shell reads, a level
/// followed by a comma, and the same date parser for every date of the modules.
@Suite struct AnswerParsingTests {
    /// The guided commitment answer "DATE, MEASURE": a leading date in any form is the date, never the measure.
    @Test(
        arguments: [
            ("2027-03-31, three mockups approved", "2027-03-31", "three mockups approved"),
            ("+30", "+30", ""), ("+30, a signed quote", "+30", "a signed quote"), ("+2m", "+2m", ""),
            ("15/03/2026", "15/03/2026", ""), ("31.03.2027; two pilots", "31.03.2027", "two pilots"),
            ("three mockups approved", nil, "three mockups approved"), ("+30% of the sales", nil, "+30% of the sales"),
            ("3 mockups", nil, "3 mockups"),
        ] as [(String, String?, String)])
    func commitmentTerms(_ answer: String, _ date: String?, _ measure: String) {
        let split = Shell.splitTerms(answer)
        #expect(split.date == date)
        #expect(split.measure == measure)
    }

    /// "+30" is stored as a date thirty days on, "15/03/2026" is accepted (and said to be past).
    @Test func guidedTermsReadEveryDateForm() throws {
        let harness = try TranscriptHarness(language: .en, interactive: false)
        let output = harness.run([
            "new Atelier", "partner add Zoé", "partner add Marc",
            "expect add Zoé commitment Deliver the mockups", "expect add Marc commitment Find two pilots",
        ])
        _ = output
        try harness.shell.setCommitmentTerms("e1", "+30")
        try harness.shell.setCommitmentTerms("e2", "15/03/2026, two signed pilots")
        let session = try harness.shell.requireSession().session
        #expect(session.expectations.map(\.due) == [Day("2026-12-21"), Day("2026-03-15")])
        #expect(session.expectations.map(\.measure) == ["", "two signed pilots"])
        #expect(harness.sink.output.contains("15 March 2026 is already past (today is 21 November 2026)"))
        #expect(throws: ShellError.self) { try harness.shell.setCommitmentTerms("e1", "31.03.2027, x") }
    }

    /// `expect due`, `action due` and `review` read the same forms.
    @Test func directCommandsShareTheDateParser() throws {
        let harness = try TranscriptHarness(language: .en, interactive: false)
        _ = harness.run([
            "new Atelier", "partner add Zoé", "expect add Zoé commitment Deliver the mockups",
            "expect due e1 31/03/2027", "action add Send the budget --due +2w", "action add Book the room",
            "action due a2 15/01/2027", "review checkin 31/01/2027", "review formal +2m",
        ])
        let session = try harness.shell.requireSession().session
        #expect(session.expectations.first?.due == Day("2027-03-31"))
        #expect(session.actions.map(\.due) == [Day("2026-12-05"), Day("2027-01-15")])
        #expect(session.reviews.checkin == Day("2027-01-31"))
        #expect(session.reviews.formal == Day("2027-01-21"))
        #expect(try harness.shell.parseDue("none") == nil)
    }

    /// "1, does not like writing" is a level and a comment, as "1 does not like writing" is.
    @Test(arguments: [
        ("1, n'aime pas écrire", "1", "n'aime pas écrire"), ("1 n'aime pas écrire", "1", "n'aime pas écrire"),
        ("2,bon réseau", "2", "bon réseau"), ("solide; tient les comptes", "solide", "tient les comptes"),
        ("3", "3", ""),
    ])
    func ratingAnswers(_ answer: String, _ level: String, _ comment: String) {
        let split = Shell.splitRatingAnswer(answer)
        #expect(split.level == level)
        #expect(split.comment == comment)
    }

    @Test func aCommaAfterTheLevelIsAcceptedByTheDirectCommandToo() throws {
        let harness = try TranscriptHarness(language: .fr, interactive: false)
        _ = harness.run([
            "new Atelier", "partner add Zoé", "map need add Comptabilité",
            "map rate Zoé Comptabilité 1, n'aime pas écrire",
        ])
        let rating = try #require(try harness.shell.requireSession().session.ratings.first)
        #expect(rating.score == 1)
        #expect(rating.note == "n'aime pas écrire")
        #expect(try harness.shell.parseCoverage("2,") == 2)
    }
}
