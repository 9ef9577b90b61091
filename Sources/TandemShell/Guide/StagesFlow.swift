import TandemCore

/// Stages: first their names, then for each stage in order its entry
/// conditions, what each partner commits to, its deliverables, its review
/// date and how a partner may leave it.
///
/// New questions only ever appear after the one being answered (a new stage
/// adds its questions at the end), so the engine's index never jumps.
enum StagesFlow {
    static let flow = GuideFlow(id: "stages", questions: questions) { shell in shell.showStages() }

    static func questions(_ session: Session) -> [GuideQuestion] {
        let close = session.context.relationship == .friends || session.context.relationship == .family
        var list: [GuideQuestion] = [
            GuideQuestion(
                id: "stages.names", key: "stages.names", repeats: true,
                settled: { !$0.stages.isEmpty },
                current: { $0.stages.map(\.name).joined(separator: ", ") }
            ) { shell, answer throws(ShellError) in
                let stage = try shell.change("stage add " + answer) { (s: inout Session) throws(SessionError) in
                    try s.addStage(name: answer)
                }
                shell.say("stage.added", ["name": stage.name, "id": stage.id], .success)
            }
        ]
        for stage in session.stages {
            list += questions(for: stage, partners: session.partners, close: close)
        }
        return list
    }

    static func questions(for stage: Stage, partners: [Partner], close: Bool) -> [GuideQuestion] {
        let id = stage.id
        let named = ["stage": stage.name]
        func now(_ s: Session) -> Stage? { s.stages.first { $0.id == id } }
        var list: [GuideQuestion] = [
            GuideQuestion(
                id: "stages.\(id).entry", key: "stages.entry", arguments: named, repeats: true,
                settled: { now($0)?.entry.isEmpty == false },
                current: { now($0)?.entry.map(\.text).joined(separator: " · ") }
            ) { shell, answer throws(ShellError) in
                let condition = try Condition(
                    parsingChecked: try shell.stageText(answer, field: "stage.condition.text"), today: Day(shell.now))
                let added = try shell.change("stage entry \(id) \(answer)") { (s: inout Session) throws(SessionError) in
                    try s.addEntry(id, condition)
                }
                shell.sayCheck(condition, stage: id, number: added.number)
            }
        ]
        for partner in partners {
            list.append(
                GuideQuestion(
                    id: "stages.\(id).commit.\(partner.id)", key: "stages.commit",
                    arguments: ["stage": stage.name, "partner": partner.name], repeats: true,
                    settled: { s in now(s)?.commitments.contains { $0.partner == partner.id } == true },
                    current: { s in now(s)?.commitments.filter { $0.partner == partner.id }.map(\.text).joined(separator: " · ") }
                ) { shell, answer throws(ShellError) in
                    let text = try shell.stageText(answer, field: "stage.commitment")
                    try shell.change("stage commit \(id) \(partner.id) \(text)") { (s: inout Session) throws(SessionError) in
                        try s.addCommitment(id, partner: partner.id, text)
                    }
                })
        }
        list += [
            GuideQuestion(
                id: "stages.\(id).deliverables", key: "stages.deliverables", arguments: named, repeats: true,
                settled: { now($0)?.deliverables.isEmpty == false },
                current: { now($0)?.deliverables.joined(separator: " · ") }
            ) { shell, answer throws(ShellError) in
                let text = try shell.stageText(answer, field: "stage.deliverable")
                try shell.change("stage deliverable \(id) \(text)") { (s: inout Session) throws(SessionError) in try s.addDeliverable(id, text) }
            },
            GuideQuestion(
                id: "stages.\(id).review", key: "stages.review", arguments: named,
                settled: { now($0)?.review != nil },
                current: { now($0)?.review?.description }
            ) { shell, answer throws(ShellError) in
                let day = try shell.optionalDay(answer)
                let updated = try shell.change("stage review \(id) \(answer)") { (s: inout Session) throws(SessionError) in
                    try s.setReview(id, day)
                }
                shell.sayReview(updated)
            },
            GuideQuestion(
                id: "stages.\(id).exit", key: "stages.exit", arguments: named, repeats: true, insistent: close,
                settled: { now($0)?.exits.isEmpty == false },
                current: { now($0)?.exits.joined(separator: " · ") }
            ) { shell, answer throws(ShellError) in
                let text = try shell.stageText(answer, field: "stage.exit")
                try shell.change("stage exit \(id) \(text)") { (s: inout Session) throws(SessionError) in try s.addExit(id, text) }
            },
        ]
        return list
    }
}
