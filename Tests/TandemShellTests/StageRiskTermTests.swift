import TandemCore
import Testing

@testable import TandemShell

/// Value words of the stages and risks as coaches type them: labels of
/// either language, agreement (ouverte, maîtrisée), alternative words
/// (surveillé, non), one distinctive word of a long label (vision).
@Suite struct StageRiskTermTests {
    func shell(_ language: Language = .fr) throws -> Shell {
        try TranscriptHarness(language: language).shell
    }

    @Test(arguments: [
        ("surveillé", RiskStatus.watching), ("surveille", .watching), ("sous surveillance", .watching),
        ("Sous-surveillance", .watching), ("watching", .watching), ("ouverte", .open), ("maîtrisée", .mitigated),
        ("maitrise", .mitigated), ("clos", .closed), ("closes", .closed), ("fermé", .closed), ("w", .watching),
    ])
    func riskStatusesReadGenerously(_ typed: String, _ expected: RiskStatus) throws {
        let status: RiskStatus = try shell().parseTerm(typed, field: "risk.status")
        #expect(status == expected)
    }

    @Test(arguments: [
        ("non", ConditionStatus.notMet), ("oui", .met), ("remplies", .met), ("en partie", .partly),
        ("partiellement", .partly), ("not met", .notMet), ("not-met", .notMet), ("no", .notMet), ("partly", .partly),
    ])
    func conditionStatusesReadGenerously(_ typed: String, _ expected: ConditionStatus) throws {
        let status: ConditionStatus = try shell().parseTerm(typed, field: "gate.status")
        #expect(status == expected)
    }

    @Test(arguments: [
        ("vision", FailureReason.noSharedVision), ("pas de vision commune", .noSharedVision),
        ("pouvoir", .powerImbalance),
        ("objectif", .unclearGoal), ("cachés", .hiddenAgendas), ("objectifs cachés", .hiddenAgendas),
        ("temps", .notEnoughTime),
        ("hidden-agendas", .hiddenAgendas), ("communication", .poorCommunication), ("apprentissage", .noLearning),
    ])
    func reasonsReadByOneWord(_ typed: String, _ expected: FailureReason) throws {
        let reason: FailureReason = try shell().parseTerm(typed, field: "risk.reason")
        #expect(reason == expected)
    }

    @Test(arguments: [
        ("pas sûr", ScanAnswer.unsure), ("pas-sur", .unsure), ("peut-être", .unsure), ("Oui !", .yes), ("non.", .no),
        ("not sure", .unsure),
    ])
    func scanAnswersReadGenerously(_ typed: String, _ expected: ScanAnswer) throws {
        let answer: ScanAnswer = try shell().parseTerm(typed, field: "risk.scan")
        #expect(answer == expected)
    }

    @Test func frenchErrorsListFrenchLabels() throws {
        let shell = try shell()
        do {
            let _: RiskStatus = try shell.parseTerm("bof", field: "risk.status")
            Issue.record("bof is no status")
        } catch {
            let text = shell.describe(error)
            #expect(text.contains("ouvert, sous surveillance, maîtrisé, clos"), "\(text)")
            #expect(!text.contains("watching"), "\(text)")
        }
    }

    @Test func englishErrorsListTheIds() throws {
        let shell = try shell(.en)
        do {
            let _: RiskZone = try shell.parseTerm("nope", field: "risk.zone")
            Issue.record("nope is no zone")
        } catch {
            #expect(shell.describe(error).contains("defection, distance, value, evaluation, other"))
        }
    }

    @Test func anAmbiguousWordIsRefused() throws {
        // "pas" starts several reasons and is too short to stand for one.
        #expect(throws: ShellError.self) {
            let _: FailureReason = try self.shell().parseTerm("pas", field: "risk.reason")
        }
    }

    @Test func scanWordsAreNoRiskNames() throws {
        let shell = try shell()
        for word in ["oui", "Non", "pas sûr", "yes", "no", "unsure", "peut-être"] {
            do {
                _ = try shell.riskName(word)
                Issue.record("\(word) taken as a risk name")
            } catch {
                guard case .message(let key, let arguments) = error else {
                    Issue.record("unexpected \(error)")
                    continue
                }
                #expect(key == "error.risk.name.answer" && arguments["value"] == word)
            }
        }
        #expect(try shell.riskName("Non-paiement d'une facture") == "Non-paiement d'une facture")
    }
}
