import Foundation
import Testing

@testable import TandemCore

/// Where a suggested action came from is kept, so the proposal can leave the
/// coach's own actions out; older files, without it, still load.
@Suite struct ActionOriginTests {
    static let day = Day(year: 2026, month: 11, day: 21)!

    @Test func originIsKeptAndOnlyWrittenWhenThereIsOne() throws {
        var s = Session(title: "t", language: .en, now: Date(timeIntervalSince1970: 0))
        let typed = try s.addAction(text: "Send the budget", on: Self.day)
        let suggested = try s.addAction(text: "Talk about trust", on: Self.day, origin: "health")
        #expect(!typed.isPrivate && suggested.isPrivate)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let plain = String(decoding: try encoder.encode(typed), as: UTF8.self)
        #expect(!plain.contains("origin"))
        let data = try encoder.encode(suggested)
        #expect(String(decoding: data, as: UTF8.self).contains(#""origin":"health""#))
        #expect(try JSONDecoder().decode(Action.self, from: data) == suggested)
    }

    @Test func anOlderActionHasNoOrigin() throws {
        let json = #"{"id": "a1", "text": "Call the bank", "created": "2026-03-01"}"#
        let action = try JSONDecoder().decode(Action.self, from: Data(json.utf8))
        #expect(action.origin == "")
        #expect(!action.isPrivate)
    }
}
