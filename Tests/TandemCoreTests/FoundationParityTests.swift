import Foundation
import Testing

@testable import TandemCore

/// TandemCore no longer links Foundation (only FoundationEssentials): what it
/// took from Foundation is now plain Swift. These tests hold the replacements
/// to what Foundation gives, in the test process where Foundation is at hand.
@Suite struct FoundationParityTests {
    @Test func foldingMatchesFoundationsCanonicalDecomposition() {
        func foundationFolded(_ text: String) -> String {
            var out = ""
            for scalar in text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
                switch scalar.value {
                case 0x0300...0x036F: continue
                case 0x0153: out += "oe"
                case 0x00E6: out += "ae"
                case 0x00DF: out += "ss"
                case 0x00F8: out += "o"
                case 0x0142: out += "l"
                case 0x0111: out += "d"
                default: out.unicodeScalars.append(scalar)
                }
            }
            return out
        }
        var samples = ["Zoé", "Bureau Öko", "ÉTÉ", "Œuvre", "Straße", "Łódź", "Ǆemal", "ﬁn", "Å", "한국어", "e\u{301}"]
        // Every scalar of Latin, Greek, Cyrillic and the Latin extensions, one by one.
        for value in UInt32(0xA0)...0x52F {
            if let scalar = Unicode.Scalar(value) { samples.append(String(Character(scalar))) }
        }
        for value in UInt32(0x1E00)...0x1FFF {
            if let scalar = Unicode.Scalar(value) { samples.append(String(Character(scalar))) }
        }
        for sample in samples {
            #expect(sample.folded == foundationFolded(sample), "\(sample.unicodeScalars.map { $0.value })")
        }
    }

    /// Every scalar whose NFKC form (Foundation's) holds a character refused in
    /// session names is seen as such through `compatibilityComposed`.
    @Test func compatibilityFormsSeeEverySeparatorFoundationWouldSee() {
        var missed: [String] = []
        for value in UInt32(0xA0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value), !SessionStore.refusedInName(scalar) else { continue }
            let text = String(Character(scalar))
            let foundation = text.precomposedStringWithCompatibilityMapping.unicodeScalars.contains(
                where: SessionStore.refusedInName)
            let ours = text.compatibilityComposed.unicodeScalars.contains(where: SessionStore.refusedInName)
            if foundation != ours { missed.append(String(value, radix: 16)) }
        }
        #expect(missed.isEmpty, "differs from Foundation's NFKC for U+\(missed.joined(separator: ", U+"))")
        #expect("a／b".compatibilityComposed == "a/b")
        #expect("Zoé ½".compatibilityComposed == "Zoé 1\u{2044}2")
        #expect("Zoé".compatibilityComposed == "Zoé")
    }

    @Test func naturalOrderMatchesNumericComparison() {
        let ids = [
            "r1", "r2", "r10", "r9", "r100", "a7", "a10", "p2", "p02", "s1", "s", "", "r", "r0", "x10y2", "x10y10",
            "x9y99", "c1", "c11", "c2", "n1", "n1a", "n1b", "R1", "e1", "10", "9", "rr", "r1r", "context.type",
            "context.level", "expect.p1.2", "expect.p1.10", "expect_p1", "risk-2", "risk-10",
        ]
        // Ids are ASCII; beyond it Foundation's order follows the locale's collation, not scalar values.
        for a in ids {
            for b in ids where a != b {
                let foundation = a.compare(b, options: .numeric) == .orderedAscending
                // Foundation says "p2" and "p02" are the same; either order is then right.
                if a.compare(b, options: .numeric) == .orderedSame { continue }
                #expect(RiskAnalysis.naturalOrder(a, b) == foundation, "\(a) < \(b)")
            }
        }
    }

    @Test func daysOfDatesMatchTheGregorianCalendarInUTC() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        // From 1600 (Foundation's calendar is Julian before 1582) to 9999, a few thousand instants.
        var seconds = -11_676_096_000.0
        while seconds < 253_402_300_799 {
            let date = Date(timeIntervalSince1970: seconds)
            let c = calendar.dateComponents([.year, .month, .day], from: date)
            #expect(Day(date) == Day(year: c.year ?? 0, month: c.month ?? 0, day: c.day ?? 0), "\(seconds)")
            seconds += 86_400 * 97.37 + 3_601
        }
        #expect(Day(Date(timeIntervalSince1970: -1)) == Day(year: 1969, month: 12, day: 31))
        #expect(Day(Date(timeIntervalSince1970: 86_399)) == Day(year: 1970, month: 1, day: 1))
    }

    /// Where a file stops being JSON: the same place JSONSerialization named.
    @Test func syntaxPositionsMatchJSONSerialization() {
        let documents = [
            "{\n  \"schemaVersion\": 1,\n  \"title\": \"x\" \"oops\"\n}", "{\"a\":", "[1,2", "{\"a\": tru}", "  ",
            "{\"a\":1}}", "{\"a\" 1}", "{a: 1}", "[1,,2]", "[01]", "[-]", "[1.]", "[1e]", "[1.5e+3x]", "{\"a\":[1,2}",
            "{\"a\":\"b\u{1}\"}", "{\"title\": \"x\ny\"}", "{\"é\": \"ü\", \"x\": nul}", "[true false]", "{\"a\": 1,}",
            "[1,2,]", "\"just\"",
            "{\"a\":\"\\q\"}", "{\"a\":\"\\ud800\\u0041\"}", "{\n\n\n   \"t\": [\n  {\"x\": 1} {\"y\": 2}]}",
            String(repeating: "[", count: 600) + String(repeating: "]", count: 600),
        ]
        for text in documents {
            let bytes = Array(text.utf8)
            let expected: String?
            do {
                _ = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
                expected = nil
            } catch {
                expected = Self.foundationPosition(error, bytes)
            }
            switch JSONSyntax.parse(bytes) {
            case .success: #expect(expected == nil, "\(text.prefix(40)): accepted, Foundation said \(expected ?? "")")
            case .failure(let failure):
                let ours = SessionCodec.position(of: failure, in: bytes)
                // Foundation's escape and nesting messages name no line; where it names one, ours must match.
                if let expected, ["line ", "Unexpected end", "Unescaped"].contains(where: expected.hasPrefix) {
                    #expect(ours == expected, "\(text.prefix(40))")
                } else {
                    #expect(expected != nil, "\(text.prefix(40)): refused (\(ours)), Foundation accepted it")
                }
            }
        }
    }

    /// What `SessionCodec.position` made of a JSONSerialization error before.
    static func foundationPosition(_ error: Error, _ bytes: [UInt8]) -> String {
        let text = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? String(describing: error)
        if let range = text.range(of: "character "),
            let offset = Int(text[range.upperBound...].prefix(while: \.isNumber))
        {
            return SessionCodec.lineColumn(ofOffset: offset, in: bytes)
        }
        return text
    }
}
