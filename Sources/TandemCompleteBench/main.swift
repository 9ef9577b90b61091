import Foundation
import TandemCore
import TandemShell

// Benchmark helper for Scripts/bench: opens a (large) session and times Tab
// completion on it, the way libedit calls it on each Tab press.
// Usage: tandem-complete-bench SESSION.json PROMPTS-DIR — prints "label<TAB>median ms".

let arguments = CommandLine.arguments
/// Writes to stderr with write(2): a closed stream is a return value, not a trap.
func say(_ text: String) {
    let bytes = Array(text.utf8)
    _ = bytes.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
}

guard arguments.count == 3 else {
    say("usage: tandem-complete-bench SESSION.json PROMPTS-DIR\n")
    exit(2)
}
let file = arguments[1]
let directory = Path.parent(file)
let name = String(Path.base(file).dropLast(5))
func fail(_ message: String) -> Never {
    say("tandem-complete-bench: \(message)\n")
    exit(1)
}
let catalog: PromptCatalog
do {
    catalog = try PromptCatalog.load(from: arguments[2])
} catch {
    fail(error.description)
}
let shell = Shell(
    configuration: ShellConfiguration(
        store: SessionStore(directory: directory), catalog: catalog, language: .en, interactive: false,
        colorEnabled: false, version: "bench"),
    sink: CaptureSink())
do {
    try shell.execute("open \(name)")
} catch {
    fail("cannot open \(file): \(error)")
}

let cases = [
    ("Tab on a partner name", "partner remove \"Partenaire 4"),
    ("Tab on an expectation id", "expect remove e4"),
    ("Tab on a risk id", "risk rate r19"),
    ("Tab on a stage name", "stage entry \"Étape 2"),
    ("Tab on a command word", "st"),
]
for (label, line) in cases {
    var times: [Double] = []
    for _ in 0..<200 {
        let start = DispatchTime.now().uptimeNanoseconds
        _ = shell.complete(line)
        times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
    }
    times.sort()
    print("\(label)\t\(times[times.count / 2])")
}
