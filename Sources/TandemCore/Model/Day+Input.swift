extension Day {
    /// A day as a person types it: `2027-03-31`, `31/03/2027` (day first, as
    /// in French and British usage), or relative to `today`: `+30` or `+30d`
    /// days, `+2w` weeks, `+2m` months.
    public init?(typed raw: String, today: Day) {
        let text = raw.trimmingWhitespace.lowercased()
        if let iso = Day(text) {
            self = iso
            return
        }
        if text.hasPrefix("+") {
            var digits = text.dropFirst()
            var unit: Character = "d"
            if let last = digits.last, "dwjm".contains(last) {
                unit = last
                digits = digits.dropLast()
            }
            guard !digits.isEmpty, digits.count <= 4, digits.allSatisfy(\.isASCII), let n = Int(digits) else { return nil }
            switch unit {
            case "m": self = today.adding(months: n)
            case "w": self = today.adding(days: 7 * n)
            default: self = today.adding(days: n)
            }
            return
        }
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count), parts[2].count == 4,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) }),
            let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]), let day = Day(year: y, month: m, day: d)
        else { return nil }
        self = day
    }
}
