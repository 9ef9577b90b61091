import TandemCore

/// What each module brings to the shell: its declared commands and its
/// guided step. `CommandTable` and `GuideFlows` are built from these, in the
/// method's order (`Module.allCases`).
extension Module {
    /// The module's commands, in the order `help` lists them.
    var commands: [Command] {
        switch self {
        case .context: return ContextCommands.all
        case .expectations: return ExpectationCommands.all + TensionCommands.all
        case .map: return MapCommands.all
        case .stages: return StageCommands.all
        case .agreement: return AgreementCommands.all
        case .risks: return RiskCommands.all
        case .health: return HealthCommands.all
        case .phase: return PhaseCommands.all
        case .actions: return ActionCommands.all
        }
    }

    /// Its step of the guided path, with only the questions the partnership's
    /// level calls for (`QuestionID.isInPath(at:)`); actions are agreed along
    /// the way, not in a step of their own.
    var flow: GuideFlow? {
        guard let full = fullFlow else { return nil }
        let all = full.questions
        var flow = GuideFlow(
            id: full.id, questions: { s in all(s).filter { $0.id.isInPath(at: s.context.level) } },
            summary: full.summary)
        flow.revisable = full.revisable
        return flow
    }

    /// Every question of its step, whatever the level.
    private var fullFlow: GuideFlow? {
        switch self {
        case .context: return ContextFlow.flow
        case .expectations: return ExpectationsFlow.flow
        case .map: return MapFlow.flow
        case .stages: return StagesFlow.flow
        case .agreement: return AgreementFlow.flow
        case .risks: return RisksFlow.flow
        case .health: return HealthFlow.flow
        case .phase: return PhaseFlow.flow
        case .actions: return nil
        }
    }
}
