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
                id: .stageNames, key: "stages.names", repeats: true, none: .refused,
                current: { $0.stages.map(\.name).joined(separator: ", ") },
                apply: { shell, answer throws(ShellError) in
                    let stage = try shell.apply(StageEdit.add(name: answer))
                    shell.say("stage.added", ["name": stage.name, "id": stage.id], .success)
                }
            )
        ]
        for stage in session.stages {
            list += questions(for: stage, partners: session.partners, close: close)
        }
        return list
    }

    static func questions(for stage: Stage, partners: [Partner], close: Bool) -> [GuideQuestion] {
        let id = stage.id
        let named = ["stage": stage.name]
        func now(_ s: Session) -> Stage? { s.stages.withID(id) }
        var list: [GuideQuestion] = [
            GuideQuestion(
                id: .stage(id, .entry), key: "stages.entry", arguments: named, repeats: true, none: .settles,
                current: { now($0)?.entry.map(\.text).joined(separator: " · ") },
                apply: { shell, answer throws(ShellError) in
                    let condition = try Condition(parsingChecked: answer, today: Day(shell.now))
                    let stage = try shell.apply(StageEdit.entry(stage: id, condition))
                    shell.sayCheck(stage.entry[stage.entry.count - 1], stage: id, number: stage.entry.count)
                }
            )
        ]
        for partner in partners {
            list.append(
                GuideQuestion(
                    id: .commit(stage: id, partner: partner.id), key: "stages.commit",
                    arguments: ["stage": stage.name, "partner": partner.name], repeats: true, none: .settles,
                    current: { s in
                        now(s)?.commitments.filter { $0.partner == partner.id }.map(\.text).joined(separator: " · ")
                    },
                    apply: { shell, answer throws(ShellError) in
                        try shell.apply(StageEdit.commit(stage: id, partner: partner.name, text: answer))
                    }
                ))
        }
        list += [
            GuideQuestion(
                id: .stage(id, .deliverables), key: "stages.deliverables", arguments: named, repeats: true,
                none: .settles,
                current: { now($0)?.deliverables.joined(separator: " · ") },
                apply: { shell, answer throws(ShellError) in
                    try shell.apply(StageEdit.deliverable(stage: id, text: answer))
                }
            ),
            GuideQuestion(
                id: .stage(id, .review), key: "stages.review", arguments: named,
                current: { now($0)?.review?.description },
                apply: { shell, answer throws(ShellError) in
                    shell.sayReview(try shell.apply(StageEdit.review(stage: id, try shell.optionalDay(answer))))
                }
            ),
            GuideQuestion(
                id: .stage(id, .exit), key: "stages.exit", arguments: named, repeats: true, none: .refused,
                insistent: close,
                current: { now($0)?.exits.joined(separator: " · ") },
                apply: { shell, answer throws(ShellError) in
                    try shell.apply(StageEdit.exit(stage: id, text: answer))
                }
            ),
        ]
        return list
    }
}
