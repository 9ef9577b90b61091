import Synchronization
import TandemCore

/// The words people type that are not English ids: command aliases
/// (`aide`, `quitter`), sub-command aliases, keywords and the words for yes,
/// no and none, read from `alias.*`, `keyword.*` and `word.*`, so a French
/// word works in an English shell too. The shell's own language is read at
/// once; the other languages only when a word is not found in it (a typed
/// English id, a word of the shell's language: no other language is read).
/// No word means one thing in one language and another in another
/// (VocabularyTests), so the answers are those of all languages read together.
struct Vocabulary: Sendable {
    private let own: Words
    private let everyLanguage: EveryLanguage

    init(catalog: PromptCatalog, language: Language) {
        own = Words(catalog.entries(withKeyPrefixes: Self.prefixes, in: [language]), language: language)
        everyLanguage = EveryLanguage(catalog: catalog, language: language)
    }

    private static let prefixes = ["alias.", "keyword.", "word."]

    /// The command a typed first word names: its own name in any case, or an alias.
    func command(_ typed: String) -> String? {
        let lowered = typed.lowercased()
        if CommandTable.find(lowered) != nil { return lowered }
        let folded = typed.folded
        return own.commands[folded] ?? everyLanguage.words.commands[folded]
    }

    /// The sub-command word `typed` stands for after `command` (and the words before it).
    func subcommand(_ typed: String, of command: String) -> String {
        let lowered = typed.lowercased()
        let folded = typed.folded
        if let word = own.subcommands[command]?[folded] { return word }
        // A word of the command's own forms needs no other language.
        if CommandTable.find(command)?.verbs.contains(where: { $0.path.contains(lowered) }) == true { return lowered }
        return everyLanguage.words.subcommands[command]?[folded] ?? lowered
    }

    func keyword(_ word: String, matches folded: String) -> Bool {
        own.keyword(word, matches: folded) || everyLanguage.words.keyword(word, matches: folded)
    }

    /// A keyword as the shell's language shows it.
    func display(_ keyword: String) -> String { own.displayed[keyword] ?? keyword }

    func isNone(_ text: String) -> Bool {
        let folded = text.trimmingWhitespace.folded
        return own.none.contains(folded) || everyLanguage.words.none.contains(folded)
    }

    func isYes(_ text: String) -> Bool {
        let folded = text.trimmingWhitespace.folded
        return own.yes.contains(folded) || everyLanguage.words.yes.contains(folded)
    }

    func isNo(_ text: String) -> Bool {
        let folded = text.trimmingWhitespace.folded
        return own.no.contains(folded) || everyLanguage.words.no.contains(folded)
    }

    /// Letters of relative dates (`+2w`, `+3s`) in every language.
    var dateUnits: DateUnits { everyLanguage.words.dateUnits }

    /// Every alias of commands (folded), for "did you mean".
    var commandAliases: [String: String] { everyLanguage.words.commands }

    /// Every alias of commands as the prompts write it (« état », not "etat"), for Tab.
    var commandAliasWords: [String] { everyLanguage.words.commandWords }

    /// Every language's words, read the first time a word is not the shell language's.
    private final class EveryLanguage: Sendable {
        private let catalog: PromptCatalog
        private let language: Language
        private let read = Mutex<Words?>(nil)

        init(catalog: PromptCatalog, language: Language) {
            self.catalog = catalog
            self.language = language
        }

        var words: Words {
            read.withLock { read in
                if let read { return read }
                let words = Words(catalog.entries(withKeyPrefixes: Vocabulary.prefixes), language: language)
                read = words
                return words
            }
        }
    }

    /// The words of some languages, as tables.
    fileprivate struct Words: Sendable {
        /// Folded alias → command name.
        var commands: [String: String] = [:]
        /// The aliases of commands as written, each once.
        var commandWords: [String] = []
        /// Command name → folded alias → sub-command word.
        var subcommands: [String: [String: String]] = [:]
        /// A keyword → its folded forms (itself and its aliases).
        var keywords: [String: Set<String>] = [:]
        var none: Set<String> = ["-"]
        var yes: Set<String> = []
        var no: Set<String> = []
        /// Letters of relative dates (`+2w`, `+3s`), from `word.date.*`.
        var dateUnits = DateUnits(days: [], weeks: [], months: [])
        /// The shell's language's first word for a keyword (`all` → « tout »).
        var displayed: [String: String] = [:]

        init(_ entries: [(language: Language, key: String, value: String)], language: Language) {
            for (lang, key, value) in entries {
                let words = value.split(separator: ",").map { String($0).trimmingWhitespace }.filter { !$0.isEmpty }
                if key.hasPrefix("alias.") {
                    let path = key.dropFirst("alias.".count).split(separator: ".").map(String.init)
                    if path.count == 1 {
                        for word in words {
                            if commands[word.folded] == nil { commandWords.append(word) }
                            commands[word.folded] = path[0]
                        }
                    } else if let command = path.first, let last = path.last {
                        for word in words { subcommands[command, default: [:]][word.folded] = last }
                    }
                } else if key.hasPrefix("keyword.") {
                    let word = String(key.dropFirst("keyword.".count))
                    keywords[word, default: [word.folded]].formUnion(words.map(\.folded))
                    if lang == language, let first = words.first { displayed[word] = first }
                } else if key.hasPrefix("word.date.") {
                    let letters = Set(words.compactMap { $0.count == 1 ? $0.lowercased().first : nil })
                    switch key {
                    case "word.date.days": dateUnits.days.formUnion(letters)
                    case "word.date.weeks": dateUnits.weeks.formUnion(letters)
                    case "word.date.months": dateUnits.months.formUnion(letters)
                    default: break
                    }
                } else if key == "word.none" {
                    none.formUnion(words.map(\.folded))
                } else if key == "word.yes" {
                    yes.formUnion(words.map(\.folded))
                } else if key == "word.no" {
                    no.formUnion(words.map(\.folded))
                }
            }
        }

        func keyword(_ word: String, matches folded: String) -> Bool {
            (keywords[word] ?? [word.folded]).contains(folded)
        }
    }
}
