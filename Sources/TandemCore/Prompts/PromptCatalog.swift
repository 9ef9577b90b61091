import FoundationEssentials
import Synchronization

/// Every user-visible text in both languages, loaded from `Prompts/<lang>/*.prompts`.
/// `load(from:language:)` reads one language at start; another is read the
/// first time one of its texts is asked for (`lang fr`, a French label typed).
public struct PromptCatalog: Sendable {
    private let languages: Languages

    /// Each language's texts, read when first needed (`Mutex`: tests share catalogs across threads).
    private final class Languages: Sendable {
        let directory: String
        let state: Mutex<Loaded>

        init(directory: String, loaded: Loaded) {
            self.directory = directory
            state = Mutex(loaded)
        }

        func table(_ language: Language) -> Result<PromptTable, LoadError> {
            state.withLock { loaded in
                if let known = loaded[language] { return known }
                let read = Result { () throws(LoadError) in try PromptCatalog.read(language, from: directory) }
                loaded[language] = read
                return read
            }
        }

        /// Each language's texts as a dictionary, made the first time they are all asked for.
        let dictionaries = Mutex<[Language: [String: String]]>([:])

        func dictionary(_ language: Language) -> [String: String]? {
            if let made = dictionaries.withLock({ $0[language] }) { return made }
            guard let made = (try? table(language).get())?.dictionary else { return nil }
            dictionaries.withLock { $0[language] = made }
            return made
        }

        var loaded: Set<Language> {
            state.withLock { loaded in Set(Language.allCases.filter { (try? loaded[$0]?.get()) != nil }) }
        }
    }

    /// What was read of each language, or why it could not be (a struct, not a
    /// dictionary: one less generic type to set up at start).
    struct Loaded: Sendable {
        private var en: Result<PromptTable, LoadError>?
        private var fr: Result<PromptTable, LoadError>?

        init(_ language: Language? = nil, _ table: PromptTable? = nil) {
            if let language, let table { self[language] = .success(table) }
        }

        subscript(language: Language) -> Result<PromptTable, LoadError>? {
            get {
                switch language {
                case .en: en
                case .fr: fr
                }
            }
            set {
                switch language {
                case .en: en = newValue
                case .fr: fr = newValue
                }
            }
        }
    }

    /// The texts of every language (each read now if it was not yet); a
    /// language that cannot be read has none.
    public var entries: [Language: [String: String]] {
        var all: [Language: [String: String]] = [:]
        for language in Language.allCases { all[language] = languages.dictionary(language) }
        return all
    }

    /// Every language's texts whose key starts with one of `prefixes` (each language read now if it was not yet).
    public func entries(withKeyPrefixes prefixes: [String]) -> [(language: Language, key: String, value: String)] {
        entries(withKeyPrefixes: prefixes, in: Language.allCases)
    }

    /// The texts of `languages` (read now if they were not yet) whose key starts with one of `prefixes`.
    public func entries(
        withKeyPrefixes prefixes: [String], in wanted: [Language]
    ) -> [(language: Language, key: String, value: String)] {
        wanted.flatMap { language in
            ((try? languages.table(language).get())?.entries(withKeyPrefixes: prefixes) ?? []).map {
                (language, $0.key, $0.value)
            }
        }
    }

    /// The languages read so far.
    public var loadedLanguages: Set<Language> { languages.loaded }

    /// The texts of `language`, read now if they were not yet, or why they cannot be.
    public func texts(_ language: Language) throws(LoadError) -> PromptTable {
        try languages.table(language).get()
    }

    public enum LoadError: Error, Equatable, Sendable, CustomStringConvertible {
        case missingDirectory(String)
        case unreadable(String)
        case tooLarge(String)
        case parse(PromptFile.ParseError)

        public var description: String {
            switch self {
            case .missingDirectory(let path):
                return "\(path): no prompt files found (expected \(path)/en and \(path)/fr)"
            case .unreadable(let path): return "\(path): cannot be read (not a readable file)"
            case .tooLarge(let path): return "\(path): larger than a prompt file can be (1 MB)"
            case .parse(let error): return error.description
            }
        }
    }

    /// Loads every `*.prompts` file of both languages under `directory`.
    public static func load(from directory: String) throws(LoadError) -> PromptCatalog {
        var loaded = Loaded()
        for language in Language.allCases { loaded[language] = .success(try read(language, from: directory)) }
        return PromptCatalog(languages: Languages(directory: directory, loaded: loaded))
    }

    /// Loads `language` now (its errors are the start-up's), the others when first needed.
    public static func load(from directory: String, language: Language) throws(LoadError) -> PromptCatalog {
        let loaded = Loaded(language, try read(language, from: directory))
        return PromptCatalog(languages: Languages(directory: directory, loaded: loaded))
    }

    /// The largest prompt file read (the shipped ones are under 20 kB).
    static let fileLimit = 1 << 20

    /// Every `*.prompts` file of one language, in one table.
    static func read(_ language: Language, from directory: String) throws(LoadError) -> PromptTable {
        let folder = directory + "/" + language.rawValue
        let files: [String]
        do {
            files = try POSIXFileSystem().list(folder)
        } catch {
            throw .missingDirectory(directory)
        }
        // Every file read first, so the table is sized once for them all.
        var read: [(path: String, bytes: [UInt8])] = []
        var byteCount = 0
        for file in files where file.hasSuffix(".prompts") {
            let path = folder + "/" + file
            do {
                let bytes = try POSIXFileSystem.read(path, limit: fileLimit, followingLinks: true)
                read.append((path, bytes))
                byteCount += bytes.count
            } catch {
                throw error.kind == .tooLarge ? .tooLarge(path) : .unreadable(path)
            }
        }
        var table = PromptTable()
        table.reserve(forBytes: byteCount)
        for (path, bytes) in read {
            do {
                try PromptFile.parse(bytes, file: path, into: &table)
            } catch {
                throw .parse(error)
            }
        }
        if table.count == 0 { throw .missingDirectory(directory) }
        return table
    }

    /// Keys defined in one language and not in the other. Aliases (`alias.*`)
    /// are words of one language and need no counterpart.
    public func parityProblems() -> [String] {
        let all = entries
        let en = Set((all[.en]?.keys ?? [:].keys).filter { !$0.hasPrefix("alias.") })
        let fr = Set((all[.fr]?.keys ?? [:].keys).filter { !$0.hasPrefix("alias.") })
        return en.subtracting(fr).sorted().map { "fr lacks \($0)" }
            + fr.subtracting(en).sorted().map { "en lacks \($0)" }
    }

    /// Whether `key` is defined (in English, or in the languages read when English is not).
    public func has(_ key: String) -> Bool {
        let read = loadedLanguages
        let languages = read.contains(.en) || read.isEmpty ? [.en] : Language.allCases.filter(read.contains)
        return languages.contains { (try? self.languages.table($0).get())?.contains(key) == true }
    }

    /// The text for `key` with `{name}` placeholders filled; English when the
    /// language lacks it, and the bracketed key when both do (tests catch that).
    public func text(_ key: String, _ language: Language, _ arguments: [String: String] = [:]) -> String {
        let template = (try? languages.table(language).get())?[key] ?? (try? languages.table(.en).get())?[key]
        guard let template else { return "[\(key)]" }
        return Self.fill(template, arguments)
    }

    static func fill(_ template: String, _ arguments: [String: String]) -> String {
        guard !arguments.isEmpty, template.contains("{") else { return template }
        var out = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            out += rest[..<open]
            let name = String(rest[rest.index(after: open)..<close])
            let value = arguments[name]
            out += value ?? String(rest[open...close])
            rest = rest[rest.index(after: close)...]
            // A value that ends its own sentence ("… the development.") gets no second full stop.
            if value?.hasSuffix(".") == true, rest.hasPrefix("."), !rest.hasPrefix("..") { rest = rest.dropFirst() }
        }
        out += rest
        return out
    }

}
