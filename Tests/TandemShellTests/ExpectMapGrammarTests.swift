import TandemCore
import TandemTestSupport
import Testing

@testable import TandemShell

/// The declared grammar of expect, expectations and map: every form parses its
/// usage example, free text is kept byte for byte, kinds and scores read in
/// both languages, dates clear with any word for "none", French aliases work.
@Suite struct ExpectMapGrammarTests: ShellLineTesting {
    func shell(_ language: Language = .en) throws -> TranscriptHarness {
        let harness = try TranscriptHarness(language: language)
        _ = harness.run([
            "new Atelier", "partner add Zoé", "partner add \"Bureau Öko\"",
            "expect add Zoé expectation Clients", "expect add \"Bureau Öko\" contribution Buyers",
            "expect add \"Bureau Öko\" commitment Pilots", "expect add Zoé commitment Mockups",
            "map need add \"Client access\" critical", "map need add Design",
        ])
        return harness
    }

    static let commands = ExpectationCommands.all + MapCommands.all

    static let examples: [(String, String, [String])] = [
        ("expect add Zoé commitment Deliver the first mockups", "expect", ["add"]),
        ("expect list", "expect", ["list"]),
        ("expect link e1 e2 e3", "expect", ["link"]),
        ("expect unlink e1 e2", "expect", ["unlink"]),
        ("expect due e3 2027-03-31", "expect", ["due"]),
        ("expect measure e3 two signed letters", "expect", ["measure"]),
        ("expect kept e3 31/03/2027", "expect", ["kept"]),
        ("expect effort e3 6", "expect", ["effort"]),
        ("expect remove e4", "expect", ["remove"]),
        ("expect goals Zoé A portfolio in industry", "expect", ["goals"]),
        ("expect safeguard e1 e3 g1", "expect", ["safeguard"]),
        ("expectations", "expectations", []),
        ("map", "map", []),
        ("map show", "map", ["show"]),
        ("map need add Sales critical", "map", ["need", "add"]),
        ("map need remove Design", "map", ["need", "remove"]),
        ("map need critical Design yes", "map", ["need", "critical"]),
        ("map rate Zoé \"Client access\" 3 knows every buyer", "map", ["rate"]),
        ("map strength Zoé rapid prototyping", "map", ["strength"]),
        ("map weakness \"Bureau Öko\" slow with paperwork", "map", ["weakness"]),
    ]

    @Test(arguments: examples)
    func everyFormParsesItsExample(line: String, command: String, path: [String]) throws {
        let h = try shell()
        let parsed = try parse(h, line)
        #expect(parsed.command.name == command)
        #expect(parsed.verb.path == path)
    }

    @Test func everyFormOfEveryCommandHasAnExample() {
        let declared = Set(Self.commands.flatMap { command in command.verbs.map { [command.name] + $0.path } })
        #expect(Set(Self.examples.map { [$0.1] + $0.2 }) == declared)
    }

    @Test func usageLinesAreDerivedInBothLanguages() throws {
        let h = try shell()
        #expect(
            Self.commands.flatMap { $0.usageLines(h.shell) } == [
                "expect add PARTNER KIND TEXT [--effort HOURS (1-80)]", "expect effort ID HOURS|none", "expect list",
                "expect link ID ANSWER [ANSWER…]",
                "expect unlink ID [ANSWER]",
                "expect due ID DATE|none", "expect measure ID TEXT", "expect kept ID [DATE|none]", "expect remove ID",
                "expect goals PARTNER TEXT", "expect safeguard ID ID…",
                "expectations",
                "map", "map show", "map need add NAME [critical]", "map need remove NEED",
                "map need critical NEED yes|no",
                "map rate PARTNER NEED 0-3 [NOTE] [--by PARTNER|coach]", "map strength PARTNER TEXT",
                "map weakness PARTNER TEXT",
            ])
        let fr = try shell(.fr)
        let usage = Self.commands.flatMap { $0.usageLines(fr.shell) }
        #expect(usage.contains("expect add PARTENAIRE CATÉGORIE TEXTE [--effort HEURES (1-80)]"))
        #expect(usage.contains("expect link ID RÉPONSE [RÉPONSE…]"))
        #expect(usage.contains("expect due ID DATE|aucune"))
        #expect(usage.contains("map need add NOM [critique]"))
        #expect(usage.contains("map need critical BESOIN oui|non"))
        #expect(usage.contains("map rate PARTENAIRE BESOIN 0-3 [NOTE] [--by PARTENAIRE|coach]"))
        #expect(run(h, "expect add Zoé commitment") == "usage: expect add PARTNER KIND TEXT [--effort HOURS (1-80)]")
        #expect(run(h, "map weakness Zoé") == "usage: map weakness PARTNER TEXT")
        #expect(run(h, "expect remove e1 e2") == "usage: expect remove ID")
    }

    /// Placeholders and the field names of errors exist in every language, so no usage line shows a "[slot.…]".
    @Test func everySlotHasItsPromptKeys() throws {
        let catalog = try PromptCatalog.load(from: repositoryRoot + "/Prompts")
        for command in Self.commands {
            for verb in command.verbs {
                for slot in verb.slots {
                    for language in Language.allCases {
                        let keys = catalog.entries[language] ?? [:]
                        switch slot.kind {
                        case .keyword(let words):
                            for word in words {
                                #expect(keys["keyword.\(word)"] != nil, "keyword.\(word) in \(language)")
                            }
                        case .value, .number:
                            #expect(keys["slot.\(slot.name)"] != nil, "slot.\(slot.name) in \(language)")
                            #expect(keys["field.\(slot.name)"] != nil, "field.\(slot.name) in \(language)")
                        case .reference, .item, .items, .session, .date, .word, .text:
                            #expect(keys["slot.\(slot.name)"] != nil, "slot.\(slot.name) in \(language)")
                        }
                    }
                }
            }
        }
    }

    static let texts = [
        #"Julien a dit "on verra" ; à garder"#,
        "Prix à revoir # après le devis",
        "Zoé dit « pas avant juin » ; Marc n'est pas d'accord",
        "it's 'fine' – \"really\"",
        "Cafe\u{301} avec Zoé ; e\u{301}quipe",
        "a | b ; c",
        "--owner is just text here",
    ]

    @Test(arguments: texts)
    func expectTextsAreKeptAsTyped(text: String) throws {
        let h = try shell()
        #expect(run(h, "expect add Zoé concern " + text) == nil)
        #expect(run(h, "expect measure e3 " + text) == nil)
        #expect(run(h, "expect goals \"Bureau Öko\" " + text) == nil)
        let s = try session(h)
        #expect(s.expectations.last?.text == text)
        #expect(s.expectations.first { $0.id == "e3" }?.measure == text)
        #expect(s.partners.last?.personalGoals == text)
    }

    @Test(arguments: texts)
    func mapTextsAreKeptAsTyped(text: String) throws {
        let h = try shell()
        #expect(run(h, "map rate Zoé \"Client access\" 2 " + text) == nil)
        #expect(run(h, "map strength \"Bureau Öko\" " + text) == nil)
        #expect(run(h, "map weakness Zoé " + text) == nil)
        let s = try session(h)
        #expect(s.ratings.last?.note == text)
        #expect(s.traits.map(\.text) == [text, text])
    }

    @Test func oneQuotedTextLosesItsOuterQuotesOnly() throws {
        let h = try shell()
        #expect(run(h, #"expect add Zoé commitment "Two mockups; then a review""#) == nil)
        #expect(run(h, #"expect add Zoé commitment "Two" mockups"#) == nil)
        let texts = try session(h).expectations.suffix(2).map(\.text)
        #expect(texts == ["Two mockups; then a review", #""Two" mockups"#])
    }

    /// A need's name with a comma, quoted, is one name: never split at the comma nor re-joined.
    @Test func quotedNamesWithACommaStayWhole() throws {
        let h = try shell()
        #expect(run(h, #"map need add "Design, print" critical"#) == nil)
        #expect(run(h, #"map rate Zoé "Design, print" 2, fast"#) == nil)
        let s = try session(h)
        let need = try #require(s.needs.last)
        #expect(need.name == "Design, print")
        #expect(need.critical)
        #expect(s.ratings.last?.need == need.id)
        #expect(s.ratings.last?.note == "fast")
    }

    @Test(arguments: [
        ("map need add Client care", "Client care", false), ("map need add Client care critical", "Client care", true),
        ("map need add Client care critique", "Client care", true),
        ("map need add Logistique essentiel", "Logistique", true),
        ("map need add \"Risk, critical\"", "Risk, critical", false), ("map need add Critical", "Critical", false),
    ])
    func needNamesSpanWordsBeforeTheKeyword(line: String, name: String, critical: Bool) throws {
        let h = try shell()
        #expect(run(h, line) == nil)
        let need = try #require(try session(h).needs.last)
        #expect(need.name == name)
        #expect(need.critical == critical)
    }

    @Test func needCriticalReadsYesAndNoInBothLanguages() throws {
        let h = try shell()
        #expect(run(h, "map need critical Design oui") == nil)
        #expect(try session(h).needs.last?.critical == true)
        #expect(run(h, "map need critical Client access no") == nil)
        #expect(try session(h).needs.first?.critical == false)
        #expect(run(h, "map need critical Design maybe") == #""maybe" is not expected here; type one of: yes, no."#)
    }

    @Test(arguments: [
        ("0", 0), ("3", 3), ("1,", 1), ("lead", 3), ("solid", 2), ("solide", 2), ("référent", 3), ("Aucun", 0),
        ("base", 1),
    ])
    func scoresReadAsDigitsOrCoverageWords(typed: String, score: Int) throws {
        let h = try shell()
        #expect(run(h, "map rate Zoé Design \(typed)") == nil)
        #expect(try session(h).ratings.last?.score == score)
    }

    @Test func scoresOutsideTheScaleAreRefused() throws {
        let h = try shell()
        #expect(run(h, "map rate Zoé Design 4") == #""4" is not a rating. Expected one of: 0, 1, 2, 3."#)
        #expect(run(h, "map rate Zoé Design lots") == #""lots" is not a rating. Expected one of: 0, 1, 2, 3."#)
        #expect(try session(h).ratings.isEmpty)
    }

    @Test(arguments: ["expectation", "Expectation", "attente", "attentes", "interest", "intérêt", "interet"])
    func kindsReadInBothLanguages(kind: String) throws {
        let h = try shell()
        #expect(run(h, "expect add Zoé \(kind) Something") == nil)
        #expect([ExpectationKind.expectation, .interest].contains(try #require(try session(h).expectations.last).kind))
    }

    @Test(arguments: ["none", "-", "aucune", "aucun", "rien", "Rien"])
    func datesClearWithAnyWordForNone(word: String) throws {
        let h = try shell()
        #expect(run(h, "expect due e3 2027-03-31") == nil)
        #expect(run(h, "expect due e3 \(word)") == nil)
        #expect(try session(h).expectations.first { $0.id == "e3" }?.due == nil)
        #expect(run(h, "expect kept e3") == nil)
        #expect(try session(h).expectations.first { $0.id == "e3" }?.kept == Day(h.shell.now))
        #expect(run(h, "expect kept e3 \(word)") == nil)
        #expect(try session(h).expectations.first { $0.id == "e3" }?.kept == nil)
    }

    @Test func aWrongDateIsTheDatesError() throws {
        let h = try shell(.fr)
        let error = try #require(run(h, "expect kept e3 bientôt"))
        #expect(error.hasPrefix("«\u{A0}bientôt\u{A0}» n'est pas une date"))
    }

    @Test func linkTakesSeveralAnswers() throws {
        let h = try shell()
        #expect(run(h, "expect link e1 e2 e3") == nil)
        #expect(try session(h).expectations.first?.answeredBy == ["e2", "e3"])
        #expect(run(h, "expect unlink e1 e3") == nil)
        #expect(run(h, "expect link e1 e2 e3, e2") == nil)
        #expect(try session(h).expectations.first?.answeredBy == ["e2", "e3"])
    }

    @Test(arguments: [
        ("expect ajouter Zoé engagement Livrer", ["add"]), ("expect liste", ["list"]),
        ("expect relier e1 e2", ["link"]),
        ("expect délier e1", ["unlink"]), ("expect échéance e3 rien", ["due"]),
        ("expect mesure e3 deux lettres", ["measure"]),
        ("expect tenu e3", ["kept"]), ("expect retirer e4", ["remove"]), ("expect objectifs Zoé Apprendre", ["goals"]),
        ("carte voir", ["show"]), ("map besoin ajouter Ventes essentiel", ["need", "add"]),
        ("map besoin retirer Design", ["need", "remove"]), ("map besoin critique Design non", ["need", "critical"]),
        ("map noter Zoé Design solide", ["rate"]), ("map évaluer Zoé Design 2", ["rate"]),
        ("map force Zoé Le dessin", ["strength"]), ("map faiblesse Zoé Les devis", ["weakness"]),
    ])
    func frenchAliasesNameTheForms(line: String, path: [String]) throws {
        let h = try shell(.fr)
        #expect(try parse(h, line).verb.path == path)
        #expect(run(h, line) == nil)
    }

    /// A need is removed by its whole name or its id, never by a start of it.
    @Test func needRemoveWantsTheWholeName() throws {
        let h = try shell()
        #expect(
            run(h, "map need remove Des") == #""Des" is only the start of Design (n2); type the whole name or the id."#)
        #expect(try session(h).needs.count == 2)
        #expect(run(h, "map need remove design") == nil)
        #expect(run(h, "map need remove n1") == nil)
        #expect(try session(h).needs.isEmpty)
    }

    /// The rules of the exchange are the core's; the shell says which one a line broke.
    @Test func theExchangesRulesAreSaidPrecisely() throws {
        let h = try shell()
        #expect(
            run(h, "expect link e2 e3")
                == "e2 (contribution) is not an expectation: only expectations are linked to what answers them.")
        #expect(
            run(h, "expect link e1 e4")
                == "e4 belongs to Zoé, who also holds e1: an expectation is answered by another partner.")
        #expect(run(h, "expect due e1 +30") == "e1 (expectation) has no date or measure: those belong to commitments.")
        #expect(run(h, "expect unlink e1 e2") == "e2 is not linked to e1 (its links: none).")
        #expect(run(h, "expect measure e3 \u{1B}[31m") == "the measure is too long or contains control characters.")
        #expect(try session(h).expectations.allSatisfy { $0.answeredBy.isEmpty && $0.due == nil && $0.measure.isEmpty })
    }

    /// `undo` after each edit says what it takes back, in the shell's language.
    @Test(arguments: [
        ("expect add Zoé interest Visibility", "Undone: interest added: \"Visibility\"", Language.en),
        ("expect link e1 e2", "Undone: e2 linked to e1", .en),
        ("expect due e3 2027-03-31", "Undone: e3 due on 2027-03-31", .en),
        ("expect goals Zoé Learn to sell", "Undone: personal goals of Zoé", .en),
        ("map rate Zoé Design 2", "Undone: Zoé rated 2 on n2", .en),
        ("map need critical Design yes", "Undone: need n2 marked critical", .en),
        ("expect remove e4", "Annulé\u{A0}: retrait de e4", .fr),
        ("map strength Zoé tenace", "Annulé\u{A0}: force de Zoé\u{A0}: «\u{A0}tenace\u{A0}»", .fr),
        ("map need add Ventes", "Annulé\u{A0}: ajout du besoin «\u{A0}Ventes\u{A0}»", .fr),
    ])
    func undoSaysWhatItTakesBack(line: String, said: String, language: Language) throws {
        let h = try shell(language)
        let before = try session(h)
        #expect(run(h, line) == nil)
        #expect(try session(h) != before)
        #expect(run(h, "undo") == nil)
        #expect(h.sink.combined.contains(said), "\(h.sink.combined.suffix(200))")
        #expect(try session(h).expectations == before.expectations)
        #expect(
            try session(h).needs == before.needs && session(h).ratings == before.ratings
                && session(h).traits == before.traits)
        #expect(try session(h).partners == before.partners)
    }

    @Test func tabOffersWhatEachSlotTakes() throws {
        let h = try shell()
        #expect(h.shell.complete("expect add Zoé con").candidates == ["concern", "contribution"])
        #expect(h.shell.complete("map rate Zoé Design ").candidates == ["0", "1", "2", "3"])
        #expect(h.shell.complete("map need add Sales c").insertion == "critical ")
        #expect(h.shell.complete("map need critical Design n").insertion == "no ")
        #expect(h.shell.complete("expect due e3 n").insertion == "none ")
        let fr = try shell(.fr)
        #expect(fr.shell.complete("map need add Ventes c").insertion == "critique ")
        #expect(fr.shell.complete("map need critical Design o").insertion == "oui ")
        #expect(fr.shell.complete("map rate Zoé Design ").candidates == ["0", "1", "2", "3"])
    }
}
