import TandemCore
import TandemTestSupport
import Testing

@testable import TandemShell

/// The declared grammar of agreement and rule: every form parses its
/// example, topics read in both languages, rule text is kept as typed, bad
/// input changes nothing, Tab offers the topics and the rule ids.
@Suite struct AgreementGrammarTests: ShellLineTesting {
    func shell(_ language: Language = .en) throws -> TranscriptHarness {
        let harness = try TranscriptHarness(language: language)
        _ = harness.run(["new Atelier", "partner add Zoé", "partner add Marc", "rule add money Half each"])
        return harness
    }

    static let examples: [(String, String, [String])] = [
        ("agreement", "agreement", []),
        ("agreement show", "agreement", ["show"]),
        ("rule add decisions Big choices by consent", "rule", ["add"]),
        ("rule remove g1", "rule", ["remove"]),
    ]

    @Test(arguments: examples)
    func everyFormParsesItsExample(line: String, command: String, path: [String]) throws {
        let parsed = try parse(try shell(), line)
        #expect(parsed.command.name == command)
        #expect(parsed.verb.path == path)
    }

    @Test func everyFormOfEveryCommandHasAnExample() {
        let declared = Set(AgreementCommands.all.flatMap { command in command.verbs.map { [command.name] + $0.path } })
        #expect(Set(Self.examples.map { [$0.1] + $0.2 }) == declared)
    }

    @Test func usageLinesAreDerivedInBothLanguages() throws {
        let h = try shell()
        #expect(
            AgreementCommands.all.flatMap { $0.usageLines(h.shell) } == [
                "agreement", "agreement show", "rule add TOPIC TEXT", "rule remove ID",
            ])
        let fr = try shell(.fr)
        #expect(AgreementCommands.all.flatMap { $0.usageLines(fr.shell) }.contains("rule add SUJET TEXTE"))
        #expect(run(h, "rule add money") == "usage: rule add TOPIC TEXT")
    }

    @Test(arguments: [
        ("rule add decisions x", RuleTopic.decisions), ("rule add Décisions x", .decisions),
        ("rule add blocage x", .deadlock), ("rule add disagreement x", .deadlock), ("rule add argent x", .money),
        ("rule add resultats x", .results), ("règle ajouter confidentialité x", .confidentiality),
        ("rule add DURÉE x", .duration), ("rule add reconnaissance x", .recognition),
    ])
    func topicsReadInBothLanguages(line: String, topic: RuleTopic) throws {
        let h = try shell(.fr)
        #expect(run(h, line) == nil)
        #expect(try session(h).rules.last?.topic == topic)
    }

    static let texts = [
        #"Julien a dit "on verra" ; à garder"#,
        "Prix à revoir # après le devis",
        "Zoé dit « pas avant juin » ; Marc n'est pas d'accord",
        "it's 'fine' – \"really\"",
        "Cafe\u{301} avec Zoé ; e\u{301}quipe",
        "a | b ; c",
    ]

    @Test(arguments: texts)
    func ruleTextsAreKeptAsTyped(text: String) throws {
        let h = try shell()
        #expect(run(h, "rule add results " + text) == nil)
        #expect(try session(h).rules.last?.text == text)
    }

    @Test func badInputSaysWhatWasExpectedAndChangesNothing() throws {
        let h = try shell()
        let before = try session(h)
        #expect(run(h, "rule add spaceship A rule")?.contains("is not a topic") == true)
        #expect(run(h, "rule remove g9") == #"no rule "g9"; "agreement show" lists the rules with their ids."#)
        #expect(run(h, "rule remove r1") != nil)
        #expect(run(h, "rule add money \"\"") != nil)
        #expect(try session(h) == before)
    }

    @Test func tabOffersTopicsAndRuleIds() throws {
        let h = try shell()
        #expect(h.shell.complete("rule add confid").insertion == "confidentiality ")
        #expect(h.shell.complete("rule remove g").insertion == "g1 ")
        #expect(h.shell.complete("agreement sh").insertion == "show ")
    }
}
