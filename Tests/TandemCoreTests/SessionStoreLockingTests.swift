import Foundation
import TandemTestSupport
import Testing

@testable import TandemCore

/// The store's compare-and-write under a lock, on the real file system in a
/// temporary directory: saves from threads meeting at once, a file deleted
/// under a caller, creation that never replaces, "open" markers.
@Suite struct SessionStoreLockingTests {
    let dir = TemporaryDirectory()
    var store: SessionStore { SessionStore(directory: dir.path + "/sessions") }
    let fs = POSIXFileSystem()

    static func sample(_ title: String) -> Session {
        Session(title: title, language: .en, now: Date(timeIntervalSince1970: 1_790_000_000))
    }

    func files() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: store.directory).sorted()
    }

    @Test func ofTwoSavesFromOneVersionExactlyOneWins() throws {
        let store = store
        var first = try store.save(Self.sample("v0"), as: "shared", expected: nil)
        for round in 0..<60 {
            let outcomes = Outcomes()
            let seen = first
            DispatchQueue.concurrentPerform(iterations: 2) { i in
                do throws(StoreError) {
                    let written = try store.save(Self.sample("r\(round) w\(i)"), as: "shared", expected: seen)
                    outcomes.add(.success(written), title: "r\(round) w\(i)")
                } catch {
                    outcomes.add(.failure(error), title: "r\(round) w\(i)")
                }
            }
            let won = outcomes.all.filter { if case .success = $0.result { true } else { false } }
            let lost = outcomes.all.compactMap { if case .failure(let e) = $0.result { e } else { nil } }
            #expect(won.count == 1, "round \(round): \(outcomes.all)")
            #expect(lost == [.changedOnDisk(name: "shared")], "round \(round)")
            let loaded = try store.load("shared")
            #expect(loaded.session.title == won.first?.title)
            guard case .success(let fingerprint) = won.first?.result else { return }
            #expect(loaded.fingerprint == fingerprint)
            first = fingerprint
        }
        #expect(try files() == ["shared.json"])
    }

    @Test func ofTwoNewFilesWithOneNameExactlyOneIsCreated() throws {
        let store = store
        for round in 0..<60 {
            let outcomes = Outcomes()
            DispatchQueue.concurrentPerform(iterations: 2) { i in
                do throws(StoreError) {
                    outcomes.add(
                        .success(try store.save(Self.sample("w\(i)"), as: "new-\(round)", expected: nil)),
                        title: "w\(i)")
                } catch {
                    outcomes.add(.failure(error), title: "w\(i)")
                }
            }
            let won = outcomes.all.filter { if case .success = $0.result { true } else { false } }
            #expect(won.count == 1, "round \(round): \(outcomes.all)")
            #expect(try store.load("new-\(round)").session.title == won.first?.title)
        }
        #expect(try files().allSatisfy { !$0.hasPrefix(".") })
    }

    @Test func aFileDeletedUnderTheCallerIsRefusedThenWrittenAnew() throws {
        let seen = try store.save(Self.sample("one"), as: "gone", expected: nil)
        try FileManager.default.removeItem(atPath: store.path(of: "gone"))
        #expect(throws: StoreError.deletedOnDisk(name: "gone")) {
            try store.save(Self.sample("two"), as: "gone", expected: seen)
        }
        #expect(try files() == [])
        _ = try store.save(Self.sample("two"), as: "gone", expected: nil)
        #expect(try store.load("gone").session.title == "two")
    }

    @Test func aFileReplacedUnderTheCallerIsAConflict() throws {
        let seen = try store.save(Self.sample("one"), as: "swapped", expected: nil)
        let other = SessionStore(directory: dir.path + "/elsewhere")
        _ = try other.save(Self.sample("theirs"), as: "swapped", expected: nil)
        try FileManager.default.removeItem(atPath: store.path(of: "swapped"))
        try FileManager.default.moveItem(atPath: other.path(of: "swapped"), toPath: store.path(of: "swapped"))
        #expect(throws: StoreError.changedOnDisk(name: "swapped")) {
            try store.save(Self.sample("mine"), as: "swapped", expected: seen)
        }
        #expect(try store.load("swapped").session.title == "theirs")
    }

    @Test func writingExclusivelyNeverReplacesAFile() throws {
        try FileManager.default.createDirectory(atPath: store.directory, withIntermediateDirectories: true)
        dir.write("sessions/taken.json", "someone else's")
        #expect(throws: FileError.self) {
            try fs.writeExclusively(Array("mine".utf8), to: store.path(of: "taken"), mode: 0o600)
        }
        #expect(dir.bytes("sessions/taken.json") == Array("someone else's".utf8))
        #expect(try files() == ["taken.json"])
        do {
            try fs.writeExclusively(Array("x".utf8), to: store.path(of: "taken"), mode: 0o600)
        } catch {
            #expect(error.kind == .exists)
        }
    }

    @Test func aSaveWaitsForTheLockAndChecksAfterIt() throws {
        let store = store
        let seen = try store.save(Self.sample("one"), as: "held", expected: nil)
        // Another writer holds the lock: the save waits, then finds the file changed.
        let lock = try #require(try fs.lock(store.lockPath(of: "held"), exclusive: true, wait: false))
        #expect(try fs.lock(store.lockPath(of: "held"), exclusive: true, wait: false) == nil)
        let outcome = Outcomes()
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            do throws(StoreError) {
                outcome.add(.success(try store.save(Self.sample("mine"), as: "held", expected: seen)), title: "mine")
            } catch {
                outcome.add(.failure(error), title: "mine")
            }
            done.signal()
        }
        #expect(done.wait(timeout: .now() + 0.3) == .timedOut)  // still waiting for the lock
        // The holder writes its version, then lets go.
        try fs.writeAtomically(try SessionCodec.encode(Self.sample("theirs")), to: store.path(of: "held"), mode: 0o600)
        fs.unlock(lock, removing: true)
        #expect(done.wait(timeout: .now() + 10) == .success)
        #expect(outcome.all.map(\.title) == ["mine"])
        if case .failure(let error) = outcome.all.first?.result {
            #expect(error == .changedOnDisk(name: "held"))
        } else {
            Issue.record("the save after the lock did not see the other's write")
        }
        #expect(try store.load("held").session.title == "theirs")
    }

    @Test func markersNameTheLiveHoldersAndDropDeadOnes() throws {
        _ = try store.save(Self.sample("one"), as: "marked", expected: nil)
        let mine = try #require(store.markOpen("marked"))
        // Another live process: a marker someone holds locked (here: another descriptor).
        let live = try #require(try fs.lock(store.directory + "/.marked.json.open-4242", exclusive: true, wait: false))
        // A process that ended: its marker is there, nobody holds it.
        dir.write("sessions/.marked.json.open-999999", "")
        #expect(store.holders(of: "marked") == [4242])
        #expect(!FileManager.default.fileExists(atPath: store.directory + "/.marked.json.open-999999"))
        fs.unlock(live, removing: false)  // the process ends without tidying
        #expect(store.holders(of: "marked") == [])
        store.unmark(mine)
        #expect(try files() == ["marked.json"])
    }
}

/// What concurrent saves returned, collected across threads.
final class Outcomes: @unchecked Sendable {
    struct Outcome: CustomStringConvertible {
        var result: Result<Fingerprint, StoreError>
        var title: String
        var description: String { "\(title): \(result)" }
    }
    private let lock = NSLock()
    private var list: [Outcome] = []

    func add(_ result: Result<Fingerprint, StoreError>, title: String) {
        lock.lock()
        list.append(Outcome(result: result, title: title))
        lock.unlock()
    }

    var all: [Outcome] {
        lock.lock()
        defer { lock.unlock() }
        return list
    }
}
