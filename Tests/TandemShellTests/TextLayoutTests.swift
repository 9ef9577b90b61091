import Testing
@testable import TandemCore
@testable import TandemShell

/// The three wrapping functions share one layout routine (`TextLayout.lines`);
/// each must lay text out exactly as its former, line-remeasuring version did.
@Suite struct TextLayoutTests {
    /// Texts with runs of spaces, French signs after a space, long words, wide characters, accents.
    static let texts: [String] = {
        let words = [
            "Zoé", "Marc", ":", ";", "?", "!", "»", "«", "délai", "x", "très-très-très-long-mot-sans-espace-aucun",
            "日本語のテキスト", "café", "e12", "—", "Partner", "00042", "Été,", "/usr/local/share/tandem/sessions",
        ]
        var generator = SplitMix(seed: 12)
        var texts = ["", " ", "a", "   indented line that goes on and on past the width of the line, surely", "\n\n"]
        for _ in 0..<300 {
            var text = String(repeating: " ", count: Int(generator.next() % 3))
            for _ in 0..<Int(generator.next() % 40) {
                text += words[Int(generator.next() % UInt64(words.count))]
                text += generator.next() % 9 == 0 ? (generator.next() % 2 == 0 ? "  " : "\n") : " "
            }
            texts.append(text)
        }
        return texts
    }()

    @Test func wrappedLaysOutAsBefore() {
        for text in Self.texts {
            for width in [8, 20, 40, 76, 80] {
                #expect(text.wrapped(width: width) == Former.wrapped(text, width: width, hangingIndent: nil))
                #expect(
                    text.wrapped(width: width, hangingIndent: 4) == Former.wrapped(text, width: width, hangingIndent: 4)
                )
            }
        }
    }

    @Test func wrappedLinesLayOutAsBefore() {
        for text in Self.texts {
            for width in [4, 8, 20, 40, 76] {
                #expect(text.wrappedLines(width: width) == Former.wrappedLines(text, width: width))
            }
        }
    }

    @Test func wordLinesLayOutAsBefore() {
        for text in Self.texts {
            for width in [8, 20, 40, 76, 80] {
                #expect(Shell.wordLines(text, width: width) == Former.wordLines(text, width: width))
            }
        }
    }

    @Test func aLongTextWrapsInOneLinePerWidth() {
        let text = Array(repeating: "Partner 00042 Été,", count: 20_000).joined(separator: " ")
        let lines = text.wrapped(width: 80).split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= 80 })
        #expect(lines.joined(separator: " ") == text)
    }
}

/// A small deterministic generator, so the texts are the same on every run.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// The layouts as they were before `TextLayout` (measuring the growing line for each word).
enum Former {
    static func wrapped(_ text: String, width: Int, hangingIndent: Int?) -> String {
        guard text.displayWidth > width || text.contains("\n") else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { raw -> String in
            let line = String(raw)
            guard line.displayWidth > width else { return line }
            let indent = String(line.prefix { $0 == " " })
            let continuation = hangingIndent.map { String(repeating: " ", count: $0) } ?? indent
            var lines: [String] = []
            var current = indent
            var words: [(gap: String, word: String)] = []
            var gap = ""
            var word = ""
            for character in line.dropFirst(indent.count) {
                if character == " " {
                    if !word.isEmpty {
                        words.append((gap, word))
                        gap = ""
                        word = ""
                    }
                    gap.append(character)
                } else {
                    word.append(character)
                }
            }
            if !word.isEmpty { words.append((gap, word)) }
            var glued: [(gap: String, word: String)] = []
            for item in words {
                if let last = glued.last, [":", ";", "?", "!", "»"].contains(item.word) {
                    glued[glued.count - 1].word = last.word + item.gap + item.word
                } else {
                    glued.append(item)
                }
            }
            var atStart = true
            for (gap, word) in glued {
                let candidate = atStart ? current + word : current + gap + word
                if candidate.displayWidth > width, !atStart {
                    lines.append(current)
                    current = continuation + word
                } else {
                    current = candidate
                }
                atStart = false
            }
            lines.append(current)
            return lines.joined(separator: "\n")
        }.joined(separator: "\n")
    }

    static func wrappedLines(_ text: String, width: Int) -> [String] {
        let width = Swift.max(width, 8)
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var current = ""
            var words: [String] = []
            for word in paragraph.split(separator: " ") {
                if let last = words.last, [":", ";", "?", "!", "»"].contains(word) {
                    words[words.count - 1] = last + " " + word
                } else {
                    words.append(String(word))
                }
            }
            for word in words {
                var piece = word
                while piece.displayWidth > width {
                    if !current.isEmpty {
                        lines.append(current)
                        current = ""
                    }
                    var head = ""
                    for character in piece {
                        if (head + String(character)).displayWidth > width { break }
                        head.append(character)
                    }
                    lines.append(head)
                    piece.removeFirst(head.count)
                }
                if current.isEmpty {
                    current = piece
                } else if (current + " " + piece).displayWidth <= width {
                    current += " " + piece
                } else {
                    lines.append(current)
                    current = piece
                }
            }
            lines.append(current)
        }
        return lines
    }

    static func wordLines(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        let breaks = { (c: Character) in c.isWhitespace && c != "\u{00A0}" && c != "\u{202F}" }
        for word in text.split(whereSeparator: breaks).map(String.init) {
            let piece = word.displayWidth > width ? word.truncated(to: width) : word
            if current.isEmpty {
                current = piece
            } else if current.displayWidth + 1 + piece.displayWidth <= width {
                current += " " + piece
            } else {
                lines.append(current)
                current = piece
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }
}
