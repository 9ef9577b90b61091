/// A small JSON reader for the error path of `SessionCodec`: when the decoder
/// refuses a file, it says where the syntax breaks, or gives the values a
/// number check needs. It accepts what Foundation's JSONSerialization accepted
/// (a trailing comma, any value at the top level) and words its errors the
/// same way ("Invalid value around character 39.").
enum JSONSyntax {
    /// A parsed value; numbers keep their text.
    indirect enum Value {
        case object([String: Value])
        case array([Value])
        case string(String)
        case number(String)
        case bool(Bool)
        case null
    }

    struct Failure: Error {
        /// The parser's sentence, with the byte offset when there is one.
        var message: String
        var offset: Int?
    }

    static let maxDepth = 512

    /// The value `bytes` holds, or where and why it is not JSON.
    static func parse(_ bytes: [UInt8]) -> Result<Value, Failure> {
        var reader = Reader(bytes: bytes)
        do throws(Failure) {
            let value = try reader.value(depth: 0)
            reader.skipSpace()
            if reader.index < bytes.count { throw reader.unexpected(at: reader.index) }
            return .success(value)
        } catch {
            return .failure(error)
        }
    }

    private struct Reader {
        let bytes: [UInt8]
        var index = 0

        static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 }

        func unexpected(at offset: Int) -> Failure {
            Failure(message: "Invalid value around character \(offset).", offset: offset)
        }

        var endOfFile: Failure { Failure(message: "Unexpected end of file during JSON parse.", offset: nil) }

        mutating func skipSpace() {
            while index < bytes.count, Self.isSpace(bytes[index]) { index += 1 }
        }

        /// The next byte after white space, not consumed.
        mutating func peek() throws(Failure) -> UInt8 {
            skipSpace()
            guard index < bytes.count else { throw endOfFile }
            return bytes[index]
        }

        mutating func value(depth: Int) throws(Failure) -> Value {
            switch try peek() {
            case UInt8(ascii: "\""): return .string(try string())
            case UInt8(ascii: "{"): return try object(depth: depth + 1)
            case UInt8(ascii: "["): return try array(depth: depth + 1)
            case UInt8(ascii: "t"):
                try literal("true")
                return .bool(true)
            case UInt8(ascii: "f"):
                try literal("false")
                return .bool(false)
            case UInt8(ascii: "n"):
                try literal("null")
                return .null
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
            default: throw unexpected(at: index)
            }
        }

        mutating func literal(_ word: String) throws(Failure) {
            for expected in word.utf8 {
                guard index < bytes.count else { throw endOfFile }
                // A wrong letter at the very end is an end of file, as JSONSerialization said.
                guard bytes[index] == expected else {
                    throw index + 1 < bytes.count ? unexpected(at: index) : endOfFile
                }
                index += 1
            }
        }

        mutating func object(depth: Int) throws(Failure) -> Value {
            if depth > JSONSyntax.maxDepth {
                throw Failure(
                    message: "Too many nested arrays or dictionaries around character \(index + 1).", offset: index + 1)
            }
            index += 1
            var members: [String: Value] = [:]
            if try peek() == UInt8(ascii: "}") {
                index += 1
                return .object(members)
            }
            while true {
                guard try peek() == UInt8(ascii: "\"") else { throw unexpected(at: index) }
                let key = try string()
                guard try peek() == UInt8(ascii: ":") else { throw unexpected(at: index) }
                index += 1
                members[key] = try value(depth: depth)
                switch try peek() {
                case UInt8(ascii: "}"):
                    index += 1
                    return .object(members)
                case UInt8(ascii: ","):
                    index += 1
                    if try peek() == UInt8(ascii: "}") {  // a trailing comma, as JSONSerialization allowed
                        index += 1
                        return .object(members)
                    }
                default: throw unexpected(at: index)
                }
            }
        }

        mutating func array(depth: Int) throws(Failure) -> Value {
            if depth > JSONSyntax.maxDepth {
                throw Failure(
                    message: "Too many nested arrays or dictionaries around character \(index + 1).", offset: index + 1)
            }
            index += 1
            var elements: [Value] = []
            if try peek() == UInt8(ascii: "]") {
                index += 1
                return .array(elements)
            }
            while true {
                elements.append(try value(depth: depth))
                switch try peek() {
                case UInt8(ascii: "]"):
                    index += 1
                    return .array(elements)
                case UInt8(ascii: ","):
                    index += 1
                    if try peek() == UInt8(ascii: "]") {
                        index += 1
                        return .array(elements)
                    }
                default: throw unexpected(at: index)
                }
            }
        }

        mutating func string() throws(Failure) -> String {
            index += 1  // the opening quote
            var scalars = String.UnicodeScalarView()
            var start = index
            func flush(_ end: Int) {
                scalars.append(contentsOf: String(decoding: bytes[start..<end], as: UTF8.self).unicodeScalars)
            }
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case UInt8(ascii: "\""):
                    flush(index)
                    index += 1
                    return String(scalars)
                case 0...0x1F:
                    // Shown as it is: JSONSerialization's position reader missed this one's number.
                    throw Failure(message: "Unescaped control character around character \(index).", offset: nil)
                case UInt8(ascii: "\\"):
                    flush(index)
                    index += 1
                    guard index < bytes.count else { throw endOfFile }
                    let escaped = bytes[index]
                    index += 1
                    switch escaped {
                    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"):
                        scalars.append(Unicode.Scalar(escaped))
                    case UInt8(ascii: "b"): scalars.append("\u{08}")
                    case UInt8(ascii: "f"): scalars.append("\u{0C}")
                    case UInt8(ascii: "n"): scalars.append("\n")
                    case UInt8(ascii: "r"): scalars.append("\r")
                    case UInt8(ascii: "t"): scalars.append("\t")
                    case UInt8(ascii: "u"): scalars.append(try unicodeEscape())
                    default:  // named at its backslash
                        throw Failure(
                            message: "Invalid escape sequence around character \(index - 2).", offset: index - 2)
                    }
                    start = index
                default:
                    index += 1
                }
            }
            throw endOfFile
        }

        var lowSurrogate: Failure {
            Failure(
                message:
                    "Unexpected end of file during string parse (expected low-surrogate code point but did not find one).",
                offset: nil)
        }

        /// The scalar of `\uXXXX` (a surrogate pair takes two), after the `u`.
        mutating func unicodeEscape() throws(Failure) -> Unicode.Scalar {
            let high = try hexQuad()
            if high & 0xFC00 == 0xD800 {
                guard index + 1 < bytes.count else { throw endOfFile }
                guard bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                    throw lowSurrogate
                }
                index += 2
                let low = try hexQuad()
                guard low & 0xFC00 == 0xDC00,
                    let scalar = Unicode.Scalar(0x10000 + (high - 0xD800) * 0x400 + (low - 0xDC00))
                else { throw lowSurrogate }
                return scalar
            }
            guard let scalar = Unicode.Scalar(high) else {
                throw Failure(message: "Invalid escape sequence around character \(index).", offset: index)
            }
            return scalar
        }

        mutating func hexQuad() throws(Failure) -> UInt32 {
            guard index + 4 <= bytes.count else { throw endOfFile }
            var value: UInt32 = 0
            for offset in index..<index + 4 {
                let byte = bytes[offset]
                let digit: UInt8
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
                case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
                case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
                default:
                    let text = String(decoding: bytes[index..<index + 4], as: UTF8.self)
                    throw Failure(message: "Invalid hex encoded sequence in \"\(text)\" at \(index).", offset: index)
                }
                value = value << 4 | UInt32(digit)
            }
            index += 4
            return value
        }

        /// A number's text: `-`, digits without a leading zero, a fraction, an exponent.
        mutating func number() throws(Failure) -> String {
            let start = index
            if bytes[index] == UInt8(ascii: "-") { index += 1 }
            func digits() throws(Failure) -> Int {
                let first = index
                while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
                if index == first { throw index < bytes.count ? unexpected(at: index) : endOfFile }
                return index - first
            }
            let integer = index
            let count = try digits()
            if count > 1, bytes[integer] == UInt8(ascii: "0") {
                throw Failure(message: "Number with leading zero around character \(integer + 1).", offset: integer + 1)
            }
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
                index += 1
                _ = try digits()
            }
            if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
                index += 1
                if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                    index += 1
                }
                _ = try digits()
            }
            if index < bytes.count, !Self.isSpace(bytes[index]),
                ![UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}")].contains(bytes[index])
            {
                throw unexpected(at: index)
            }
            return String(decoding: bytes[start..<index], as: UTF8.self)
        }
    }
}
