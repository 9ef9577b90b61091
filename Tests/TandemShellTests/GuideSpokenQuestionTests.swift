import Foundation
import TandemCore
import TandemTestSupport
import Testing

@testable import TandemShell

/// The guided questions are read aloud with the partners in the room: the
/// spoken text carries no input syntax (that is the hint line's job), and a
/// question where "none" is an answer says so in its hint, in both languages.
/// A "none" answer settles the question and is recorded, apart from a skip.
@Suite struct GuideSpokenQuestionTests {
    static let catalog: PromptCatalog? = try? PromptCatalog.load(from: repositoryRoot + "/Prompts")

    /// Every question of the example sessions' paths (the phase step belongs to another change).
    static func questions() throws -> [GuideQuestion] {
        try GuideQuestionIDTests.examples.flatMap { name in
            let session = try GuideQuestionIDTests.example(name)
            return GuideFlows.all.filter { $0.id != "phase" }.flatMap { $0.questions(session) }
        }
    }

    /// The ways a hint names the word for none: "none" / « aucun », « aucune », « rien ».
    static let noneShown: [Language: [String]] = [
        .en: ["\"none\""], .fr: ["«\u{00A0}aucun\u{00A0}»", "«\u{00A0}aucune\u{00A0}»", "«\u{00A0}rien\u{00A0}»"],
    ]

    @Test(arguments: [Language.en, .fr]) func aQuestionWhereNoneIsAnAnswerSaysSoInItsHint(_ language: Language)
        throws
    {
        let catalog = try #require(Self.catalog)
        let questions = try Self.questions()
        #expect(questions.contains { $0.none == .settles })
        for question in questions where question.none == .settles {
            let key = "hint.\(question.key)"
            #expect(catalog.has(key), "\(key) is missing")
            let hint = catalog.text(key, language)
            #expect(Self.noneShown[language, default: []].contains { hint.contains($0) }, "\(key): \(hint)")
        }
    }

    /// The answer format lives in the hint: no "Enter", "one per answer", nor typed forms in what is read aloud.
    @Test(arguments: [Language.en, .fr]) func theSpokenTextHasNoInputSyntax(_ language: Language) throws {
        let catalog = try #require(Self.catalog)
        let syntax = [
            "Enter", "Entrée", "per answer", "par réponse", "e.g.", "par exemple", "NAME", "NOM", "TEXT", "+30", "+6m",
            " | ", "(1–5)", "1 to 5", "1 à 5",
        ]
        for key in Set(try Self.questions().map(\.key)) {
            let text = catalog.text("q.\(key)", language)
            for form in syntax {
                #expect(!text.contains(form), "q.\(key) (\(language)) shows \"\(form)\": \(text)")
            }
        }
    }

    /// Yes/no questions asked in the negative are hard to answer aloud ("no, there is no…").
    @Test(arguments: [Language.en, .fr]) func noQuestionIsAskedInTheNegative(_ language: Language) throws {
        let catalog = try #require(Self.catalog)
        let negative =
            language == .en
            ? ["is there no ", "are there no ", "don't you ", " and no "] : ["n'y a-t-il ", "n'avez-vous ", " ni "]
        for key in Set(try Self.questions().map(\.key)) where key.hasPrefix("risks.scan.") {
            let text = catalog.text("q.\(key)", language).lowercased()
            for form in negative {
                #expect(!text.contains(form), "q.\(key) (\(language)) asks in the negative: \(text)")
            }
        }
    }

    /// "distant" reads as aloof: it is shown as "new to each other", and still read when typed.
    @Test func distantIsShownAsNewToEachOtherAndStillRead() throws {
        let harness = try TranscriptHarness(language: .fr, interactive: false)
        try harness.shell.execute("new Lien")
        try harness.shell.execute("set relationship distants")
        #expect(harness.shell.current?.session.context.relationship == .distant)
        try harness.shell.execute("set relationship distant")
        #expect(harness.shell.current?.session.context.relationship == .distant)
        #expect(harness.shell.t(Relationship.distant.labelKey) == "sans lien préalable")
    }

    @Test func noneSettlesAQuestionAndIsKeptApartFromASkip() throws {
        let harness = try TranscriptHarness(language: .en)
        let output = harness.run([
            "new Atelier", "partner add Zoé", "partner add Marc", "agreement", "none", "skip", "stop", "agreement",
        ])
        let session = try #require(harness.shell.current?.session)
        let decisions = QuestionID.agreement(.decisions)
        let deadlock = QuestionID.agreement(.deadlock)
        #expect(session.guide.wasNone(decisions))
        #expect(session.guide.isSettled(decisions) && !session.guide.wasSkipped(decisions))
        #expect(session.guide.wasSkipped(deadlock) && !session.guide.wasNone(deadlock))
        #expect(session.rules.isEmpty)
        #expect(output.contains("Noted — none."))
        // Resumed: the first open question is the third topic, neither the "none" nor the skipped one.
        let resumed = output.components(separatedBy: "> agreement\n").last ?? ""
        #expect(resumed.contains("How will you keep each other informed?"))
        #expect(!resumed.contains("How will you make decisions together?"))
        // Saved, and read back.
        let saved = try SessionStore(directory: harness.sessionsPath).load("atelier").session
        #expect(saved.guide.wasNone(decisions))
    }

    @Test func noneIsRefusedWhereItAnswersNothing() throws {
        let harness = try TranscriptHarness(language: .fr)
        let output = harness.run(["new Atelier", "context", "aucun", "stop"])
        let session = try #require(harness.shell.current?.session)
        #expect(!session.guide.isSettled(.context(.purpose)))
        #expect(session.context.purpose.isEmpty)
        #expect(output.contains("ne répond pas à cette question"))
    }

    /// The first meeting's steps are the modules with first-meeting questions once partners, needs and stages exist.
    @Test(arguments: GuideQuestionIDTests.examples) func theFirstMeetingStepsAreTheModulesWithQuestionsThere(
        _ name: String
    ) throws {
        let session = try GuideQuestionIDTests.example(name)
        let asking = GuideFlows.all.map(\.firstMeeting).filter { !$0.questions(session).isEmpty }.map(\.id)
        #expect(GuideFlows.firstMeeting.map(\.id) == asking)
    }

    @Test func thePromptShowsTheStepAndTheQuestion() throws {
        let harness = try TranscriptHarness(language: .fr)
        let output = harness.run(["new Atelier", "guide first", "Gagner des appels d'offres", "stop"])
        #expect(output.contains("tandem [atelier] étape 1/6 · question 1/6 › Gagner"), "\(output)")
        #expect(output.contains("tandem [atelier] étape 1/6 · question 2/6 › stop"), "\(output)")
        let module = try TranscriptHarness(language: .en).run(["new Atelier", "map", "stop"])
        #expect(module.contains("tandem [atelier] map · question 1/1 › stop"), "\(module)")
    }
}
