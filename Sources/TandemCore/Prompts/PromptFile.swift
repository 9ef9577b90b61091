#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

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
        var table = PromptTable()
        try parse(Array(text.utf8), file: file, into: &table)
        return table.dictionary
    }

    /// Adds the entries of one file, given as its bytes, to `table`, which may
    /// hold earlier files' (a language's files are read into one table). Bytes
    /// that are not UTF-8 are an error on their line, and so is a key already
    /// there, naming where it was defined.
    static func parse(_ bytes: [UInt8], file: String, into table: inout PromptTable) throws(ParseError) {
        guard bytes.count < Int(Int32.max) else {
            throw ParseError(file: file, line: 1, message: "too large for a prompt file")
        }
        table.append(file: file, bytes: bytes)
        try bytes.withUnsafeBufferPointer { (buffer) throws(ParseError) in
            try scan(buffer, file: file, into: &table)
        }
    }

    // A loop over lines without bounds checks: this runs for every prompt file at start-up.
    private static func scan(
        _ bytes: UnsafeBufferPointer<UInt8>, file: String, into table: inout PromptTable
    ) throws(ParseError) {
        // Whether "| " lines may continue a text here (after a key, before a blank or comment line).
        var inText = false
        let count = bytes.count
        guard let base = bytes.baseAddress else { return }
        var start = 0
        var lineNumber = 0
        while start <= count {
            let end =
                memchr(base + start, 0x0A, count - start).map {
                    UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - base
                } ?? count
            lineNumber += 1
            let lineEnd = end > start && bytes[end - 1] == 0x0D ? end - 1 : end
            defer { start = end + 1 }
            // A UTF-8 sequence never holds a newline byte, so lines are checked one by one.
            let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
            if !isASCII(line), !isUTF8(line) {
                throw ParseError(file: file, line: lineNumber, message: "not valid UTF-8 text")
            }
            if start < lineEnd, bytes[start] == UInt8(ascii: "|") {
                guard inText else {
                    throw ParseError(file: file, line: lineNumber, message: "a \"|\" line must follow a \"key =\" line")
                }
                var rest = start + 1
                if rest < lineEnd {
                    guard bytes[rest] == 0x20 else {
                        throw ParseError(file: file, line: lineNumber, message: "expected a space after \"|\"")
                    }
                    rest += 1
                }
                table.addLine(rest, lineEnd)
                continue
            }
            var first = start
            while first < lineEnd, bytes[first] == 0x20 || bytes[first] == 0x09 { first += 1 }
            if first == lineEnd || bytes[first] == UInt8(ascii: "#") {
                inText = false
                continue
            }
            if first != start {
                throw ParseError(
                    file: file, line: lineNumber, message: "unexpected indentation; continue a text with \"| \" lines")
            }
            // The usual line, "key = text", in one pass over the key; anything else is reported below.
            var keyEnd = start
            while keyEnd < lineEnd, isKeyByte(bytes[keyEnd]) { keyEnd += 1 }
            var equals = keyEnd
            while equals < lineEnd, bytes[equals] == 0x20 || bytes[equals] == 0x09 { equals += 1 }
            guard keyEnd > start, equals < lineEnd, bytes[equals] == UInt8(ascii: "=") else {
                throw keyLineError(UnsafeBufferPointer(rebasing: bytes[start..<lineEnd]), file: file, line: lineNumber)
            }
            do {
                try table.addKey(
                    UnsafeBufferPointer(rebasing: bytes[start..<keyEnd]), at: start, lineNumber: lineNumber)
            } catch {
                let key = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<keyEnd]), as: UTF8.self)
                let place = error.file == file ? "on line \(error.lineNumber)" : "in \(error.file)"
                throw ParseError(file: file, line: lineNumber, message: "key \"\(key)\" is already defined \(place)")
            }
            // "key = first line" then "| more" continues it; "key =" alone starts a text of "| " lines.
            var valueStart = equals + 1
            if valueStart < lineEnd, bytes[valueStart] == 0x20 { valueStart += 1 }
            if valueStart < lineEnd { table.addLine(valueStart, lineEnd) }
            inText = true
        }
    }

    /// Why a line that is neither text, comment nor blank is not "key = text".
    private static func keyLineError(_ line: UnsafeBufferPointer<UInt8>, file: String, line number: Int) -> ParseError {
        guard let equals = line.firstIndex(of: UInt8(ascii: "=")) else {
            return ParseError(file: file, line: number, message: "expected \"key = text\"")
        }
        var keyEnd = equals
        while keyEnd > 0, line[keyEnd - 1] == 0x20 || line[keyEnd - 1] == 0x09 { keyEnd -= 1 }
        let key = String(decoding: UnsafeBufferPointer(rebasing: line[..<keyEnd]), as: UTF8.self)
        return ParseError(
            file: file, line: number, message: "invalid key \"\(key)\": use letters, digits, \".\", \"_\" and \"-\"")
    }

    /// Whether every byte is below 0x80, eight at a time.
    private static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let start = UnsafeRawPointer(bytes.baseAddress) else { return true }
        var offset = 0
        while offset + 8 <= bytes.count {
            if start.loadUnaligned(fromByteOffset: offset, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 {
                return false
            }
            offset += 8
        }
        while offset < bytes.count {
            if bytes[offset] >= 0x80 { return false }
            offset += 1
        }
        return true
    }

    /// Whether `bytes` are well-formed UTF-8 (Unicode's table 3-7: no overlong
    /// forms, no surrogates, nothing past U+10FFFF), without making a string.
    static func isUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        var index = 0
        func continuation(_ offset: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> Bool {
            index + offset < count && (low...high).contains(bytes[index + offset])
        }
        while index < count {
            let lead = bytes[index]
            switch lead {
            case 0x00...0x7F:
                index += 1
            case 0xC2...0xDF:
                guard continuation(1) else { return false }
                index += 2
            case 0xE0...0xEF:
                let low: UInt8 = lead == 0xE0 ? 0xA0 : 0x80
                let high: UInt8 = lead == 0xED ? 0x9F : 0xBF
                guard continuation(1, low, high), continuation(2) else { return false }
                index += 3
            case 0xF0...0xF4:
                let low: UInt8 = lead == 0xF0 ? 0x90 : 0x80
                let high: UInt8 = lead == 0xF4 ? 0x8F : 0xBF
                guard continuation(1, low, high), continuation(2), continuation(3) else { return false }
                index += 4
            default:
                return false
            }
        }
        return true
    }

    /// Letters, digits, ".", "_" and "-", as a bit set without branches: bit
    /// b & 63 of the word for bytes 0–63 (`-`, `.`, digits) or 64–127 (letters, `_`).
    private static func isKeyByte(_ b: UInt8) -> Bool {
        let low: UInt64 = 0x03FF_6000_0000_0000
        let high: UInt64 = 0x07FF_FFFE_87FF_FFFE
        let word = b & 0x40 == 0 ? low : high
        return b < 0x80 && (word >> UInt64(b & 63)) & 1 == 1
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
