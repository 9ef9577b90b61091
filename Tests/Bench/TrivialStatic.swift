// A baseline for Tandem's start-up benchmark: a trivial Swift program with the
// standard library linked in (swiftc -O -static-stdlib), as Tandem's release build is.
#if canImport(Glibc)
    import Glibc
#endif

let home = CommandLine.arguments.isEmpty ? nil : getenv("HOME")
if home == nil { print("no home") }
