import Foundation
import TandemTestSupport
import Testing

@testable import TandemCore

/// What is saved can be opened again: the limits loading checks are checked before writing.
@Suite struct SaveLimitTests {
    let dir = TemporaryDirectory()
    var store: SessionStore { SessionStore(directory: dir.path + "/sessions") }
    let now = Date(timeIntervalSince1970: 1_790_000_000)

    func sample() -> Session {
        Session(title: "Limites", language: .fr, now: now)
    }

    @Test func aFileOverTheSizeLimitIsRefusedNamingIt() throws {
        let bytes = try SessionCodec.encode(sample())
        #expect(throws: StoreError.cannotSave(.fileSize(size: bytes.count, limit: bytes.count - 1))) {
            try SessionCodec.encode(sample(), maxBytes: bytes.count - 1)
        }
        #expect(try SessionCodec.encode(sample(), maxBytes: bytes.count) == bytes)
    }

    @Test func aTextLoadingWouldRefuseIsNotWritten() throws {
        var session = sample()
        session.notes.append(Note(text: String(repeating: "a", count: SessionCodec.maxStringBytes + 10), date: now))
        #expect {
            try store.save(session, as: "limites", expected: nil)
        } throws: { error in
            guard case StoreError.cannotSave(.textTooLong(_, let limit)) = error else { return false }
            return limit == SessionCodec.maxStringBytes
        }
        #expect(!FileManager.default.fileExists(atPath: store.directory + "/limites.json"))
    }

    @Test func aTimePastYear9999IsRefused() throws {
        var session = sample()
        // 10000-01-01T00:00:00Z
        session.notes.append(Note(text: "plus tard", date: Date(timeIntervalSince1970: 253_402_300_800)))
        #expect(throws: StoreError.cannotSave(.date(field: "notes[0].date", value: "10000-01-01T00:00:00Z"))) {
            try SessionCodec.encode(session)
        }
    }

    @Test func aDayPastYear9999IsRefused() throws {
        var session = sample()
        let late = Day(ordinal: Day.last.ordinal + 1)
        session.actions.append(Action(id: "a1", text: "Livrer", due: late, created: Day(now)))
        #expect(throws: StoreError.cannotSave(.date(field: "actions[0].due", value: "10000-01-01"))) {
            try SessionCodec.encode(session)
        }
    }

    @Test func aCounterLoadingWouldRefuseIsRefused() throws {
        var session = sample()
        session.counters["action"] = Session.maxCounter + 1
        #expect {
            try SessionCodec.encode(session)
        } throws: { error in
            guard case StoreError.cannotSave(.integrity(let detail)) = error else { return false }
            return detail.contains("counters.action")
        }
    }

    @Test func timestampsAreWrittenAsTheStockISO8601Encoder() throws {
        var session = sample()
        for seconds in [0, 1_790_000_000.75, -86_399.5, 253_402_300_799] {
            session.notes.append(Note(text: "t", date: Date(timeIntervalSince1970: seconds)))
        }
        let ours = String(decoding: try SessionCodec.encode(session), as: UTF8.self)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        let stock = String(decoding: try encoder.encode(session), as: UTF8.self) + "\n"
        #expect(ours == stock)
        #expect(try SessionCodec.decode(Array(ours.utf8), file: "t.json").notes.count == 4)
    }
}

@Suite struct DayRangeTests {
    @Test func arithmeticStaysWithinTheYearsTandemKeeps() throws {
        #expect(Day.first.description == "0001-01-01")
        #expect(Day.last.description == "9999-12-31")
        #expect(Day.last.checkedAdding(days: 1) == nil)
        #expect(Day.last.checkedAdding(months: 1) == nil)
        #expect(Day.first.checkedAdding(days: -1) == nil)
        #expect(Day.last.adding(days: 30) == Day.last)
        #expect(Day.last.adding(months: 3) == Day.last)
        #expect(Day.first.adding(months: -1) == Day.first)
        #expect(Day.last.checkedAdding(days: Int.max) == nil)
        #expect(try #require(Day("9999-11-30")).checkedAdding(months: 1)?.description == "9999-12-30")
    }

    @Test func relativeDatesPast9999AreNoDates() throws {
        let late = try #require(Day("9999-12-20"))
        for typed in ["+12", "+2w", "+1m", "+9999m"] {
            #expect(Day(typed: typed, today: late) == nil)
            #expect(Day.isOutOfRange(typed: typed, today: late))
        }
        #expect(Day(typed: "+11", today: late)?.description == "9999-12-31")
        #expect(!Day.isOutOfRange(typed: "+11", today: late))
        #expect(!Day.isOutOfRange(typed: "demain", today: late))
        #expect(!Day.isOutOfRange(typed: "+abc", today: late))
    }
}

@Suite struct NameScalarTests {
    @Test(arguments: [
        "sub/\u{301}x", "\u{301}x", ".\u{301}x", "a\u{200B}b", "a\u{200E}b", "a\u{2066}b", "a\u{AD}b", "a\u{FF0F}b",
        "a\u{2215}b", "a\u{FF3C}b", "a\u{E0041}b", "a\u{3164}b", "a\u{E000}b", "a\u{2028}b",
        String(repeating: "\u{301}", count: 150),
    ])
    func namesThatHideASeparatorOrPrintAsAnotherAreRefused(name: String) {
        #expect(throws: StoreError.invalidName(name)) { try SessionStore.validatedName(name) }
    }

    @Test func namesWithMarksAfterALetterPass() throws {
        #expect(try SessionStore.validatedName("Cafe\u{301}") == "Cafe\u{301}")
        #expect(try SessionStore.validatedName("Zoé.json") == "Zoé")
        #expect(try SessionStore.validatedName("x.json\u{301}") == "x.json\u{301}")
    }

    @Test func everyInvisibleFormatCharacterIsRefusedInNamesOnly() throws {
        for scalar in ["\u{AD}", "\u{61C}", "\u{180E}", "\u{E0041}", "\u{1D173}", "\u{3164}"] {
            #expect(throws: SessionError.self) { try TextRule.name.check("Zoé" + scalar, field: "field.name") }
        }
        #expect(try TextRule.line.check("Zoé\u{AD}lan", field: "field.text") == "Zoé\u{AD}lan")
        #expect(throws: SessionError.self) {
            try TextRule.name.check("Z" + String(repeating: "\u{301}", count: 20_000), field: "field.name")
        }
    }
}
