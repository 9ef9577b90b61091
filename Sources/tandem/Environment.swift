#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The process's environment variables, each read with getenv(3) when asked
/// for: a dictionary of all of them cost a tenth of `tandem -c quit`. A value
/// that is not UTF-8 counts as unset.
struct Environment {
    subscript(name: String) -> String? {
        getenv(name).flatMap { String(validatingCString: $0) }
    }
}
