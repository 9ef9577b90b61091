// The baseline for Tandem's start-up benchmark: a trivial Foundation program
// built the same way (swiftc -O), which starts the Swift and Foundation runtimes.
import Foundation

let home = ProcessInfo.processInfo.environment["HOME"] ?? ""
if home.isEmpty { print("no home") }
