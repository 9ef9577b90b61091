import Foundation
import TandemCore
import TandemTestSupport
import Testing

@testable import TandemShell

/// The guided questions are typed: each step's ids, as the session stores
/// them, read back to the same question, so the flow, the skipped-question
/// findings and the avoidance signals see one value with one settled rule.
@Suite struct GuideQuestionIDTests {
    static let examples = ["atelier-zoe-marc", "hearing-screening-app"]

    static func example(_ name: String) throws -> Session {
        let bytes = try [UInt8](
            Data(contentsOf: URL(fileURLWithPath: repositoryRoot + "/Sessions/examples/\(name).json")))
        return try SessionCodec.decode(bytes, file: name)
    }

    /// A follow-up's questions, the partners' views of the phase among them, read back as themselves.
    @Test func followUpQuestionsReadBackAsThemselves() {
        let ids: [QuestionID] = [
            .followUp(checkpoint: "c3", .phaseVoice(partner: "p2")), .followUp(checkpoint: "c3", .phase),
            .followUp(checkpoint: "c3", .phaseNote), .followUp(checkpoint: "c3", .followUpAction("a1")),
            .followUp(checkpoint: "c3", .anythingNew), .followUp(checkpoint: "c3", .health(partner: "p1", .trust)),
        ]
        for id in ids { #expect(QuestionID(id.raw) == id, "\(id.raw)") }
        #expect(QuestionID.followUp(checkpoint: "c3", .phaseVoice(partner: "p2")).raw == "followup.c3.phase.voice.p2")
    }

    @Test(arguments: examples) func everyQuestionOfEveryStepReadsBackAsItself(_ name: String) throws {
        let session = try Self.example(name)
        let questions = GuideFlows.all.flatMap { $0.questions(session) }
        #expect(questions.count > 50)
        for question in questions {
            let stored = question.id.raw
            #expect(QuestionID(stored) == question.id, "\(stored)")
            if case .other = question.id { Issue.record("\(stored) is not a known question") }
        }
        #expect(Set(questions.map(\.id)).count == questions.count, "two questions share an id")
    }

    /// At the levels "inform" and "consult" every step leaves out the questions
    /// about joint work; at "decide" they are all there.
    @Test(arguments: examples) func theLevelShortensThePath(_ name: String) throws {
        var session = try Self.example(name)
        session.context.level = .decide
        let full = GuideFlows.all.flatMap { $0.questions(session) }.map(\.id)
        #expect(full.contains { if case .commit = $0 { return true } else { return false } })
        for level in QuestionID.shortPathLevels {
            session.context.level = level
            let short = GuideFlows.all.flatMap { $0.questions(session) }.map(\.id)
            #expect(short.count < full.count)
            #expect(short.allSatisfy { $0.isInPath(at: level) })
            #expect(!short.contains { if case .trait = $0 { return true } else { return false } })
        }
    }

    /// What the data settles, the guide does not ask; what a skip left open, the report lists.
    @Test(arguments: examples) func theFlowAndTheFindingsShareTheSettledRule(_ name: String) throws {
        var session = try Self.example(name)
        session.guide = GuideRecord()
        let day = try #require(Day("2026-01-01"))
        for question in GuideFlows.all.flatMap({ $0.questions(session) }) {
            #expect(question.isSettled(in: session) == question.id.isAnswered(in: session))
            var skipped = session
            skipped.guide.skip(question.id, on: day)
            let open = SkippedQuestions.open(in: skipped).map(\.id)
            #expect(open.contains(question.id.raw) == !question.id.isAnswered(in: session), "\(question.id.raw)")
        }
    }

    @Test func aFollowUpQuestionIsSettledByItsAnswerNotByOldData() throws {
        var session = try Self.example("atelier-zoe-marc")
        try #require(session.risks.contains { $0.score != nil })
        let risk = try #require(session.risks.first { $0.score != nil })
        #expect(!QuestionID.followUp(checkpoint: "c9", .risk(risk.id, .rate)).isAnswered(in: session))
        #expect(QuestionID.risk(risk.id, .rate).isAnswered(in: session))
        session.guide.answer(.followUp(checkpoint: "c9", .risk(risk.id, .rate)), on: try #require(Day("2026-01-01")))
        #expect(session.guide.isSettled(.followUp(checkpoint: "c9", .risk(risk.id, .rate))))
    }
}
