import FoundationEssentials

/// A session's dated items as an iCalendar file (RFC 5545): one all-day
/// VEVENT per item, with a UID made of the session's file name, the item's
/// kind and id, so importing the file again updates the events instead of
/// adding them twice.
public enum CalendarDocument {
    /// `atelier-calendar.fr.ics`, as the other exports are named.
    public static func fileName(session name: String, language: Language) -> String {
        name + "-calendar." + language.rawValue + ".ics"
    }

    /// The whole file, CRLF line ends, long lines folded.
    public static func render(
        _ session: Session, file: String, catalog: PromptCatalog, language: Language, stamp: Date
    ) -> String {
        let t = Wording(catalog: catalog, language: language)
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Tandem//Partnership coaching//EN", "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH", "X-WR-CALNAME:" + escaped(session.title),
        ]
        for item in session.datedItems {
            let summary = t(
                "calendar.summary.\(item.kind.rawValue)", ["id": item.id, "text": item.text, "title": session.title])
            var description = t("calendar.description", ["title": session.title, "file": file])
            if !item.owner.isEmpty { description += "\n" + t("calendar.owner", ["owner": item.owner]) }
            if let settled = item.settled {
                description += "\n" + t("calendar.settled.\(item.kind.rawValue)", ["date": settled.description])
            }
            lines += [
                "BEGIN:VEVENT",
                "UID:" + uid(file: file, kind: item.kind, id: item.id),
                "DTSTAMP:" + timestamp(stamp),
                "DTSTART;VALUE=DATE:" + compact(item.date),
                "DTEND;VALUE=DATE:" + compact(item.date.adding(days: 1)),
                "SUMMARY:" + escaped(summary),
                "DESCRIPTION:" + escaped(description),
                "TRANSP:TRANSPARENT",
                "END:VEVENT",
            ]
        }
        lines.append("END:VCALENDAR")
        return lines.map(folded).joined(separator: "\r\n") + "\r\n"
    }

    /// Stable across exports: the session's file, the item's kind and id.
    public static func uid(file: String, kind: DatedItem.Kind, id: String) -> String {
        "\(kind.rawValue)-\(id)." + file + "@tandem"
    }

    /// TEXT escaping: backslash, semicolon, comma, line breaks.
    public static func escaped(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n": out += "\\n"
            case "\r": continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A content line folded so no line passes 75 octets, never inside a
    /// UTF-8 sequence: each continuation starts with one space.
    public static func folded(_ line: String) -> String {
        var parts: [String] = []
        var current = ""
        var octets = 0
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            let limit = parts.isEmpty ? 75 : 74  // a continuation's leading space counts
            if octets + size > limit {
                parts.append(current)
                current = ""
                octets = 0
            }
            current.unicodeScalars.append(scalar)
            octets += size
        }
        parts.append(current)
        return parts.joined(separator: "\r\n ")
    }

    static func compact(_ day: Day) -> String {
        String(day.description.filter { $0 != "-" })
    }

    /// `20261121T100000Z`.
    static func timestamp(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let day = Day(date)
        let inDay = seconds - day.ordinal * 86_400
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return compact(day) + "T" + two(inDay / 3600) + two(inDay / 60 % 60) + two(inDay % 60) + "Z"
    }
}
