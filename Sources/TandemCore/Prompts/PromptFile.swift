/// Parses Tandem's prompt files: human-editable text, one entry per key.
///
///     # a comment
///     key.name = a one-line text with {placeholders}
///     key.long =
///     | a text over several lines;
///     | each line starts with "| " (or a lone "|" for an empty line)
///
/// Keys are letters, digits, `.`, `_` and `-`. A key defined twice is an error.
public enum PromptFile {
    public struct ParseError: Error, Equatable, Sendable, CustomStringConvertible {
        public var file: String
        public var line: Int
        public var message: String
        public var description: String { "\(file):\(line): \(message)" }
    }

    public static func parse(_ text: String, file: String) throws(ParseError) -> [String: String] {
        var entries: [String: String] = [:]
        var current: (key: String, continued: Bool)?
        var lineNumber = 0
        // Split on bytes: "\r\n" is one Character, so a Character split would miss CRLF lines.
        for rawLine in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = Substring(rawLine.last == 0x0D ? rawLine.dropLast() : rawLine)
            if line.utf8.first == UInt8(ascii: "|") {
                guard let (key, continued) = current else {
                    throw ParseError(file: file, line: lineNumber, message: "a \"|\" line must follow a \"key =\" line")
                }
                var rest = line.dropFirst()
                if rest.hasPrefix(" ") { rest = rest.dropFirst() } else if !rest.isEmpty {
                    throw ParseError(file: file, line: lineNumber, message: "expected a space after \"|\"")
                }
                let previous = entries[key] ?? ""
                entries[key] = previous.isEmpty && !continued ? String(rest) : previous + "\n" + rest
                current = (key, true)
                continue
            }
            let firstSignificant = line.utf8.first { $0 != 0x20 && $0 != 0x09 }
            if firstSignificant == nil || firstSignificant == UInt8(ascii: "#") {
                current = nil
                continue
            }
            if line.utf8.first == 0x20 || line.utf8.first == 0x09 {
                throw ParseError(file: file, line: lineNumber, message: "unexpected indentation; continue a text with \"| \" lines")
            }
            guard let equals = line.utf8.firstIndex(of: UInt8(ascii: "=")) else {
                throw ParseError(file: file, line: lineNumber, message: "expected \"key = text\"")
            }
            let key = line[..<equals].trimmingSpaces
            guard !key.isEmpty, key.unicodeScalars.allSatisfy(isKeyScalar) else {
                throw ParseError(
                    file: file, line: lineNumber,
                    message: "invalid key \"\(key)\": use letters, digits, \".\", \"_\" and \"-\"")
            }
            if entries[key] != nil {
                let first = firstLine(of: key, in: text)
                throw ParseError(file: file, line: lineNumber, message: "key \"\(key)\" is already defined on line \(first)")
            }
            var value = line[line.index(after: equals)...]
            if value.hasPrefix(" ") { value = value.dropFirst() }
            entries[key] = String(value)
            current = (key, false)
        }
        return entries
    }

    /// Where a key was first defined (only looked for when reporting a duplicate).
    static func firstLine(of key: String, in text: String) -> Int {
        var number = 0
        for line in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
            number += 1
            let content = Substring(line)
            if let equals = content.firstIndex(of: "="), content[..<equals].trimmingSpaces == key { return number }
        }
        return 1
    }

    private static func isKeyScalar(_ s: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(s) || ("A"..."Z").contains(s) || ("0"..."9").contains(s) || s == "." || s == "_" || s == "-"
    }
}

extension Substring {
    /// Without leading and trailing spaces and tabs; works on UTF-8 (this runs at every start-up).
    var trimmingSpaces: String {
        let bytes = utf8
        var start = bytes.startIndex, end = bytes.endIndex
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start = bytes.index(after: start) }
        while end > start, case let before = bytes.index(before: end), bytes[before] == 0x20 || bytes[before] == 0x09 {
            end = before
        }
        return String(self[start..<end])
    }
}
