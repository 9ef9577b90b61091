/// Splits a command line into words, sh-style: "double quotes" with backslash
/// escapes, 'single quotes' taken literally, a backslash escaping the next
/// character, and an unquoted `;` separating commands. A `'` inside a word is
/// an apostrophe (`l'accord`), not a quote. A line whose first
/// non-blank character is `#` is a comment. Works on Unicode scalars, so a
/// combining mark after a space or a quote cannot hide it.
public enum Tokenizer {
    public enum Failure: Error, Equatable, Sendable {
        case unterminatedQuote(Character, column: Int)
        case danglingBackslash(column: Int)
    }

    /// Commands on the line, each a list of words; empty commands are dropped.
    public static func commands(_ line: String) throws(Failure) -> [[String]] {
        var commands: [[String]] = []
        var words: [String] = []
        var word = ""
        var inWord = false
        var quote: Unicode.Scalar?
        var quoteColumn = 0
        var escaped = false
        var column = 0
        if line.drop(while: { $0 == " " || $0 == "\t" }).hasPrefix("#") { return [] }
        for ch in line.unicodeScalars {
            column += 1
            if escaped {
                escaped = false
                if quote == "\"" {
                    switch ch {
                    case "n": word.unicodeScalars.append("\n")
                    case "t": word.unicodeScalars.append("\t")
                    case "\"", "\\": word.unicodeScalars.append(ch)
                    default:
                        word.unicodeScalars.append("\\")
                        word.unicodeScalars.append(ch)
                    }
                } else {
                    word.unicodeScalars.append(ch)
                }
                continue
            }
            if let q = quote {
                if ch == q {
                    quote = nil
                } else if ch == "\\" && q == "\"" {
                    escaped = true
                } else {
                    word.unicodeScalars.append(ch)
                }
                continue
            }
            switch ch {
            case "'" where inWord:
                word.unicodeScalars.append(ch)  // an apostrophe inside a word: l'accord, it's
            case "\"", "'":
                quote = ch
                quoteColumn = column
                inWord = true
            case "\\":
                escaped = true
                inWord = true
            case ";":
                if inWord { words.append(word) }
                word = ""
                inWord = false
                if !words.isEmpty { commands.append(words) }
                words = []
            case " ", "\t":
                if inWord { words.append(word) }
                word = ""
                inWord = false
            default:
                word.unicodeScalars.append(ch)
                inWord = true
            }
        }
        if let q = quote { throw .unterminatedQuote(Character(q), column: quoteColumn) }
        if escaped { throw .danglingBackslash(column: column) }
        if inWord { words.append(word) }
        if !words.isEmpty { commands.append(words) }
        return commands
    }

    /// Quotes a word for the command line when it needs it ("Bureau Öko").
    /// Works on scalars, like the tokenizer: a backslash followed by a
    /// combining mark is still a backslash.
    public static func quote(_ word: String) -> String {
        let special: Set<Unicode.Scalar> = [" ", "\t", "\"", "\\", ";"]
        guard word.isEmpty || word.unicodeScalars.first == "'" || word.unicodeScalars.first == "#"
            || word.unicodeScalars.contains(where: { special.contains($0) })
        else { return word }
        var out = "\""
        for scalar in word.unicodeScalars {
            if scalar == "\"" || scalar == "\\" { out.unicodeScalars.append("\\") }
            out.unicodeScalars.append(scalar)
        }
        return out + "\""
    }
}
