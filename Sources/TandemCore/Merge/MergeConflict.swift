/// A field two branches changed differently, which `tandem merge` could not
/// settle: the merged session holds our value until the coach settles it
/// (`conflict settle ID ours|theirs|TEXT`). Values are kept as JSON text
/// (`4`, `"Weekly call"`), exactly as each side had them.
public struct MergeConflict: Codable, Equatable, Sendable, Identifiable {
    /// `x1`, `x2`… numbered again at each merge.
    public var id: String
    /// Where the field lives: a list of the session (`risks`), or a part of it (`title`, `context`).
    public var field: String
    /// The item of that list (`r3`, or `p1/n2` for a rating), empty for a part of the session.
    public var item: String
    /// The item's field (`likelihood`), empty when the whole value differs.
    public var key: String
    public var base: String?
    public var ours: String
    public var theirs: String

    public init(id: String, field: String, item: String, key: String, base: String?, ours: String, theirs: String) {
        self.id = id
        self.field = field
        self.item = item
        self.key = key
        self.base = base
        self.ours = ours
        self.theirs = theirs
    }

    /// `risks r3 likelihood`, `title`: where the conflict is, as a person reads it.
    public var place: String {
        [field, item, key].filter { !$0.isEmpty }.joined(separator: " ")
    }
}
