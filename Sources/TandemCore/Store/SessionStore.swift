/// The sessions directory: one JSON file per session, private, written atomically.
public struct SessionStore: Sendable {
    /// Files larger than this are refused before being read.
    public static let maxFileSize = 256 * 1024 * 1024
    public static let fileMode: UInt16 = 0o600
    public static let directoryMode: UInt16 = 0o700

    public let directory: String
    let fs: any FileSystem

    public init(directory: String, fileSystem: any FileSystem = POSIXFileSystem()) {
        self.directory = directory
        fs = fileSystem
    }

    /// A session file as loaded: what it held and how it looked on disk then.
    public struct Loaded: Sendable {
        public var name: String
        public var session: Session
        public var fingerprint: Fingerprint?
    }

    /// Checks a session name typed by a user (`open NAME`, `save as NAME`) and
    /// returns its file name; names that would leave the directory are refused.
    /// Checked on bytes and scalars, not characters: a combining mark after
    /// `/` makes one character of the two, yet the file system sees the slash.
    public static func validatedName(_ raw: String) throws(StoreError) -> String {
        var name = raw
        if name.utf8.count > 5, name.utf8.suffix(5).elementsEqual(".json".utf8) {
            name = String(decoding: name.utf8.dropLast(5), as: UTF8.self)
        }
        let bytes = Array(name.utf8)
        let bad =
            bytes.isEmpty || bytes.first == UInt8(ascii: ".") || bytes.count > 200
            || bytes.contains(UInt8(ascii: "/")) || bytes.contains(UInt8(ascii: "\\"))
            || [name, name.compatibilityComposed].contains { form in
                form.unicodeScalars.contains(where: Self.refusedInName)
            }
            || name.unicodeScalars.first.map(Self.isMark) == true
        if bad { throw .invalidName(raw) }
        return name
    }

    /// Separators and their look-alikes, control and invisible format characters.
    static func refusedInName(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2F, 0x5C, 0x2044, 0x2215, 0x29F5, 0x29F8, 0x29F9, 0xFF0F, 0xFF3C: return true
        case 0x115F, 0x1160, 0x3164, 0xFFA0: return true  // blank fillers
        default: break
        }
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .surrogate, .privateUse, .unassigned:
            return true
        default:
            return false
        }
    }

    static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    public func path(of name: String) -> String {
        directory + "/" + name + ".json"
    }

    /// Names of the sessions in the directory, sorted.
    public func names() -> [String] {
        (try? listNames()) ?? []
    }

    /// Names of the sessions, or why the directory cannot be read (a missing directory has none).
    public func listNames() throws(StoreError) -> [String] {
        let entries: [String]
        do {
            entries = try fs.list(directory)
        } catch {
            if error.kind == .notFound { return [] }
            throw .io(error)
        }
        return entries.compactMap { file in
            guard file.hasSuffix(".json"), !file.hasPrefix("."), let name = try? Self.validatedName(file)
            else { return nil }
            return fs.entry(at: directory + "/" + file)?.kind == .file ? name : nil
        }
    }

    public func exists(_ name: String) -> Bool {
        fs.entry(at: path(of: name)) != nil
    }

    public func load(_ rawName: String) throws(StoreError) -> Loaded {
        let name = try Self.validatedName(rawName)
        let file = path(of: name)
        // The fingerprint must be the one of the bytes read: a save landing
        // between the look and the read is read again.
        var attempts = 0
        while true {
            guard let entry = fs.entry(at: file) else {
                // Not there, or the directory cannot be searched: say which.
                _ = try listNames()
                throw .notFound(name: name)
            }
            guard entry.kind == .file else { throw .notAFile(path: file, entry.kind) }
            let bytes: [UInt8]
            do {
                bytes = try fs.read(file, limit: Self.maxFileSize)
            } catch {
                if error.kind == .tooLarge { throw .corrupt(file: file, reason: .tooLarge(entry.fingerprint.size)) }
                if error.kind == .notFound, attempts < 3 {
                    attempts += 1
                    continue
                }
                throw .io(error)
            }
            attempts += 1
            if fs.entry(at: file) != entry, attempts < 3 { continue }
            let session = try SessionCodec.decode(bytes, file: file)
            return Loaded(name: name, session: session, fingerprint: entry.fingerprint)
        }
    }

    /// The lock file beside a session that saves hold from the check to the rename.
    func lockPath(of name: String) -> String {
        directory + "/." + name + ".json.lock"
    }

    /// Writes `session` as `name`. `expected` is the fingerprint the caller last
    /// saw (nil for a new file): if the file on disk is not that one, another
    /// program saved it meanwhile and the write is refused; if it is gone, it was
    /// deleted meanwhile and the write is refused too (saving with `expected`
    /// nil writes it anew). The check and the write are one step under a lock
    /// that every Tandem process takes, and a new file never replaces one.
    public func save(_ session: Session, as name: String, expected: Fingerprint?) throws(StoreError) -> Fingerprint {
        let file = path(of: name)
        let bytes = try SessionCodec.encode(session)
        do {
            try fs.createDirectory(directory, mode: Self.directoryMode)
        } catch {
            throw .io(error)
        }
        let held: FileLock?
        do {
            held = try fs.lock(lockPath(of: name), exclusive: true, wait: true)
        } catch {
            // Said of the session file: the lock beside it is a detail.
            throw .io(FileError(kind: error.kind, path: file, detail: error.detail))
        }
        defer { if let held { fs.unlock(held, removing: true) } }
        let current = fs.entry(at: file)
        if let current, current.kind != .file { throw .notAFile(path: file, current.kind) }
        switch (expected, current) {
        case (nil, .some): throw .alreadyExists(name: name)
        case (.some(let seen), .some(let now)) where seen != now.fingerprint: throw .changedOnDisk(name: name)
        case (.some, nil): throw .deletedOnDisk(name: name)
        default: break  // new, or unchanged
        }
        fs.removeLeftovers(besides: file)
        do {
            if expected == nil {
                try fs.writeExclusively(bytes, to: file, mode: Self.fileMode)
            } else {
                try fs.writeAtomically(bytes, to: file, mode: Self.fileMode)
            }
        } catch {
            // Another program (not Tandem, which locks) made the file meanwhile.
            if error.kind == .exists { throw .alreadyExists(name: name) }
            throw .io(error)
        }
        guard let written = fs.entry(at: file) else { throw .io(FileError(kind: .notFound, path: file, detail: "")) }
        return written.fingerprint
    }
}
