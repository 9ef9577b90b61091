/// The pure text work behind Tab: splitting the line being typed, common
/// prefixes, quoting an unfinished word. No shell state, so it can be fuzzed alone.
enum CompletionWords {
    /// The finished words of the command being typed (after the last `;`), the
    /// unfinished last word unquoted, and how many characters it spans as typed.
    static func split(_ text: String) -> (words: [String], partial: String, rawCount: Int) {
        var words: [String] = []
        var word = ""
        var raw = 0
        var inWord = false
        var quote: Unicode.Scalar?
        var escaped = false
        for ch in text.unicodeScalars {
            if escaped {
                word.unicodeScalars.append(ch)
                raw += 1
                escaped = false
                continue
            }
            if let q = quote {
                raw += 1
                if ch == q { quote = nil } else if ch == "\\" && q == "\"" { escaped = true } else { word.unicodeScalars.append(ch) }
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
                word.unicodeScalars.append(ch)
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
                word.unicodeScalars.append(ch)
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
