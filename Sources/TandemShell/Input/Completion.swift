import TandemCore

/// What Tab does: replace the word being typed by `insertion`, or list candidates.
public struct Completion: Equatable, Sendable {
    /// Characters before the cursor that belong to the word being completed.
    public var replaceCount: Int
    /// Text to put in place of those characters; nil when there is nothing to add.
    public var insertion: String?
    /// Shown when several candidates remain and typing more is needed.
    public var candidates: [String]
}

extension Shell {
    /// Completes the word before the cursor from the command table and the
    /// open session (partner names, session names, value words).
    public func complete(_ beforeCursor: String) -> Completion {
        let (words, partial, rawCount) = CompletionWords.split(beforeCursor)
        let pool: [String]
        if words.isEmpty {
            pool = CommandTable.names
        } else if let command = CommandTable.find(words[0]) {
            pool = command.complete(self, Array(words.dropFirst()))
        } else {
            pool = []
        }
        let typed = partial.folded
        var seen = Set<String>()
        let matches = pool.filter { $0.folded.hasPrefix(typed) && seen.insert($0).inserted }
        guard !matches.isEmpty else { return Completion(replaceCount: rawCount, insertion: nil, candidates: []) }
        if matches.count == 1, let only = matches.first {
            return Completion(replaceCount: rawCount, insertion: Tokenizer.quote(only) + " ", candidates: [])
        }
        let common = CompletionWords.commonPrefix(matches)
        if common.folded.count > typed.count || (common.count == typed.count && common != partial && !common.isEmpty) {
            return Completion(replaceCount: rawCount, insertion: CompletionWords.openQuoted(common), candidates: [])
        }
        return Completion(replaceCount: rawCount, insertion: nil, candidates: matches.sorted())
    }
}
