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
        var definedAt: [String: Int] = [:]
        var current: (key: String, continued: Bool)?
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.hasPrefix("|") {
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
            let trimmed = line.drop(while: { $0 == " " || $0 == "\t" })
            if trimmed.isEmpty || trimmed.hasPrefix("#") {
                current = nil
                continue
            }
            if line.first == " " || line.first == "\t" {
                throw ParseError(file: file, line: lineNumber, message: "unexpected indentation; continue a text with \"| \" lines")
            }
            guard let equals = line.firstIndex(of: "=") else {
                throw ParseError(file: file, line: lineNumber, message: "expected \"key = text\"")
            }
            let key = line[..<equals].trimmingSpaces
            guard !key.isEmpty, key.unicodeScalars.allSatisfy(isKeyScalar) else {
                throw ParseError(
                    file: file, line: lineNumber,
                    message: "invalid key \"\(key)\": use letters, digits, \".\", \"_\" and \"-\"")
            }
            if let first = definedAt[key] {
                throw ParseError(file: file, line: lineNumber, message: "key \"\(key)\" is already defined on line \(first)")
            }
            var value = line[line.index(after: equals)...]
            if value.hasPrefix(" ") { value = value.dropFirst() }
            entries[key] = String(value)
            definedAt[key] = lineNumber
            current = (key, false)
        }
        return entries
    }

    private static func isKeyScalar(_ s: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(s) || ("A"..."Z").contains(s) || ("0"..."9").contains(s) || s == "." || s == "_" || s == "-"
    }
}

extension Substring {
    var trimmingSpaces: String {
        String(drop(while: { $0 == " " || $0 == "\t" }).reversed().drop(while: { $0 == " " || $0 == "\t" }).reversed())
    }
}
