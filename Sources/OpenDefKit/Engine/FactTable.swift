import Foundation

/// Interns fact ids and licence traits to integer slots. A profile becomes an array of `Double`
/// (NaN = unknown); a licence-typed slot holds the licence's index in the catalogue, whose traits sit in
/// one flat table. Nothing on the evaluation path touches a string.
public final class FactTable: Sendable {
    public let vocabulary: Vocabulary
    public let catalogue: LicenceCatalogue
    /// `traits.values[licence * traits.count + trait]`, NaN where the catalogue leaves the trait unknown.
    let traits: TraitTable
    var traitValues: [Double] { traits.values }
    var traitCount: Int { traits.count }
    /// Catalogue indices, best-described licences first: the searches pick their representatives in this
    /// order, so witnesses name licences whose traits are stated by hand rather than obscure ones.
    let licenceSearchOrder: [Int]
    /// Per licence-typed fact: catalogue indices, the licences the corpus uses for that fact first.
    let licenceOrderBySlot: [Int: [Int]]

    /// `profiles`: the corpus, whose most used licences the searches try first (so witnesses and what-if
    /// answers name familiar licences).
    public init(vocabulary: Vocabulary, catalogue: LicenceCatalogue, profiles: [Profile] = []) {
        self.vocabulary = vocabulary
        self.catalogue = catalogue
        let traitCount = vocabulary.traits.count
        var table = [Double](repeating: .nan, count: catalogue.licences.count * max(traitCount, 1))
        for (l, licence) in catalogue.licences.enumerated() {
            for trait in licence.traits {
                guard let t = vocabulary.traitSlot(trait.key), let scalar = trait.value,
                    case .success(let value) = vocabulary.traits[t].type.value(of: scalar)
                else { continue }
                table[l * traitCount + t] = FactTable.encode(value, type: vocabulary.traits[t].type, catalogue: catalogue)
            }
        }
        traits = TraitTable(values: table, count: traitCount)
        let count = traitCount
        var usage = [Int](repeating: 0, count: catalogue.licences.count)
        var usageBySlot: [Int: [Int: Int]] = [:]
        for profile in profiles {
            for fact in profile.facts {
                guard let slot = vocabulary.factSlot(fact.key), vocabulary.facts[slot].type == .licence,
                    let text = fact.value?.text, let id = catalogue.resolve(text), let i = catalogue.index(of: id)
                else { continue }
                usage[i] += 1
                usageBySlot[slot, default: [:]][i, default: 0] += 1
            }
        }
        let known = catalogue.licences.indices.map { l in (0..<count).filter { !table[l * count + $0].isNaN }.count }
        let order = catalogue.licences.indices.sorted { a, b in
            if usage[a] != usage[b] { return usage[a] > usage[b] }
            return known[a] != known[b] ? known[a] > known[b] : a < b
        }
        licenceSearchOrder = order
        licenceOrderBySlot = usageBySlot.mapValues { counts in
            let rank = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
            return order.sorted { a, b in
                let (ca, cb) = (counts[a] ?? 0, counts[b] ?? 0)
                return ca != cb ? ca > cb : rank[a]! < rank[b]!
            }
        }
    }

    public var slotCount: Int { vocabulary.facts.count }

    /// The slot value of a typed value; NaN when it cannot be encoded (e.g. an unknown licence id).
    static func encode(_ value: FactValue, type: FactType, catalogue: LicenceCatalogue) -> Double {
        switch (value, type) {
        case (.bool(let b), _): return b ? 1 : 0
        case (.number(let n, _), _): return n
        case (.date(let d), _): return Double(d.daysSinceEpoch)
        case (.symbol(let s), .enumeration(let values)): return values.firstIndex(of: s).map(Double.init) ?? .nan
        case (.symbol(let s), .licence):
            return catalogue.resolve(s).flatMap(catalogue.index(of:)).map(Double.init) ?? .nan
        default: return .nan
        }
    }

    /// The typed value of a slot value, for showing witnesses and what-if changes.
    func decode(_ raw: Double, type: FactType) -> FactValue? {
        guard !raw.isNaN else { return nil }
        switch type {
        case .bool: return .bool(raw != 0)
        case .number: return .number(raw, text: NumberFormat.shortest(raw))
        case .date: return .date(Day(daysSinceEpoch: Int(raw)))
        case .enumeration(let values):
            let i = Int(raw)
            return values.indices.contains(i) ? .symbol(values[i]) : nil
        case .licence:
            let i = Int(raw)
            return catalogue.licences.indices.contains(i) ? .symbol(catalogue.licences[i].id) : nil
        }
    }

    /// A profile's facts as slot values.
    public func values(of profile: Profile) -> [Double] {
        var values = [Double](repeating: .nan, count: slotCount)
        for fact in profile.facts {
            guard let slot = vocabulary.factSlot(fact.key), let scalar = fact.value else { continue }
            let type = vocabulary.facts[slot].type
            if case .success(let value) = type.value(of: scalar) {
                values[slot] = FactTable.encode(value, type: type, catalogue: catalogue)
            }
        }
        return values
    }

    @inline(__always) func trait(_ licence: Double, _ trait: Int) -> Double {
        let l = Int(licence)
        guard l >= 0, l < catalogue.licences.count else { return .nan }
        return traitValues[l * traitCount + trait]
    }
}

/// Licence traits by row (one row per licence) and column (one per trait), NaN where unknown. The
/// searches extend it with rows for licences whose unknown traits they assume values for.
struct TraitTable: Sendable {
    var values: [Double]
    /// Traits per row.
    let count: Int

    var rows: Int { count == 0 ? 0 : values.count / count }

    func value(_ licence: Double, _ trait: Int) -> Double {
        let l = Int(licence)
        guard l >= 0, trait < count, l * count + trait < values.count else { return .nan }
        return values[l * count + trait]
    }
}

/// Locale-independent number formatting for output.
enum NumberFormat {
    static func shortest(_ x: Double) -> String {
        if x == x.rounded(), abs(x) < 1e15 { return String(Int64(x)) }
        // Swift prints 1e+25; YAML and JSON read 1e25 as well, and people write it that way.
        return "\(x)".replacingOccurrences(of: "e+", with: "e")
    }
}
