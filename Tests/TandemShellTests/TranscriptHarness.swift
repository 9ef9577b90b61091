import TandemTestSupport
import Foundation
import TandemCore
@testable import TandemShell

/// Runs the shell on scripted input as a person at a terminal would (errors do
/// not stop it, every change is saved), echoing each line after its prompt, and
/// returns everything it wrote with the temporary sessions path replaced by `<sessions>`.
struct TranscriptHarness {
    static let clock: @Sendable () -> Date = { Date(timeIntervalSince1970: 1_795_255_200) }  // 2026-11-21 10:00 UTC

    let directory = TemporaryDirectory()
    let shell: Shell
    let sink = CaptureSink()

    init(language: Language, interactive: Bool = true) throws {
        let catalog = try PromptCatalog.load(from: repositoryRoot + "/Prompts")
        let configuration = ShellConfiguration(
            store: SessionStore(directory: directory.path + "/sessions"), catalog: catalog, language: language,
            interactive: interactive, colorEnabled: false, version: "test", clock: Self.clock,
            workingDirectory: directory.path)
        shell = Shell(configuration: configuration, sink: sink)
    }

    /// Runs `lines` and returns the transcript.
    func run(_ lines: [String]) -> String {
        let source = EchoingSource(lines: lines, sink: sink)
        let code = shell.run(source)
        return sink.combined.replacingOccurrences(of: directory.path, with: "<tmp>") + "[exit \(code)]\n"
    }

    var sessionsPath: String { directory.path + "/sessions" }

    /// Copies the files of `folder` (sessions saved months ago, a corrupt
    /// file) into the sessions directory; nothing when there is no such folder.
    func seed(from folder: String) throws {
        let files = FileManager.default
        guard let names = try? files.contentsOfDirectory(atPath: folder) else { return }
        try files.createDirectory(atPath: sessionsPath, withIntermediateDirectories: true)
        for name in names.sorted() {
            try files.copyItem(atPath: folder + "/" + name, toPath: sessionsPath + "/" + name)
            try files.setAttributes([.posixPermissions: 0o600], ofItemAtPath: sessionsPath + "/" + name)
        }
    }
}

/// Script lines shown after the prompt, as a terminal would show them.
final class EchoingSource: LineSource {
    private let inner: ScriptLineSource
    private let sink: CaptureSink
    private var lines: [String]

    init(lines: [String], sink: CaptureSink) {
        inner = ScriptLineSource(lines: lines)
        self.lines = lines
        self.sink = sink
    }

    func readLine(prompt: String) -> LineEvent {
        let event = inner.readLine(prompt: prompt)
        switch event {
        case .line(let text):
            if text == "^C" {
                sink.write(prompt + "^C\n", stream: .output)
                return .interrupt
            }
            sink.write(prompt + text + "\n", stream: .output)
        case .end: sink.write(prompt + "^D", stream: .output)
        case .interrupt, .undecodable: break
        }
        return event
    }

    var location: String? { inner.location }
}

extension ScriptLineSource {
    convenience init(lines: [String]) {
        self.init(text: lines.joined(separator: "\n"), name: "test")
    }
}
