/// The pure text work behind Tab: common prefixes and quoting an unfinished
/// word. The line itself is lexed by `Lexer`, as when it runs.
enum CompletionWords {
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
        let quoted = Lexer.quote(word)
        return quoted.hasPrefix("\"") ? String(quoted.dropLast()) : quoted
    }
}
