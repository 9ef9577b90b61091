/// The letters that follow a count in a relative date (`+2w`, `+3s`), from
/// every Prompts language: the words belong to the languages, not the code.
public struct DateUnits: Sendable, Equatable {
    public var days: Set<Character>
    public var weeks: Set<Character>
    public var months: Set<Character>

    public init(days: Set<Character> = ["d"], weeks: Set<Character> = ["w"], months: Set<Character> = ["m"]) {
        self.days = days
        self.weeks = weeks
        self.months = months
    }
}

extension Day {
    /// A day as a person types it: `2027-03-31`, `31/03/2027` (day first, as
    /// in French and British usage), or relative to `today`: `+30` or `+30d`
    /// days, `+2w` weeks, `+2m` months (the letters of `units`).
    public init?(typed raw: String, today: Day, units: DateUnits = DateUnits(days: ["d", "j"], weeks: ["w", "s"])) {
        let text = raw.trimmingWhitespace.lowercased()
        if let iso = Day(text) {
            self = iso
            return
        }
        if text.hasPrefix("+") {
            var digits = text.dropFirst()
            var unit: Character = "d"
            if let last = digits.last, !last.isNumber {
                if units.weeks.contains(last) {
                    unit = "w"
                } else if units.months.contains(last) {
                    unit = "m"
                } else if units.days.contains(last) {
                    unit = "d"
                } else {
                    return nil
                }
                digits = digits.dropLast()
            }
            guard !digits.isEmpty, digits.count <= 4, digits.allSatisfy(\.isASCII), let n = Int(digits) else {
                return nil
            }
            // Past 9999-12-31 is no date: it could not be saved and read back.
            let day: Day?
            switch unit {
            case "m": day = today.checkedAdding(months: n)
            case "w": day = today.checkedAdding(days: 7 * n)
            default: day = today.checkedAdding(days: n)
            }
            guard let day else { return nil }
            self = day
            return
        }
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count), parts[2].count == 4,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) }),
            let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]),
            let day = Day(year: y, month: m, day: d)
        else { return nil }
        self = day
    }

    /// True when `raw` is a relative date (`+30`, `+2w`, `+2m`) that lands
    /// outside 0001-01-01…9999-12-31 from `today`: it is refused as no date,
    /// and this lets the refusal name the limit.
    public static func isOutOfRange(
        typed raw: String, today: Day, units: DateUnits = DateUnits(days: ["d", "j"], weeks: ["w", "s"])
    ) -> Bool {
        guard Day(typed: raw, today: today, units: units) == nil else { return false }
        // Read again from a day in the middle of the range: a form that parses there is only out of range here.
        let middle = Day(ordinal: 0)
        let text = raw.trimmingWhitespace
        return text.hasPrefix("+") && Day(typed: text, today: middle, units: units) != nil
    }
}
