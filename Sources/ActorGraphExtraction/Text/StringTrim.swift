extension StringProtocol {
    /// The text without leading and trailing whitespace and newlines.
    func trimmedWhitespace() -> String {
        var scalars = Substring(self)
        while let f = scalars.unicodeScalars.first, f.properties.isWhitespace { scalars = scalars.dropFirst() }
        while let l = scalars.unicodeScalars.last, l.properties.isWhitespace { scalars = scalars.dropLast() }
        return String(scalars)
    }
}
