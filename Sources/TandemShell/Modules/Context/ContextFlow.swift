import TandemCore

/// Context: purpose and shared vision, type, level, relationship, the partners and whom they represent.
enum ContextFlow {
    static let flow = GuideFlow(id: "context", questions: questions) { shell in shell.showStatus() }

    static func questions(_ session: Session) -> [GuideQuestion] {
        var list: [GuideQuestion] = [
            GuideQuestion(
                id: "context.purpose", key: "context.purpose", settled: { !$0.context.purpose.isEmpty },
                current: { $0.context.purpose }
            ) { shell, answer throws(ShellError) in try shell.setContext("purpose", answer) },
            GuideQuestion(
                id: "context.vision", key: "context.vision", settled: { !$0.context.vision.isEmpty },
                current: { $0.context.vision }
            ) { shell, answer throws(ShellError) in try shell.setContext("vision", answer) },
            GuideQuestion(
                id: "context.type", key: "context.type", choices: PartnershipType.allCases.map(\.labelKey),
                settled: { $0.context.type != nil }, current: { $0.context.type?.labelKey }
            ) { shell, answer throws(ShellError) in try shell.setContext("type", answer) },
            GuideQuestion(
                id: "context.level", key: "context.level", choices: PartnershipLevel.allCases.map(\.labelKey),
                settled: { $0.context.level != nil }, current: { $0.context.level?.labelKey }
            ) { shell, answer throws(ShellError) in try shell.setContext("level", answer) },
            GuideQuestion(
                id: "context.relationship", key: "context.relationship", choices: Relationship.allCases.map(\.labelKey),
                settled: { $0.context.relationship != nil }, current: { $0.context.relationship?.labelKey }
            ) { shell, answer throws(ShellError) in try shell.setContext("relationship", answer) },
            GuideQuestion(
                id: "context.partners", key: "context.partners", repeats: true,
                settled: { $0.partners.count >= 2 },
                current: { $0.partners.map(\.name).joined(separator: ", ") }
            ) { shell, answer throws(ShellError) in
                let parts = answer.split(separator: ",", maxSplits: 1).map { String($0).trimmingWhitespace }
                let name = parts.first ?? "", role = parts.count > 1 ? parts[1] : ""
                let partner = try shell.change("partner add " + answer) { (s: inout Session) throws(SessionError) in
                    try s.addPartner(name: name, role: role)
                }
                shell.say("partner.added", ["name": partner.name, "id": partner.id], .success)
            },
        ]
        for partner in session.partners {
            list.append(
                GuideQuestion(
                    id: "context.represents.\(partner.id)", key: "context.represents", arguments: ["partner": partner.name],
                    settled: { s in s.partners.first { $0.id == partner.id }?.represents.isEmpty == false },
                    current: { s in s.partners.first { $0.id == partner.id }?.represents }
                ) { shell, answer throws(ShellError) in
                    let text = try shell.cleanText(answer, field: "represents")
                    try shell.change("represents \(partner.id) \(text)") { (s: inout Session) throws(SessionError) in
                        guard let i = s.partners.firstIndex(where: { $0.id == partner.id }) else {
                            throw .unknownPartner(partner.name)
                        }
                        s.partners[i].represents = text
                    }
                    shell.say("context.represents.done", ["partner": partner.name, "value": text])
                })
        }
        return list
    }
}
