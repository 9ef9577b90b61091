import Foundation
import TandemTestSupport
import Testing

@testable import TandemCore

/// Start-up reads one language's prompts; another is read the first time one
/// of its texts is asked for, and a broken one says why.
@Suite struct PromptLazinessTests {
    /// Two languages, each with one file; `fr` broken when asked.
    static func directory(brokenFrench: Bool = false) throws -> TemporaryDirectory {
        let dir = TemporaryDirectory()
        for language in ["en", "fr"] {
            try FileManager.default.createDirectory(
                atPath: dir.path + "/" + language, withIntermediateDirectories: true)
        }
        dir.write("en/a.prompts", "hello = Hello\nonly.en = English only\n")
        dir.write("fr/a.prompts", brokenFrench ? "salut sans signe égal\n" : "hello = Bonjour\n")
        return dir
    }

    @Test func startUpReadsOnlyTheActiveLanguage() throws {
        let catalog = try PromptCatalog.load(from: repositoryRoot + "/Prompts", language: .fr)
        #expect(catalog.loadedLanguages == [.fr])
        #expect(catalog.text("lang.done", .fr) == "Les messages sont maintenant en français.")
        #expect(catalog.has("lang.done"))
        #expect(catalog.loadedLanguages == [.fr], "a French text and a key check read no English")
        #expect(catalog.text("lang.done", .en) == "Language: English.")
        #expect(catalog.loadedLanguages == [.en, .fr])
    }

    @Test func theOtherLanguageIsReadWhenFirstNeeded() throws {
        let dir = try Self.directory()
        let catalog = try PromptCatalog.load(from: dir.path, language: .en)
        #expect(catalog.loadedLanguages == [.en])
        #expect(catalog.text("hello", .en) == "Hello")
        #expect(catalog.loadedLanguages == [.en])
        #expect(catalog.text("hello", .fr) == "Bonjour")
        #expect(catalog.text("only.en", .fr) == "English only", "a key French lacks falls back to English")
        #expect(catalog.loadedLanguages == [.en, .fr])
    }

    /// A copy shares what was read: the catalogue is passed around by value.
    @Test func copiesShareWhatWasRead() throws {
        let dir = try Self.directory()
        let catalog = try PromptCatalog.load(from: dir.path, language: .en)
        let copy = catalog
        _ = copy.text("hello", .fr)
        #expect(catalog.loadedLanguages == [.en, .fr])
    }

    @Test func aBrokenOtherLanguageIsNotTheStartUpsError() throws {
        let dir = try Self.directory(brokenFrench: true)
        let catalog = try PromptCatalog.load(from: dir.path, language: .en)
        #expect(catalog.text("hello", .en) == "Hello")
        #expect(
            throws: PromptCatalog.LoadError.parse(
                .init(file: dir.path + "/fr/a.prompts", line: 1, message: "expected \"key = text\""))
        ) {
            try catalog.texts(.fr)
        }
        #expect(catalog.text("hello", .fr) == "Hello", "French texts that cannot be read fall back to English")
        #expect(catalog.loadedLanguages == [.en])
        // Loading every language at once still refuses the broken one, as start-up did.
        #expect(throws: PromptCatalog.LoadError.self) { try PromptCatalog.load(from: dir.path) }
        // The active language broken is the start-up's error.
        #expect(throws: PromptCatalog.LoadError.self) { try PromptCatalog.load(from: dir.path, language: .fr) }
    }

    @Test func aMissingDirectoryIsRefusedAtStart() {
        #expect(throws: PromptCatalog.LoadError.missingDirectory("/nonexistent/prompts")) {
            try PromptCatalog.load(from: "/nonexistent/prompts", language: .en)
        }
    }

    /// Catalogues are shared by tests running in parallel: reading a language from many threads at once is safe.
    @Test func concurrentFirstReadsAgree() async throws {
        let catalog = try PromptCatalog.load(from: repositoryRoot + "/Prompts", language: .en)
        let texts = await withTaskGroup(of: String.self) { group in
            for _ in 0..<8 { group.addTask { catalog.text("lang.done", .fr) } }
            var all: [String] = []
            for await text in group { all.append(text) }
            return all
        }
        #expect(Set(texts) == ["Les messages sont maintenant en français."])
    }
}
