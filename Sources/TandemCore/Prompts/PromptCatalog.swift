import Foundation

/// Every user-visible text in both languages, loaded from `Prompts/<lang>/*.prompts`.
public struct PromptCatalog: Sendable {
    public private(set) var entries: [Language: [String: String]]

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
        var entries: [Language: [String: String]] = [:]
        for language in Language.allCases {
            let folder = directory + "/" + language.rawValue
            guard let files = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
                throw .missingDirectory(directory)
            }
            var merged: [String: String] = [:]
            var parsedFiles: [(path: String, entries: [String: String])] = []
            for file in files.sorted() where file.hasSuffix(".prompts") {
                let path = folder + "/" + file
                guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path) }
                let bytes = [UInt8](data)
                guard let text = String(validating: bytes, as: UTF8.self) else {
                    let offset = SessionCodec.invalidUTF8Offset(bytes)
                    throw .notUTF8(path, line: 1 + bytes.prefix(offset).filter { $0 == 0x0A }.count)
                }
                let parsed: [String: String]
                do {
                    parsed = try PromptFile.parse(text, file: path)
                } catch {
                    throw .parse(error)
                }
                let before = merged.count
                merged.merge(parsed) { first, _ in first }
                if merged.count != before + parsed.count {
                    // A key defined in two files: name the second file and line, and the first file.
                    for (key, _) in parsed {
                        if let other = parsedFiles.first(where: { $0.entries[key] != nil }) {
                            throw .parse(
                                .init(
                                    file: path, line: PromptFile.firstLine(of: key, in: text),
                                    message: "key \"\(key)\" is already defined in \(other.path)"))
                        }
                    }
                }
                parsedFiles.append((path, parsed))
            }
            if merged.isEmpty { throw .missingDirectory(directory) }
            entries[language] = merged
        }
        return PromptCatalog(entries: entries)
    }

    /// Keys defined in one language and not in the other. Aliases (`alias.*`)
    /// are words of one language and need no counterpart.
    public func parityProblems() -> [String] {
        let en = Set((entries[.en]?.keys ?? [:].keys).filter { !$0.hasPrefix("alias.") })
        let fr = Set((entries[.fr]?.keys ?? [:].keys).filter { !$0.hasPrefix("alias.") })
        return en.subtracting(fr).sorted().map { "fr lacks \($0)" }
            + fr.subtracting(en).sorted().map { "en lacks \($0)" }
    }

    public func has(_ key: String) -> Bool {
        entries[.en]?[key] != nil
    }

    /// The text for `key` with `{name}` placeholders filled; English when the
    /// language lacks it, and the bracketed key when both do (tests catch that).
    public func text(_ key: String, _ language: Language, _ arguments: [String: String] = [:]) -> String {
        guard let template = entries[language]?[key] ?? entries[.en]?[key] else { return "[\(key)]" }
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
