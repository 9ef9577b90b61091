extension String {
    /// The text with control characters made visible (ESC shows as `^[`), so
    /// text typed by a user or read from a file can never drive the terminal.
    /// Newlines and tabs are kept.
    public var inert: String {
        guard unicodeScalars.contains(where: { Self.isControl($0) }) else { return self }
        var out = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            if Self.isControl(scalar) {
                if scalar.value < 0x20 {
                    out.append("^")
                    out.append(Unicode.Scalar(UInt8(scalar.value + 0x40)))
                } else if scalar.value == 0x7F {
                    out.append(contentsOf: "^?".unicodeScalars)
                } else {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    out.append(contentsOf: "\\u{\(hex)}".unicodeScalars)
                }
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    static func isControl(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x0A, 0x09: return false
        case 0x00..<0x20, 0x7F, 0x80..<0xA0: return true
        case 0x202A...0x202E, 0x2066...0x2069: return true  // bidi overrides
        default: return false
        }
    }
}
