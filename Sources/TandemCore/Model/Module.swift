/// The method's modules, in its order: the one list that the report, `diff`,
/// the guide and the command table walk. Each module keeps its state in
/// `SessionState`, and its code in one folder on each side (core and shell).
/// A new module is a new case here: the compiler then names each place that
/// must say what the module brings (its report section, its commands, its
/// guided step).
public enum Module: String, CaseIterable, Sendable {
    case context, expectations, map, stages, agreement, risks, health, phase, actions
}
