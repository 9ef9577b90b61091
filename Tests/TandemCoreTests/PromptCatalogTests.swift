import TandemTestSupport
import Foundation
import Testing
@testable import TandemCore

@Suite struct PromptCatalogTests {
    @Test func parsesOneLineAndBlockTexts() throws {
        let text = """
            # comment
            a.b = Hello {name}
            long =
            | first
            |
            | third

            c = x = y
            """
        let entries = try PromptFile.parse(text, file: "t.prompts")
        #expect(entries["a.b"] == "Hello {name}")
        #expect(entries["long"] == "first\n\nthird")
        #expect(entries["c"] == "x = y")
    }

    @Test(arguments: [
        ("no equals here", 1, "expected \"key = text\""),
        ("a = 1\na = 2", 2, "key \"a\" is already defined on line 1"),
        ("| orphan", 1, "a \"|\" line must follow a \"key =\" line"),
        ("bad key! = x", 1, "invalid key"),
        ("a =\n|nospace", 2, "expected a space after \"|\""),
        ("a = 1\n  indented", 2, "unexpected indentation"),
    ])
    func reportsErrorsWithLines(text: String, line: Int, message: String) {
        do {
            _ = try PromptFile.parse(text, file: "f.prompts")
            Issue.record("accepted \(text)")
        } catch {
            #expect(error.line == line)
            #expect(error.message.contains(message))
            #expect(error.description.hasPrefix("f.prompts:\(line): "))
        }
    }

    /// Every byte in a key: letters, digits, ".", "_" and "-" make a key; any other is
    /// an invalid key (or, for "=", a key that ends there); spaces and tabs before "=" are not part of it.
    @Test func keysAreMadeOfLettersDigitsAndThreeMarks() {
        var wrong: [String] = []
        // Bytes from 0x80 are not UTF-8 alone (refused before the key is read); "é" stands for them.
        for byte in UInt8(0)...UInt8(127) where byte != 0x0A && byte != 0x0D {
            let valid =
                (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte)
                || [0x2E, 0x5F, 0x2D].contains(byte)
            var table = PromptTable()
            let line = Array("a".utf8) + [byte] + Array("b = text".utf8)
            do {
                try PromptFile.parse(line, file: "f.prompts", into: &table)
                // "a=b = text" is the key "a"; no other byte that is not a key's may be accepted.
                let key = byte == 0x3D ? nil : String(decoding: [0x61, byte, 0x62], as: UTF8.self)
                if !valid, key != nil { wrong.append("byte \(byte) accepted") }
                if valid, let key, table[key] != "text" { wrong.append("byte \(byte): no key \(key)") }
            } catch {
                if valid || !error.message.hasPrefix("invalid key") { wrong.append("byte \(byte): \(error.message)") }
            }
        }
        #expect(wrong == [])
        var accented = PromptTable()
        #expect(throws: PromptFile.ParseError.self) {
            try PromptFile.parse(Array("caf\u{E9} = text".utf8), file: "f.prompts", into: &accented)
        }
        // Spaces or tabs between key and "=", none after the key's last byte.
        var table = PromptTable()
        #expect(throws: Never.self) { try PromptFile.parse(Array("key \t = text".utf8), file: "f", into: &table) }
        #expect(table["key"] == "text")
    }

    /// Found by the fuzzer: "\r\n" is one Character, so lines must be counted on bytes.
    @Test func countsLinesOnBytes() {
        do {
            _ = try PromptFile.parse("\nl= b\r\0\u{1A}\0\0\0 80\n\n\n#l c\r\n\no\r", file: "f")
            Issue.record("accepted")
        } catch {
            #expect(error.line == 7)
        }
    }

    @Test func acceptsWindowsLineEndings() throws {
        let entries = try PromptFile.parse("a = one\r\nb =\r\n| two\r\n| three\r\n", file: "crlf.prompts")
        #expect(entries == ["a": "one", "b": "two\nthree"])
    }

    @Test func fillsPlaceholders() {
        #expect(PromptCatalog.fill("{a} and {b} {missing}", ["a": "1", "b": "2"]) == "1 and 2 {missing}")
        #expect(PromptCatalog.fill("unclosed {a", ["a": "1"]) == "unclosed {a")
    }

    @Test func theShippedPromptsLoadAndMatchInBothLanguages() throws {
        let catalog = try PromptCatalog.load(from: repositoryRoot + "/Prompts")
        #expect(catalog.parityProblems() == [])
        #expect((catalog.entries[.en]?.count ?? 0) > 50)
    }

    @Test func theShippedPromptsUseTheSamePlaceholders() throws {
        let catalog = try PromptCatalog.load(from: repositoryRoot + "/Prompts")
        func placeholders(_ text: String) -> Set<String> {
            var found = Set<String>()
            var rest = text[...]
            while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
                found.insert(String(rest[rest.index(after: open)..<close]))
                rest = rest[rest.index(after: close)...]
            }
            return found
        }
        for (key, english) in catalog.entries[.en] ?? [:] {
            let french = catalog.entries[.fr]?[key] ?? ""
            #expect(placeholders(english) == placeholders(french), "placeholders differ in \(key)")
        }
    }

    @Test func aMalformedPromptFileNamesFileAndLine() throws {
        let dir = TemporaryDirectory()
        for language in ["en", "fr"] {
            try FileManager.default.createDirectory(
                atPath: dir.path + "/" + language, withIntermediateDirectories: true)
            dir.write(language + "/a.prompts", "ok = fine\n")
        }
        dir.write("fr/b.prompts", "# c\n\nbroken line\n")
        #expect(
            throws: PromptCatalog.LoadError.parse(
                .init(file: dir.path + "/fr/b.prompts", line: 3, message: "expected \"key = text\""))
        ) {
            try PromptCatalog.load(from: dir.path)
        }
    }

    @Test func aKeyInTwoFilesNamesBothAndTheLine() throws {
        let dir = TemporaryDirectory()
        try FileManager.default.createDirectory(atPath: dir.path + "/en", withIntermediateDirectories: true)
        dir.write("en/a.prompts", "one = 1\nshared = first\n")
        dir.write("en/b.prompts", "two = 2\n\nshared =\n| second\n")
        dir.write("en/c.prompts", "three = 3\n")
        #expect(
            throws: PromptCatalog.LoadError.parse(
                .init(
                    file: dir.path + "/en/b.prompts", line: 3,
                    message: "key \"shared\" is already defined in \(dir.path)/en/a.prompts"))
        ) {
            try PromptCatalog.load(from: dir.path, language: .en)
        }
        dir.write("en/b.prompts", "two = 2\n")
        let catalog = try PromptCatalog.load(from: dir.path, language: .en)
        #expect(catalog.text("shared", .en) == "first")
        #expect(catalog.text("three", .en) == "3")
    }

    /// The table finds every key among thousands (it grows past its first size) and no other.
    @Test func aTableOfManyKeysFindsEachAndNoOther() throws {
        let text = (0..<5000).map { "key.\($0) = text \($0)" }.joined(separator: "\n") + "\nblock =\n| a\n|\n| b\n"
        var table = PromptTable()
        try PromptFile.parse(Array(text.utf8), file: "many.prompts", into: &table)
        #expect(table.count == 5001)
        for number in [0, 1, 999, 4999] { #expect(table["key.\(number)"] == "text \(number)") }
        #expect(table["block"] == "a\n\nb")
        #expect(table["key.5000"] == nil)
        #expect(table["key."] == nil)
        #expect(!table.contains("missing"))
        #expect(table.entries(withKeyPrefixes: ["bl"]).map(\.key) == ["block"])
    }

    /// Found when a French file of one key hung a lookup: a table of one or two keys
    /// still answers "no such key" (it kept no empty slot to stop at).
    @Test func aTinyTableAnswersForAMissingKey() throws {
        for text in ["one = 1", "one = 1\ntwo = 2", ""] {
            var table = PromptTable()
            try PromptFile.parse(Array(text.utf8), file: "tiny.prompts", into: &table)
            #expect(table["missing"] == nil)
            #expect(!table.contains("other"))
        }
    }

    /// Bytes that are not UTF-8 are refused on their line, whatever the file's language.
    @Test func bytesThatAreNotUTF8NameTheirLine() throws {
        let dir = TemporaryDirectory()
        try FileManager.default.createDirectory(atPath: dir.path + "/en", withIntermediateDirectories: true)
        let bytes = Array("one = 1\ntwo = caf".utf8) + [0xE9] + Array("\nthree = 3\n".utf8)
        FileManager.default.createFile(atPath: dir.path + "/en/a.prompts", contents: Data(bytes))
        #expect(
            throws: PromptCatalog.LoadError.parse(
                .init(file: dir.path + "/en/a.prompts", line: 2, message: "not valid UTF-8 text"))
        ) {
            try PromptCatalog.load(from: dir.path, language: .en)
        }
    }

    /// A prompt file too large, or a named pipe in its place, is refused at once (no wait for a writer).
    @Test func aHugeFileOrANamedPipeIsRefused() throws {
        let dir = TemporaryDirectory()
        try FileManager.default.createDirectory(atPath: dir.path + "/en", withIntermediateDirectories: true)
        dir.write("en/a.prompts", "ok = fine\n")
        dir.write("en/b.prompts", "big = " + String(repeating: "x", count: PromptCatalog.fileLimit) + "\n")
        #expect(throws: PromptCatalog.LoadError.tooLarge(dir.path + "/en/b.prompts")) {
            try PromptCatalog.load(from: dir.path, language: .en)
        }
        try FileManager.default.removeItem(atPath: dir.path + "/en/b.prompts")
        #expect(mkfifo(dir.path + "/en/c.prompts", 0o600) == 0)
        #expect(throws: PromptCatalog.LoadError.unreadable(dir.path + "/en/c.prompts")) {
            try PromptCatalog.load(from: dir.path, language: .en)
        }
    }

    /// Installed prompt files may be symbolic links (sessions never are).
    @Test func promptFilesThatAreLinksAreRead() throws {
        let dir = TemporaryDirectory()
        try FileManager.default.createDirectory(atPath: dir.path + "/en", withIntermediateDirectories: true)
        dir.write("real.txt", "linked = yes\n")
        try FileManager.default.createSymbolicLink(
            atPath: dir.path + "/en/a.prompts", withDestinationPath: dir.path + "/real.txt")
        #expect(try PromptCatalog.load(from: dir.path, language: .en).text("linked", .en) == "yes")
    }

    /// The prompt files' UTF-8 check agrees with the standard library's on every
    /// kind of sequence: random bytes biased towards lead and continuation bytes.
    @Test func theUTF8CheckAgreesWithTheStandardLibrary() {
        var generator = SystemRandomNumberGenerator()
        let interesting: [UInt8] = [
            0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF,
            0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF,
        ]
        var disagreements: [[UInt8]] = []
        for _ in 0..<20_000 {
            let length = Int.random(in: 0...6, using: &generator)
            let bytes = (0..<length).map { _ in
                Bool.random(using: &generator)
                    ? interesting.randomElement(using: &generator) ?? 0 : UInt8.random(in: 0...255, using: &generator)
            }
            let ours = bytes.withUnsafeBufferPointer { PromptFile.isUTF8($0) }
            if ours != (String(validating: bytes, as: UTF8.self) != nil) { disagreements.append(bytes) }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(5))")
        for text in ["café", "« guillemets »", "—", "𝄞 clef", "Zoé\u{200B}"] {
            #expect(Array(text.utf8).withUnsafeBufferPointer { PromptFile.isUTF8($0) })
        }
    }
}
