import TandemCore

extension Shell {
    /// The sentence a user reads for an error, in the shell's language.
    func describe(_ error: ShellError) -> String {
        switch error {
        case .message(let key, let arguments):
            return t(key, arguments)
        case .usage(let command):
            let lines = usage(of: command)
            guard lines.hasPrefix("\n") else { return t("error.usage", ["usage": lines]) }
            return String(t("error.usage", ["usage": ""]).reversed().drop { $0 == " " || $0 == "\u{00A0}" }.reversed())
                + lines
        case .unknownCommand(let rawWord, let suggestion):
            let word = rawWord.truncated(to: 40)
            if let suggestion {
                return t("error.unknown.suggest", ["word": word, "suggestion": suggestion])
            }
            return t("error.unknown", ["word": word])
        case .noSession:
            return t("error.no.session")
        case .session(let error):
            return describe(error)
        case .store(let error):
            return describe(error)
        case .tokenize(let failure):
            switch failure {
            case .unterminatedQuote(let quote, let column):
                return t("error.quote", ["quote": String(quote), "column": String(column)])
            case .danglingBackslash(let column):
                return t("error.backslash", ["column": String(column)])
            }
        }
    }

    /// The usage lines of a command, or of the forms under "command sub".
    func usage(of what: String) -> String {
        let words = what.split(separator: " ").map(String.init)
        guard let name = words.first, let command = CommandTable.find(name) else { return what }
        if command.legacyComplete != nil { return t("cmd.\(name).usage") }
        let lines = command.verbs(under: Array(words.dropFirst())).map { $0.usage(command.name, self) }
        return lines.count == 1 ? lines[0] : "\n  " + lines.joined(separator: "\n  ")
    }

    func describe(_ error: SessionError) -> String {
        switch error {
        case .emptyName: return t("error.name.empty")
        case .nameLooksLikeID(let name): return t("error.name.id", ["name": name])
        case .invalidText(let field): return t("error.text.invalid", ["field": t("field.\(field)")])
        case .emptyText(let field): return t("error.text.empty", ["field": t("field.\(field)")])
        case .partnerExists(let name): return t("error.partner.exists", ["name": name])
        case .unknownPartner(let name):
            let known = current?.session.partners.map(\.name).joined(separator: ", ") ?? ""
            return t(known.isEmpty ? "error.partner.none" : "error.partner.unknown", ["name": name, "known": known])
        case .ambiguousPartner(let name, let matches):
            return t("error.partner.ambiguous", ["name": name, "matches": matches.joined(separator: ", ")])
        case .unknown(let kind, let reference):
            return t("error.unknown.\(kind.rawValue)", ["name": reference])
        case .ambiguous(let kind, let reference, let matches):
            return t(
                "error.ambiguous",
                ["name": reference, "matches": matches.joined(separator: ", "), "kind": t("kind.\(kind.rawValue)")])
        case .exists(let kind, let name):
            return t("error.exists", ["name": name, "kind": t("kind.\(kind.rawValue)")])
        case .outOfRange(let field, let value, let range):
            return t(
                "error.range",
                [
                    "field": t("field.\(field)"), "value": value, "low": String(range.lowerBound),
                    "high": String(range.upperBound),
                ])
        case .invalidDate(let text):
            return t("error.date", ["value": text])
        case .unknownConflict(let reference):
            return t("error.conflict.unknown", ["id": reference])
        case .conflictValue(let id, let value):
            return t("error.conflict.value", ["id": id, "value": value])
        case .alwaysShared(let id):
            return t("error.visibility.always", ["id": id])
        case .notGuessable(let id):
            return t("error.guess.kind", ["id": id])
        case .authorsOwn(let id, let author):
            return t("error.guess.own", ["id": id, "author": author])
        }
    }

    func describe(_ error: StoreError) -> String {
        switch error {
        case .invalidName(let name): return t("error.store.name", ["name": name.truncated(to: 60)])
        case .emptyTitle: return t("error.store.title")
        case .notFound(let name): return t("error.store.notfound", ["name": name.truncated(to: 60)])
        case .alreadyExists(let name): return t("error.store.exists", ["name": name])
        case .notAFile(let path, let kind):
            switch kind {
            case .symlink: return t("error.store.symlink", ["path": path])
            case .directory: return t("error.store.directory", ["path": path])
            case .file, .other: return t("error.store.special", ["path": path])
            }
        case .corrupt(let file, let reason):
            let why: String
            switch reason {
            case .empty: why = t("error.corrupt.empty")
            case .invalidUTF8(let offset): why = t("error.corrupt.utf8", ["offset": String(offset)])
            case .syntax(let position): why = t("error.corrupt.syntax", ["position": position])
            case .conflictMarkers(let line): why = t("error.corrupt.markers", ["line": String(line)])
            case .notAnObject: why = t("error.corrupt.root")
            case .missingVersion: why = t("error.corrupt.version")
            case .shape(let detail): why = t("error.corrupt.shape", ["detail": detail])
            case .tooLarge(let size): why = t("error.corrupt.large", ["size": String(size)])
            case .textTooLong(let position, let limit):
                why = t("error.corrupt.longtext", ["position": position, "limit": String(limit)])
            }
            return t("error.store.corrupt", ["file": file, "reason": why])
        case .newerVersion(let file, let found, let supported):
            return t("error.store.newer", ["file": file, "found": String(found), "supported": String(supported)])
        case .changedOnDisk(let name): return t("error.store.changed", ["name": name])
        case .deletedOnDisk(let name): return t("error.store.deleted", ["name": name, "file": store.path(of: name)])
        case .cannotEncode(let detail): return t("error.store.encode", ["detail": detail])
        case .cannotSave(let limit):
            switch limit {
            case .fileSize(let size, let most):
                return t("error.save.size", ["size": String(size), "limit": String(most)])
            case .textTooLong(let position, let most):
                return t("error.save.text", ["position": position, "limit": String(most)])
            case .date(let field, let value): return t("error.save.date", ["field": field, "value": value])
            case .integrity(let detail): return t("error.save.integrity", ["detail": detail])
            }
        case .io(let failure):
            let key: String
            switch failure.kind {
            case .notFound: key = "error.io.notfound"
            case .permissionDenied: key = "error.io.permission"
            case .readOnly: key = "error.io.readonly"
            case .noSpace: key = "error.io.space"
            case .exists, .tooLarge, .isDirectory, .isSymlink, .other: key = "error.io.other"
            }
            return t(key, ["path": failure.path, "detail": failure.detail])
        }
    }
}
