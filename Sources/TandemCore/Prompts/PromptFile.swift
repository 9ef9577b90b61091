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
        // A byte loop: this runs for every prompt file at every start-up.
        var current: String?
        var block: [String] = []
        var blockStarted = false
        func closeBlock() {
            if let key = current, blockStarted { entries[key] = block.joined(separator: "\n") }
            block.removeAll(keepingCapacity: true)
            blockStarted = false
        }
        var start = 0
        var lineNumber = 0
        while start <= bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
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
                blockStarted = true
                block.append(String(decoding: bytes[rest..<lineEnd], as: UTF8.self))
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
            guard let equals = bytes[start..<lineEnd].firstIndex(of: UInt8(ascii: "=")) else {
                throw ParseError(file: file, line: lineNumber, message: "expected \"key = text\"")
            }
            closeBlock()
            var keyEnd = equals
            while keyEnd > start, bytes[keyEnd - 1] == 0x20 || bytes[keyEnd - 1] == 0x09 { keyEnd -= 1 }
            let key = String(decoding: bytes[start..<keyEnd], as: UTF8.self)
            guard keyEnd > start, bytes[start..<keyEnd].allSatisfy(isKeyByte) else {
                throw ParseError(
                    file: file, line: lineNumber,
                    message: "invalid key \"\(key)\": use letters, digits, \".\", \"_\" and \"-\"")
            }
            if entries[key] != nil {
                if let other = earlierFile(key) {
                    throw ParseError(
                        file: file, line: lineNumber, message: "key \"\(key)\" is already defined in \(other)")
                }
                let first = line(of: key, in: bytes) ?? 1
                throw ParseError(
                    file: file, line: lineNumber, message: "key \"\(key)\" is already defined on line \(first)")
            }
            var valueStart = equals + 1
            if valueStart < lineEnd, bytes[valueStart] == 0x20 { valueStart += 1 }
            let value = String(decoding: bytes[valueStart..<lineEnd], as: UTF8.self)
            entries[key] = value
            current = key
            if !value.isEmpty {
                block = [value]  // "key = first line" then "| more" continues it
            }
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
