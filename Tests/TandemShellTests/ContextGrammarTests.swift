import TandemCore
import Testing

@testable import TandemShell

/// The declared grammar of partner, set, note, phase, health, guide and
/// context: every form parses its usage example, free text is kept as typed.
@Suite struct ContextGrammarTests: ShellLineTesting {
    func shell(_ language: Language = .en) throws -> TranscriptHarness {
        let harness = try TranscriptHarness(language: language)
        _ = harness.run(["new Atelier", "partner add Zoé designer", "partner add \"Bureau Öko\" design studio"])
        return harness
    }

    @Test(arguments: [
        ("partner add Léa coach", "partner", ["add"]),
        ("partner list", "partner", ["list"]),
        ("partner remove Zoé", "partner", ["remove"]),
        ("partner rename p2 Öko Lab", "partner", ["rename"]),
        ("set type commercial", "set", ["type"]),
        ("set level act", "set", ["level"]),
        ("set relationship friends", "set", ["relationship"]),
        ("set purpose Win larger contracts", "set", ["purpose"]),
        ("set vision A studio known for its tenders", "set", ["vision"]),
        ("note Marc wants to talk about money first", "note", []),
        ("phase", "phase", []),
        ("phase crisis Marc questions the split", "phase", []),
        ("phase guide", "phase", ["guide"]),
        ("health", "health", []),
        ("health rate Zoé trust 4", "health", ["rate"]),
        ("health show", "health", ["show"]),
        ("guide", "guide", []),
        ("guide first", "guide", ["first"]),
        ("context", "context", []),
    ])
    func everyFormParsesItsExample(line: String, command: String, path: [String]) throws {
        let h = try shell()
        let parsed = try #require(try CommandParser(shell: h.shell).parse(Lexer.lex(line), text: line))
        #expect(parsed.command.name == command)
        #expect(parsed.verb.path == path)
    }

    @Test func everyFormHasADerivedUsageLine() throws {
        let h = try shell()
        let usage =
            ContextCommands.all.flatMap { $0.usageLines(h.shell) }
            + (GuideCommands.all + PhaseCommands.all + HealthCommands.all).flatMap { $0.usageLines(h.shell) }
        #expect(
            usage == [
                "partner add NAME [ROLE]", "partner list", "partner remove PARTNER", "partner rename PARTNER NAME",
                "set type TYPE", "set level LEVEL", "set relationship RELATIONSHIP", "set purpose TEXT",
                "set vision TEXT", "set title TEXT", "set author PARTNER|none", "set ask TEXT",
                "note TEXT", "guide", "guide first", "context", "phase [euphoria|crisis|performance] [NOTE]",
                "phase guide",
                "health", "health rate PARTNER INGREDIENT SCORE (1-5)", "health show",
            ])
        let fr = try shell(.fr)
        #expect(HealthCommands.all[0].usageLines(fr.shell)[1] == "health rate PARTENAIRE INGRÉDIENT NOTE (1-5)")
        #expect(PhaseCommands.all[0].usageLines(fr.shell)[0] == "phase [euphorie|crise|performance] [NOTE]")
    }

    @Test(arguments: [
        #"Julien a dit "on verra" ; à garder"#,
        "Prix à revoir # après le devis",
        "Zoé dit « pas avant juin » ; Marc n'est pas d'accord",
        "it's 'fine' – \"really\"",
        "Cafe\u{301} avec Zoé ; e\u{301}quipe",
        "  two  spaces  inside  ",
    ])
    func noteKeepsTheTextAsTyped(text: String) throws {
        let h = try shell()
        #expect(run(h, "note " + text) == nil)
        #expect(try session(h).notes.last?.text == text.trimmingWhitespace)
    }

    @Test func aNoteThatIsOneQuotedStringLosesItsQuotes() throws {
        let h = try shell()
        #expect(run(h, #"note "Zoé attend l'accord ; de son associé""#) == nil)
        #expect(try session(h).notes.last?.text == "Zoé attend l'accord ; de son associé")
    }

    @Test(arguments: [
        (#"partner add "A B" "role, with a comma""#, "A B", "role, with a comma"),
        (#"partner add "A B" role, with a comma"#, "A B", "role, with a comma"),
        ("partner add Léa designer web", "Léa", "designer web"),
        ("partner add Atelier Öko, design studio", "Atelier Öko", "design studio"),
        ("partner add Léa, coach", "Léa", "coach"),
        (#"partner add Léa "lead, design""#, "Léa", "lead, design"),
        (#"partner add Atelier Öko, "design, print""#, "Atelier Öko", "design, print"),
        ("partner add Léa", "Léa", ""),
        ("partner add Léa it's \"her\" studio ; #1", "Léa", "it's \"her\" studio ; #1"),
    ])
    func partnerAddReadsNameAndRole(line: String, name: String, role: String) throws {
        let h = try shell()
        #expect(run(h, line) == nil)
        let partner = try #require(try session(h).partners.last)
        #expect(partner.name == name)
        #expect(partner.role == role)
    }

    @Test func renameTakesTheRestAsTheNewName() throws {
        let h = try shell()
        #expect(run(h, "partner rename Bureau Öko Lab") == nil)  // the old name is one word: a unique start
        #expect(try session(h).partners.map(\.name) == ["Zoé", "Öko Lab"])
        #expect(run(h, #"partner rename p2 "Bureau Öko""#) == nil)
        #expect(try session(h).partners.map(\.name) == ["Zoé", "Bureau Öko"])
    }

    @Test func removingNeedsTheWholeNameOrTheId() throws {
        let h = try shell()
        #expect(
            run(h, "partner remove z")
                == #""z" is only the start of Zoé (p1); type the whole name or the id."#)
        #expect(try session(h).partners.count == 2)
        #expect(run(h, "partner remove zoe") == nil)
        #expect(run(h, "partner remove Bureau Öko") == nil)  // unquoted, the last slot spans the words
        #expect(try session(h).partners.isEmpty)
    }

    @Test(arguments: [
        ("set level agir ensemble", PartnershipLevel.act),
        ("set level décider ensemble", .decide),
        ("set level act together", .act),
        ("set level soutenir", .support),
        ("set level Agir-Ensemble", .act),
    ])
    func levelWordsAsTheGuideShowsThem(line: String, level: PartnershipLevel) throws {
        for language in Language.allCases {
            let h = try shell(language)
            #expect(run(h, line) == nil)
            #expect(try session(h).context.level == level)
        }
    }

    @Test func contextValuesInEitherLanguage() throws {
        let h = try shell(.fr)
        #expect(run(h, "set type industriel") == nil)
        #expect(run(h, "set relationship connaissance") == nil)  // agreement
        #expect(run(h, "définir niveau agir ensemble") == nil)  // French aliases
        let s = try session(h)
        #expect(s.context.type == .industrial)
        #expect(s.context.relationship == .acquaintances)
        #expect(s.context.level == .act)
        #expect(
            run(h, "set type vaisseau")?.hasPrefix(
                "«\u{A0}vaisseau\u{A0}»\u{A0}: valeur inconnue (type de partenariat)") == true)
    }

    @Test func theContextGuideReadsItsOwnWords() throws {
        let h = try shell(.fr)
        try h.shell.setContext("level", "agir ensemble")  // as q.context.level shows it
        try h.shell.setContext("relationship", "Amis")
        #expect(try session(h).context.level == .act)
        #expect(try session(h).context.relationship == .friends)
    }

    @Test func purposeAndVisionAreKeptAsTyped() throws {
        let h = try shell()
        #expect(run(h, #"set purpose Win "larger" contracts ; together # first"#) == nil)
        #expect(run(h, "set vision « Un atelier reconnu » ; d'ici 2028") == nil)
        #expect(try session(h).context.purpose == #"Win "larger" contracts ; together # first"#)
        #expect(try session(h).context.vision == "« Un atelier reconnu » ; d'ici 2028")
    }

    @Test func phaseWordsAgreeAndNotesAreKept() throws {
        let h = try shell(.fr)
        #expect(run(h, "phase crises Marc dit « on verra » ; à suivre") == nil)
        let entry = try #require(try session(h).currentPhase)
        #expect(entry.phase == .crisis)
        #expect(entry.note == "Marc dit « on verra » ; à suivre")
        #expect(run(h, "phase vaisseau")?.hasPrefix("«\u{A0}vaisseau\u{A0}»\u{A0}: valeur inconnue (phase).") == true)
        #expect(run(h, "phase guide maintenant") == "syntaxe attendue\u{A0}: phase guide")
    }

    @Test func healthRateTakesANumberAndTheCoreChecksTheScale() throws {
        let h = try shell()
        #expect(run(h, "health rate Zoé trust 4") == nil)
        #expect(run(h, "health rate \"Bureau Öko\" respect & leadership 3") == nil)  // a label of several words
        #expect(try session(h).health.map(\.score) == [4, 3])
        #expect(
            run(h, "health rate Zoé trust 9")
                == run(h, "health rate Zoé trust x")?.replacingOccurrences(of: "\"x\"", with: "\"9\""))
        #expect(run(h, "health rate Zoé trust 9")?.contains("health score") == true)
        let fr = try shell(.fr)
        #expect(run(fr, "santé noter Zoé confiance 2") == nil)
        #expect(try session(fr).health.map(\.ingredient) == [.trust])
    }

    @Test func frenchSubcommandAliases() throws {
        let h = try shell(.fr)
        #expect(run(h, "partenaire ajouter Léa, coach") == nil)
        #expect(run(h, "partner renommer Léa Léa Martin") == nil)
        #expect(run(h, "partner retirer p3") == nil)
        #expect(try session(h).partners.map(\.name) == ["Zoé", "Bureau Öko"])
        let parsed = try #require(try CommandParser(shell: h.shell).parse(Lexer.lex("santé voir"), text: "santé voir"))
        #expect(parsed.verb.path == ["show"])
    }
}
