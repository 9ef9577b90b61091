import Foundation

/// Turns sessions into the pretty, key-sorted JSON Tandem saves, and back,
/// refusing what it cannot read with a reason a person can act on.
public enum SessionCodec {
    public static func encode(_ session: Session) throws(StoreError) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        do {
            var data = try encoder.encode(session)
            data.append(0x0A)
            return [UInt8](data)
        } catch {
            throw .cannotEncode(String(describing: error))
        }
    }

    public static func decode(_ bytes: [UInt8], file: String) throws(StoreError) -> Session {
        if bytes.isEmpty { throw .corrupt(file: file, reason: .empty) }
        guard String(validating: bytes, as: UTF8.self) != nil else {
            throw .corrupt(file: file, reason: .invalidUTF8(offset: invalidUTF8Offset(bytes)))
        }
        let data = Data(bytes)
        let root: Any
        do {
            root = try JSONSerialization.jsonObject(with: data, options: [])
        } catch {
            throw .corrupt(file: file, reason: .syntax(position(of: error, in: bytes)))
        }
        guard let object = root as? [String: Any] else { throw .corrupt(file: file, reason: .notAnObject) }
        guard let version = object["schemaVersion"] as? Int else {
            throw .corrupt(file: file, reason: .missingVersion)
        }
        if version > Session.currentSchemaVersion {
            throw .newerVersion(file: file, found: version, supported: Session.currentSchemaVersion)
        }
        if version < 1 { throw .corrupt(file: file, reason: .missingVersion) }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        do {
            return try decoder.decode(Session.self, from: data)
        } catch let error as DecodingError {
            throw .corrupt(file: file, reason: .shape(describe(error)))
        } catch {
            throw .corrupt(file: file, reason: .shape(String(describing: error)))
        }
    }

    /// "line 3, column 7" from the parser's message, when it says one.
    static func position(of error: Error, in bytes: [UInt8]) -> String {
        let text = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? String(describing: error)
        if let range = text.range(of: "line ") { return String(text[range.lowerBound...]).trimmingCharacters(in: .punctuationCharacters) }
        if let range = text.range(of: "character "),
            let offset = Int(text[range.upperBound...].prefix(while: \.isNumber))
        {
            return lineColumn(ofOffset: offset, in: bytes)
        }
        return text
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
            var out = ""
            for key in keys {
                if let index = key.intValue { out += "[\(index)]" } else { out += (out.isEmpty ? "" : ".") + key.stringValue }
            }
            return out.isEmpty ? "the top level" : out
        }
        switch error {
        case .typeMismatch(let type, let context):
            return "\(path(context.codingPath)): expected \(typeName(type))"
        case .valueNotFound(let type, let context):
            return "\(path(context.codingPath)): expected \(typeName(type)), found null"
        case .keyNotFound(let key, let context):
            return "\(path(context.codingPath + [key])): missing"
        case .dataCorrupted(let context):
            return "\(path(context.codingPath)): \(context.debugDescription)"
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
