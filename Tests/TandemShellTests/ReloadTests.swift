import Foundation
import TandemCore
import TandemTestSupport
import Testing

@testable import TandemShell

/// Two shells on one sessions directory, as two coaches at two terminals:
/// a refused save, `reload` replaying this shell's unsaved changes, `open` on
/// the session open here with unsaved changes, a file deleted under a shell.
@Suite struct ReloadTests: ShellLineTesting {
    /// Another shell on the same sessions directory as `h` (interactive: it saves every change).
    func other(_ h: TranscriptHarness, interactive: Bool = true) throws -> (Shell, CaptureSink) {
        let catalog = try PromptCatalog.load(from: repositoryRoot + "/Prompts")
        let configuration = ShellConfiguration(
            store: SessionStore(directory: h.sessionsPath), catalog: catalog, language: .en,
            interactive: interactive, colorEnabled: false, version: "test", clock: TranscriptHarness.clock,
            workingDirectory: h.directory.path)
        let sink = CaptureSink()
        return (Shell(configuration: configuration, sink: sink), sink)
    }

    func onDisk(_ h: TranscriptHarness, _ name: String = "duo") throws -> Session {
        try SessionStore(directory: h.sessionsPath).load(name).session
    }

    /// Both shells have "duo" (Zoé, Marc) open; the other has just saved a note.
    func twoShells() throws -> (TranscriptHarness, Shell) {
        let h = try TranscriptHarness(language: .en)
        #expect(run(h, "new Duo") == nil)
        #expect(run(h, "partner add Zoé") == nil)
        #expect(run(h, "partner add Marc") == nil)
        let (b, _) = try other(h)
        try b.execute("open duo")
        try b.execute("note from the other shell")
        return (h, b)
    }

    @Test func aRefusedSaveKeepsTheChangeAndPointsToReload() throws {
        let (h, _) = try twoShells()
        #expect(run(h, "note mine") == nil)
        #expect(h.sink.output.contains("was changed on disk by another program"))
        #expect(h.sink.output.contains("\"reload\" takes the file's version"))
        #expect(try onDisk(h).notes.map(\.text) == ["from the other shell"])
        #expect(h.shell.current?.dirty == true)
    }

    @Test func reloadReplaysTheUnsavedChangesOnTheFilesVersion() throws {
        let (h, _) = try twoShells()
        #expect(run(h, "note mine") == nil)
        #expect(run(h, "set purpose Win tenders together") == nil)
        #expect(run(h, "reload") == nil)
        #expect(h.sink.output.contains("replayed on top of it: 2."))
        let saved = try onDisk(h)
        #expect(saved.notes.map(\.text) == ["from the other shell", "mine"])
        #expect(saved.context.purpose == "Win tenders together")
        #expect(h.shell.current?.dirty == false)
        #expect(h.shell.current?.session == saved)
        // The replayed changes can be taken back, one by one.
        #expect(run(h, "undo") == nil)
        #expect(try onDisk(h).context.purpose.isEmpty)
        #expect(try onDisk(h).notes.map(\.text) == ["from the other shell", "mine"])
    }

    @Test func reloadSaysWhichChangesNoLongerApply() throws {
        let (h, b) = try twoShells()
        try b.execute("partner remove Marc")
        #expect(run(h, "partner rename Marc Marco") == nil)
        #expect(run(h, "note still fine") == nil)
        #expect(run(h, "reload") == nil)
        #expect(h.sink.output.contains("replayed on top of it: 1."))
        #expect(h.sink.output.contains("These changes no longer apply to the file's version and were left out:"))
        let saved = try onDisk(h)
        #expect(saved.partners.map(\.name) == ["Zoé"])
        #expect(saved.notes.map(\.text) == ["from the other shell", "still fine"])
    }

    @Test func anUndoOfASavedChangeIsSaidNotReplayed() throws {
        let h = try TranscriptHarness(language: .en)
        #expect(run(h, "new Duo") == nil)
        #expect(run(h, "note first") == nil)
        let (b, _) = try other(h)
        try b.execute("open duo")
        try b.execute("note other")
        #expect(run(h, "undo") == nil)  // saved already, and now refused on disk
        #expect(run(h, "reload") == nil)
        #expect(h.sink.output.contains("the undo of note “first”, made after it was saved"))
        #expect(try onDisk(h).notes.map(\.text) == ["first", "other"])
    }

    @Test func reloadWithNothingUnsavedTakesTheFile() throws {
        let (h, _) = try twoShells()
        #expect(run(h, "reload") == nil)
        #expect(!h.sink.output.contains("replayed"))
        #expect(try session(h).notes.map(\.text) == ["from the other shell"])
        #expect(run(h, "note next") == nil)
        #expect(try onDisk(h).notes.map(\.text) == ["from the other shell", "next"])
    }

    @Test func openingTheOpenSessionWithUnsavedChangesIsRefusedInAScript() throws {
        let h = try TranscriptHarness(language: .en, interactive: false)
        #expect(run(h, "new Duo") == nil)
        #expect(run(h, "note not saved yet") == nil)
        let message = run(h, "open duo")
        #expect(message?.contains("\"duo\" is open here with changes that are not saved") == true)
        #expect(try session(h).notes.map(\.text) == ["not saved yet"])
    }

    @Test func openingTheOpenSessionWithUnsavedChangesAsksFirst() throws {
        for (answer, kept) in [("no", true), ("yes", false), ("", true)] {
            let (h, _) = try twoShells()
            #expect(run(h, "note mine") == nil)  // refused on disk: unsaved here
            let code = h.shell.run(EchoingSource(lines: ["open duo", answer], sink: h.sink))
            #expect(code == 0)
            #expect(h.sink.output.contains("drop them? Answer yes or no"))
            let notes = try session(h).notes.map(\.text)
            #expect(notes == (kept ? ["mine"] : ["from the other shell"]), "\(answer)")
            if kept { #expect(h.sink.output.contains("Nothing reopened")) }
        }
    }

    @Test func droppingTheChangesForAFileThatIsGoneKeepsThem() throws {
        let (h, _) = try twoShells()
        #expect(run(h, "note mine") == nil)
        try FileManager.default.removeItem(atPath: SessionStore(directory: h.sessionsPath).path(of: "duo"))
        _ = h.shell.run(EchoingSource(lines: ["open duo", "yes", "save as Kept"], sink: h.sink))
        #expect(h.sink.output.contains("no session named \"duo\""))
        #expect(try onDisk(h, "kept").notes.map(\.text) == ["mine"])
    }

    @Test func aDeletedFileIsSaidThenWrittenAgainOnASecondSave() throws {
        let h = try TranscriptHarness(language: .en)
        #expect(run(h, "new Duo") == nil)
        let path = SessionStore(directory: h.sessionsPath).path(of: "duo")
        try FileManager.default.removeItem(atPath: path)
        #expect(run(h, "note after the deletion") == nil)
        #expect(h.sink.output.contains("was deleted by another program since it was opened here"))
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(run(h, "note another") == nil)  // autosave does not write it again either
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(run(h, "save") == nil)
        #expect(try onDisk(h).notes.map(\.text) == ["after the deletion", "another"])
        #expect(h.shell.current?.dirty == false)
    }

    @Test func aDeletedFileIsRefusedByTheFirstExplicitSave() throws {
        let h = try TranscriptHarness(language: .en)
        #expect(run(h, "new Duo") == nil)
        let path = SessionStore(directory: h.sessionsPath).path(of: "duo")
        try FileManager.default.removeItem(atPath: path)
        #expect(run(h, "save")?.contains("was deleted by another program") == true)
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(run(h, "save") == nil)
        #expect(FileManager.default.fileExists(atPath: path))
    }

    @Test func anInteractiveShellMarksTheSessionItHasOpen() throws {
        let h = try TranscriptHarness(language: .en)
        #expect(run(h, "new Duo") == nil)
        let markers = {
            try FileManager.default.contentsOfDirectory(atPath: h.sessionsPath).filter { $0.contains(".open-") }
        }
        #expect(try markers() == [".duo.json.open-" + String(ProcessInfo.processInfo.processIdentifier)])
        #expect(run(h, "save as Trio") == nil)
        #expect(try markers() == [".trio.json.open-" + String(ProcessInfo.processInfo.processIdentifier)])
        #expect(run(h, "close") == nil)
        #expect(try markers() == [])
    }

    @Test func aScriptLeavesNoMarker() throws {
        let h = try TranscriptHarness(language: .en, interactive: false)
        #expect(run(h, "new Duo") == nil)
        #expect(run(h, "save") == nil)
        #expect(try FileManager.default.contentsOfDirectory(atPath: h.sessionsPath) == ["duo.json"])
    }
}
