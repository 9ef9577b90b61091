extension KeyedDecodingContainer {
    /// The value at `key`, or `fallback` when the key is absent (older files);
    /// a present value of the wrong type is still an error.
    func value<T: Decodable>(_ key: Key, or fallback: @autoclosure () -> T) throws -> T {
        try decodeIfPresent(T.self, forKey: key) ?? fallback()
    }
}
