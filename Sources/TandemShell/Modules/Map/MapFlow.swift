import TandemCore

/// Complementarities: the needs (list, "NAME" or "NAME, critical"), then each
/// partner's level on each need ("2", "2 comment" or "2, comment"), then strengths and
/// weaknesses per partner. Questions keep their place once listed, so the
/// engine's index stays on the right one while needs are added.
enum MapFlow {
    static let flow = GuideFlow(id: "map", questions: questions) { shell in shell.showMap() }

    static func questions(_ session: Session) -> [GuideQuestion] {
        var list: [GuideQuestion] = [
            GuideQuestion(
                id: .needs, key: "map.needs", repeats: true, none: .refused,
                current: { s in s.needs.map { $0.name + ($0.critical ? " (!)" : "") }.joined(separator: ", ") }
            ) { shell, answer throws(ShellError) in
                let (name, critical) = shell.splitNeedAnswer(answer)
                try shell.addNeed(name, critical: critical)
            }
        ]
        for need in session.needs {
            for partner in session.partners {
                list.append(
                    GuideQuestion(
                        id: .rate(need: need.id, partner: partner.id),
                        key: need.critical ? "map.rate.critical" : "map.rate",
                        arguments: ["need": need.name, "partner": partner.name], none: .refused,
                        current: { s in
                            s.rating(partner: partner.id, need: need.id).map {
                                $0.note.isEmpty ? String($0.score) : "\($0.score) \($0.note)"
                            }
                        }
                    ) { shell, answer throws(ShellError) in
                        let (head, comment) = Shell.splitRatingAnswer(answer)
                        try shell.rate(partner.id, need.id, try shell.parseCoverage(head), comment)
                    })
            }
        }
        for partner in session.partners {
            for kind in [Trait.Kind.strength, .weakness] {
                list.append(
                    GuideQuestion(
                        id: .trait(kind, partner: partner.id), key: "map.\(kind.rawValue)",
                        arguments: ["partner": partner.name],
                        repeats: true, none: kind == .weakness ? .settles : .refused,
                        current: { s in
                            s.partnerTraits(partner.id).filter { $0.kind == kind }.map(\.text).joined(
                                separator: " · ")
                        }
                    ) { shell, answer throws(ShellError) in try shell.addTrait(partner.id, kind, answer) })
            }
        }
        return list
    }
}

extension Shell {
    /// "1, does not like writing" or "1 does not like writing" → ("1", "does not like writing").
    static func splitRatingAnswer(_ answer: String) -> (level: String, comment: String) {
        let trimmed = answer.trimmingWhitespace
        let head = trimmed.prefix { !$0.isWhitespace && $0 != "," && $0 != ";" && $0 != ":" }
        var rest = trimmed.dropFirst(head.count)
        while let first = rest.first, first.isWhitespace || ",;:-—".contains(first) { rest.removeFirst() }
        return (String(head), String(rest))
    }

    /// "Client access, critical" → ("Client access", true); the French label works too.
    func splitNeedAnswer(_ answer: String) -> (name: String, critical: Bool) {
        guard let comma = answer.lastIndex(of: ",") else { return (answer, false) }
        let tail = String(answer[answer.index(after: comma)...]).trimmingWhitespace
        guard isCriticalWord(tail) else { return (answer, false) }
        return (String(answer[..<comma]).trimmingWhitespace, true)
    }
}
