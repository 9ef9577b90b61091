import Testing
@testable import TandemCore

@Suite struct SlugTests {
    @Test(arguments: [
        ("Atelier Zoé & Marc", "atelier-zoe-marc"),
        ("Bureau Öko", "bureau-oko"),
        ("  Cœur d'Œuvre  ", "coeur-d-oeuvre"),
        ("Straße 42", "strasse-42"),
        ("../../etc/passwd", "etc-passwd"),
        ("???", ""),
        ("", ""),
    ])
    func slug(title: String, expected: String) {
        #expect(Slug.make(title) == expected)
    }

    @Test func slugIsBounded() {
        #expect(Slug.make(String(repeating: "a", count: 500)).count == Slug.maxLength)
    }

    @Test(arguments: ["../x", "/etc/x", "", ".", "..", ".hidden", "a/b", "a\\b", "tab\there", "esc\u{1B}[31m"])
    func unsafeNamesAreRefused(name: String) {
        #expect(throws: StoreError.invalidName(name)) { try SessionStore.validatedName(name) }
    }

    @Test func safeNamesPass() throws {
        #expect(try SessionStore.validatedName("atelier-zoe") == "atelier-zoe")
        #expect(try SessionStore.validatedName("atelier-zoe.json") == "atelier-zoe")
        #expect(try SessionStore.validatedName("Été") == "Été")
    }

    @Test func foldingIgnoresCaseAndAccents() {
        #expect("Zoé ÉLAN".folded == "zoe elan")
        #expect("Œuvre".folded == "oeuvre")
    }

    @Test func inertShowsControlCharacters() {
        #expect("a\u{1B}[31mb".inert == "a^[[31mb")
        #expect("line\nnext\ttab".inert == "line\nnext\ttab")
        #expect("bell\u{07}".inert == "bell^G")
    }
}

@Suite struct ColumnTests {
    @Test func widthCountsCharactersNotBytes() {
        #expect("Zoé".displayWidth == 3)
        #expect("Ze\u{301}".displayWidth == 2)
        #expect("日本".displayWidth == 4)
    }

    @Test func fitsToAWidth() {
        #expect("Zoé".fitted(to: 5) == "Zoé  ")
        #expect("Bureau Öko".fitted(to: 6) == "Burea…")
        #expect("Bureau Öko".truncated(to: 20) == "Bureau Öko")
    }
}

@Suite struct WrapTests {
    @Test func wrapsLongLinesAtSpacesKeepingIndentation() {
        let text = "  " + String(repeating: "word ", count: 20).trimmingWhitespace
        let lines = text.wrapped(width: 30).split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= 30 && $0.hasPrefix("  word") })
        #expect(lines.joined(separator: " ").split(separator: " ").count == 20)
    }

    @Test func neverStartsALineWithFrenchPunctuation() {
        let text =
            "Entre amis ou en famille, le partenariat gagne en chaleur mais aussi en risques : le guide reviendra"
        #expect(!text.wrapped(width: 79).split(separator: "\n").contains { $0.hasPrefix(":") })
    }

    @Test func leavesFittingLinesAndLongWordsAlone() {
        #expect("  e9   Bureau Öko — x".wrapped(width: 80) == "  e9   Bureau Öko — x")
        let path = "saved in /a/very/long/path/that/does/not/fit/anywhere/in/thirty/columns.json"
        #expect(
            path.wrapped(width: 30) == "saved in\n/a/very/long/path/that/does/not/fit/anywhere/in/thirty/columns.json")
    }
}
