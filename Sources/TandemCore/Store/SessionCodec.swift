import FoundationEssentials

/// Turns sessions into the pretty, key-sorted JSON Tandem saves, and back,
/// refusing what it cannot read with a reason a person can act on.
public enum SessionCodec {
    /// The file for `session`, refused when loading would refuse it (what is
    /// saved can be opened): a counter out of range, a date outside 0001…9999,
    /// a text or a file over the sizes `decode` and `SessionStore` accept.
    public static func encode(_ session: Session, maxBytes: Int = SessionStore.maxFileSize) throws(StoreError)
        -> [UInt8]
    {
        if let problem = session.integrityProblem() { throw .cannotSave(.integrity(problem)) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom(encodeTimestamp)
        let bytes: [UInt8]
        do {
            var data = try encoder.encode(session)
            data.append(0x0A)
            bytes = [UInt8](data)
        } catch let EncodingError.invalidValue(value, context) {
            throw .cannotSave(.date(field: fieldPath(context.codingPath), value: String(describing: value)))
        } catch {
            throw .cannotEncode(String(describing: error))
        }
        if bytes.count > maxBytes { throw .cannotSave(.fileSize(size: bytes.count, limit: maxBytes)) }
        if let long = firstOverlongString(bytes) {
            throw .cannotSave(.textTooLong(position: lineColumn(ofOffset: long, in: bytes), limit: maxStringBytes))
        }
        return bytes
    }

    /// A time as `2026-11-21T23:29:20Z` (whole seconds, UTC), the only shape
    /// `decodeTimestamp` reads; a year outside 0001…9999 is refused.
    static func encodeTimestamp(_ date: Date, _ encoder: Encoder) throws {
        let interval = date.timeIntervalSince1970
        guard interval.isFinite, abs(interval) < 1e15 else {
            throw EncodingError.invalidValue(
                interval, .init(codingPath: encoder.codingPath, debugDescription: "outside 0001-01-01…9999-12-31"))
        }
        let seconds = Int(interval.rounded(.down))
        let (days, second) = (seconds.floorDivided(by: 86_400), seconds.floorModulo(86_400))
        let day = Day(ordinal: days)
        let digits = { (value: Int) in (value < 10 ? "0" : "") + String(value) }
        let text =
            day.description + "T" + digits(second / 3_600) + ":" + digits(second / 60 % 60) + ":"
            + digits(second % 60) + "Z"
        guard day.isInRange else {
            throw EncodingError.invalidValue(
                text, .init(codingPath: encoder.codingPath, debugDescription: "outside 0001-01-01…9999-12-31"))
        }
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }

    /// `actions[2].due` from a coding path.
    static func fieldPath(_ keys: [CodingKey]) -> String {
        var out = ""
        for key in keys {
            if let index = key.intValue {
                out += "[\(index)]"
            } else {
                out += (out.isEmpty ? "" : ".") + key.stringValue
            }
        }
        return out.isEmpty ? "the session" : out
    }

    public static func decode(_ bytes: [UInt8], file: String) throws(StoreError) -> Session {
        if bytes.isEmpty { throw .corrupt(file: file, reason: .empty) }
        guard String(validating: bytes, as: UTF8.self) != nil else {
            throw .corrupt(file: file, reason: .invalidUTF8(offset: invalidUTF8Offset(bytes)))
        }
        if let long = firstOverlongString(bytes) {
            throw .corrupt(
                file: file, reason: .textTooLong(position: lineColumn(ofOffset: long, in: bytes), limit: maxStringBytes)
            )
        }
        let data = Data(bytes)
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom(decodeTimestamp)
        do {
            // One parse on the happy path; the error path works out what went wrong.
            var session = try decoder.decode(Session.self, from: data)
            if let problem = session.integrityProblem() {
                throw StoreError.corrupt(file: file, reason: .shape(problem))
            }
            session.raiseCountersToIDsInUse()
            return session
        } catch let error as StoreError {
            throw error
        } catch let mismatch as SchemaVersionMismatch {
            if mismatch.found > Session.currentSchemaVersion {
                throw .newerVersion(file: file, found: mismatch.found, supported: Session.currentSchemaVersion)
            }
            throw .corrupt(file: file, reason: .missingVersion)
        } catch let error as DecodingError {
            throw .corrupt(file: file, reason: reason(for: error, in: data))
        } catch {
            throw .corrupt(file: file, reason: .shape(String(describing: error)))
        }
    }

    /// Why a file that JSONDecoder refused cannot be read, as precisely as can be said.
    static func reason(for error: DecodingError, in data: Data) -> StoreError.CorruptReason {
        switch error {
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            switch JSONSyntax.parse([UInt8](data)) {
            case .failure(let failure):
                if let line = conflictMarkerLine([UInt8](data)) { return .conflictMarkers(line: line) }
                return .syntax(position(of: failure, in: [UInt8](data)))
            // Valid JSON the decoder still refused: a number too large or not whole where one is expected.
            case .success(let root): return numberProblem(in: root)
            }
        case .typeMismatch(_, let context) where context.codingPath.isEmpty:
            return .notAnObject
        case .keyNotFound(let key, let context) where context.codingPath.isEmpty && key.stringValue == "schemaVersion":
            return .missingVersion
        case .typeMismatch(_, let context) where context.codingPath.map(\.stringValue) == ["schemaVersion"]:
            return .missingVersion
        default:
            return .shape(describe(error))
        }
    }

    /// Timestamps exactly as Tandem writes them (`2026-11-21T23:29:20Z`, four-digit
    /// year). Found by the fuzzer: the stock ISO-8601 reader took "20211-2-16…",
    /// which then could not be written back the same way.
    static func decodeTimestamp(_ decoder: Decoder) throws -> Date {
        let text = try decoder.singleValueContainer().decode(String.self)
        let bytes = Array(text.utf8)
        let digits: Set<Int> = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18]
        let shapeOK =
            bytes.count == 20 && bytes[19] == UInt8(ascii: "Z")
            && (0..<19).allSatisfy { i in
                switch i {
                case 4, 7: return bytes[i] == UInt8(ascii: "-")
                case 10: return bytes[i] == UInt8(ascii: "T")
                case 13, 16: return bytes[i] == UInt8(ascii: ":")
                default: return digits.contains(i) && (0x30...0x39).contains(bytes[i])
                }
            }
        // Computed, not parsed by a formatter: a large session holds thousands of timestamps.
        func number(_ range: Range<Int>) -> Int { range.reduce(0) { $0 * 10 + Int(bytes[$1] - 0x30) } }
        guard shapeOK, let day = Day(year: number(0..<4), month: number(5..<7), day: number(8..<10)),
            number(11..<13) < 24, number(14..<16) < 60, number(17..<19) < 60
        else {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: decoder.codingPath,
                    debugDescription: "expected a time as YYYY-MM-DDTHH:MM:SSZ, found \"\(text.prefix(40))\""))
        }
        let seconds = day.ordinal * 86_400 + number(11..<13) * 3_600 + number(14..<16) * 60 + number(17..<19)
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    /// Names the field of a number the decoder could not take (1e30, 1.5 where a whole number goes).
    static func numberProblem(in value: JSONSyntax.Value) -> StoreError.CorruptReason {
        guard case .object(let root) = value else {
            return .shape("a number is too large or not a whole number")
        }
        func isWhole(_ value: JSONSyntax.Value?) -> Bool {
            let double: Double
            switch value {
            case .number(let text): double = Double(text) ?? .infinity
            case .bool(let flag): double = flag ? 1 : 0  // as NSNumber read it
            default: return false
            }
            return double.rounded() == double && abs(double) < 1e15
        }
        if !isWhole(root["schemaVersion"]) { return .missingVersion }
        if case .object(let counters) = root["counters"] {
            for (key, value) in counters.sorted(by: { $0.key < $1.key }) where !isWhole(value) {
                return .shape("counters.\(key): expected a whole number in range")
            }
        }
        return .shape("a number is too large or not a whole number")
    }

    /// "line 3, column 7" from the parser's message, when it says one.
    static func position(of failure: JSONSyntax.Failure, in bytes: [UInt8]) -> String {
        failure.offset.map { lineColumn(ofOffset: $0, in: bytes) } ?? failure.message
    }

    /// The first line that starts with git's `<<<<<<< ` marker, if any.
    static func conflictMarkerLine(_ bytes: [UInt8]) -> Int? {
        let marker = Array("<<<<<<<".utf8)
        var line = 1
        var start = 0
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            if bytes[start..<end].starts(with: marker) { return line }
            line += 1
            start = end + 1
        }
        return nil
    }

    static func lineColumn(ofOffset offset: Int, in bytes: [UInt8]) -> String {
        var line = 1, column = 1
        for byte in bytes.prefix(offset) {
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return "line \(line), column \(column)"
    }

    /// No text Tandem writes comes near this; a longer string is damage or an attack.
    public static let maxStringBytes = 65_536

    /// The offset of the first JSON string longer than `maxStringBytes`, if any (one pass, no parse).
    static func firstOverlongString(_ bytes: [UInt8]) -> Int? {
        var inString = false
        var escaped = false
        var start = 0
        for (offset, byte) in bytes.enumerated() {
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                } else if offset - start > maxStringBytes {
                    return start
                }
            } else if byte == UInt8(ascii: "\"") {
                inString = true
                start = offset
            }
        }
        return nil
    }

    /// The byte offset of the first byte that is not part of valid UTF-8.
    static func invalidUTF8Offset(_ bytes: [UInt8]) -> Int {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput, .error: return offset
            }
        }
    }

    static func describe(_ error: DecodingError) -> String {
        func path(_ keys: [CodingKey]) -> String {
            keys.isEmpty ? "the top level" : fieldPath(keys)
        }
        switch error {
        case .typeMismatch(let type, let context):
            return "\(path(context.codingPath)): expected \(typeName(type))"
        case .valueNotFound(let type, let context):
            return "\(path(context.codingPath)): expected \(typeName(type)), found null"
        case .keyNotFound(let key, let context):
            return "\(path(context.codingPath + [key])): missing"
        case .dataCorrupted(let context):
            let detail = context.debugDescription
            // Swift's own wording for an unknown enum value names a type; say what a person can fix.
            if detail.hasPrefix("Cannot initialize"), let range = detail.firstRange(of: "value ") {
                let cut = detail[range.upperBound...].prefix(60)
                let value = String(cut.drop { $0 == "." }.reversed().drop { $0 == "." }.reversed())
                let typeName = detail.dropFirst("Cannot initialize ".count).prefix { $0 != " " }
                let expected =
                    KnownValues.of(typeNamed: String(typeName)).map {
                        "; expected one of " + $0.joined(separator: ", ")
                    } ?? ""
                return "\(path(context.codingPath)): \"\(value)\" is not a value Tandem knows" + expected
            }
            return "\(path(context.codingPath)): " + (detail.hasSuffix(".") ? String(detail.dropLast()) : detail)
        @unknown default:
            return String(describing: error)
        }
    }

    static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "a string"
        case is Int.Type, is Double.Type: return "a number"
        case is Bool.Type: return "true or false"
        case is Date.Type: return "a date"
        default:
            let name = String(describing: type)
            if name.hasPrefix("Array") { return "a list" }
            if name.hasPrefix("Dictionary") { return "an object" }
            return "an object (\(name))"
        }
    }
}

extension Int {
    /// Division rounding towards minus infinity (days before 1970 stay whole days).
    fileprivate func floorDivided(by divisor: Int) -> Int {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }

    fileprivate func floorModulo(_ divisor: Int) -> Int {
        self - floorDivided(by: divisor) * divisor
    }
}
