/// Splits a command line into words, sh-style, remembering where each word
/// stands in the line so a free-text slot can take the rest exactly as typed.
///
/// "Double quotes" take backslash escapes (`\"`, `\\`, `\n`, `\t`), 'single
/// quotes' are literal, a backslash outside quotes escapes the next character.
/// A `'` inside a word is an apostrophe (`l'accord`), not a quote. `;` and `#`
/// are ordinary characters: a line is one command (`Lexer.commands` splits the
/// text of `-c`). Works on Unicode scalars, so a combining mark after a space
/// or a quote cannot hide it. The same lexer serves running and Tab completion.
public enum Lexer {
    public enum Failure: Error, Equatable, Sendable {
        case unterminatedQuote(Character, column: Int)
        case danglingBackslash(column: Int)
    }

    /// One word of a line: its text (quotes and escapes resolved) and its place.
    public struct Token: Equatable, Sendable {
        public var text: String
        /// Scalar offsets of the word as typed, quotes included.
        public var range: Range<Int>
        /// The word is exactly one quoted string (`"Bureau Öko"`).
        public var isQuoted: Bool
        /// Some part of the word was quoted or escaped, so it is never an option or keyword.
        public var hasQuoting: Bool
    }

    /// A lexed line: its words, and where lexing stopped if a quote was left open.
    public struct Line: Sendable {
        public let scalars: [Unicode.Scalar]
        public var tokens: [Token]
        /// Set when the line ends inside a quote or after a backslash.
        public var failure: Failure?
        /// The word left open by `failure` (what is being typed, for completion).
        public var unfinished: Token?

        /// The text of the line between two scalar offsets, as typed.
        public func raw(_ range: Range<Int>) -> String {
            var text = ""
            text.unicodeScalars.append(contentsOf: scalars[range.clamped(to: 0..<scalars.count)])
            return text
        }

        /// Everything typed from `offset` to the end, without trailing blanks.
        public func rest(from offset: Int) -> String {
            var end = scalars.count
            while end > offset, scalars[end - 1] == " " || scalars[end - 1] == "\t" { end -= 1 }
            return raw(offset..<max(offset, end))
        }
    }

    /// Lexes one line. Never throws: an open quote is reported in `failure`,
    /// so a free-text slot can still take the line as typed.
    public static func lex(_ line: String) -> Line {
        let scalars = Array(line.unicodeScalars)
        var tokens: [Token] = []
        var word = ""
        var start = 0
        var inWord = false
        var quote: Unicode.Scalar?
        var quoteStart = 0
        var quoteCount = 0
        var hasQuoting = false
        var quotedWhole = false
        var escaped = false
        func finish(_ end: Int) {
            tokens.append(
                Token(text: word, range: start..<end, isQuoted: quotedWhole && quoteCount == 1, hasQuoting: hasQuoting))
            word = ""
            inWord = false
            hasQuoting = false
            quotedWhole = false
            quoteCount = 0
        }
        for (offset, ch) in scalars.enumerated() {
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
                quotedWhole = false
            case "\"", "'":
                if !inWord {
                    start = offset
                    quotedWhole = true
                } else {
                    quotedWhole = false
                }
                quote = ch
                quoteStart = offset
                quoteCount += 1
                hasQuoting = true
                inWord = true
            case "\\":
                if !inWord { start = offset }
                escaped = true
                hasQuoting = true
                quotedWhole = false
                inWord = true
            case " ", "\t":
                if inWord { finish(offset) }
            default:
                if !inWord { start = offset }
                quotedWhole = false
                inWord = true
                word.unicodeScalars.append(ch)
            }
        }
        var result = Line(scalars: scalars, tokens: tokens)
        let unfinished = Token(text: word, range: start..<scalars.count, isQuoted: false, hasQuoting: hasQuoting)
        if let q = quote {
            result.failure = .unterminatedQuote(Character(q), column: quoteStart + 1)
            result.unfinished = unfinished
        } else if escaped {
            result.failure = .danglingBackslash(column: scalars.count)
            result.unfinished = unfinished
        } else if inWord {
            finish(scalars.count)
            result.tokens = tokens
        }
        return result
    }

    /// The commands of `-c` text: split at `;` outside quotes (and not after a
    /// backslash), each as typed from its first word, blank ones dropped.
    public static func commands(_ text: String) -> [String] {
        var commands: [String] = []
        var current = ""
        var quote: Unicode.Scalar?
        var escaped = false
        var inWord = false
        for ch in text.unicodeScalars {
            if escaped {
                escaped = false
            } else if let q = quote {
                if ch == q { quote = nil } else if ch == "\\" && q == "\"" { escaped = true }
            } else {
                switch ch {
                case "\\":
                    escaped = true
                    inWord = true
                case "'" where inWord:
                    break
                case "\"", "'":
                    quote = ch
                    inWord = true
                case " ", "\t", "\n":
                    inWord = false
                case ";":
                    commands.append(current)
                    current = ""
                    inWord = false
                    continue
                default:
                    inWord = true
                }
            }
            current.unicodeScalars.append(ch)
        }
        commands.append(current)
        // Each as its own line: leading blanks dropped, so columns count from the command.
        return commands.map { String($0.drop { $0 == " " || $0 == "\t" || $0 == "\n" }) }.filter { !$0.isEmpty }
    }

    /// Quotes a word for the command line when it needs it ("Bureau Öko").
    /// Works on scalars, like the lexer: a backslash followed by a combining
    /// mark is still a backslash.
    public static func quote(_ word: String) -> String {
        let special: Set<Unicode.Scalar> = [" ", "\t", "\"", "\\", ";"]
        guard
            word.isEmpty || word.unicodeScalars.first == "'" || word.unicodeScalars.first == "#"
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
