import Testing
@testable import TandemCore

@Suite struct DayTests {
    @Test func parsesAndPrints() throws {
        let day = try #require(Day("2026-02-28"))
        #expect(day.description == "2026-02-28")
        #expect(day.adding(days: 1).description == "2026-03-01")
        #expect(day.adding(months: 12).description == "2027-02-28")
        #expect(Day("2024-02-29")?.adding(months: 12).description == "2025-02-28")
    }

    @Test(arguments: ["2026-13-01", "2026-02-30", "26-01-01", "2026-1-1", "tomorrow", "", "２０２６-01-01"])
    func refusesBadDates(text: String) {
        #expect(Day(text) == nil)
    }

    @Test func ordinalRoundTrips() throws {
        let day = try #require(Day("1999-12-31"))
        #expect(Day(ordinal: day.ordinal) == day)
        #expect(Day("1970-01-01")?.ordinal == 0)
    }
}
