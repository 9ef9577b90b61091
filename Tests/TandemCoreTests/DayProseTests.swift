import TandemTestSupport
import Testing

@testable import TandemCore

/// Days in running text, with the month names of the real Prompts files.
@Suite struct DayProseTests {
    @Test(arguments: [
        ("2027-03-01", Language.fr, "1er mars 2027"), ("2027-03-02", .fr, "2 mars 2027"),
        ("2026-08-15", .fr, "15 août 2026"), ("2027-12-31", .fr, "31 décembre 2027"),
        ("2027-03-01", .en, "1 March 2027"), ("2027-01-15", .en, "15 January 2027"),
        ("2026-02-28", .en, "28 February 2026"),
    ])
    func writesTheLongForm(iso: String, language: Language, expected: String) throws {
        let catalog = try PromptCatalog.load(from: repositoryRoot + "/Prompts")
        let day = try #require(Day(iso))
        #expect(Wording(catalog: catalog, language: language).date(day) == expected)
        #expect(day.description == iso)
    }

    @Test func everyMonthHasANameInBothLanguages() throws {
        let catalog = try PromptCatalog.load(from: repositoryRoot + "/Prompts")
        for language in Language.allCases {
            let names = (1...12).map { catalog.text("date.month.\($0)", language) }
            #expect(Set(names).count == 12)
            #expect(names.allSatisfy { !$0.hasPrefix("[") && !$0.isEmpty })
        }
    }
}
