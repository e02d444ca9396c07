/// Pass 6: the roles persons hold and whose they are — "French President
/// Emmanuel Macron" (France), "Olivier Salgado, the spokesman for the MINUSMA
/// mission" (MINUSMA), "the head of Mali's ruling junta, Assimi Goita" (the junta).
extension MentionFinder {
    mutating func findRoleClaims() {
        var endingAt: [Int: [Int]] = [:]
        for (index, mention) in set.mentions.enumerated() { endingAt[mention.range.upperBound, default: []].append(index) }
        mentionsEndingAt = endingAt
        for (index, person) in set.mentions.enumerated() where person.kind == .person {
            var roles: [Int] = []
            // A title right before the name, and a role before a rank ("military spokesman Colonel …").
            var k = person.start - 1
            while k >= 0, roleAt[k] >= 0, !roles.contains(roleAt[k]) {
                roles.append(roleAt[k])
                k = set.roles[roleAt[k]].range.lowerBound - 1
            }
            // A role in apposition after: "Name, (the) role …".
            if person.end < tokens.count, punct(tokens, person.end, ",") {
                var m = person.end + 1
                while m < tokens.count, m - person.end <= 4, !punct(tokens, m, ","), tokens[m].sentence == person.sentence {
                    if roleAt[m] >= 0 { roles.append(roleAt[m]); break }
                    m += 1
                }
            }
            // A role in apposition before: "the head of …, Name".
            if person.start > 0, punct(tokens, person.start - 1, ","), roles.isEmpty {
                var m = person.start - 2
                while m >= sentenceStart(person.start), person.start - m <= 10, !punct(tokens, m, ","), tokens[m].kind != .quote {
                    if roleAt[m] >= 0 { roles.append(roleAt[m]); break }
                    m -= 1
                }
            }
            for role in roles {
                let span = set.roles[role]
                var affiliation = affiliationBefore(span.range.lowerBound)
                if affiliation == nil, span.range.upperBound != person.start {
                    affiliation = affiliationAfter(span.range.upperBound, stop: person.start)
                }
                set.claims.append(RoleClaim(person: index, role: span, affiliation: affiliation))
            }
        }
    }

    /// The actor or mission named right before a role: "Germany's", "EU", "French".
    private func affiliationBefore(_ k: Int) -> Int? {
        var m = k - 1
        guard m >= 0 else { return nil }
        if tokens[m].kind == .possessive { m -= 1 }
        guard m >= 0 else { return nil }
        // The widest mention that ends at m.
        for index in mentionsEndingAt[m + 1] ?? [] where canAffiliate(set.mentions[index]) { return index }
        return nil
    }

    /// The actor or mission after "of", "for", "at", "to" or "with" that follows a role.
    private func affiliationAfter(_ k: Int, stop: Int) -> Int? {
        // (A role that ends the text has nothing after it.)
        guard k < tokens.count else { return nil }
        var m = k
        let end = min(sentenceEnd(k), k + 14)
        while m < end, m != stop, !punct(tokens, m, ","), tokens[m].kind != .quote, !punct(tokens, m, ".") {
            if ["of", "for", "at", "to", "with", "in"].contains(tokens[m].lower) {
                var q = m + 1
                while q < end, q - m <= 4, !punct(tokens, q, ",") {
                    if let owner = set.mention(at: q) {
                        if canAffiliate(set.mentions[owner]), tokens[m].lower != "in" { return owner }
                        break
                    }
                    if set.place[q] { break }
                    q += 1
                }
            }
            m += 1
        }
        return nil
    }

    private func canAffiliate(_ mention: Mention) -> Bool {
        switch mention.kind {
        case .named, .demonym, .organization, .mission, .government, .forces, .organizationReference: return true
        default: return false
        }
    }
}
