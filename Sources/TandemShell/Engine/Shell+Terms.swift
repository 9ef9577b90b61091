import TandemCore

/// Value words read generously, for every value slot of the grammar (through
/// `ValueSet`) and the guided answers: a coach types "surveillé" for the
/// status labelled "sous surveillance", "non" for a condition "non remplie",
/// "vision" for the reason "pas de vision commune".
///
/// Besides the English id and the label in each language, a value may list
/// other words a coach would type under `<label key>.also` (comma-separated,
/// in both languages). Matching ignores case, accents, hyphens and a final
/// `e`, `s` or `es` (French agreement: "maîtrisée", "ouverte", "remplies").
extension Shell {
    /// How closely typed text matched a value: lower is closer.
    enum TermMatch: Int, Comparable {
        /// The id, a label or an alternative word, as written.
        case exact
        /// The same up to agreement (`ouverte` for `ouvert`).
        case agreement
        /// One distinctive word of a label, up to agreement (`surveillance`, `vision`).
        case word
        /// The start of an id, label or alternative word.
        case prefix

        static func < (a: TermMatch, b: TermMatch) -> Bool { a.rawValue < b.rawValue }
    }

    /// Reads a value word, or says which words work
    /// (the labels of the shell's language; English ids work too).
    func parseTerm<V: ValueWord>(_ raw: String, field: String) throws(ShellError) -> V {
        if let found: (V, TermMatch) = matchTerm(raw) { return found.0 }
        throw termError(raw, V.self, field: field)
    }

    /// The refusal of a word that is none of `V`'s, listing the words to use.
    func termError<V: ValueWord>(_ raw: String, _ type: V.Type, field: String) -> ShellError {
        .message(
            "error.term",
            ["value": raw.truncated(to: 40), "field": t("field.\(field)"), "choices": choices(ValueSet(type))])
    }

    /// The value `raw` names and how closely, or nil when none (or several) fit at the closest level.
    func matchTerm<V: ValueWord>(_ raw: String) -> (V, TermMatch)? {
        // The English id as scripts write it: no need to fold every label of both languages.
        if let id = V(rawValue: raw), !raw.isEmpty { return (id, .exact) }
        let typed = Self.termKey(raw)
        guard !typed.isEmpty else { return nil }
        let forms = V.allCases.map { ($0, termForms($0)) }
        let exact = forms.filter { $0.1.contains(typed) }.map(\.0)
        if let only = exact.first { return exact.count == 1 ? (only, .exact) : nil }
        let agreeing = forms.filter { $0.1.contains { Self.agrees($0, typed) } }.map(\.0)
        if let only = agreeing.first { return agreeing.count == 1 ? (only, .agreement) : nil }
        let worded = forms.filter { _, forms in
            forms.contains { $0.split(separator: " ").contains { $0.count >= 4 && Self.agrees(String($0), typed) } }
        }.map(\.0)
        if let only = worded.first { return worded.count == 1 ? (only, .word) : nil }
        let prefixed = forms.filter { $0.1.contains { $0.hasPrefix(typed) } }.map(\.0)
        if let only = prefixed.first, prefixed.count == 1 { return (only, .prefix) }
        return nil
    }

    /// True when `raw` is, as written, one of `V`'s words (id, label or alternative).
    func isExactTerm<V: ValueWord>(_ raw: String, _ type: V.Type) -> Bool {
        let typed = Self.termKey(raw)
        return V.allCases.contains { termForms($0).contains(typed) }
    }

    /// Every form of a value: id, labels and alternative words in both languages, as keys.
    private func termForms<V: ValueWord>(_ value: V) -> [String] {
        var forms = [Self.termKey(value.rawValue)]
        for language in Language.allCases {
            forms.append(Self.termKey(configuration.catalog.text(value.labelKey, language)))
            let also = value.labelKey + ".also"
            if configuration.catalog.has(also) {
                forms += configuration.catalog.text(also, language).split(separator: ",").map {
                    Self.termKey(String($0))
                }
            }
        }
        return forms.filter { !$0.isEmpty }
    }

    /// Folded, with hyphens, underscores and apostrophes as spaces, spaces
    /// collapsed, and end punctuation dropped: "Pas-sûr !" gives "pas sur".
    static func termKey(_ raw: String) -> String {
        let spaced = raw.folded.map { "-_'’".contains($0) ? " " : $0 }
        let words = String(spaced).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return String(words.reversed().drop { ".!?;,".contains($0) || $0 == " " }.reversed())
    }

    /// The same word up to French agreement: a final `e`, `s` or `es` more or less.
    static func agrees(_ a: String, _ b: String) -> Bool {
        guard a != b else { return true }
        let (short, long) = a.count < b.count ? (a, b) : (b, a)
        guard long.hasPrefix(short), short.count >= 3 else { return false }
        return ["e", "s", "es"].contains(String(long.dropFirst(short.count)))
    }
}
