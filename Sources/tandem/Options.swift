/// What the command line asked for.
struct Options {
    enum Mode: Equatable {
        case auto  // interactive on a terminal, else a script from stdin
        case file(String)
        /// `-c` texts, in order (`-c` may be given several times).
        case commands([String])
        case help
        case version
        /// `tandem merge BASE OURS THEIRS`: the git merge driver.
        case merge(base: String, ours: String, theirs: String)
    }

    var mode: Mode = .auto
    var sessions: String?
    var language: String?
    var prompts: String?
    var noColor = false

    /// A usage error: the offending word, and the catalogue key that explains it.
    struct UsageError: Error {
        var key: String
        var word: String
    }

    static func parse(_ arguments: [String]) throws(UsageError) -> Options {
        var options = Options()
        var index = 0
        func value(for flag: String) throws(UsageError) -> String {
            index += 1
            guard index < arguments.count else { throw UsageError(key: "usage.missing.value", word: flag) }
            return arguments[index]
        }
        func setMode(_ mode: Mode, _ word: String) throws(UsageError) {
            guard options.mode == .auto else { throw UsageError(key: "usage.conflict", word: word) }
            options.mode = mode
        }
        var onlyFiles = false
        while index < arguments.count {
            let argument = arguments[index]
            var flag = argument
            var inline: String?
            if !onlyFiles, argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
                flag = String(argument[..<equals])
                inline = String(argument[argument.index(after: equals)...])
            }
            func take() throws(UsageError) -> String {
                if let inline { return inline }
                return try value(for: flag)
            }
            switch flag {
            case "merge" where !onlyFiles && options.mode == .auto:
                // The git merge driver: exactly three files follow.
                guard arguments.count - index - 1 >= 3 else { throw UsageError(key: "usage.merge", word: argument) }
                options.mode = .merge(
                    base: arguments[index + 1], ours: arguments[index + 2], theirs: arguments[index + 3])
                index += 4
                guard index == arguments.count else { throw UsageError(key: "usage.merge", word: arguments[index]) }
                return options
            case _ where onlyFiles || !argument.hasPrefix("-") || argument == "-":
                try setMode(.file(argument), argument)
            case "--":
                onlyFiles = true
            case "-f", "--file":
                try setMode(.file(try take()), flag)
            case "-c", "--command":
                let text = try take()
                if case .commands(let earlier) = options.mode {
                    options.mode = .commands(earlier + [text])
                } else {
                    try setMode(.commands([text]), flag)
                }
            case "--sessions":
                options.sessions = try take()
            case "--lang":
                let lang = try take()
                guard lang == "fr" || lang == "en" else { throw UsageError(key: "usage.bad.lang", word: lang) }
                options.language = lang
            case "--prompts":
                options.prompts = try take()
            case "--no-color", "--no-colour":
                options.noColor = true
            case "-h", "--help":
                options.mode = .help
                return options
            case "-V", "--version":
                options.mode = .version
                return options
            default:
                throw UsageError(key: "usage.unknown.option", word: argument)
            }
            index += 1
        }
        return options
    }
}
