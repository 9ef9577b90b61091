/// Every edit of the stages, as a value: the `stage` commands and the guided
/// stages change them only through these. Names and texts are checked by the
/// core's text rule; condition and item numbers and positions against what
/// the stage holds.
public enum StageEdit: SessionChange, Equatable {
    /// A new stage, after the others.
    case add(name: String)
    case rename(stage: String, name: String)
    /// Moves a stage to `position` (1 = first).
    case move(stage: String, position: Int)
    /// Removes a stage named by its id or its whole name.
    case remove(stage: String)
    /// An entry condition, its measure and date already read (`TEXT | MEASURE | DATE`).
    case entry(stage: String, Condition)
    case measure(stage: String, condition: Int, text: String)
    /// A condition's wording, changed (a renegotiated gate); its measure and date are kept.
    case reword(stage: String, condition: Int, text: String)
    /// A condition's date; nil clears it.
    case due(stage: String, condition: Int, Day?)
    case commit(stage: String, partner: String, text: String)
    case deliverable(stage: String, text: String)
    case exit(stage: String, text: String)
    /// The review date; nil clears it.
    case review(stage: String, Day?)
    /// Item `number` of one part, as `stages show` numbers them.
    case drop(stage: String, StagePart, number: Int)

    public func apply(to session: inout Session) throws(SessionError) -> String? {
        switch self {
        case .add(let name):
            return try session.addStage(name: name).id
        case .rename(let stage, let name):
            let id = try session.stage(stage).id
            try session.renameStage(id, to: name)
            return id
        case .move(let stage, let position):
            return try session.moveStage(stage, to: position).id
        case .remove(let stage):
            return try session.removeStage(stage).id
        case .entry(let stage, let condition):
            let checked = Condition(
                text: try TextRule.line.check(condition.text, field: "stage.condition.text"),
                measure: try TextRule.line.check(condition.measure, field: "stage.measure", allowEmpty: true),
                due: condition.due)
            return try session.addEntry(stage, checked).stage.id
        case .measure(let stage, let number, let text):
            return try session.setConditionMeasure(
                stage, condition: number, TextRule.line.check(text, field: "stage.measure")
            ).id
        case .reword(let stage, let number, let text):
            return try session.setConditionText(
                stage, condition: number, TextRule.line.check(text, field: "stage.condition.text")
            ).id
        case .due(let stage, let number, let day):
            return try session.setConditionDue(stage, condition: number, day).id
        case .commit(let stage, let partner, let text):
            return try session.addCommitment(
                stage, partner: partner, TextRule.line.check(text, field: "stage.commitment")
            )
            .stage.id
        case .deliverable(let stage, let text):
            return try session.addDeliverable(stage, TextRule.line.check(text, field: "stage.deliverable")).id
        case .exit(let stage, let text):
            return try session.addExit(stage, TextRule.line.check(text, field: "stage.exit")).id
        case .review(let stage, let day):
            return try session.setReview(stage, day).id
        case .drop(let stage, let part, let number):
            let id = try session.stage(stage).id
            try session.dropItem(id, part, number)
            return id
        }
    }

    public var wording: Phrase {
        switch self {
        case .add(let name): return Phrase("undo.stage.add", ["name": name.trimmingWhitespace])
        case .rename(let stage, let name):
            return Phrase("undo.stage.rename", ["id": stage, "name": name.trimmingWhitespace])
        case .move(let stage, let position):
            return Phrase("undo.stage.move", ["id": stage, "position": String(position)])
        case .remove(let stage): return Phrase("undo.stage.remove", ["id": stage])
        case .entry(let stage, let condition):
            return Phrase("undo.stage.entry", ["id": stage, "text": condition.text.trimmingWhitespace])
        case .measure(let stage, let number, _):
            return Phrase("undo.stage.measure", ["id": stage, "number": String(number)])
        case .reword(let stage, let number, let text):
            return Phrase(
                "undo.stage.reword", ["id": stage, "number": String(number), "text": text.trimmingWhitespace])
        case .due(let stage, let number, let day):
            return Phrase(
                day == nil ? "undo.stage.due.cleared" : "undo.stage.due",
                ["id": stage, "number": String(number), "date": day?.description ?? ""])
        case .commit(let stage, let partner, _): return Phrase("undo.stage.commit", ["id": stage, "partner": partner])
        case .deliverable(let stage, _): return Phrase("undo.stage.deliverable", ["id": stage])
        case .exit(let stage, _): return Phrase("undo.stage.exit", ["id": stage])
        case .review(let stage, let day):
            return Phrase(
                day == nil ? "undo.stage.review.cleared" : "undo.stage.review",
                ["id": stage, "date": day?.description ?? ""])
        case .drop(let stage, let part, let number):
            return Phrase("undo.stage.drop", ["id": stage, "number": String(number)], labels: ["part": part.labelKey])
        }
    }
}
