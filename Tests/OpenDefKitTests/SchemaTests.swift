import Foundation
import Testing

@testable import OpenDefKit

/// The JSON Schemas in Definitions/_schema must describe exactly what the loaders accept.
@Suite struct SchemaTests {
    func schema(_ name: String) throws -> [String: Any] {
        let data = try #require(FileManager.default.contents(atPath: Repository.definitions + "/_schema/\(name).schema.json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    func properties(_ object: [String: Any]?) -> Set<String> {
        Set((object?["properties"] as? [String: Any])?.keys.map { $0 } ?? [])
    }

    func items(_ object: [String: Any]?, _ key: String) -> [String: Any]? {
        ((object?["properties"] as? [String: Any])?[key] as? [String: Any])?["items"] as? [String: Any]
    }

    func property(_ object: [String: Any]?, _ key: String) -> [String: Any]? {
        (object?["properties"] as? [String: Any])?[key] as? [String: Any]
    }

    func enumValues(_ object: [String: Any]?) -> Set<String> {
        Set((object?["enum"] as? [String]) ?? [])
    }

    @Test func vocabularySchema() throws {
        let s = try schema("vocabulary")
        #expect(properties(s) == Set(VocabularyLoader.Keys.allCases.map(\.rawValue)))
        #expect(properties(items(s, "facts")) == Set(VocabularyLoader.FactKeys.allCases.map(\.rawValue)))
        #expect(properties(items(s, "licence_traits")) == Set(VocabularyLoader.TraitKeys.allCases.map(\.rawValue)))
        #expect(properties(items(s, "constraints")) == Set(VocabularyLoader.ConstraintKeys.allCases.map(\.rawValue)))
        #expect(enumValues(property(items(s, "facts"), "type")) == Set(VocabularyLoader.TypeName.allCases.map(\.rawValue)))
    }

    @Test func definitionSchema() throws {
        let s = try schema("definition")
        #expect(properties(s) == Set(DefinitionLoader.Keys.allCases.map(\.rawValue)))
        #expect(Set(s["required"] as? [String] ?? []) == Set(DefinitionLoader.required))
        #expect(properties(items(s, "criteria")) == Set(DefinitionLoader.CriterionKeys.allCases.map(\.rawValue)))
        #expect(properties(property(items(s, "criteria"), "cite")) == Set(DefinitionLoader.CiteKeys.allCases.map(\.rawValue)))
        #expect(properties(items(s, "outcomes")) == Set(DefinitionLoader.OutcomeKeys.allCases.map(\.rawValue)))
        #expect(enumValues(property(s, "kind")) == Set(Definition.Kind.allCases.map(\.rawValue)))
        #expect(enumValues(property(s, "status")) == Set(Definition.Status.allCases.map(\.rawValue)))
        #expect(enumValues(property(items(s, "outcomes"), "obligations")) == Set(Obligations.allCases.map(\.rawValue)))
        try predicateSchema(s)
    }

    func predicateSchema(_ s: [String: Any]) throws {
        let defs = try #require(s["$defs"] as? [String: Any])
        let predicate = try #require(defs["predicate"] as? [String: Any])
        let variants = try #require(predicate["oneOf"] as? [[String: Any]])
        let keys = variants.map(properties)
        #expect(keys.contains(Set(["all"])) && keys.contains(Set(["any"])) && keys.contains(Set(["not"])))
        #expect(keys.contains(Set(PredicateLoader.comparisonKeys)))
        #expect(Set(PredicateLoader.comparisonKeys) == Set(["fact"] + Comparison.Operator.allCases.map(\.rawValue)))
    }

    @Test func profileSchema() throws {
        let s = try schema("profile")
        #expect(properties(s) == Set(ProfileLoader.Keys.allCases.map(\.rawValue)))
        let sourced = try #require((s["$defs"] as? [String: Any])?["sourced"] as? [String: Any])
        let long = try #require((sourced["oneOf"] as? [[String: Any]])?.last)
        #expect(properties(long) == Set(SourcedValueLoader.Keys.allCases.map(\.rawValue)))
        #expect(enumValues(property(long, "grade")) == Set(SourcedValue.Grade.allCases.map(\.rawValue)))
    }

    @Test func licenceSchemas() throws {
        let s = try schema("licence")
        #expect(properties(s) == Set(LicenceLoader.Keys.allCases.map(\.rawValue)))
        #expect(properties(items(s, "licences")) == Set(LicenceLoader.EntryKeys.allCases.map(\.rawValue)))
        let a = try schema("aliases")
        #expect(properties(a) == Set(LicenceLoader.AliasFileKeys.allCases.map(\.rawValue)))
        #expect(properties(items(a, "aliases")) == Set(LicenceLoader.AliasKeys.allCases.map(\.rawValue)))
    }

    @Test func everyBundledFileNamesItsSchemaOnTheFirstLine() throws {
        let workspace = Repository.workspace()
        for (path, text) in workspace.sources {
            let first = text.prefix { $0 != "\n" }
            let expected: String
            if path.hasSuffix("/vocabulary.yaml") { expected = "vocabulary" }
            else if path.hasSuffix("/aliases.yaml") { expected = "aliases" }
            else if path.contains("/licences/") { expected = "licence" }
            else if path.contains("/Models/") { expected = "profile" }
            else { expected = "definition" }
            #expect(first.hasPrefix("# yaml-language-server: $schema="), "\(path)")
            #expect(first.hasSuffix("_schema/\(expected).schema.json"), "\(path): \(first)")
        }
    }
}
