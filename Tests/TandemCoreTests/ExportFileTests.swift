import TandemTestSupport
import Foundation
@testable import TandemCore
import Testing

@Suite struct ExportFileTests {
    let fs = POSIXFileSystem()

    func mode(_ path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? -1
    }

    @Test func writesAShareableFileAndRefusesToOverwriteIt() throws {
        let dir = TemporaryDirectory()
        let path = dir.path + "/proposal.md"
        try ExportFile.write("one\n", to: path, force: false, fileSystem: fs)
        #expect(try mode(path) == 0o644)
        #expect(throws: ExportFile.Failure.exists(path)) {
            try ExportFile.write("two\n", to: path, force: false, fileSystem: fs)
        }
        #expect(String(decoding: dir.bytes("proposal.md") ?? [], as: UTF8.self) == "one\n")
        try ExportFile.write("two\n", to: path, force: true, fileSystem: fs)
        #expect(String(decoding: dir.bytes("proposal.md") ?? [], as: UTF8.self) == "two\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["proposal.md"])
    }

    @Test func refusesDirectoriesLinksAndMissingDirectories() throws {
        let dir = TemporaryDirectory()
        try FileManager.default.createDirectory(atPath: dir.path + "/folder", withIntermediateDirectories: false)
        dir.write("target.md", "keep\n")
        try FileManager.default.createSymbolicLink(
            atPath: dir.path + "/link.md", withDestinationPath: dir.path + "/target.md")
        #expect(throws: ExportFile.Failure.directory(dir.path + "/folder")) {
            try ExportFile.write("x", to: dir.path + "/folder", force: true, fileSystem: fs)
        }
        #expect(throws: ExportFile.Failure.symlink(dir.path + "/link.md")) {
            try ExportFile.write("x", to: dir.path + "/link.md", force: true, fileSystem: fs)
        }
        #expect(String(decoding: dir.bytes("target.md") ?? [], as: UTF8.self) == "keep\n")
        #expect(throws: ExportFile.Failure.noDirectory(dir.path + "/missing")) {
            try ExportFile.write("x", to: dir.path + "/missing/x.md", force: false, fileSystem: fs)
        }
    }

    @Test(arguments: [
        ("x.md", "/work", "/work/x.md"),
        ("./x.md", "/work/", "/work/x.md"),
        ("notes//x.md", "/work", "/work/notes/x.md"),
        ("/tmp/x.md", "/work", "/tmp/x.md"),
        ("../x.md", "/work/a", "/work/a/../x.md"),
    ])
    func pathsAreMadeAbsolute(_ path: String, _ directory: String, _ expected: String) {
        #expect(ExportFile.absolute(path, in: directory) == expected)
    }

    @Test func defaultFileNamesSayKindAndLanguage() {
        #expect(
            DocumentKind.proposal.fileName(session: "atelier-zoe-marc", language: .fr)
                == "atelier-zoe-marc-proposal.fr.md")
        #expect(DocumentKind.report.fileName(session: "a", language: .en) == "a-report.en.md")
    }
}
