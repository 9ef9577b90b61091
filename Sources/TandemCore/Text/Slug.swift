/// File-name slugs for session titles: accents folded, `a-z0-9-` only.
public enum Slug {
    /// The longest slug kept, so file names stay well under any file-system limit.
    public static let maxLength = 60

    /// "Bureau Öko & Zoé" → "bureau-oko-zoe"; empty when the title has no letter or digit.
    public static func make(_ title: String) -> String {
        var out = ""
        var pendingDash = false
        for scalar in title.folded.unicodeScalars {
            let isSafe = ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
            if isSafe {
                if pendingDash && !out.isEmpty { out += "-" }
                pendingDash = false
                out.unicodeScalars.append(scalar)
                if out.count >= maxLength { break }
            } else {
                pendingDash = true
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out
    }
}
