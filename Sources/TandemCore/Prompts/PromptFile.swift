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
        entries.reserveCapacity(text.utf8.count / 60)
        try parse(Array(text.utf8), file: file, into: &entries) { _ in nil }
        return entries
    }

    /// Adds the entries of one file, given as its UTF-8 bytes, to `entries`,
    /// which may hold earlier files' (a language's files are read into one
    /// table, without a merge per file). A key already there is an error:
    /// `earlierFile` names the file that defined it, or nil when it was this one.
    static func parse(
        _ bytes: [UInt8], file: String, into entries: inout [String: String], earlierFile: (String) -> String?
    ) throws(ParseError) {
        try bytes.withUnsafeBufferPointer { (buffer) throws(ParseError) in
            try parse(buffer, all: bytes, file: file, into: &entries, earlierFile: earlierFile)
        }
    }

    // A byte loop without bounds checks: this runs for every prompt file at every start-up.
    private static func parse(
        _ bytes: UnsafeBufferPointer<UInt8>, all: [UInt8], file: String, into entries: inout [String: String],
        earlierFile: (String) -> String?
    ) throws(ParseError) {
        var current: String?
        // The lines of a text continued with "| " lines; a one-line text needs none.
        var firstLine: String?
        var block: [String] = []
        func closeBlock() {
            if let key = current, !block.isEmpty {
                entries[key] = ((firstLine.map { [$0] } ?? []) + block).joined(separator: "\n")
            }
            block.removeAll(keepingCapacity: true)
            firstLine = nil
        }
        func text(_ from: Int, _ to: Int) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[from..<to]), as: UTF8.self)
        }
        let count = bytes.count
        var start = 0
        var lineNumber = 0
        while start <= count {
            var end = start
            while end < count, bytes[end] != 0x0A { end += 1 }
            lineNumber += 1
            let lineEnd = end > start && bytes[end - 1] == 0x0D ? end - 1 : end
            defer { start = end + 1 }
            if start < lineEnd, bytes[start] == UInt8(ascii: "|") {
                guard current != nil else {
                    throw ParseError(file: file, line: lineNumber, message: "a \"|\" line must follow a \"key =\" line")
                }
                var rest = start + 1
                if rest < lineEnd {
                    guard bytes[rest] == 0x20 else {
                        throw ParseError(file: file, line: lineNumber, message: "expected a space after \"|\"")
                    }
                    rest += 1
                }
                block.append(text(rest, lineEnd))
                continue
            }
            var first = start
            while first < lineEnd, bytes[first] == 0x20 || bytes[first] == 0x09 { first += 1 }
            if first == lineEnd || bytes[first] == UInt8(ascii: "#") {
                closeBlock()
                current = nil
                continue
            }
            if first != start {
                throw ParseError(
                    file: file, line: lineNumber, message: "unexpected indentation; continue a text with \"| \" lines")
            }
            var equals = start
            while equals < lineEnd, bytes[equals] != UInt8(ascii: "=") { equals += 1 }
            guard equals < lineEnd else {
                throw ParseError(file: file, line: lineNumber, message: "expected \"key = text\"")
            }
            closeBlock()
            var keyEnd = equals
            while keyEnd > start, bytes[keyEnd - 1] == 0x20 || bytes[keyEnd - 1] == 0x09 { keyEnd -= 1 }
            let key = text(start, keyEnd)
            var valid = keyEnd > start
            for index in start..<keyEnd where !isKeyByte(bytes[index]) { valid = false }
            guard valid else {
                throw ParseError(
                    file: file, line: lineNumber,
                    message: "invalid key \"\(key)\": use letters, digits, \".\", \"_\" and \"-\"")
            }
            var valueStart = equals + 1
            if valueStart < lineEnd, bytes[valueStart] == 0x20 { valueStart += 1 }
            let value = text(valueStart, lineEnd)
            if entries.updateValue(value, forKey: key) != nil {
                if let other = earlierFile(key) {
                    throw ParseError(
                        file: file, line: lineNumber, message: "key \"\(key)\" is already defined in \(other)")
                }
                let first = line(of: key, in: all) ?? 1
                throw ParseError(
                    file: file, line: lineNumber, message: "key \"\(key)\" is already defined on line \(first)")
            }
            current = key
            if !value.isEmpty { firstLine = value }  // "key = first line" then "| more" continues it
        }
        closeBlock()
    }

    private static func isKeyByte(_ b: UInt8) -> Bool {
        (0x61...0x7A).contains(b) || (0x41...0x5A).contains(b) || (0x30...0x39).contains(b) || b == 0x2E || b == 0x5F
            || b == 0x2D
    }

    /// The line where `key` is first defined in a file's bytes, if it is
    /// (only looked for when reporting a duplicate).
    static func line(of key: String, in bytes: [UInt8]) -> Int? {
        var number = 0
        for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            number += 1
            let content = Substring(decoding: line, as: UTF8.self)
            if let equals = content.firstIndex(of: "="), content[..<equals].trimmingSpaces == key { return number }
        }
        return nil
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
