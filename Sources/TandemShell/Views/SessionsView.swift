import TandemCore

/// One line of the `sessions` table, read from its file (or the open session).
private struct SessionRow {
    var name: String
    var open: Bool
    var session: Session?
    /// Why the file could not be read, when it could not.
    var problem: String
}

extension Shell {
    /// `sessions`: title, partners, phase, last change and next review of
    /// every session in the directory, within 80 columns. A file that cannot
    /// be read gets a one-line warning and the listing goes on.
    func listSessions() throws(ShellError) {
        let names: [String]
        do {
            names = try store.listNames()
        } catch {
            throw .store(error)
        }
        guard !names.isEmpty else {
            say("sessions.none", ["dir": store.directory])
            return
        }
        let today = Day(now)
        let rows = names.map(sessionRow)
        say("sessions.heading", ["dir": store.directory], .heading)
        let readable = rows.compactMap(\.session)
        // A session whose file name is not its title's (a copy made with "save as") shows it, since "open" needs it.
        let files = rows.filter { $0.session != nil }.map(\.name)
        let suffixes = zip(readable, files).map { Slug.make($0.title) == $1 ? "" : " (" + $1 + ")" }
        let titles = zip(readable, suffixes).map { $0.title + $1 }
        let partners = readable.map { $0.partners.map(\.name).joined(separator: ", ") }
        let phases = readable.map { $0.currentPhase.map { t($0.phase.labelKey) } ?? "-" }
        let nexts = readable.map { nextReviewCell($0, today) }
        let header = ["title", "partners", "phase", "changed", "next"].map { t("sessions.col.\($0)") }
        let phaseWidth = (phases + [header[2]]).map(\.displayWidth).max() ?? 0
        let changedWidth = max(10, header[3].displayWidth)
        let nextWidth = (nexts.map(\.text) + [header[4], "0000-00-00"]).map(\.displayWidth).max() ?? 10
        let room = 80 - (2 + 2 + 2 + phaseWidth + 2 + changedWidth + 2 + nextWidth)
        let wantTitle = (titles + [header[0]]).map(\.displayWidth).max() ?? 0
        let wantPartners = (partners + [header[1]]).map(\.displayWidth).max() ?? 0
        var partnerWidth = wantPartners
        var titleWidth = wantTitle
        if wantTitle + wantPartners > room {
            partnerWidth = min(wantPartners, max(room * 2 / 5, room - wantTitle))
            titleWidth = room - partnerWidth
        }
        func cells(_ values: [String]) -> String {
            let widths = [titleWidth, partnerWidth, phaseWidth, changedWidth, nextWidth]
            return zip(values, widths).map { $0.fitted(to: $1) }.joined(separator: "  ")
        }
        line(("  " + cells(header)).trimmingTrailing, .dim)
        var index = 0
        var due: [(String, ReviewReminder)] = []
        for row in rows {
            let marker = row.open ? "* " : row.session == nil ? "! " : "  "
            guard let session = row.session else {
                line((marker + row.problem).truncated(to: 80), .warning)
                continue
            }
            let next = nexts[index]
            let title =
                titles[index].displayWidth > titleWidth && suffixes[index].displayWidth < titleWidth / 2
                ? session.title.truncated(to: titleWidth - suffixes[index].displayWidth) + suffixes[index]
                : titles[index]
            let values = [title, partners[index], phases[index], Day(session.updatedAt).description]
            write(marker + cells(values) + "  ")
            line(next.text, next.style)
            due += session.reviews.reminders(today: today).map { (session.title, $0) }
            index += 1
        }
        if rows.contains(where: \.open) { say("sessions.open.mark", [:], .dim) }
        let numbered = names.enumerated().map { "\($0.offset + 1) \($0.element)" }.joined(separator: ", ")
        say("sessions.open.hint", ["names": numbered], .dim)
        for (title, reminder) in due {
            let text = t("sessions.due", ["title": title.truncated(to: 30), "reminder": reminderText(reminder)])
            for (i, part) in Self.wordLines(text, width: 76).enumerated() {
                line((i == 0 ? "  - " : "    ") + part, reminder.isOverdue ? .warning : .plain)
            }
        }
    }

    /// A session file as the table needs it: the open session as it is in
    /// memory, the others read from disk, or why they cannot be read.
    private func sessionRow(_ name: String) -> SessionRow {
        if let open = current, open.name == name {
            return SessionRow(name: name, open: true, session: open.session, problem: "")
        }
        do {
            return SessionRow(name: name, open: false, session: try store.load(name).session, problem: "")
        } catch {
            // Named by its file name, not its path, so the warning fits one line.
            let file = name + ".json"
            let problem: StoreError
            switch error {
            case .corrupt(_, let reason): problem = .corrupt(file: file, reason: reason)
            case .newerVersion(_, let found, let supported):
                problem = .newerVersion(file: file, found: found, supported: supported)
            case .invalidName, .emptyTitle, .notFound, .alreadyExists, .notAFile, .changedOnDisk, .deletedOnDisk,
                .cannotEncode, .cannotSave, .io:
                problem = error
            }
            return SessionRow(name: name, open: false, session: nil, problem: describe(problem))
        }
    }

    /// The nearer review: its date, or how late or close it is when within two weeks.
    private func nextReviewCell(_ session: Session, _ today: Day) -> (text: String, style: Style) {
        guard let next = session.reviews.upcoming(today: today).first else { return ("-", .plain) }
        if next.isOverdue { return (t("sessions.next.late", ["days": String(-next.days)]), .warning) }
        if next.days == 0 { return (t("sessions.next.today"), .accent) }
        if next.isDue { return (t("sessions.next.soon", ["days": String(next.days)]), .accent) }
        return (next.date.description, .plain)
    }
}

extension String {
    fileprivate var trimmingTrailing: String {
        var s = Substring(self)
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}
