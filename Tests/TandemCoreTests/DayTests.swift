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

@Suite struct TypedDayTests {
    let today = Day("2026-11-21")!

    @Test(arguments: [
        ("2027-03-31", "2027-03-31"), ("31/03/2027", "2027-03-31"), ("1/2/2027", "2027-02-01"),
        ("+30", "2026-12-21"), ("+30d", "2026-12-21"), ("+2w", "2026-12-05"), ("+2m", "2027-01-21"),
        (" +1J ", "2026-11-22"),
    ])
    func readsWhatPeopleType(text: String, expected: String) {
        #expect(Day(typed: text, today: today)?.description == expected)
    }

    @Test(arguments: ["31/02/2027", "2027/03/31", "+", "+x", "+99999", "03-31-2027", "tomorrow", "12/2027"])
    func refusesTheRest(text: String) {
        #expect(Day(typed: text, today: today) == nil)
    }
}
