@_spi(_Unicode) import Swift

extension String {
    /// Lower-cased with accents removed, for matching what a user typed
    /// against names and value words ("Zoé" matches "zoe").
    public var folded: String {
        var out = ""
        out.reserveCapacity(utf8.count)
        // The standard library's canonical decomposition (NFD).
        for scalar in lowercased()._nfd {
            switch scalar.value {
            case 0x0300...0x036F: continue  // combining marks
            case 0x0153: out += "oe"
            case 0x00E6: out += "ae"
            case 0x00DF: out += "ss"
            case 0x00F8: out += "o"
            case 0x0142: out += "l"
            case 0x0111: out += "d"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

extension String {
    /// The compatibility forms (NFKC) of the characters whose form holds a
    /// separator (a fullwidth ／ becomes /, ½ becomes 1⁄2, ℅ becomes c/o),
    /// other characters as they are: what a check for separators needs to see
    /// what a normalizing program would.
    public var compatibilityComposed: String {
        guard unicodeScalars.contains(where: { Self.separatorForms[$0.value] != nil }) else { return self }
        var out = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            if let form = Self.separatorForms[scalar.value] {
                out.append(contentsOf: form.unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Every character (Unicode 14) whose compatibility form holds a character
    /// `SessionStore` refuses in names, with that form.
    static let separatorForms: [UInt32: String] = {
        var forms: [UInt32: String] = [
            0xFF0F: "/", 0xFF3C: "\\", 0xFE68: "\\", 0xFFA0: "\u{1160}", 0x3164: "\u{1160}",
            0x2100: "a/c", 0x2101: "a/s", 0x2105: "c/o", 0x2106: "c/u",
            0x33A7: "m\u{2215}s", 0x33A8: "m\u{2215}s2", 0x33AE: "rad\u{2215}s", 0x33AF: "rad\u{2215}s2",
            0x33C6: "C\u{2215}kg", 0x33DE: "V\u{2215}m", 0x33DF: "A\u{2215}m",
            0x00BC: "1\u{2044}4", 0x00BD: "1\u{2044}2", 0x00BE: "3\u{2044}4", 0x215F: "1\u{2044}",
            0x2189: "0\u{2044}3", 0x2152: "1\u{2044}10",
        ]
        // ⅐ ⅑ ⅓ ⅔ ⅕ ⅖ ⅗ ⅘ ⅙ ⅚ ⅛ ⅜ ⅝ ⅞ (U+2150…215E, but ⅒ above).
        let fractions = ["17", "19", "", "13", "23", "15", "25", "35", "45", "16", "56", "18", "38", "58", "78"]
        for (offset, digits) in fractions.enumerated() where digits.count == 2 {
            forms[0x2150 + UInt32(offset)] = String(digits.prefix(1)) + "\u{2044}" + String(digits.suffix(1))
        }
        return forms
    }()
}
