import Testing
import TandemCore
@testable import TandemShell

/// The declarations are the only grammar: every form of every command gets
/// its usage line, help entry, completion and parsing from one place, so
/// none can drift. Examples are derived from the slots themselves.
@Suite struct GrammarTests {
    /// A session where every kind of reference has an item to name.
    static func harness(_ language: Language = .en) throws -> TranscriptHarness {
        let h = try TranscriptHarness(language: language, interactive: false)
        _ = h.run([
            "new Grammar", "partner add Zoé designer", "partner add Marc", "expect add Zoé commitment Three mockups",
            "map need add Design", "stage add Pilot", "risk add defection Marc leaves", "rule add money Half each",
            "action add Call Marc", "expect add Marc concern Too little time", "tension e1 e2",
            "checkpoint Start",
        ])
        return h
    }

    /// A value that reads as `slot` in the harness session.
    static func example(_ slot: Slot) -> String {
        switch slot.kind {
        case .reference(let kind):
            switch kind {
            case .partner: return "Zoé"
            case .need: return "Design"
            case .stage: return "Pilot"
            case .expectation: return "e1"
            case .rule: return "g1"
            case .tension: return "t1"
            case .risk: return "r1"
            case .action: return "a1"
            case .checkpoint: return "c1"
            }
        case .item: return "r1"
        case .items: return "e1"
        case .session: return "grammar"
        case .value(let set): return set.ids[0]
        case .keyword(let words): return words[0]
        case .number(let range): return String(range.lowerBound)
        case .date: return "2027-03-31"
        case .word: return "word"
        case .text: return "a text ; with # and « quotes »"
        }
    }

    static var forms: [(Command, Verb)] {
        CommandTable.all.flatMap { command in command.verbs.map { (command, $0) } }
    }

    @Test func everyCommandIsDeclaredSlotBySlot() {
        let legacy = CommandTable.all.filter { $0.legacyComplete != nil }.map(\.name)
        #expect(legacy.isEmpty, "still reading their own words: \(legacy)")
    }

    @Test(arguments: [Language.en, .fr])
    func everyFormHasItsUsageHelpAndPlaceholders(language: Language) throws {
        let h = try Self.harness(language)
        let catalog = h.shell.configuration.catalog
        for (command, verb) in Self.forms {
            let usage = verb.usage(command.name, h.shell)
            #expect(!usage.contains("[slot."), "\(usage): a slot has no slot.* placeholder")
            #expect(usage.hasPrefix(([command.name] + verb.path).joined(separator: " ")))
            for slot in verb.slots {
                #expect(
                    catalog.entries[language]?["slot.\(slot.name)"] != nil || slot.isKeywordOrNumber,
                    "slot.\(slot.name) missing in \(language)")
            }
            if let last = verb.slots.lastIndex(where: \.isText) {
                #expect(last == verb.slots.count - 1, "\(usage): text not last")
            }
            #expect(verb.slots.filter(\.isText).count <= 1, "\(usage): two text slots")
        }
        for command in CommandTable.all {
            #expect(catalog.entries[language]?["cmd.\(command.name).summary"] != nil, "cmd.\(command.name).summary")
            #expect(catalog.entries[language]?["cmd.\(command.name).help"] != nil, "cmd.\(command.name).help")
        }
    }

    @Test func everyFormParsesAnExampleBuiltFromItsSlots() throws {
        let h = try Self.harness()
        let parser = CommandParser(shell: h.shell)
        for (command, verb) in Self.forms {
            let words =
                [command.name] + verb.path + verb.slots.filter { !$0.optional }.map { Lexer.quote(Self.example($0)) }
            let line = words.joined(separator: " ")
            do {
                let parsed = try parser.parse(Lexer.lex(line), text: line)
                #expect(parsed?.verb.path == verb.path, "\(line) chose another form")
            } catch {
                Issue.record("\(line): \(h.shell.describe(error))")
            }
        }
    }

    @Test func completionOffersWhatEachFirstSlotTakes() throws {
        let h = try Self.harness()
        for command in CommandTable.all {
            let offered = Set(
                h.shell.complete(command.name + " ").candidates + [h.shell.complete(command.name + " ").insertion ?? ""]
            )
            for word in command.subcommands {
                #expect(offered.contains(word) || offered.contains(word + " "), "\(command.name) \(word) not offered")
            }
        }
    }

    @Test func freeTextIsKeptByteForByte() throws {
        let texts = [
            "Julien a dit \"on verra\" ; à garder", "#1 priority; then # the rest",
            "« guillemets » et l'apostrophe d'Öko",
            "e\u{301}te\u{301} combining marks", "trailing quote\"", "'single' and \"double\"", "a\\b backslash",
        ]
        let h = try Self.harness()
        for text in texts {
            let line = "note " + text
            let parsed = try CommandParser(shell: h.shell).parse(Lexer.lex(line), text: line)
            #expect(parsed?.arguments.text("text").unicodeScalars.elementsEqual(text.unicodeScalars) == true, "\(text)")
        }
        let quoted = try CommandParser(shell: h.shell).parse(
            Lexer.lex("note \"only ; quoted\""), text: "note \"only ; quoted\"")
        #expect(quoted?.arguments.text("text") == "only ; quoted")
    }

    @Test func referencesSayWhichItemAPrefixTook() throws {
        let h = try Self.harness()
        let line = "expect add ma concern Late invoices"
        let parsed = try CommandParser(shell: h.shell).parse(Lexer.lex(line), text: line)
        #expect(parsed?.arguments.id("partner") == "p2")
        #expect(parsed?.notices.first?.contains("Marc") == true)
        // Removing wants the whole name: a start of one is refused, saying whose.
        #expect(throws: ShellError.self) {
            try CommandParser(shell: h.shell).parse(Lexer.lex("partner remove ma"), text: "partner remove ma")
        }
    }

    @Test func commandWordsIgnoreCaseAndTakeFrenchAliases() throws {
        let h = try Self.harness(.fr)
        for word in ["UNDO", "Undo", "annuler", "aide", "quitter", "AIDE"] {
            #expect(CommandParser(shell: h.shell).command(named: word) != nil, "\(word)")
        }
    }
}

extension Slot {
    var isKeywordOrNumber: Bool {
        switch kind {
        case .keyword: return true
        default: return false
        }
    }
}

/// Undo replays typed changes on an older copy; out-of-reach changes settle lazily.
@Suite struct UndoHistoryTests {
    @Test func undoesInOrderAndKeepsItsDepth() throws {
        for settle in [2, 200, Int.max] {
            var session = Session(title: "U", language: .en, now: TranscriptHarness.clock())
            var history = UndoHistory(depth: 3, settleEvery: settle)
            history.reset(to: session)
            for n in 1...6 {
                let change = ContextEdit.note("n\(n)", at: TranscriptHarness.clock())
                try change.apply(to: &session)
                history.record(change)
            }
            #expect(history.count == 3)
            for expected in [5, 4, 3] {
                let undone = history.undo()
                #expect(undone?.session.notes.map(\.text) == (1...expected).map { "n\($0)" })
            }
            #expect(history.undo() == nil, "nothing left (settling every \(settle))")
        }
    }
}
