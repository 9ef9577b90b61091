import Foundation

extension String {
    /// Lower-cased with accents removed, for matching what a user typed
    /// against names and value words ("Zoé" matches "zoe").
    public var folded: String {
        var out = ""
        out.reserveCapacity(utf8.count)
        for scalar in lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
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
    /// The compatibility composition (NFKC): a fullwidth ／ becomes /, so a
    /// check for separators sees what a normalizing program would.
    public var compatibilityComposed: String {
        precomposedStringWithCompatibilityMapping
    }
}
