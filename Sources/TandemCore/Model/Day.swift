import FoundationEssentials

/// A calendar day (no time, no zone), stored as `YYYY-MM-DD`.
public struct Day: Codable, Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...Day.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) }),
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// The UTC day of `date` (whole days since 1970, as the timestamps are written).
    public init(_ date: Date) {
        let days = (date.timeIntervalSince1970 / 86_400).rounded(.down)
        self.init(ordinal: days.isFinite ? Int(max(-1e9, min(1e9, days))) : 0)
    }

    public var description: String {
        let y = String(year), m = String(month), d = String(day)
        return String(repeating: "0", count: max(0, 4 - y.count)) + y + "-"
            + (m.count < 2 ? "0" : "") + m + "-" + (d.count < 2 ? "0" : "") + d
    }

    /// Days since 1970-01-01 (proleptic Gregorian).
    public var ordinal: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The first and last days Tandem writes and reads back (four-digit years).
    public static let first = Day(ordinal: -719_162)  // 0001-01-01
    public static let last = Day(ordinal: 2_932_896)  // 9999-12-31

    /// True when the day can be written as `YYYY-MM-DD` and read back.
    public var isInRange: Bool { (1...9999).contains(year) }

    /// `days` later (or earlier), or nil past 0001-01-01…9999-12-31.
    public func checkedAdding(days: Int) -> Day? {
        let (sum, overflow) = ordinal.addingReportingOverflow(days)
        guard !overflow, (Day.first.ordinal...Day.last.ordinal).contains(sum) else { return nil }
        return Day(ordinal: sum)
    }

    /// `months` later (the day kept, or the month's last), or nil past 0001-01-01…9999-12-31.
    public func checkedAdding(months: Int) -> Day? {
        let (sum, overflow) = (year * 12 + (month - 1)).addingReportingOverflow(months)
        guard !overflow, sum >= 12 else { return nil }
        let y = sum / 12, m = sum % 12 + 1
        return Day(year: y, month: m, day: min(day, Day.daysIn(month: m, year: y)))
    }

    /// `days` later, held within 0001-01-01…9999-12-31.
    public func adding(days: Int) -> Day {
        checkedAdding(days: days) ?? (days < 0 ? Day.first : Day.last)
    }

    /// `months` later, held within 0001-01-01…9999-12-31.
    public func adding(months: Int) -> Day {
        checkedAdding(months: months) ?? (months < 0 ? Day.first : Day.last)
    }

    init(ordinal z0: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        month = m
        day = d
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public static func < (a: Day, b: Day) -> Bool { a.ordinal < b.ordinal }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let parsed = Day(text) else {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: decoder.codingPath, debugDescription: "expected a date as YYYY-MM-DD, found \"\(text)\""
                ))
        }
        self = parsed
    }

    /// Refuses a day that could not be read back (a year past 9999 from a clock or arithmetic).
    public func encode(to encoder: Encoder) throws {
        guard isInRange else {
            throw EncodingError.invalidValue(
                description,
                .init(
                    codingPath: encoder.codingPath, debugDescription: "\(description) is outside 0001-01-01…9999-12-31")
            )
        }
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}
