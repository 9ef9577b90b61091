/// One language's texts: the bytes of its prompt files, kept as read, and an
/// index from each key to the lines of its text in them. A text becomes a
/// `String` only when it is asked for: turning every entry into a dictionary
/// of strings at start was most of `tandem -c quit`.
public struct PromptTable: Sendable {
    /// A key and its text: byte offsets into its file's bytes, and a run of `lines`.
    struct Entry: Sendable {
        var file: Int32
        var keyStart: Int32
        var keyEnd: Int32
        var hash: UInt32
        var firstLine: Int32
        var lineCount: Int32
        /// Where the key is defined in its file (for a duplicate's message).
        var lineNumber: Int32
    }

    /// Each file's path and bytes, in the order added.
    private var files: [(path: String, bytes: [UInt8])] = []
    private var entries: [Entry] = []
    /// The text lines of every entry, as byte ranges in its file, joined by "\n" when read.
    private var lines: [(start: Int32, end: Int32)] = []
    /// Open addressing: 0 is empty, else an index into `entries` plus one.
    private var slots: [Int32] = []

    public init() {}

    /// How many keys the table holds.
    public var count: Int { entries.count }

    /// The text of `key`, or nil when the table has no such key.
    public subscript(key: String) -> String? {
        var key = key
        guard let index = key.withUTF8({ find($0, hash: Self.hash($0)) }) else { return nil }
        return text(of: entries[index])
    }

    /// Whether the table defines `key`.
    public func contains(_ key: String) -> Bool {
        var key = key
        return key.withUTF8 { find($0, hash: Self.hash($0)) } != nil
    }

    /// Every key and text whose key starts with one of `prefixes`, in file order.
    public func entries(withKeyPrefixes prefixes: [String]) -> [(key: String, value: String)] {
        let wanted = prefixes.map { Array($0.utf8) }
        return entries.compactMap { entry in
            withKey(of: entry) { key in
                guard wanted.contains(where: { key.starts(with: $0) }) else { return nil }
                return (String(decoding: key, as: UTF8.self), text(of: entry))
            }
        }
    }

    /// Every key and its text.
    public var dictionary: [String: String] {
        var all: [String: String] = [:]
        all.reserveCapacity(entries.count)
        for (key, value) in entries(withKeyPrefixes: [""]) { all[key] = value }
        return all
    }

    // MARK: Building (PromptFile's parser calls these)

    /// Makes room for the keys of files of `byteCount` bytes in all (one per
    /// ~60 bytes in ours, ~40 counted), so that reading them never makes the
    /// arrays grow or the index be rebuilt.
    mutating func reserve(forBytes byteCount: Int) {
        let expected = entries.count + byteCount / 40
        if entries.capacity < expected {
            entries.reserveCapacity(max(expected, 2 * entries.capacity))
            lines.reserveCapacity(max(2 * expected, 2 * lines.capacity))
        }
        if slots.count < 2 * expected { grow(to: max(16, 2 * expected)) }
    }

    /// Adds a file's bytes; `addKey` and `addLine` then give offsets in them.
    mutating func append(file path: String, bytes: [UInt8]) {
        files.append((path, bytes))
        reserve(forBytes: bytes.count)
    }

    /// A key defined earlier, when adding one fails: its file and line there.
    struct Duplicate: Error {
        var file: String
        var lineNumber: Int
    }

    /// Adds `key`, at `keyStart` in the file added last, with no text yet.
    mutating func addKey(_ key: UnsafeBufferPointer<UInt8>, at keyStart: Int, lineNumber: Int) throws(Duplicate) {
        // At most half the slots used: a lookup always meets an empty slot.
        if (entries.count + 1) * 2 > slots.count { grow(to: max(16, slots.count * 2)) }
        let hash = Self.hash(key)
        // One probe finds the key already there or the empty slot it goes in.
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while case let stored = slots[slot], stored != 0 {
            let other = entries[Int(stored) - 1]
            if other.hash == hash, withKey(of: other, { $0.elementsEqual(key) }) {
                throw Duplicate(file: files[Int(other.file)].path, lineNumber: Int(other.lineNumber))
            }
            slot = (slot + 1) & mask
        }
        entries.append(
            Entry(
                file: Int32(files.count - 1), keyStart: Int32(keyStart), keyEnd: Int32(keyStart + key.count),
                hash: hash, firstLine: Int32(lines.count), lineCount: 0, lineNumber: Int32(lineNumber)))
        slots[slot] = Int32(entries.count)
    }

    /// Adds a line (bytes `start..<end` of its file) to the text of the key added last.
    mutating func addLine(_ start: Int, _ end: Int) {
        lines.append((Int32(start), Int32(end)))
        entries[entries.count - 1].lineCount += 1
    }

    // MARK: The index

    private func withKey<Result>(of entry: Entry, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        files[Int(entry.file)].bytes.withUnsafeBufferPointer {
            body(UnsafeBufferPointer(rebasing: $0[Int(entry.keyStart)..<Int(entry.keyEnd)]))
        }
    }

    private func text(of entry: Entry) -> String {
        let first = Int(entry.firstLine)
        let count = Int(entry.lineCount)
        return files[Int(entry.file)].bytes.withUnsafeBufferPointer { buffer in
            func line(_ index: Int) -> String {
                let range = lines[index]
                return String(
                    decoding: UnsafeBufferPointer(rebasing: buffer[Int(range.start)..<Int(range.end)]), as: UTF8.self)
            }
            switch count {
            case 0: return ""
            case 1: return line(first)
            default:
                var text = line(first)
                for index in first + 1..<first + count {
                    text += "\n"
                    text += line(index)
                }
                return text
            }
        }
    }

    private func find(_ key: UnsafeBufferPointer<UInt8>, hash: UInt32) -> Int? {
        guard !slots.isEmpty else { return nil }
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while case let stored = slots[slot], stored != 0 {
            let entry = entries[Int(stored) - 1]
            if entry.hash == hash, withKey(of: entry, { $0.elementsEqual(key) }) { return Int(stored) - 1 }
            slot = (slot + 1) & mask
        }
        return nil
    }

    private mutating func insert(_ index: Int, hash: UInt32) {
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(index + 1)
    }

    /// Makes room for `capacity` slots (a power of two) and places every entry again.
    private mutating func grow(to capacity: Int) {
        var size = 1
        while size < capacity { size <<= 1 }
        slots = [Int32](repeating: 0, count: size)
        for index in entries.indices { insert(index, hash: entries[index].hash) }
    }

    /// A multiply-rotate hash over the key eight bytes at a time (keys are short
    /// ASCII words from our own files; the last word is padded with zeros).
    private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt32 {
        guard let base = UnsafeRawPointer(key.baseAddress) else { return 0 }
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(key.count)
        var offset = 0
        while offset + 8 <= key.count {
            hash = mix(hash, base.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            offset += 8
        }
        if offset < key.count {
            var tail: UInt64 = 0
            for index in offset..<key.count { tail |= UInt64(key[index]) << (8 * UInt64(index - offset)) }
            hash = mix(hash, tail)
        }
        return UInt32(truncatingIfNeeded: hash ^ (hash >> 32))
    }

    private static func mix(_ hash: UInt64, _ word: UInt64) -> UInt64 {
        let product = (hash ^ word) &* 0xFF51_AFD7_ED55_8CCD
        return product ^ (product >> 29)
    }
}
