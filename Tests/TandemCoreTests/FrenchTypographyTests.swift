import Foundation
import TandemTestSupport
import Testing

/// French typography in the real `Prompts/fr` files: a non-breaking space (U+00A0, or the narrow U+202F)
/// before : ; ? ! and inside « », and « » rather than straight double quotes as quotation marks.
///
/// What is not French prose, and so not checked (kept short on purpose):
/// - comments, and the words people type (`alias.*`, `keyword.*`, `word.*`, `slot.*` keys);
/// - `{name}` placeholders (the value put there is checked where it is written);
/// - what sits inside « »: a command or a word shown as typed stays plain (« tandem -c "a; b" »);
/// - a command example: a help line indented under its text that starts with a command's name
///   (`|   partner add "Bureau Öko" …`), and what follows « Exemple : » on a help line.
/// Times (14:30), URLs (https://) and ids (e1:) need no exception: only a mark followed by a space,
/// the end of the text or a closing bracket is punctuation here.
@Suite struct FrenchTypographyTests {
    struct Problem: CustomStringConvertible {
        var file: String
        var line: Int
        var message: String
        var text: String
        var description: String { "\(file):\(line): \(message): \(text)" }
    }

    static let spaces: Set<Character> = ["\u{00A0}", "\u{202F}"]
    static let marks: Set<Character> = [":", ";", "?", "!"]
    static let wordKeys = ["alias.", "keyword.", "word.", "slot."]

    /// The problems of one text line (without its `key =` or `| ` start); `commands` are the commands' names.
    static func problems(in text: String, commands: Set<String>) -> [String] {
        var chars = Array(text)
        // A command example is not prose.
        if chars.first == " ", chars.prefix(2) == [" ", " "] {
            let first = text.split(separator: " ").first.map(String.init) ?? ""
            if commands.contains(first) { return [] }
        }
        if let range = text.range(of: "Exemple\u{00A0}: ") ?? text.range(of: "Exemple : ") {
            chars = Array(text[..<range.upperBound])
        }
        // Placeholders are masked with a letter so the space after them is still checked.
        var masked: [Character] = []
        var index = 0
        while index < chars.count {
            if chars[index] == "{", let close = chars[index...].firstIndex(of: "}") {
                masked.append("x")
                index = close + 1
            } else {
                masked.append(chars[index])
                index += 1
            }
        }
        var found: [String] = []
        var inside = false  // between « and »: shown as typed
        for (i, c) in masked.enumerated() {
            let before: Character? = i > 0 ? masked[i - 1] : nil
            let after: Character? = i + 1 < masked.count ? masked[i + 1] : nil
            switch c {
            case "«":
                if after.map({ !spaces.contains($0) }) ?? true { found.append("no non-breaking space after «") }
                inside = true
            case "»":
                if before.map({ !spaces.contains($0) }) ?? true { found.append("no non-breaking space before »") }
                inside = false
            case "\"" where !inside:
                found.append("a straight double quote; French quotes with « »")
            case let mark where marks.contains(mark) && !inside:
                let ends = after.map { $0 == " " || $0 == ")" || $0 == "»" || $0 == "," || $0 == "." } ?? true
                if before == " " {
                    found.append("an ordinary space before \(mark)")
                } else if ends, let b = before, !spaces.contains(b), b != "(" {
                    found.append("no space before \(mark)")
                } else if ends, before == nil {
                    found.append("no space before \(mark)")
                }
            default: break
            }
        }
        return found
    }

    static func frenchFiles() throws -> [(name: String, text: String)] {
        let folder = repositoryRoot + "/Prompts/fr"
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".prompts") }
        return try names.sorted().map { name in
            (name, try String(contentsOfFile: folder + "/" + name, encoding: .utf8))
        }
    }

    static func commandNames(_ files: [(name: String, text: String)]) -> Set<String> {
        var names: Set<String> = []
        for file in files {
            for line in file.text.split(separator: "\n") where line.hasPrefix("cmd.") {
                let key = line.split(separator: " ").first ?? ""
                if key.hasSuffix(".summary") { names.insert(String(key.dropFirst(4).dropLast(8))) }
            }
        }
        return names
    }

    @Test func everyFrenchTextFollowsFrenchTypography() throws {
        let files = try Self.frenchFiles()
        #expect(files.count >= 16)
        let commands = Self.commandNames(files)
        #expect(commands.contains("partner") && commands.contains("note"))
        var problems: [Problem] = []
        var checked = 0
        for file in files {
            var key = ""
            for (number, line) in file.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let text: Substring
                if line.hasPrefix("#") || line.allSatisfy({ $0 == " " }) {
                    continue
                } else if line.hasPrefix("|") {
                    text = line.dropFirst(2)
                } else if let equals = line.firstIndex(of: "=") {
                    key = line[..<equals].trimmingCharacters(in: .whitespaces)
                    text = line[line.index(after: equals)...].drop { $0 == " " }
                    if text.isEmpty { continue }
                } else {
                    continue
                }
                if Self.wordKeys.contains(where: key.hasPrefix) { continue }
                checked += 1
                for message in Self.problems(in: String(text), commands: commands) {
                    problems.append(Problem(file: file.name, line: number + 1, message: message, text: String(text)))
                }
            }
        }
        #expect(checked > 1000)
        #expect(
            problems.isEmpty,
            Comment(rawValue: "\(problems.count) problems:\n" + problems.map(\.description).joined(separator: "\n")))
    }

    /// The check itself finds each kind of mistake, and lets through what is not prose.
    @Test(arguments: [
        ("Partenaires : Zoé", 1), ("Partenaires: Zoé", 1), ("Vraiment ?", 1), ("oui ; non", 1),
        ("Tapez « aide\u{00A0}» pour", 1), ("Tapez «\u{00A0}aide » pour", 1), ("Tapez \"aide\" pour", 2),
        ("{id} : fait", 1), ("; et {count} autres", 1),
        ("Partenaires\u{00A0}: Zoé", 0), ("Vraiment\u{202F}?", 0), ("Tapez «\u{00A0}aide\u{00A0}» pour", 0),
        ("«\u{00A0}tandem -c \"a; b\"\u{00A0}»", 0), ("à 14:30, voir https://example.org", 0),
        ("  partner add \"Bureau Öko\" \"web\"", 0), ("Exemple\u{00A0}: note Marc ; Zoé", 0),
        ("  sans \"commande\" en tête", 2), ("attention (!)\u{00A0}: oui", 0),
    ])
    func theCheckFindsEachMistake(text: String, count: Int) {
        #expect(Self.problems(in: text, commands: ["partner", "note"]).count == count, Comment(rawValue: text))
    }
}
