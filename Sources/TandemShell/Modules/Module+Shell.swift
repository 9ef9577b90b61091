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

    /// Its step of the guided path; actions are agreed along the way, not in a step of their own.
    var flow: GuideFlow? {
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
