import TandemCore
import TandemTestSupport
import Testing

@testable import TandemShell

/// The vocabulary reads the shell's own language first and the others only for
/// a word it does not know. That gives the answers of all languages read
/// together only because no word means one thing in one language and another
/// thing elsewhere: these tests hold the prompts to that.
@Suite struct VocabularyTests {
    /// The shipped prompts, both languages.
    static func catalog() throws -> PromptCatalog { try PromptCatalog.load(from: repositoryRoot + "/Prompts") }

    /// Each alias (folded) names one command, and each sub-command alias one
    /// sub-command of its command, whichever language defines it.
    @Test func noAliasMeansTwoThings() throws {
        var meaning: [String: (target: String, key: String)] = [:]
        var clashes: [String] = []
        for (language, key, value) in try Self.catalog().entries(withKeyPrefixes: ["alias."]) {
            let path = key.dropFirst("alias.".count).split(separator: ".").map(String.init)
            let scope = path.count == 1 ? "" : path[0]
            for word in value.split(separator: ",").map({ String($0).trimmingWhitespace }) where !word.isEmpty {
                let target = path.last ?? ""
                let slot = scope + " " + word.folded
                if let earlier = meaning[slot], earlier.target != target {
                    clashes.append("\(language.rawValue) \(key): \(word) is also \(earlier.key)")
                }
                meaning[slot] = (target, "\(language.rawValue) \(key)")
            }
        }
        #expect(clashes == [])
    }

    /// A word of a command's own forms (`partner list`) is never an alias, in
    /// any language, for another of its forms: typed, it needs no other language.
    @Test func noAliasIsAnotherFormsWord() throws {
        var clashes: [String] = []
        for (language, key, value) in try Self.catalog().entries(withKeyPrefixes: ["alias."]) {
            let path = key.dropFirst("alias.".count).split(separator: ".").map(String.init)
            guard path.count > 1, let command = CommandTable.find(path[0]), let target = path.last else { continue }
            let words = Set(command.verbs.flatMap(\.path))
            for word in value.split(separator: ",").map({ String($0).trimmingWhitespace.lowercased() })
            where words.contains(word) && word != target {
                clashes.append("\(language.rawValue) \(key): \(word) is a word of \(path[0])'s own forms")
            }
        }
        #expect(clashes == [])
    }

    /// Commands typed in the shell's language, English ids or its own words,
    /// read no other language's prompts; a word of another language still works.
    @Test func aShellsOwnWordsReadNoOtherLanguage() throws {
        let scripts: [(Language, [String])] = [
            (
                .en,
                [
                    "new Atelier", "partner add Zoé", "partner add Marc", "partner list", "status", "expect list",
                    "stages show", "risks show", "health show", "note a note", "phase", "actions", "map show",
                ]
            ),
            (
                .fr,
                [
                    "nouveau Atelier", "partenaire ajouter Zoé", "partenaire ajouter Marc", "partenaire liste",
                    "état", "note une note", "phase",
                ]
            ),
        ]
        for (language, lines) in scripts {
            let (shell, sink, directory) = try LazyLanguageTests.shell(language, interactive: false)
            _ = directory
            _ = shell.run(ScriptLineSource(lines: lines))
            #expect(sink.errors == "", "\(language)")
            #expect(shell.configuration.catalog.loadedLanguages == [language], "\(language): \(lines)")
        }
    }
}
