import Foundation
@testable import TandemCore
import TandemTestSupport
import Testing

/// Which items a proposal may show: the kinds' defaults, `VisibilityEdit`,
/// older files, and what the proposal holds back.
@Suite struct VisibilityTests {
    static func twoPartners() throws -> Session {
        var s = Session(title: "v", language: .en, now: Date(timeIntervalSince1970: 1_800_000_000))
        _ = try s.addPartner(name: "Zoé")
        _ = try s.addPartner(name: "Marc")
        for kind in ExpectationKind.allCases { _ = try s.addExpectation(partner: "p1", kind: kind, text: "Z \(kind)") }
        _ = try s.addRisk(.value, "A risk")
        _ = try s.addRule(.money, "A rule")
        _ = try s.addAction(text: "Typed", on: Day("2027-01-01")!)
        _ = try s.addAction(text: "Suggested", on: Day("2027-01-01")!, origin: "health")
        return s
    }

    @Test func eachKindHasItsDefault() throws {
        let s = try Self.twoPartners()
        let shared = s.expectations.filter(\.isShared).map(\.kind)
        #expect(shared == [.expectation, .contribution, .commitment])
        #expect(s.risks[0].isShared && s.rules[0].isShared)
        #expect(s.actions.map(\.isShared) == [true, false])
        #expect(s.expectations.allSatisfy { $0.visibility == nil && !$0.isGuess })
    }

    @Test func privateAndShareKeepOnlyWhatDiffersFromTheDefault() throws {
        var s = try Self.twoPartners()
        try VisibilityEdit.set(ids: ["e1", "e5", "r1", "g1", "a2"], .private).apply(to: &s)
        #expect(s.expectations[0].visibility == .private)
        #expect(s.expectations[4].visibility == nil)  // a concern is private already
        #expect(s.risks[0].visibility == .private && s.rules[0].visibility == .private)
        #expect(s.actions[1].visibility == nil)
        #expect(["e1", "r1", "g1"].allSatisfy { s.shownTo($0) == .private })
        try VisibilityEdit.set(ids: ["e1", "e5", "a2"], .shared).apply(to: &s)
        #expect(s.expectations[0].visibility == nil)
        #expect(s.expectations[4].visibility == .shared && s.expectations[4].isShared)
        #expect(s.actions[1].visibility == .shared && !s.actions[1].isPrivate)
    }

    @Test func guessAndConfirm() throws {
        var s = try Self.twoPartners()
        let id = try s.addExpectation(partner: "p2", kind: .expectation, text: "A say on prices").id
        try VisibilityEdit.guess(ids: [id], true).apply(to: &s)
        #expect(s.expectations.withID(id)?.isGuess == true)
        try VisibilityEdit.guess(ids: [id], false).apply(to: &s)
        #expect(s.expectations.withID(id)?.guess == nil)
    }

    @Test func theAuthorDoesNotGuessTheirOwnItems() throws {
        var s = try SoloDraftFixture.session()
        let before = s
        #expect(throws: SessionError.authorsOwn(id: "e1", author: "Léa Moreau")) {
            try VisibilityEdit.guess(ids: ["e6", "e1"], true).apply(to: &s)
        }
        #expect(s == before)
    }

    @Test func refusedChangesLeaveTheSessionAsItWas() throws {
        var s = try Self.twoPartners()
        _ = try s.addStage(name: "Pilot")
        let before = s
        #expect(throws: SessionError.alwaysShared("p1")) {
            try VisibilityEdit.set(ids: ["e1", "p1"], .private).apply(to: &s)
        }
        #expect(throws: SessionError.alwaysShared("s1")) { try VisibilityEdit.set(ids: ["s1"], .private).apply(to: &s) }
        #expect(throws: SessionError.unknown(.risk, "r9")) {
            try VisibilityEdit.set(ids: ["r9"], .shared).apply(to: &s)
        }
        #expect(throws: SessionError.notGuessable("r1")) {
            try VisibilityEdit.guess(ids: ["e1", "r1"], true).apply(to: &s)
        }
        #expect(s == before)
    }

    @Test func everyChangeIsWordedInBothLanguages() throws {
        for edit in [
            VisibilityEdit.set(ids: ["e1"], .private), .set(ids: ["e1", "r2"], .private), .set(ids: ["e1"], .shared),
            .set(ids: ["e1", "a1"], .shared), .guess(ids: ["e2"], true), .guess(ids: ["e2", "e3"], true),
            .guess(ids: ["e2"], false), .guess(ids: ["e2", "e3"], false),
        ] {
            try ActionEditCheck.worded(edit)
        }
    }

    /// A file written before visibility existed: every item gets its kind's
    /// default, and saving it again writes the same bytes.
    @Test func olderFilesOpenUnchanged() throws {
        let s = try Self.twoPartners()
        let bytes = try SessionCodec.encode(s)
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(!text.contains("visibility") && !text.contains("guess"))
        let read = try SessionCodec.decode(bytes, file: "v.json")
        #expect(read.expectations.map(\.isShared) == s.expectations.map(\.isShared))
        #expect(try SessionCodec.encode(read) == bytes)
    }

    @Test func aChangedVisibilityIsOneLineOfTheDiff() throws {
        var s = try Self.twoPartners()
        let before = String(decoding: try SessionCodec.encode(s), as: UTF8.self).split(separator: "\n")
        try VisibilityEdit.set(ids: ["e5"], .shared).apply(to: &s)
        let after = String(decoding: try SessionCodec.encode(s), as: UTF8.self).split(separator: "\n")
        let added = after.filter { !before.contains($0) }
        // The new key, and the comma the line before it takes.
        #expect(
            added.map { $0.trimmingCharacters(in: .whitespaces) } == [
                #""text" : "Z concern","#, #""visibility" : "shared""#,
            ])
        let read = try SessionCodec.decode(try SessionCodec.encode(s), file: "v.json")
        #expect(read.expectations[4].isShared)
    }

    @Test func heldBackCountsWhatTheProposalLeavesOut() throws {
        var s = try Self.twoPartners()
        _ = try s.addRisk(.other, "Closed")
        try s.setRiskStatus("r2", .closed)
        try VisibilityEdit.set(ids: ["r1", "r2", "e1"], .private).apply(to: &s)
        let held = HeldBack(s)
        #expect(held.ids == ["e1", "e2", "e5", "r1", "a2"])
        #expect(held.counts.map(\.kind) == [.expectation, .interest, .concern, .risk, .action])
        #expect(held.total == 5)
        try VisibilityEdit.set(ids: held.ids, .shared).apply(to: &s)
        #expect(HeldBack(s).total == 0)
    }
}

/// No private item in a proposal, whatever the language or the format; guesses asked as questions.
@Suite struct PrivateItemsTests {
    @Test(arguments: Language.allCases, ExportFormat.allCases)
    func privateItemsNeverReachAProposal(_ language: Language, _ format: ExportFormat) throws {
        let session = try SoloDraftFixture.session()
        let text = DocumentKind.proposal.render(
            session, catalog: try ExportGoldenTests.catalog(), language: language, today: SoloDraftFixture.today,
            format: format)
        let lowered = text.lowercased()
        for secret in SoloDraftFixture.secrets + session.notes.map(\.text) {
            for form in [secret, Markdown.escape(secret), HTML.escape(secret)] {
                #expect(!lowered.contains(form.lowercased()), "\(secret)")
            }
        }
        // Shared items are there; guesses are asked, not stated.
        for shown in ["Workshop design and facilitation", "Fees are split by the days each of us puts in"] {
            #expect(text.contains(shown))
        }
        #expect(text.contains("visibility for illustration work"))
        #expect(!text.contains("Visibility for illustration work"))
        let question = language == .fr ? "est-ce bien cela\u{00A0}?" : "is that right?"
        #expect(text.components(separatedBy: question).count - 1 == 2)
        // The report is the coach's: everything, the guesses marked unconfirmed.
        let report = DocumentKind.report.render(
            session, catalog: try ExportGoldenTests.catalog(), language: language, today: SoloDraftFixture.today,
            format: format)
        for secret in SoloDraftFixture.secrets {
            #expect(report.contains(secret) || report.contains(HTML.escape(secret)))
        }
        #expect(report.contains(language == .fr ? "(supposition, non confirmée)" : "(guess, unconfirmed)"))
    }

    /// The solo draft's documents in both languages and formats, compared with `Golden/solo-draft-*`.
    @Test(arguments: DocumentKind.allCases, Language.allCases)
    func soloDraftGolden(_ kind: DocumentKind, _ language: Language) throws {
        for format in ExportFormat.allCases {
            let text = kind.render(
                try SoloDraftFixture.session(), catalog: try ExportGoldenTests.catalog(), language: language,
                today: SoloDraftFixture.today, format: format)
            try ExportGoldenTests.compare(
                text, "solo-draft-\(kind.rawValue).\(language.rawValue).\(format.fileExtension)")
        }
    }

    @Test func heldBackOfTheSoloDraft() throws {
        let held = HeldBack(try SoloDraftFixture.session())
        #expect(held.counts.map(\.kind) == [.expectation, .interest, .concern, .rule, .risk, .action])
        #expect(held.total == 6)
    }
}

/// The proposal as a document to send: who writes it, what it asks, where
/// each stage stands, wording for any number of partners.
@Suite struct ProposalVoiceTests {
    static func render(_ session: Session, _ language: Language = .en, today: Day = SoloDraftFixture.today) throws
        -> String
    {
        DocumentKind.proposal.render(
            session, catalog: try ExportGoldenTests.catalog(), language: language, today: today)
    }

    @Test func theAuthorSpeaksInTheFirstPersonAndTheAskComesFromTheNextStage() throws {
        var s = try SoloDraftFixture.session()
        let text = try Self.render(s)
        #expect(text.contains("From Léa Moreau, to Tom Berg"))
        #expect(text.contains("I propose to Tom Berg that we work together"))
        #expect(text.contains("**The decision asked:** Agree to start stage 1, Pilot workshop, on 31 March 2027."))
        #expect(text.contains("I imagine you would want visibility for illustration work"))
        try ContextEdit.author(nil).apply(to: &s)
        try ContextEdit.ask("sign the pilot agreement by the end of the month").apply(to: &s)
        let partners = try Self.render(s, .fr)
        #expect(!partners.contains("De Léa Moreau"))
        #expect(partners.contains("Léa Moreau et Tom Berg proposent de travailler ensemble"))
        #expect(partners.contains("Peut-être voudrais-tu visibility for illustration work — est-ce bien cela\u{00A0}?"))
        #expect(partners.contains("Sign the pilot agreement by the end of the month"))
        #expect(partners.contains("Noms et signatures"))
    }

    @Test func aMetConditionSaysWhenNeverADateToAgree() throws {
        let s = try ExportFixture.session()
        for language in Language.allCases {
            let text = try Self.render(s, language, today: ExportFixture.today)
            #expect(text.contains(language == .fr ? "remplie le 10 mars 2026" : "met on 10 March 2026"))
            #expect(text.contains(language == .fr ? "État\u{00A0}: en attente." : "Status: on hold."))
            #expect(!text.contains("One client signed together (measured by: a signed quote; a new date"))
        }
        // Months later the met condition still says when, not "a new date to agree".
        let later = try Self.render(s, .fr, today: Day("2027-06-01")!)
        #expect(!later.contains("Un client signé ensemble (mesuré par : un devis signé ; une nouvelle date"))
        #expect(later.contains("remplie le 10 mars 2026"))
    }

    @Test func threePartnersAreNeverBothOrNeither() throws {
        var s = try ExportFixture.session()
        _ = try s.addPartner(name: "Léa Roux", role: "copywriter")
        s.context.type = .grouping
        s.context.level = .support
        s.stages[0].exits = []  // the partners' own words say "either of us"
        for language in Language.allCases {
            let text = try Self.render(s, language, today: ExportFixture.today).lowercased()
            for twoOnly in [
                "neither", "either of us", "both of us", "us both", "nous deux", "concerne tous les deux",
                "l'un de l'autre", "l'un l'autre", "l'un ou l'autre",
            ] {
                #expect(!text.contains(twoOnly), "\(language): \(twoOnly)")
            }
        }
    }

    @Test func moneyAlwaysHasItsPart() throws {
        let solo = try Self.render(try SoloDraftFixture.session())
        #expect(solo.contains("**Money**\n\n- Fees are split by the days each of us puts in"))
        let none = try Self.render(try ExportFixture.session(), .fr, today: ExportFixture.today)
        #expect(none.contains("**Argent**\n\n*La valeur donnée au travail de chacun"))
    }

    @Test func authorIsUndoneAndClearedWithItsPartner() throws {
        var s = try SoloDraftFixture.session()
        #expect(s.context.author == "p1")
        #expect(throws: SessionError.self) { try ContextEdit.author("Nobody").apply(to: &s) }
        _ = try s.removePartner("p1")
        #expect(s.context.author == nil)
        try ActionEditCheck.worded(ContextEdit.author("p2"))
        try ActionEditCheck.worded(ContextEdit.author(nil))
        try ActionEditCheck.worded(ContextEdit.ask("x"))
        try ActionEditCheck.worded(ContextEdit.ask(""))
    }
}

/// A follow-up's diff says what was made private, shared, guessed or confirmed.
@Suite struct VisibilityDiffTests {
    @Test func diffSaysWhatChangedVisibility() throws {
        let before = try VisibilityTests.twoPartners()
        var after = before
        try VisibilityEdit.set(ids: ["e1", "r1", "g1", "a2"], .private).apply(to: &after)
        try VisibilityEdit.set(ids: ["a2"], .shared).apply(to: &after)
        try VisibilityEdit.guess(ids: ["e3"], true).apply(to: &after)
        #expect(
            SessionDiff.expectations(before.expectations, after.expectations) == [
                .visibility(id: "e1", from: .shared, to: .private), .guess(id: "e3", true),
            ])
        #expect(SessionDiff.risks(before.state, after.state) == [.visibility(id: "r1", from: .shared, to: .private)])
        #expect(SessionDiff.rules(before.rules, after.rules) == [.visibility(id: "g1", from: .shared, to: .private)])
        #expect(
            SessionDiff.actions(before.actions, after.actions, since: Day("2027-01-01")!, today: Day("2027-01-01")!)
                == [.visibility(id: "a2", from: .private, to: .shared)])
    }
}
