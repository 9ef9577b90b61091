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
        let (words, partial, rawCount) = Self.splitForCompletion(beforeCursor)
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
        let common = Self.commonPrefix(matches)
        if common.folded.count > typed.count || (common.count == typed.count && common != partial && !common.isEmpty) {
            return Completion(replaceCount: rawCount, insertion: Self.openQuoted(common), candidates: [])
        }
        return Completion(replaceCount: rawCount, insertion: nil, candidates: matches.sorted())
    }

    /// The finished words of the command being typed (after the last `;`), the
    /// unfinished last word unquoted, and how many characters it spans as typed.
    static func splitForCompletion(_ text: String) -> (words: [String], partial: String, rawCount: Int) {
        var words: [String] = []
        var word = ""
        var raw = 0
        var inWord = false
        var quote: Character?
        var escaped = false
        for ch in text {
            if escaped {
                word.append(ch)
                raw += 1
                escaped = false
                continue
            }
            if let q = quote {
                raw += 1
                if ch == q { quote = nil } else if ch == "\\" && q == "\"" { escaped = true } else { word.append(ch) }
                continue
            }
            switch ch {
            case " ", "\t", ";":
                if inWord { words.append(word) }
                if ch == ";" { words = [] }
                word = ""
                raw = 0
                inWord = false
            case "'" where inWord:
                word.append(ch)
                raw += 1
            case "\"", "'":
                quote = ch
                inWord = true
                raw += 1
            case "\\":
                escaped = true
                inWord = true
                raw += 1
            default:
                word.append(ch)
                inWord = true
                raw += 1
            }
        }
        return (words, word, raw)
    }

    static func commonPrefix(_ words: [String]) -> String {
        guard var prefix = words.first.map(Array.init) else { return "" }
        for word in words.dropFirst() {
            let chars = Array(word)
            var n = 0
            while n < prefix.count, n < chars.count, prefix[n] == chars[n] { n += 1 }
            prefix.removeSubrange(n...)
        }
        return String(prefix)
    }

    /// Quotes a word that is not finished yet: an opening quote, no closing one.
    static func openQuoted(_ word: String) -> String {
        let quoted = Tokenizer.quote(word)
        return quoted.hasPrefix("\"") ? String(quoted.dropLast()) : quoted
    }
}
