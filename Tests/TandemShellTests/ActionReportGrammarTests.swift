import TandemCore
import TandemTestSupport
import Testing

@testable import TandemShell

/// The declared grammar of action, actions, checkpoint, checkpoints, diff,
/// followup, review, report and export: every form parses its usage example,
/// free text is kept as typed, options trail the text, dates clear in both
/// languages, French words work.
@Suite struct ActionReportGrammarTests: ShellLineTesting {
    func shell(_ language: Language = .en) throws -> TranscriptHarness {
        let harness = try TranscriptHarness(language: language)
        _ = harness.run([
            "new Atelier", "partner add Zoé", "partner add Marc", "partner add \"Bureau Öko\"",
            "action add One", "action add Two", "checkpoint Kick-off",
        ])
        return harness
    }

    static let commands = ActionCommands.all + FollowUpCommands.all + ReportCommands.all

    static let examples: [(String, String, [String])] = [
        ("action add Send the draft budget --owner Zoé --due 2027-01-15", "action", ["add"]),
        ("action done a1 a2 2026-11-20", "action", ["done"]),
        ("action due a1 +2w", "action", ["due"]),
        ("action owner a1 Cabinet Dupont", "action", ["owner"]),
        ("action remove a2", "action", ["remove"]),
        ("action accept 1 3", "action", ["accept"]),
        ("action list", "action", ["list"]),
        ("actions", "actions", []),
        ("checkpoint Before the gate", "checkpoint", []),
        ("checkpoints", "checkpoints", []),
        ("diff Kick-off", "diff", []),
        ("minutes Kick-off", "minutes", []),
        ("followup", "followup", []),
        ("followup restart", "followup", ["restart"]),
        ("review", "review", []),
        ("review checkin +2m", "review", ["checkin"]),
        ("review formal 2027-06-30", "review", ["formal"]),
        ("report", "report", []),
        ("export proposal partner.md --lang fr --force", "export", []),
        ("export calendar dates.ics --lang fr --force", "export", ["calendar"]),
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
                "action add TEXT [--owner PARTNER] [--due DATE]", "action done ID… [DATE]", "action due ID DATE",
                "action owner ID [PARTNER] [NAME|none]", "action remove ID", "action accept [all] [N…]", "action list",
                "actions",
                "checkpoint [LABEL]", "checkpoints", "diff [CHECKPOINT] [CHECKPOINT]", "minutes [CHECKPOINT]",
                "followup", "followup restart",
                "review", "review checkin DATE", "review formal DATE",
                "report", "export proposal|report [FILE] [--lang en|fr] [--html] [--force]",
                "export calendar [FILE] [--lang en|fr] [--force] [--all]",
            ])
        let fr = try shell(.fr)
        let usage = Self.commands.flatMap { $0.usageLines(fr.shell) }
        #expect(usage.contains("action add TEXTE [--owner PARTENAIRE] [--due DATE]"))
        #expect(usage.contains("action owner ID [PARTENAIRE] [NOM|aucun]"))
        #expect(usage.contains("action accept [tout] [N…]"))
        #expect(usage.contains("checkpoint [NOM]"))
        #expect(usage.contains("diff [POINT] [POINT]"))
        #expect(usage.contains("minutes [POINT]"))
        #expect(usage.contains("export proposition|rapport [FICHIER] [--lang en|fr] [--html] [--force]"))
        #expect(run(h, "action due a1") == "usage: action due ID DATE")
        #expect(run(h, "review formal") == "usage: review formal DATE")
        #expect(run(h, "checkpoints now") == "usage: checkpoints")
        #expect(
            run(h, "export proposal a.md b.md")
                == "usage:\n  export proposal|report [FILE] [--lang en|fr] [--html] [--force]\n"
                + "  export calendar [FILE] [--lang en|fr] [--force] [--all]")
    }

    /// Placeholders exist in every language, so no usage line shows a "[slot.…]".
    @Test func everySlotHasItsPromptKeys() throws {
        let catalog = try PromptCatalog.load(from: repositoryRoot + "/Prompts")
        for command in Self.commands {
            for verb in command.verbs {
                for slot in verb.slots + verb.options.compactMap(\.value) {
                    for language in Language.allCases {
                        #expect(
                            catalog.entries[language]?["slot.\(slot.name)"] != nil, "slot.\(slot.name) in \(language)")
                    }
                }
            }
        }
    }

    static let freeTexts = [
        "Julien a dit \"on verra\" ; à garder",
        "Call Marc ; today # maybe",
        "Relire « l'accord » d'abord",
        "it's Zoé's turn",
        "Cafe\u{301} at 10 ; then « vraiment »",
        "use  two  spaces",
    ]

    @Test(arguments: freeTexts)
    func actionTextIsKeptByteForByte(_ text: String) throws {
        let h = try shell()
        #expect(run(h, "action add " + text) == nil)
        #expect(try session(h).actions.last.map { Array($0.text.utf8) } == Array(text.utf8))
    }

    @Test(arguments: freeTexts)
    func checkpointLabelIsKeptByteForByte(_ text: String) throws {
        let h = try shell()
        #expect(run(h, "action add Something new") == nil)
        #expect(run(h, "checkpoint " + text) == nil)
        #expect(try session(h).checkpoints.last.map { Array($0.label.utf8) } == Array(text.utf8))
    }

    @Test func optionsTrailTheTextAndQuotingKeepsThemText() throws {
        let h = try shell()
        #expect(run(h, "action add Call Marc ; today --owner Zoé --due +2w") == nil)
        var action = try #require(try session(h).actions.last)
        #expect(action.text == "Call Marc ; today")
        #expect(action.owner == "p1")
        #expect(action.due == Day("2026-12-05"))
        #expect(run(h, "action add Write the offer --owner=Marc --due=2026-12-15") == nil)
        action = try #require(try session(h).actions.last)
        #expect(action.text == "Write the offer" && action.owner == "p2" && action.due == Day("2026-12-15"))
        #expect(run(h, "action add \"use --owner wisely\"") == nil)
        #expect(try session(h).actions.last?.text == "use --owner wisely")
        #expect(run(h, "action add \"Who pays, and when?\" --owner \"Bureau Öko\"") == nil)
        action = try #require(try session(h).actions.last)
        #expect(action.text == "Who pays, and when?" && action.owner == "p3")
        // An option in the middle of the text is text.
        #expect(run(h, "action add Ask --owner Zoé about it") == nil)
        #expect(try session(h).actions.last?.text == "Ask --owner Zoé about it")
        #expect(run(h, "action add Send it --owner") == "usage: action add TEXT [--owner PARTNER] [--due DATE]")
    }

    /// `--owner` follows the core's owner rule, as `action owner` does: a
    /// partner by name or id, else someone outside by the name as typed.
    @Test func ownerOptionTakesPartnersOrAnyoneOutside() throws {
        let h = try shell()
        #expect(run(h, "action add Call the bank --owner \"Cabinet Dupont\"") == nil)
        var action = try #require(try session(h).actions.last)
        #expect(action.text == "Call the bank" && action.owner == "Cabinet Dupont")
        #expect(run(h, "action add Ask the notary --owner=Dupont --due +3") == nil)
        action = try #require(try session(h).actions.last)
        #expect(action.owner == "Dupont" && action.due != nil)
        for (typed, owner) in [("zoe", "p1"), ("Zo", "p1"), ("p2", "p2"), ("\"Bureau Öko\"", "p3"), ("none", "")] {
            #expect(run(h, "action add Plan it --owner " + typed) == nil)
            #expect(try session(h).actions.last?.owner == owner, "--owner \(typed)")
        }
        #expect(run(h, "action add Plan it --owner \"Cabinet\u{7}Dupont\"") != nil)
        #expect(run(h, "partner add Zoran") == nil)
        #expect(run(h, "action add Plan it --owner Zo")?.contains("p1") == true, "ambiguous, with the ids")
    }

    @Test(arguments: [
        "action add Send it --owner Zoé --owner Marc", "action add Send it --due +3 --due=+4",
        "action add Send it --owner=Zoé --due +3 --owner Marc",
    ])
    func anOptionGivenTwiceIsAUsageError(_ line: String) throws {
        let h = try shell()
        let before = try session(h)
        #expect(run(h, line) == "usage: action add TEXT [--owner PARTNER] [--due DATE]")
        #expect(try session(h) == before)
    }

    @Test(arguments: ["none", "-", "aucune", "aucun", "rien", "NONE", "Rien"])
    func dueDatesClearWithEveryWordForNone(_ word: String) throws {
        for language in Language.allCases {
            let h = try shell(language)
            #expect(run(h, "action due a1 +3") == nil)
            #expect(try session(h).actions.first?.due != nil)
            #expect(run(h, "action due a1 " + word) == nil)
            #expect(try session(h).actions.first?.due == nil)
            #expect(run(h, "action add Later --due " + word) == nil)
            #expect(try session(h).actions.last?.due == nil)
        }
    }

    @Test func ownersArePartnersOrAnyoneOutsideAsTyped() throws {
        let h = try shell()
        #expect(run(h, "action owner a1 Marc") == nil)
        #expect(try session(h).actions[0].owner == "p2")
        #expect(run(h, "action owner a1 Bureau Öko") == nil)
        #expect(try session(h).actions[0].owner == "p3")
        #expect(run(h, "action owner a1 Cabinet Dupont") == nil)
        #expect(try session(h).actions[0].owner == "Cabinet Dupont")
        #expect(run(h, "action owner a1 \"Dupont, Martin & Cie\"") == nil)
        #expect(try session(h).actions[0].owner == "Dupont, Martin & Cie")
        #expect(run(h, "action owner a1 Marc Dupont") == nil)
        #expect(try session(h).actions[0].owner == "Marc Dupont")
        for word in ["none", "-", "aucun", "rien"] {
            #expect(run(h, "action owner a1 Zoé") == nil)
            #expect(run(h, "action owner a1 " + word) == nil)
            #expect(try session(h).actions[0].owner == "")
        }
        #expect(run(h, "action owner a1") == "usage: action owner ID [PARTNER] [NAME|none]")
    }

    @Test func severalActionsAreDoneAtOnceOnADay() throws {
        let h = try shell()
        #expect(run(h, "action done a1 2") == nil)
        #expect(try session(h).actions.map(\.done) == [Day("2026-11-21"), Day("2026-11-21")])
        #expect(run(h, "undo") == nil)
        #expect(run(h, "action done a1 a2 19/11/2026") == nil)
        #expect(try session(h).actions.map(\.done) == [Day("2026-11-19"), Day("2026-11-19")])
        #expect(run(h, "undo") == nil)
        #expect(run(h, "action done a1 a9")?.contains("a9") == true)
        #expect(try session(h).actions.allSatisfy { $0.done == nil })
    }

    @Test func frenchWordsWork() throws {
        let h = try shell(.fr)
        #expect(run(h, "action ajouter Appeler « Marc » ; vite --owner Zoé") == nil)
        #expect(try session(h).actions.last?.text == "Appeler « Marc » ; vite")
        #expect(run(h, "action échéance a3 +1m") == nil)
        #expect(run(h, "action échéance a3 rien") == nil)
        #expect(try session(h).actions.last?.due == nil)
        #expect(run(h, "action responsable a3 aucun") == nil)
        #expect(try session(h).actions.last?.owner == "")
        #expect(run(h, "action fait a3") == nil)
        #expect(try session(h).actions.last?.done != nil)
        #expect(run(h, "action supprimer a3") == nil)
        #expect(try session(h).actions.count == 2)
        #expect(run(h, "revue point +14") == nil)
        #expect(try session(h).reviews.checkin == Day("2026-12-05"))
        #expect(run(h, "revue formelle 30/06/2027") == nil)
        #expect(try session(h).reviews.formal == Day("2027-06-30"))
        #expect(try parse(h, "suivi recommencer").verb.path == ["restart"])
        #expect(try parse(h, "exporter rapport --lang en").arguments.text("document") == "report")
        #expect(try parse(h, "export proposition").arguments.text("document") == "proposal")
    }

    @Test(arguments: ["all", "ALL", "tout", "toutes", "tous"])
    func acceptTakesEverySuggestionWithAllInEitherLanguage(_ word: String) throws {
        let h = try TranscriptHarness(language: .fr, interactive: false)
        _ = h.run([
            "new Atelier", "partner add Zoé", "partner add Marc",
            "health rate Zoé trust 1", "health rate Marc trust 4", "health rate Zoé care 2", "health rate Marc care 2",
            "health show",
        ])
        #expect(run(h, "action accept " + word) == nil)
        #expect(try session(h).actions.count == 2)
    }

    @Test func exportOptionsComeAnywhere() throws {
        let h = try shell()
        let lines = [
            "export --force report shared.md --lang=en", "export report --lang fr --force shared.md",
            "export --lang FR --force report \"shared.md\"",
        ]
        for line in lines {
            let args = try parse(h, line).arguments
            let request = try ExportRequest(args)
            #expect(request.kind == .report)
            #expect(request.file == "shared.md")
            #expect(request.force)
        }
        let plain = try ExportRequest(try parse(h, "export proposal").arguments)
        #expect(plain.kind == .proposal && plain.file == nil && plain.language == nil && !plain.force)
        #expect(run(h, "export memo")?.contains("proposal, report") == true)
        #expect(run(h, "export report --lang de")?.contains("en, fr") == true)
        #expect(run(h, "export report --quiet") != nil)
        #expect(run(h, "export") != nil)
    }

    @Test func diffTakesACheckpointByIdOrLabelOfSeveralWords() throws {
        let h = try shell()
        #expect(run(h, "checkpoint Pilot done, offer next") == nil)
        #expect(run(h, "diff pilot done, offer next") == nil)
        #expect(run(h, "diff \"Pilot done, offer next\"") == nil)
        #expect(run(h, "diff c1") == nil)
        #expect(run(h, "diff 1") == nil)
        #expect(run(h, "diff") == nil)
        #expect(run(h, "diff c9")?.contains("c9") == true)
        #expect(try parse(h, "diff Kick").arguments.id("checkpoint") == "c1")
    }

    @Test func tabOffersWhatFits() throws {
        let h = try shell()
        #expect(h.shell.complete("action ").candidates.contains("owner"))
        #expect(h.shell.complete("action acc").insertion == "accept ")
        #expect(h.shell.complete("action accept ").insertion == "all ")
        #expect(h.shell.complete("action owner a1 Bu").insertion == "\"Bureau Öko\" ")
        #expect(h.shell.complete("action add Call --due=+3 --ow").insertion == "--owner ")
        #expect(h.shell.complete("export report --lang ").candidates == ["en", "fr"])
        #expect(h.shell.complete("review f").insertion == "formal ")
        let fr = try shell(.fr)
        #expect(fr.shell.complete("action accept t").insertion == "tout ")
        #expect(fr.shell.complete("export r").insertion == "rapport ")
    }
}
