#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

import FoundationEssentials
import TandemCore
import TandemShell

// Tandem's entry point: read the command line, load the prompts, pick the
// line source (libedit on a terminal, a script otherwise), run the shell and
// turn its outcome into an exit code.

let version = "0.1.0"
let environment = Environment()

// A reader that goes away (`tandem … | head -1`) makes write fail with EPIPE,
// so the run stops after saving, instead of a signal killing it before.
signal(SIGPIPE, SIG_IGN)
let streams = StandardStreams.claim()

// libedit decodes keys in the C library's locale. A terminal in another
// encoding than UTF-8 (ISO-8859-1…) keeps its locale and lines are converted;
// without a locale (C, POSIX, or one not installed) insist on UTF-8. Only the
// character type and messages (strerror) are taken from the environment: no
// other category is used, and loading all twelve took about 0.06 ms.
var terminalEncoding: String?
setlocale(LC_MESSAGES, "")
let localeFound = setlocale(LC_CTYPE, "") != nil
if localeFound, !TextConverter.isUTF8Compatible(TextConverter.localeCodeset) {
    terminalEncoding = TextConverter.localeCodeset
} else if TextConverter.localeCodeset.uppercased() != "UTF-8" {
    setlocale(LC_CTYPE, "C.UTF-8")
}

let options: Options
do {
    options = try Options.parse(Array(CommandLine.arguments.dropFirst()))
} catch {
    Launcher.usageError(error, environment: environment)
}
exit(
    Launcher(
        options: options, environment: environment, version: version, streams: streams,
        terminalEncoding: terminalEncoding
    ).run())
