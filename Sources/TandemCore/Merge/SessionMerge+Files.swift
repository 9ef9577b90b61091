extension SessionMerge {
    /// What `tandem merge BASE OURS THEIRS` does: reads the three files git
    /// gives (`%O %A %B`), merges them and writes the result over OURS. A side
    /// that cannot be read is an error and OURS stays as it was. An empty BASE
    /// (both branches added the file) merges against an empty session.
    public static func mergeFiles(
        base: String, ours: String, theirs: String, fileSystem fs: any FileSystem = POSIXFileSystem()
    ) throws(StoreError) -> Outcome {
        func read(_ path: String) throws(StoreError) -> [UInt8] {
            do {
                return try fs.read(path, limit: SessionStore.maxFileSize)
            } catch {
                if error.kind == .tooLarge { throw .corrupt(file: path, reason: .tooLarge(0)) }
                throw .io(error)
            }
        }
        let ourSession = try SessionCodec.decode(try read(ours), file: ours)
        let theirSession = try SessionCodec.decode(try read(theirs), file: theirs)
        let baseBytes = try read(base)
        var baseSession: Session
        if baseBytes.allSatisfy({ [0x20, 0x0A, 0x0D, 0x09].contains($0) }) {
            baseSession = Session(title: ourSession.title, language: ourSession.language, now: ourSession.createdAt)
            baseSession.reviews = ourSession.reviews
        } else {
            baseSession = try SessionCodec.decode(baseBytes, file: base)
        }
        let outcome = try merge(base: baseSession, ours: ourSession, theirs: theirSession)
        let bytes = try SessionCodec.encode(outcome.session)
        do {
            try fs.writeAtomically(bytes, to: ours, mode: SessionStore.fileMode)
        } catch {
            throw .io(error)
        }
        return outcome
    }
}
