import Foundation
import TandemCore
import TandemTestSupport
import Testing

@testable import TandemShell

/// The shell starts with its language's prompts only; `lang` reads the other
/// the first time, in both directions, and refuses one that cannot be read.
@Suite struct LazyLanguageTests {
    static func shell(_ language: Language, prompts: String = repositoryRoot + "/Prompts", interactive: Bool = true)
        throws -> (Shell, CaptureSink, TemporaryDirectory)
    {
        let directory = TemporaryDirectory()
        let sink = CaptureSink()
        let configuration = ShellConfiguration(
            store: SessionStore(directory: directory.path + "/sessions"),
            catalog: try PromptCatalog.load(from: prompts, language: language), language: language,
            interactive: interactive, colorEnabled: false, version: "test", clock: TranscriptHarness.clock,
            workingDirectory: directory.path)
        return (Shell(configuration: configuration, sink: sink), sink, directory)
    }

    @Test func englishToFrenchAndBack() throws {
        // A script, so the end of the first run is no quit.
        let (shell, sink, directory) = try Self.shell(.en, interactive: false)
        _ = directory
        #expect(shell.configuration.catalog.loadedLanguages == [.en])
        _ = shell.run(ScriptLineSource(lines: ["new Atelier", "partner add Zoé"]))
        #expect(shell.configuration.catalog.loadedLanguages == [.en], "English commands read no French")
        _ = shell.run(ScriptLineSource(lines: ["lang fr", "partner list", "lang en", "partner list"]))
        #expect(shell.configuration.catalog.loadedLanguages == [.en, .fr])
        #expect(sink.output.contains("Les messages sont maintenant en français."))
        #expect(sink.output.contains("Language: English."))
        let french = try #require(sink.output.range(of: "Les messages sont maintenant"))
        let english = try #require(sink.output.range(of: "Language: English."))
        #expect(french.upperBound < english.lowerBound)
        #expect(shell.language == .en)
        #expect(shell.current?.session.language == .en)
    }

    @Test func frenchToEnglishAndBack() throws {
        let (shell, sink, directory) = try Self.shell(.fr)
        _ = directory
        _ = shell.run(ScriptLineSource(lines: ["aide lang", "lang en", "help lang", "lang fr"]))
        #expect(shell.configuration.catalog.loadedLanguages == [.en, .fr])
        #expect(sink.output.trimmingCharacters(in: .newlines).hasSuffix("Les messages sont maintenant en français."))
        #expect(sink.output.contains("Language: English."))
        #expect(shell.language == .fr)
    }

    /// A French typed word in an English shell is read in French too (the French words are read then).
    @Test func aFrenchValueWordInAnEnglishShell() throws {
        let (shell, sink, directory) = try Self.shell(.en)
        _ = directory
        _ = shell.run(ScriptLineSource(lines: ["new Atelier", "set type commerciale", "quit"]))
        #expect(sink.output.contains("partnership type: commercial"), "\(sink.output)")
    }

    @Test func aLanguageThatCannotBeReadIsRefusedAndTheShellKeepsItsOwn() throws {
        let directory = TemporaryDirectory()
        let prompts = directory.path + "/Prompts"
        try FileManager.default.copyItem(atPath: repositoryRoot + "/Prompts", toPath: prompts)
        let broken = prompts + "/fr/map.prompts"
        try Data("this line has no equals sign\n".utf8).write(to: URL(fileURLWithPath: broken), options: .atomic)
        let (shell, sink, other) = try Self.shell(.en, prompts: prompts)
        _ = other
        _ = shell.run(ScriptLineSource(lines: ["lang fr", "help lang"]))
        #expect(shell.language == .en)
        let unwrapped = sink.output.replacingOccurrences(of: "\n", with: " ")
        #expect(unwrapped.contains("The French texts cannot be read, so the language stays as it was: \(broken):1:"))
        #expect(sink.output.contains("lang en|fr"), "help still answers, in English: \(sink.output)")
    }
}
