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
        let rows = urgencyOrder(names.map(sessionRow), today: today)
        listedSessions = rows.map(\.name)
        let width = max(40, configuration.width())
        line(t("sessions.heading", ["dir": store.directory]).wrapped(width: width), .heading)
        let readable = rows.compactMap(\.session)
        let files = rows.filter { $0.session != nil }.map(\.name)
        // The title whole, with the file name "open" needs.
        let titles = zip(readable, files).map { $0.title + " (" + $1 + ")" }
        let partners = readable.map { $0.partners.map(\.name).joined(separator: ", ") }
        let phases = readable.map { $0.currentPhase.map { t($0.phase.labelKey) } ?? "-" }
        let nexts = readable.map { nextReviewCell($0, today) }
        let lates = readable.map { ActionAnalysis($0, today: today).overdue }
        let header = ["title", "partners", "phase", "changed", "next", "late"].map { t("sessions.col.\($0)") }
        let phaseWidth = (phases + [header[2]]).map(\.displayWidth).max() ?? 0
        let changedWidth = max(10, header[3].displayWidth)
        let nextWidth = (nexts.map(\.text) + [header[4], "0000-00-00"]).map(\.displayWidth).max() ?? 10
        let lateWidth = (lates.map { String($0.count) } + [header[5]]).map(\.displayWidth).max() ?? 1
        let room = width - (2 + 2 + 2 + phaseWidth + 2 + changedWidth + 2 + nextWidth + 2 + lateWidth)
        let wantTitle = (titles + [header[0]]).map(\.displayWidth).max() ?? 0
        let wantPartners = (partners + [header[1]]).map(\.displayWidth).max() ?? 0
        var partnerWidth = wantPartners
        var titleWidth = wantTitle
        if wantTitle + wantPartners > room {
            partnerWidth = max(6, min(wantPartners, max(room * 2 / 5, room - wantTitle)))
            titleWidth = max(8, room - partnerWidth)
        }
        let widths = [titleWidth, partnerWidth, phaseWidth, changedWidth, nextWidth, lateWidth]
        func cells(_ values: [String]) -> String {
            zip(values, widths).map { $0.fitted(to: $1) }.joined(separator: "  ")
        }
        line(("  " + cells(header)).trimmingTrailing, .dim)
        var index = 0
        var due: [(String, ReviewReminder)] = []
        for row in rows {
            let marker = row.open ? "* " : row.session == nil ? "! " : "  "
            guard let session = row.session else {
                for (i, part) in row.problem.wrappedLines(width: width - 2).enumerated() {
                    line((i == 0 ? marker : "  ") + part, .warning)
                }
                continue
            }
            let next = nexts[index]
            // Titles are never cut: a long one wraps within its column.
            let titleLines = titles[index].wrappedLines(width: titleWidth)
            let late = lates[index].isEmpty ? "-" : String(lates[index].count)
            let values = [
                titleLines.first ?? "", partners[index], phases[index], Day(session.updatedAt).description,
            ]
            write(marker + cells(values) + "  ")
            write(next.text.fitted(to: nextWidth) + "  ", next.style)
            line(late, lates[index].isEmpty ? .plain : .warning)
            for more in titleLines.dropFirst() { line("  " + more) }
            due += session.reviews.reminders(today: today).map { (session.title, $0) }
            index += 1
        }
        if rows.contains(where: \.open) { say("sessions.open.mark", [:], .dim) }
        let numbered = rows.enumerated().map { "\($0.offset + 1) \($0.element.name)" }.joined(separator: ", ")
        line(t("sessions.open.hint", ["names": numbered]).wrapped(width: width), .dim)
        for (title, reminder) in due {
            let text = t("sessions.due", ["title": title, "reminder": reminderText(reminder)])
            for (i, part) in Self.wordLines(text, width: width - 4).enumerated() {
                line((i == 0 ? "  - " : "    ") + part, reminder.isOverdue ? .warning : .plain)
            }
        }
        for (session, late) in zip(readable, lates) {
            for action in late {
                let text = t(
                    "sessions.late.action",
                    [
                        "title": session.title, "id": action.id, "text": action.text,
                        "days": String(today.ordinal - (action.due ?? today).ordinal),
                    ])
                for (i, part) in Self.wordLines(text, width: width - 4).enumerated() {
                    line((i == 0 ? "  - " : "    ") + part, .warning)
                }
            }
        }
    }

    /// The rows as `sessions` lists them: overdue first, then the soonest
    /// due, then the last changed; files that cannot be read last.
    private func urgencyOrder(_ rows: [SessionRow], today: Day) -> [SessionRow] {
        let ranked = rows.enumerated().map {
            ($0.offset, $0.element, $0.element.session.map { SessionUrgency($0, today: today) })
        }
        return ranked.sorted { a, b in
            switch (a.2, b.2) {
            case (let x?, let y?) where x != y: return x < y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return a.0 < b.0
            }
        }.map(\.1)
    }

    /// The session names in the order `sessions` lists them (for "open NUMBER").
    func sessionsInListedOrder(_ names: [String]) -> [String] {
        if let listed = listedSessions, Set(listed) == Set(names) { return listed }
        return urgencyOrder(names.map(sessionRow), today: Day(now)).map(\.name)
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
