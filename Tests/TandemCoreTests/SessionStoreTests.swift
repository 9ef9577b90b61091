import TandemTestSupport
import Foundation
import Testing
@testable import TandemCore

@Suite struct SessionStoreTests {
    let dir = TemporaryDirectory()
    var store: SessionStore { SessionStore(directory: dir.path + "/sessions") }
    let now = Date(timeIntervalSince1970: 1_790_000_000)

    func sample(_ title: String = "Atelier Zoé") -> Session {
        var session = Session(title: title, language: .fr, now: now)
        _ = try? session.addPartner(name: "Zoé", role: "designer")
        return session
    }

    @Test func savesPrivatePrettySortedJSON() throws {
        _ = try store.save(sample(), as: "atelier", expected: nil)
        let path = store.path(of: "atelier")
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let dirAttributes = try FileManager.default.attributesOfItem(atPath: store.directory)
        #expect((dirAttributes[.posixPermissions] as? Int) == 0o700)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("\"schemaVersion\" : 2"))
        #expect(text.contains("\"name\" : \"Zoé\""))
        let keys = text.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { $0.split(separator: "\"")[1] }
        #expect(keys == keys.sorted())
        #expect(try FileManager.default.contentsOfDirectory(atPath: store.directory) == ["atelier.json"])
    }

    @Test func roundTrips() throws {
        let session = sample()
        _ = try store.save(session, as: "atelier", expected: nil)
        let loaded = try store.load("atelier")
        #expect(loaded.session == session)
        #expect(loaded.name == "atelier")
    }

    @Test func refusesNewerSchemaAndLeavesFileUntouched() throws {
        try FileManager.default.createDirectory(atPath: store.directory, withIntermediateDirectories: true)
        let text = #"{"schemaVersion": 99, "title": "future", "createdAt": "2030-01-01T00:00:00Z"}"#
        dir.write("sessions/future.json", text)
        #expect(
            throws: StoreError.newerVersion(
                file: store.path(of: "future"), found: 99, supported: Session.currentSchemaVersion)
        ) {
            try store.load("future")
        }
        #expect(dir.bytes("sessions/future.json") == Array(text.utf8))
    }

    @Test func corruptFileGivesPositionAndStaysUntouched() throws {
        try FileManager.default.createDirectory(atPath: store.directory, withIntermediateDirectories: true)
        let text = "{\n  \"schemaVersion\": 1,\n  \"title\": \"x\" \"oops\"\n}"
        dir.write("sessions/broken.json", text)
        do {
            _ = try store.load("broken")
            Issue.record("a corrupt file was accepted")
        } catch {
            guard case .corrupt(_, .syntax(let position)) = error else {
                Issue.record("unexpected error \(error)")
                return
            }
            #expect(position.contains("line 3"))
        }
        #expect(dir.bytes("sessions/broken.json") == Array(text.utf8))
    }

    @Test(arguments: [
        ("", "empty"), ("[1,2]", "root"), ("{\"title\": \"x\"}", "version"),
        ("{\"schemaVersion\": 1, \"title\": 3, \"createdAt\": \"2026-01-01T00:00:00Z\"}", "shape"),
        (
            "{\"schemaVersion\": 1, \"title\": \"x\", \"createdAt\": \"2026-01-01T00:00:00Z\", \"partners\": [{\"id\": \"p1\"}]}",
            "shape"
        ),
    ])
    func refusesWrongShapes(text: String, kind: String) throws {
        try FileManager.default.createDirectory(atPath: store.directory, withIntermediateDirectories: true)
        dir.write("sessions/bad.json", text)
        do {
            _ = try store.load("bad")
            Issue.record("accepted \(text)")
        } catch {
            guard case .corrupt(_, let reason) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            switch (kind, reason) {
            case ("empty", .empty), ("root", .notAnObject), ("version", .missingVersion), ("shape", .shape): break
            default: Issue.record("expected \(kind), got \(reason)")
            }
        }
        #expect(dir.bytes("sessions/bad.json") == Array(text.utf8))
    }

    @Test func refusesInvalidUTF8() throws {
        try FileManager.default.createDirectory(atPath: store.directory, withIntermediateDirectories: true)
        let bytes: [UInt8] = Array("{\"title\": \"caf".utf8) + [0xE9] + Array("\"}".utf8)
        FileManager.default.createFile(atPath: store.path(of: "latin1"), contents: Data(bytes))
        #expect(throws: StoreError.corrupt(file: store.path(of: "latin1"), reason: .invalidUTF8(offset: 14))) {
            try store.load("latin1")
        }
    }

    @Test func detectsAChangeMadeByAnotherProgram() throws {
        let first = try store.save(sample(), as: "shared", expected: nil)
        // Another shell saves its own version.
        let other = try store.save(sample("Other"), as: "shared", expected: first)
        #expect(other != first)
        #expect(throws: StoreError.changedOnDisk(name: "shared")) {
            try store.save(sample("Mine"), as: "shared", expected: first)
        }
        #expect(try store.load("shared").session.title == "Other")
    }

    @Test func refusesToOverwriteAnExistingFileWhenCreating() throws {
        _ = try store.save(sample(), as: "taken", expected: nil)
        #expect(throws: StoreError.alreadyExists(name: "taken")) {
            try store.save(sample("New"), as: "taken", expected: nil)
        }
    }

    @Test func refusesSymlinksAndDirectories() throws {
        try FileManager.default.createDirectory(
            atPath: store.directory + "/dir.json", withIntermediateDirectories: true)
        dir.write("target.json", "{}")
        try FileManager.default.createSymbolicLink(
            atPath: store.path(of: "link"), withDestinationPath: dir.path + "/target.json")
        #expect(throws: StoreError.notAFile(path: store.path(of: "link"), .symlink)) { try store.load("link") }
        #expect(throws: StoreError.notAFile(path: store.path(of: "dir"), .directory)) { try store.load("dir") }
        #expect(throws: StoreError.notAFile(path: store.path(of: "link"), .symlink)) {
            try store.save(sample(), as: "link", expected: nil)
        }
        #expect(dir.bytes("target.json") == Array("{}".utf8))
    }

    @Test func aFailedWriteLeavesThePreviousFile() throws {
        let fingerprint = try store.save(sample(), as: "safe", expected: nil)
        let before = dir.bytes("sessions/safe.json")
        let failing = SessionStore(directory: store.directory, fileSystem: FailingFileSystem())
        #expect(throws: StoreError.io(FileError(kind: .noSpace, path: store.path(of: "safe"), detail: "injected"))) {
            try failing.save(sample("Changed"), as: "safe", expected: fingerprint)
        }
        #expect(dir.bytes("sessions/safe.json") == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: store.directory) == ["safe.json"])
    }

    @Test func leftoverTemporaryFilesAreCleanedOnTheNextSave() throws {
        let first = try store.save(sample(), as: "tidy", expected: nil)
        // pid 999999 does not run: its temporary file is debris from a killed writer.
        dir.write("sessions/.tidy.json.tmp-999999", "partial")
        _ = try store.save(sample("Again"), as: "tidy", expected: first)
        #expect(try FileManager.default.contentsOfDirectory(atPath: store.directory) == ["tidy.json"])
    }

    @Test func listsOnlySessionFiles() throws {
        _ = try store.save(sample(), as: "b", expected: nil)
        _ = try store.save(sample(), as: "a", expected: nil)
        dir.write("sessions/notes.txt", "x")
        dir.write("sessions/.a.json.tmp-1", "x")
        #expect(store.names() == ["a", "b"])
    }
}

/// The real file system, except that every write fails as if the disk were full.
struct FailingFileSystem: FileSystem {
    let real = POSIXFileSystem()
    func entry(at path: String) -> FileEntry? { real.entry(at: path) }
    func read(_ path: String, limit: Int) throws(FileError) -> [UInt8] { try real.read(path, limit: limit) }
    func writeAtomically(_ bytes: [UInt8], to path: String, mode: UInt16) throws(FileError) {
        throw FileError(kind: .noSpace, path: path, detail: "injected")
    }
    func writeExclusively(_ bytes: [UInt8], to path: String, mode: UInt16) throws(FileError) {
        throw FileError(kind: .noSpace, path: path, detail: "injected")
    }
    func lock(_ path: String, exclusive: Bool, wait: Bool) throws(FileError) -> FileLock? {
        try real.lock(path, exclusive: exclusive, wait: wait)
    }
    func unlock(_ lock: FileLock, removing: Bool) { real.unlock(lock, removing: removing) }
    func createDirectory(_ path: String, mode: UInt16) throws(FileError) { try real.createDirectory(path, mode: mode) }
    func list(_ directory: String) throws(FileError) -> [String] { try real.list(directory) }
    func remove(_ path: String) throws(FileError) { try real.remove(path) }
    func removeLeftovers(besides path: String) { real.removeLeftovers(besides: path) }
}

@Suite struct SessionCodecLimitTests {
    @Test func refusesAnOverlongStringWithoutParsing() {
        let huge = "{\"schemaVersion\": 1, \"title\": \"" + String(repeating: "x", count: 70_000) + "\"}"
        #expect(
            throws: StoreError.corrupt(
                file: "f", reason: .textTooLong(position: "line 1, column 31", limit: SessionCodec.maxStringBytes))
        ) {
            try SessionCodec.decode(Array(huge.utf8), file: "f")
        }
    }

    @Test func escapedQuotesDoNotEndAString() {
        let text = "{\"a\": \"x\\\"" + String(repeating: "y", count: 100) + "\"}"
        #expect(SessionCodec.firstOverlongString(Array(text.utf8)) == nil)
    }

    @Test func deepNestingIsRefusedNotCrashing() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: StoreError.self) { try SessionCodec.decode(Array(deep.utf8), file: "deep") }
    }
}

@Suite struct SessionIntegrityTests {
    func decode(_ json: String) throws(StoreError) -> Session {
        try SessionCodec.decode(Array(json.utf8), file: "f")
    }
    let head = #"{"schemaVersion": 1, "title": "x", "createdAt": "2026-01-01T00:00:00Z", "#

    @Test func duplicateIdsAreRefused() {
        #expect(throws: StoreError.corrupt(file: "f", reason: .shape("the partner id \"p1\" is used twice"))) {
            try decode(head + #""partners": [{"id": "p1", "name": "A"}, {"id": "p1", "name": "B"}]}"#)
        }
    }

    /// Found by the decoder fuzzer: a checkpoint whose state used a risk id twice
    /// was accepted, and saving it lost one of the two (no round trip).
    @Test func duplicateIdsInACheckpointAreRefused() throws {
        let fixture = repositoryRoot + "/Tests/TandemCoreTests/Fixtures/schema1/atelier-zoe-marc.json"
        let text = try String(contentsOfFile: fixture, encoding: .utf8)
        let accepted = try SessionCodec.decode(Array(text.utf8), file: "f")
        let again = try SessionCodec.decode(try SessionCodec.encode(accepted), file: "g")
        #expect(again == accepted)
        // The first checkpoint's second risk given the fourth's id, as the fuzzer did.
        let parts = text.components(separatedBy: #""id" : "r2""#)
        try #require(parts.count >= 2)
        let damaged = parts[0] + #""id" : "r4""# + parts[1...].joined(separator: #""id" : "r2""#)
        #expect(
            throws: StoreError.corrupt(file: "f", reason: .shape("checkpoint c1: the risk id \"r4\" is used twice"))
        ) {
            try SessionCodec.decode(Array(damaged.utf8), file: "f")
        }
    }

    @Test(arguments: ["9223372036854775807", "1000000001"])
    func countersOutOfRangeAreRefused(value: String) {
        #expect(throws: StoreError.self) { try decode(head + #""counters": {"partner": "# + value + "}}") }
    }

    @Test func negativeCountersStartFromTheIdsInUse() throws {
        var session = try decode(head + #""counters": {"partner": -5}, "partners": [{"id": "p1", "name": "A"}]}"#)
        #expect(try session.addPartner(name: "Neo").id == "p2")
    }

    @Test func lowCountersAreRaisedSoIdsAreNeverReused() throws {
        var session = try decode(
            head + #""counters": {"partner": 0}, "partners": [{"id": "p1", "name": "A"}, {"id": "p2", "name": "B"}]}"#)
        #expect(try session.addPartner(name: "Neo").id == "p3")
    }

    @Test func unknownValuesAreNamedPlainly() {
        do {
            _ = try decode(
                head
                    + #""partners": [{"id": "p1", "name": "A"}], "expectations": [{"id": "e1", "partner": "p1", "kind": "wish", "text": "t"}]}"#
            )
            Issue.record("accepted")
        } catch {
            #expect(
                error
                    == .corrupt(
                        file: "f",
                        reason: .shape(
                            "expectations[0].kind: \"wish\" is not a value Tandem knows; expected one of expectation, interest, contribution, commitment, concern"
                        )))
        }
    }
}

@Suite struct TimestampTests {
    /// Found by the fuzzer: a five-digit year was read, then written back differently.
    @Test func fuzzFindingFiveDigitYearIsRefused() throws {
        let url = URL(fileURLWithPath: repositoryRoot + "/Tests/Fuzz/Corpus/decoder/regression-five-digit-year.json")
        let bytes = [UInt8](try Data(contentsOf: url))
        #expect(throws: StoreError.self) { try SessionCodec.decode(bytes, file: "f") }
    }

    @Test(arguments: ["2026-11-21T23:29:20", "2026-13-01T00:00:00Z", "2026-11-21 23:29:20Z", "+2026-11-21T23:29:20Z"])
    func malformedTimesAreRefused(time: String) {
        let json = #"{"schemaVersion": 1, "title": "x", "createdAt": ""# + time + #""}"#
        #expect(throws: StoreError.self) { try SessionCodec.decode(Array(json.utf8), file: "f") }
    }

    @Test func writtenTimesReadBack() throws {
        let session = Session(title: "x", language: .en, now: Date(timeIntervalSince1970: 1_795_255_200))
        #expect(try SessionCodec.decode(SessionCodec.encode(session), file: "f") == session)
    }
}
