import TandemCore
import TandemTestSupport
import Testing

@testable import TandemShell

/// The declared grammar of stages, stage, gate, risks and risk: every form
/// parses its usage example, free text is kept as typed, value words and
/// clearable dates read in both languages, Tab still offers what fits.
@Suite struct StageRiskGrammarTests: ShellLineTesting {
    func shell(_ language: Language = .en) throws -> TranscriptHarness {
        let harness = try TranscriptHarness(language: language)
        _ = harness.run([
            "new Atelier", "partner add Zoé", "partner add Marc", "stage add Trial", "stage add \"Joint offer\"",
            "stage entry s1 Two proposals sent", "stage commit s1 Zoé leads", "stage deliverable s1 A page",
            "stage exit s1 Notice",
            "risk add defection Leaving", "risk add value Fees",
        ])
        return harness
    }

    static let commands = StageCommands.all + RiskCommands.all

    static let examples: [(String, String, [String])] = [
        ("stages", "stages", [String]()),
        ("stages show", "stages", ["show"]),
        ("stage add Pilot", "stage", ["add"]),
        ("stage entry Trial Price list agreed | signed | 2027-01-31", "stage", ["entry"]),
        ("stage measure s1 1 count", "stage", ["measure"]),
        ("stage due s1 1 +30", "stage", ["due"]),
        ("stage commit Trial Marc two days a week", "stage", ["commit"]),
        ("stage deliverable s1 A shared page", "stage", ["deliverable"]),
        ("stage exit s1 A month's notice", "stage", ["exit"]),
        ("stage review Trial 2027-02-20", "stage", ["review"]),
        ("stage rename s2 Offer", "stage", ["rename"]),
        ("stage move s2 1", "stage", ["move"]),
        ("stage drop s1 exit 1", "stage", ["drop"]),
        ("stage remove s2", "stage", ["remove"]),
        ("gate", "gate", []),
        ("gate Trial", "gate", []),
        ("risks", "risks", []),
        ("risks show", "risks", ["show"]),
        ("risk add defection Marc takes a job", "risk", ["add"]),
        ("risk rate r1 4 3", "risk", ["rate"]),
        ("risk mitigate r1 Three months' notice", "risk", ["mitigate"]),
        ("risk owner r1 Zoé", "risk", ["owner"]),
        ("risk status r1 watching", "risk", ["status"]),
        ("risk remove r2", "risk", ["remove"]),
        ("risk scan hidden-agendas unsure", "risk", ["scan"]),
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
                "stages", "stages show",
                "stage add NAME", "stage entry STAGE TEXT", "stage measure STAGE N TEXT", "stage due STAGE N DATE|none",
                "stage commit STAGE PARTNER TEXT", "stage deliverable STAGE TEXT", "stage exit STAGE TEXT",
                "stage review STAGE DATE|none", "stage rename STAGE NAME", "stage move STAGE POSITION",
                "stage drop STAGE entry|commitment|deliverable|exit N", "stage remove STAGE",
                "gate [STAGE]",
                "risks", "risks show",
                "risk add ZONE TEXT", "risk rate ID LIKELIHOOD (1-5) IMPACT (1-5)", "risk mitigate ID TEXT",
                "risk owner ID [PARTNER] [TEXT]", "risk status ID STATUS", "risk remove ID",
                "risk scan REASON yes|no|unsure",
            ])
        let fr = try shell(.fr)
        let usage = Self.commands.flatMap { $0.usageLines(fr.shell) }
        #expect(usage.contains("risk rate ID PROBABILITÉ (1-5) IMPACT (1-5)"))
        #expect(usage.contains("stage drop ÉTAPE condition|engagement|livrable|sortie N"))
        #expect(usage.contains("stage review ÉTAPE DATE|aucune"))
        #expect(usage.contains("risk scan RAISON oui|non|pas sûr"))
        #expect(run(h, "risk rate r1 4") == "usage: risk rate ID LIKELIHOOD (1-5) IMPACT (1-5)")
        #expect(run(h, "stage entry s1") == "usage: stage entry STAGE TEXT")
    }

    /// Placeholders and the field names of errors exist in every language, so no usage line shows a "[slot.…]".
    @Test func everySlotHasItsPromptKeys() throws {
        let catalog = try PromptCatalog.load(from: repositoryRoot + "/Prompts")
        for command in Self.commands {
            for verb in command.verbs {
                for slot in verb.slots {
                    for language in Language.allCases {
                        let keys = catalog.entries[language] ?? [:]
                        #expect(keys["slot.\(slot.name)"] != nil, "slot.\(slot.name) in \(language)")
                        switch slot.kind {
                        case .value, .number:
                            #expect(keys["field.\(slot.name)"] != nil, "field.\(slot.name) in \(language)")
                        case .reference, .item, .items, .session, .keyword, .date, .word, .text: break
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
    ]

    @Test(arguments: texts)
    func stageTextsAreKeptAsTyped(text: String) throws {
        let h = try shell()
        #expect(run(h, "stage exit s1 " + text) == nil)
        #expect(run(h, "stage deliverable Trial " + text) == nil)
        #expect(run(h, "stage commit s1 Marc " + text) == nil)
        #expect(run(h, "stage measure s1 1 " + text) == nil)
        let stage = try #require(try session(h).stages.first)
        #expect(stage.exits.last == text)
        #expect(stage.deliverables.last == text)
        #expect(stage.commitments.last?.text == text)
        #expect(stage.entry.first?.measure == text)
        #expect(run(h, "stage add " + text) == nil)
        #expect(try session(h).stages.last?.name == text)
    }

    @Test func anEntryConditionKeepsItsTextBeforeTheBars() throws {
        let h = try shell()
        #expect(run(h, "stage entry s1 Tarifs « validés » ; # par les deux | signature | 2027-01-31") == nil)
        let condition = try #require(try session(h).stages.first?.entry.last)
        #expect(condition.text == "Tarifs « validés » ; # par les deux")
        #expect(condition.measure == "signature")
    }

    @Test(arguments: texts)
    func riskTextsAreKeptAsTyped(text: String) throws {
        let h = try shell()
        #expect(run(h, "risk add value " + text) == nil)
        #expect(run(h, "risk mitigate r3 " + text) == nil)
        let risk = try #require(try session(h).risks.last)
        #expect(risk.text == text)
        #expect(risk.mitigation == text)
        #expect(run(h, "risk owner r3 " + text) == nil)
        #expect(try session(h).risks.last?.owner == text)
    }

    @Test func oneQuotedTextLosesItsQuotesAndStaysWhole() throws {
        let h = try shell()
        #expect(run(h, #"stage exit s1 "Either stops; leads stay, with who found them""#) == nil)
        #expect(try session(h).stages.first?.exits.last == "Either stops; leads stay, with who found them")
        #expect(run(h, #"stage add "Joint offer, phase two""#) == nil)
        #expect(run(h, #"stage review "Joint offer, phase two" +2m"#) == nil)
        #expect(try session(h).stages.last?.review != nil)
    }

    @Test func aRiskOwnerIsAPartnerOrTheWholeText() throws {
        let h = try shell()
        #expect(run(h, "risk owner r1 Marc") == nil)
        #expect(try session(h).risks[0].owner == "p2")
        #expect(run(h, "risk owner r1 Zoé and her accountant") == nil)
        #expect(try session(h).risks[0].owner == "Zoé and her accountant")
        #expect(run(h, "risk owner r1 our coach") == nil)
        #expect(try session(h).risks[0].owner == "our coach")
        #expect(run(h, "risk owner r1") == "usage: risk owner ID [PARTNER] [TEXT]")
    }

    @Test(arguments: [
        ("risk scan pas de vision commune oui", FailureReason.noSharedVision, ScanAnswer.yes),
        ("risk scan temps pas sûr", .notEnoughTime, .unsure),
        ("risk scan pas de vision commune pas sûr", .noSharedVision, .unsure),
        ("risk scan \"objectifs cachés\" non", .hiddenAgendas, .no),
        ("risk scan no-shared-vision not sure", .noSharedVision, .unsure),
        ("risk scan time \"not sure\"", .notEnoughTime, .unsure),
        ("risque raison rôles flous peut-être", .unclearRoles, .unsure),
    ])
    func scanReasonsAndAnswersTakeSeveralWords(line: String, reason: FailureReason, answer: ScanAnswer) throws {
        let h = try shell(.fr)
        #expect(run(h, line) == nil)
        #expect(try session(h).failureScan[reason.rawValue] == answer)
    }

    @Test func scanErrorsNameWhatIsWrong() throws {
        let h = try shell()
        #expect(run(h, "risk scan nonsense yes")?.contains("reason for failure") == true)
        #expect(run(h, "risk scan time sometimes")?.contains("scan answer") == true)
        #expect(run(h, "risk scan time") == "usage: risk scan REASON yes|no|unsure")
    }

    @Test func scanCompletesTheReasonAndTheAnswer() throws {
        let h = try shell(.fr)
        #expect(h.shell.complete("risk scan hid").insertion == "hidden-agendas ")
        #expect(h.shell.complete("risk scan hidden-agendas pas").insertion == "\"pas sûr\" ")
        // After a reason of several words, typed unquoted, Tab still offers the answers.
        #expect(h.shell.complete("risk scan pas de vision commune ou").insertion == "oui ")
        #expect(h.shell.complete("risque raison temps o").insertion == "oui ")
    }

    @Test(arguments: [
        ("ouverts", RiskStatus.open), ("ouverte", .open), ("surveillé", .watching), ("sous surveillance", .watching),
        ("\"sous surveillance\"", .watching), ("maîtrisées", .mitigated), ("clos", .closed), ("watching", .watching),
    ])
    func riskStatusesReadAsDisplayedInEitherLanguage(typed: String, status: RiskStatus) throws {
        for language in Language.allCases {
            let h = try shell(language)
            #expect(run(h, "risk status r1 " + typed) == nil)
            #expect(try session(h).risks[0].status == status)
        }
    }

    @Test func zonesAndReasonsReadAsDisplayed() throws {
        let h = try shell(.fr)
        #expect(run(h, "risk add défection Marc part") == nil)
        #expect(try session(h).risks.last?.zone == .defection)
        #expect(run(h, "risque ajouter \"objectifs cachés\" Zoé démarche les mêmes clients") == nil)
        #expect(try session(h).risks.last?.reason == .hiddenAgendas)
        #expect(try session(h).risks.last?.zone == FailureReason.hiddenAgendas.zone)
        #expect(
            run(h, "risk add vaisseau Un risque")?.contains("défection, distance, valeur, évaluation, autre") == true)
    }

    @Test func rateTakesNumbersAndTheCoreChecksTheRange() throws {
        let h = try shell()
        #expect(run(h, "risk rate r1 4 5") == nil)
        #expect(try session(h).risks[0].score == 20)
        #expect(run(h, "risk rate r1 6 1") == "the likelihood must be a whole number from 1 to 5, not \"6\".")
        #expect(run(h, "risk rate r1 four 1") == "the likelihood must be a whole number from 1 to 5, not \"four\".")
        #expect(run(h, "risk rate r1 1 0") == "the impact must be a whole number from 1 to 5, not \"0\".")
        #expect(h.shell.complete("risk rate r1 ").candidates == ["1", "2", "3", "4", "5"])
    }

    @Test(arguments: ["none", "-", "aucune", "aucun", "rien", "Rien"])
    func datesClearWithEveryWordForNone(word: String) throws {
        for language in Language.allCases {
            let h = try shell(language)
            #expect(run(h, "stage review s1 +2m") == nil)
            #expect(run(h, "stage due s1 1 +30") == nil)
            #expect(run(h, "stage review s1 " + word) == nil)
            #expect(run(h, "stage due s1 1 " + word) == nil)
            let stage = try #require(try session(h).stages.first)
            #expect(stage.review == nil)
            #expect(stage.entry[0].due == nil)
        }
    }

    @Test func aStageOfSeveralWordsNeedsNoQuotesWhenNoTextFollows() throws {
        let h = try shell()
        #expect(run(h, "stage review Joint offer 2027-03-01") == nil)
        #expect(try session(h).stages[1].review?.description == "2027-03-01")
        #expect(run(h, "stage move Joint offer 1") == nil)
        #expect(try session(h).stages.first?.name == "Joint offer")
    }

    @Test func dropReadsThePartInEitherLanguage() throws {
        let h = try shell()
        #expect(run(h, "stage drop s1 sortie 1") == nil)
        #expect(try session(h).stages[0].exits.isEmpty)
        #expect(run(h, "stage drop s1 livrable 1") == nil)
        #expect(run(h, "stage drop s1 condition 1") == nil)
        #expect(run(h, "stage drop s1 commitment 1") == nil)
        let stage = try session(h).stages[0]
        #expect(stage.deliverables.isEmpty && stage.entry.isEmpty && stage.commitments.isEmpty)
        #expect(run(h, "stage drop s1 thing 1")?.contains("part of a stage") == true)
    }

    @Test func removeTakesTheWholeNameOrTheIdNeverAStart() throws {
        let h = try shell()
        #expect(
            run(h, "stage remove Joint")
                == "\"Joint\" is only the start of Joint offer (s2); type the whole name or the id.")
        #expect(try session(h).stages.count == 2)
        #expect(run(h, "stage remove joint offer") == nil)
        #expect(run(h, "stage remove s1") == nil)
        #expect(try session(h).stages.isEmpty)
    }

    @Test(arguments: [
        ("étape ajouter Pilote", "stage", ["add"]),
        ("étape entrée s1 Devis signé", "stage", ["entry"]),
        ("étape mesure s1 1 nombre", "stage", ["measure"]),
        ("étape échéance s1 1 rien", "stage", ["due"]),
        ("étape engagement s1 Zoé deux jours", "stage", ["commit"]),
        ("étape livrable s1 Une page", "stage", ["deliverable"]),
        ("étape sortie s1 Un mois de préavis", "stage", ["exit"]),
        ("étape bilan s1 aucune", "stage", ["review"]),
        ("étape renommer s2 Offre", "stage", ["rename"]),
        ("étape déplacer s2 1", "stage", ["move"]),
        ("étape retirer s1 sortie 1", "stage", ["drop"]),
        ("étape supprimer s2", "stage", ["remove"]),
        ("étapes voir", "stages", ["show"]),
        ("passage s1", "gate", []),
        ("risque ajouter valeur Les honoraires", "risk", ["add"]),
        ("risque noter r1 3 4", "risk", ["rate"]),
        ("risque parade r1 Un préavis", "risk", ["mitigate"]),
        ("risque responsable r1 Zoé", "risk", ["owner"]),
        ("risque état r1 surveillé", "risk", ["status"]),
        ("risque supprimer r1", "risk", ["remove"]),
        ("risque raison vision oui", "risk", ["scan"]),
        ("risques voir", "risks", ["show"]),
    ])
    func frenchAliasesNameTheForms(line: String, command: String, path: [String]) throws {
        let h = try shell(.fr)
        let parsed = try parse(h, line)
        #expect(parsed.command.name == command)
        #expect(parsed.verb.path == path)
    }

    @Test func completionStillOffersStagesPartnersPartsAndClearing() throws {
        let h = try shell(.fr)
        #expect(h.shell.complete("stage due s1 1 auc").insertion == "aucune ")
        #expect(h.shell.complete("stage review Trial auc").insertion == "aucune ")
        #expect(h.shell.complete("stage drop Trial liv").insertion == "livrable ")
        #expect(h.shell.complete("stage remove J").insertion == "\"Joint offer\" ")
        #expect(h.shell.complete("étape engagement Trial M").insertion == "Marc ")
        #expect(h.shell.complete("risk status r1 sous").insertion == "\"sous surveillance\" ")
    }

    @Test func undoSaysWhatChangedInTheShellsLanguage() throws {
        let h = try shell()
        #expect(run(h, "stage exit Trial Stops ; « leaves »") == nil)
        #expect(run(h, "undo") == nil)
        #expect(h.sink.combined.contains("Undone: exit option of stage s1 — "))
        #expect(run(h, "risk rate r2 4 5") == nil)
        #expect(run(h, "UNDO") == nil)
        #expect(h.sink.combined.contains("Undone: risk r2 rated 4 × 5 — "))
        #expect(run(h, "risk owner r1 Marc") == nil)
        #expect(run(h, "undo") == nil)
        #expect(h.sink.combined.contains("Undone: risk r1 given to Marc — "))
        let fr = try shell(.fr)
        #expect(run(fr, "étape retirer Trial sortie 1") == nil)
        #expect(run(fr, "annuler") == nil)
        #expect(fr.sink.combined.contains("Annulé\u{A0}: retrait\u{A0}: sortie 1 de l'étape s1"))
    }
}
