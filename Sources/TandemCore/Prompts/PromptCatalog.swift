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
        let state: Mutex<[Language: Result<[String: String], LoadError>]>

        init(directory: String, loaded: [Language: Result<[String: String], LoadError>]) {
            self.directory = directory
            state = Mutex(loaded)
        }

        func entries(_ language: Language) -> Result<[String: String], LoadError> {
            state.withLock { loaded in
                if let known = loaded[language] { return known }
                let read = Result { () throws(LoadError) in try PromptCatalog.read(language, from: directory) }
                loaded[language] = read
                return read
            }
        }

        var loaded: Set<Language> {
            state.withLock { Set($0.compactMap { key, value in (try? value.get()) == nil ? nil : key }) }
        }
    }

    /// The texts of every language (each read now if it was not yet); a
    /// language that cannot be read has none.
    public var entries: [Language: [String: String]] {
        var all: [Language: [String: String]] = [:]
        for language in Language.allCases { all[language] = try? languages.entries(language).get() }
        return all
    }

    /// The languages read so far.
    public var loadedLanguages: Set<Language> { languages.loaded }

    /// The texts of `language`, read now if they were not yet, or why they cannot be.
    public func texts(_ language: Language) throws(LoadError) -> [String: String] {
        try languages.entries(language).get()
    }

    public enum LoadError: Error, Equatable, Sendable, CustomStringConvertible {
        case missingDirectory(String)
        case unreadable(String)
        case notUTF8(String, line: Int)
        case parse(PromptFile.ParseError)

        public var description: String {
            switch self {
            case .missingDirectory(let path):
                return "\(path): no prompt files found (expected \(path)/en and \(path)/fr)"
            case .unreadable(let path): return "\(path): cannot be read (not a readable file)"
            case .notUTF8(let path, let line): return "\(path):\(line): not valid UTF-8 text"
            case .parse(let error): return error.description
            }
        }
    }

    /// Loads every `*.prompts` file of both languages under `directory`.
    public static func load(from directory: String) throws(LoadError) -> PromptCatalog {
        var loaded: [Language: Result<[String: String], LoadError>] = [:]
        for language in Language.allCases { loaded[language] = .success(try read(language, from: directory)) }
        return PromptCatalog(languages: Languages(directory: directory, loaded: loaded))
    }

    /// Loads `language` now (its errors are the start-up's), the others when first needed.
    public static func load(from directory: String, language: Language) throws(LoadError) -> PromptCatalog {
        let loaded: [Language: Result<[String: String], LoadError>] = [
            language: .success(try read(language, from: directory))
        ]
        return PromptCatalog(languages: Languages(directory: directory, loaded: loaded))
    }

    /// Every `*.prompts` file of one language, merged.
    static func read(_ language: Language, from directory: String) throws(LoadError) -> [String: String] {
        let folder = directory + "/" + language.rawValue
        guard let files = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
            throw .missingDirectory(directory)
        }
        var merged: [String: String] = [:]
        merged.reserveCapacity(4096)
        var earlier: [(path: String, bytes: [UInt8])] = []
        for file in files.sorted() where file.hasSuffix(".prompts") {
            let path = folder + "/" + file
            guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path) }
            let bytes = [UInt8](data)
            if String(validating: bytes, as: UTF8.self) == nil {
                let offset = SessionCodec.invalidUTF8Offset(bytes)
                throw .notUTF8(path, line: 1 + bytes.prefix(offset).filter { $0 == 0x0A }.count)
            }
            do {
                try PromptFile.parse(bytes, file: path, into: &merged) { key in
                    earlier.first { PromptFile.line(of: key, in: $0.bytes) != nil }?.path
                }
            } catch {
                throw .parse(error)
            }
            earlier.append((path, bytes))
        }
        if merged.isEmpty { throw .missingDirectory(directory) }
        return merged
    }

    /// Keys defined in one language and not in the other. Aliases (`alias.*`)
    /// are words of one language and need no counterpart.
    public func parityProblems() -> [String] {
        let en = Set((entries[.en]?.keys ?? [:].keys).filter { !$0.hasPrefix("alias.") })
        let fr = Set((entries[.fr]?.keys ?? [:].keys).filter { !$0.hasPrefix("alias.") })
        return en.subtracting(fr).sorted().map { "fr lacks \($0)" }
            + fr.subtracting(en).sorted().map { "en lacks \($0)" }
    }

    /// Whether `key` is defined (in English, or in the languages read when English is not).
    public func has(_ key: String) -> Bool {
        let read = loadedLanguages
        let languages = read.contains(.en) || read.isEmpty ? [.en] : Language.allCases.filter(read.contains)
        return languages.contains { (try? self.languages.entries($0).get())?[key] != nil }
    }

    /// The text for `key` with `{name}` placeholders filled; English when the
    /// language lacks it, and the bracketed key when both do (tests catch that).
    public func text(_ key: String, _ language: Language, _ arguments: [String: String] = [:]) -> String {
        let template = (try? languages.entries(language).get())?[key] ?? (try? languages.entries(.en).get())?[key]
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
