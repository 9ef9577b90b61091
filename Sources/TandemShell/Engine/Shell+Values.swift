import TandemCore

/// Reading what people type into values, shared by the modules' commands and
/// guided answers: value words in either language, and free text.
extension Shell {
    /// The value words a user may type: English ids and labels in the shell's language.
    func valueWords<V: ValueWord>(_ type: V.Type) -> [String] {
        var words = V.allCases.map(\.rawValue)
        if language != .en {
            for value in V.allCases {
                let label = t(value.labelKey)
                if !words.contains(label) { words.append(label) }
            }
        }
        return words
    }

    /// Reads a value word: its English id, its label in either language, or an unambiguous prefix.
    func parseValue<V: ValueWord>(_ raw: String, field: String) throws(ShellError) -> V {
        let typed = raw.folded
        func labels(_ value: V) -> [String] {
            [value.rawValue] + Language.allCases.map { configuration.catalog.text(value.labelKey, $0, [:]).folded }
        }
        if let exact = V.allCases.first(where: { labels($0).contains(typed) }) { return exact }
        let prefixed = V.allCases.filter { labels($0).contains { $0.hasPrefix(typed) } }
        if prefixed.count == 1, let only = prefixed.first, !typed.isEmpty { return only }
        throw .message(
            "error.value",
            ["value": raw, "field": t("field.\(field)"), "choices": valueWords(V.self).joined(separator: ", ")])
    }

    /// A value word read as a declared `.value` slot reads it (either language,
    /// agreement, `.also` words), with the same refusal.
    func readValue<V: ValueWord>(_ raw: String, _ type: V.Type, field: String) throws(ShellError) -> V {
        var notices: [String] = []
        let read = try CommandParser(shell: self).read(.value(field, V.self), raw, notices: &notices)
        guard case .word(let id) = read, let value = V(rawValue: id) else {
            throw .message(
                "error.term",
                ["value": raw.truncated(to: 40), "field": t("field.\(field)"), "choices": choices(ValueSet(V.self))])
        }
        return value
    }

    /// Trims free text and refuses control characters and oversized pastes
    /// (for the modules whose changes are not typed yet; a typed change leaves
    /// this to the core's `TextRule`).
    func cleanText(_ raw: String, field: String) throws(ShellError) -> String {
        let text = raw.trimmingWhitespace
        guard !text.isEmpty else { throw .message("error.text.empty", ["field": t("field.\(field)")]) }
        do {
            return try TextRule.text.check(text, field: field)  // the core's one rule
        } catch {
            throw .session(error)
        }
    }
}
