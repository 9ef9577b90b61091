import TandemCore

/// The words people type that are not English ids: command aliases
/// (`aide`, `quitter`), sub-command aliases, keywords and the words for yes,
/// no and none, read from `alias.*` and `word.*` in every Prompts language so
/// a French word works in an English shell too.
struct Vocabulary: Sendable {
    /// Folded alias → command name.
    private var commands: [String: String] = [:]
    /// Command name → folded alias → sub-command word.
    private var subcommands: [String: [String: String]] = [:]
    /// A keyword → its folded forms (itself and its aliases).
    private var keywords: [String: Set<String>] = [:]
    private var none: Set<String> = ["-"]
    private var yes: Set<String> = []
    private var no: Set<String> = []
    /// Letters of relative dates (`+2w`, `+3s`), from `word.date.*`.
    private(set) var dateUnits = DateUnits(days: [], weeks: [], months: [])
    /// The shell's language's first word for a keyword (`all` → « tout »).
    private var displayed: [String: String] = [:]

    init(catalog: PromptCatalog, language: Language) {
        for (lang, key, value) in catalog.entries(withKeyPrefixes: ["alias.", "keyword.", "word."]) {
            let words = value.split(separator: ",").map { String($0).trimmingWhitespace }.filter { !$0.isEmpty }
            if key.hasPrefix("alias.") {
                let path = key.dropFirst("alias.".count).split(separator: ".").map(String.init)
                if path.count == 1 {
                    for word in words { commands[word.folded] = path[0] }
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

    /// The command a typed first word names: its own name in any case, or an alias.
    func command(_ typed: String) -> String? {
        let lowered = typed.lowercased()
        if CommandTable.find(lowered) != nil { return lowered }
        return commands[typed.folded]
    }

    /// The sub-command word `typed` stands for after `command` (and the words before it).
    func subcommand(_ typed: String, of command: String) -> String {
        let lowered = typed.lowercased()
        return subcommands[command]?[typed.folded] ?? lowered
    }

    func keyword(_ word: String, matches folded: String) -> Bool {
        (keywords[word] ?? [word.folded]).contains(folded)
    }

    /// A keyword as the shell's language shows it.
    func display(_ keyword: String) -> String { displayed[keyword] ?? keyword }

    func isNone(_ text: String) -> Bool { none.contains(text.trimmingWhitespace.folded) }
    func isYes(_ text: String) -> Bool { yes.contains(text.trimmingWhitespace.folded) }
    func isNo(_ text: String) -> Bool { no.contains(text.trimmingWhitespace.folded) }

    /// Every alias of commands, for "did you mean".
    var commandAliases: [String: String] { commands }
}
