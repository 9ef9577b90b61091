import TandemCore

extension Shell {
    /// `agenda [DAYS]`: what is overdue or due within DAYS across every
    /// session of the directory, the most urgent first, each with its session.
    /// A file that cannot be read is named and left as it is.
    func showAgenda(days: Int) throws(ShellError) {
        let names: [String]
        do {
            names = try store.listNames()
        } catch {
            throw .store(error)
        }
        var sessions: [(file: String, session: Session)] = []
        var unreadable: [String] = []
        for name in names {
            if let open = current, open.name == name {
                sessions.append((name, open.session))
                continue
            }
            do {
                sessions.append((name, try store.load(name).session))
            } catch {
                unreadable.append(name + ".json")
            }
        }
        let today = Day(now)
        let agenda = Agenda(sessions, today: today, days: days)
        let width = max(40, configuration.width())
        let heading = t(
            "agenda.heading",
            ["until": wording.date(today.adding(days: days)), "days": String(days), "dir": store.directory])
        line(heading.wrapped(width: width), .heading)
        if agenda.entries.isEmpty { say("agenda.none", ["days": String(days)], .dim) }
        let whens = agenda.entries.map(whenText)
        let whenWidth = whens.map(\.displayWidth).max() ?? 0
        for (entry, when) in zip(agenda.entries, whens) {
            let lead = "  " + entry.item.date.description + "  " + when.fitted(to: whenWidth) + "  "
            let what = agendaWhat(entry.item) + " — " + entry.title + " (" + entry.file + ")"
            let rest = String(repeating: " ", count: lead.displayWidth)
            for part in Shell.wrappedLines(what, first: lead, rest: rest, width: width) {
                line(part, entry.isOverdue ? .warning : entry.days == 0 ? .accent : .plain)
            }
        }
        for file in unreadable { line("! " + t("agenda.unreadable", ["file": file]), .warning) }
    }

    private func whenText(_ entry: Agenda.Entry) -> String {
        if entry.isOverdue { return t("sessions.next.late", ["days": String(-entry.days)]) }
        if entry.days == 0 { return t("sessions.next.today") }
        return t("sessions.next.soon", ["days": String(entry.days)])
    }

    /// "check-in", "gate of Pilot (s1)", "action a3: Call the bank (Zoé)".
    private func agendaWhat(_ item: DatedItem) -> String {
        let text = t("agenda.kind.\(item.kind.rawValue)", ["id": item.id, "text": item.text])
        return item.owner.isEmpty ? text : text + " (" + item.owner + ")"
    }
}
