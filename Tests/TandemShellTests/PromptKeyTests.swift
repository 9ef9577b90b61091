import TandemTestSupport
import Foundation
import Testing
import TandemCore

/// Every catalogue key written literally in the sources exists, so no user
/// ever reads (or saves) a bracketed "[missing.key]".
@Suite struct PromptKeyTests {
    @Test func literalKeysInTheSourcesExist() throws {
        let catalog = try PromptCatalog.load(from: repositoryRoot + "/Prompts")
        let pattern = try NSRegularExpression(
            pattern:
                #"(?:\bsay|\bt|\.text|\bsuggest|\bfindingLine|\bparagraph)\(\s*"([a-z][a-z0-9-]*(?:\.[a-z0-9-]+)+)""#)
        var missing: [String] = []
        var checked = 0
        let sources = repositoryRoot + "/Sources"
        let files = FileManager.default.enumerator(atPath: sources)?.compactMap { $0 as? String } ?? []
        for file in files where file.hasSuffix(".swift") {
            let text = try String(contentsOfFile: sources + "/" + file, encoding: .utf8)
            let range = NSRange(text.startIndex..., in: text)
            for match in pattern.matches(in: text, range: range) {
                guard let keyRange = Range(match.range(at: 1), in: text) else { continue }
                let key = String(text[keyRange])
                checked += 1
                if !catalog.has(key) { missing.append("\(file): \(key)") }
            }
        }
        #expect(checked > 300, "the scan found too few keys to mean anything")
        #expect(missing == [], "keys used in Sources but missing from Prompts")
    }
}
