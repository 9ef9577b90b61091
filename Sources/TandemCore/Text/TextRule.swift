/// The one check of text people type, applied by the core to every change:
/// trimmed, not empty, within a length counted both in characters and in
/// bytes (so 20,000 combining marks are not "one letter"), and free of
/// control characters and of invisible or direction-changing ones that would
/// make two different names print the same.
public enum TextRule: Sendable {
    /// A name or label: one line, 200 characters.
    case name
    /// A sentence people type: one line, 2,000 characters.
    case line
    /// Free text that may hold line breaks: 10,000 characters.
    case text

    public var maxCharacters: Int {
        switch self {
        case .name: return 200
        case .line: return 2_000
        case .text: return 10_000
        }
    }

    /// Four bytes a character on average: any letters, a few marks each.
    public var maxBytes: Int { maxCharacters * 4 }

    /// The text, trimmed, or the refusal naming `field` (a `field.*` key).
    public func check(_ raw: String, field: String, allowEmpty: Bool = false) throws(SessionError) -> String {
        let text = raw.trimmingWhitespace
        if text.isEmpty {
            if allowEmpty { return text }
            throw .emptyText(field: field)
        }
        guard text.utf8.count <= maxBytes, text.count <= maxCharacters,
            !text.unicodeScalars.contains(where: refused)
        else { throw .invalidText(field: field) }
        return text
    }

    /// Control characters (a line break only in `.text`), direction overrides
    /// and line separators; in names also every invisible character (zero
    /// widths, joiners, direction marks and isolates, the BOM).
    func refused(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v == 0x0A { return self != .text }
        if v < 0x20 || (0x7F...0x9F).contains(v) { return true }
        switch v {
        case 0x202A...0x202E, 0x2028, 0x2029:
            return true  // overrides turn text around; separators break lines unseen
        case 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF:
            // Marks and isolates belong in sentences that mix directions; in a
            // name they only make two names print the same.
            return self == .name
        case 0x115F, 0x1160, 0x3164, 0xFFA0:
            return self == .name  // fillers that print as nothing
        default:
            // Every other invisible format character (soft hyphen, Arabic letter
            // mark, Mongolian vowel separator, tags…) in names too.
            return self == .name && scalar.properties.generalCategory == .format
        }
    }
}
