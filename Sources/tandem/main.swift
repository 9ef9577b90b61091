import Foundation
import TandemCore
import TandemShell

// Tandem's entry point: read the command line, load the prompts, pick the
// line source (libedit on a terminal, a script otherwise), run the shell and
// turn its outcome into an exit code.

let version = "0.1.0"
let environment = ProcessInfo.processInfo.environment

// libedit decodes input with the C locale unless told otherwise; insist on UTF-8.
if setlocale(LC_ALL, "") == nil || String(cString: nl_langinfo(nl_item(CODESET))) != "UTF-8" {
    setlocale(LC_CTYPE, "C.UTF-8")
}

let options: Options
do {
    options = try Options.parse(Array(CommandLine.arguments.dropFirst()))
} catch {
    Launcher.usageError(error, environment: environment)
}
exit(Launcher(options: options, environment: environment, version: version).run())
