import Foundation
import OpenDefKit
import Testing

@Suite struct CatalogueTests {
    let workspace = Repository.workspace()

    @Test func coversEverySPDXLicence() throws {
        let path = Repository.corpora + "/lfai-model-openness-tool/config/licenses.json"
        let data = try #require(FileManager.default.contents(atPath: path), "SPDX list copy missing at \(path)")
        struct List: Decodable {
            struct Entry: Decodable {
                let licenseId: String
                let isOsiApproved: Bool
                let isFsfLibre: Bool?
            }
            let licenses: [Entry]
        }
        let list = try JSONDecoder().decode(List.self, from: data)
        #expect(list.licenses.count > 600)
        for entry in list.licenses {
            let licence = try #require(workspace.catalogue.licence(entry.licenseId), "missing \(entry.licenseId)")
            #expect(licence.trait("osi_approved")?.value?.text == (entry.isOsiApproved ? "true" : "false"), "\(entry.licenseId)")
            #expect(licence.trait("fsf_libre")?.value?.text == (entry.isFsfLibre == true ? "true" : "false"), "\(entry.licenseId)")
        }
    }

    @Test(arguments: [
        "LicenseRef-Llama-2-Community", "LicenseRef-Llama-3-Community", "LicenseRef-Llama-3.1-Community",
        "LicenseRef-Llama-3.2-Community", "LicenseRef-Llama-3.3-Community", "LicenseRef-Llama-4-Community",
        "LicenseRef-Gemma-Terms-of-Use", "LicenseRef-Qwen-License", "LicenseRef-BigScience-RAIL-1.0",
        "LicenseRef-OpenRAIL-M", "LicenseRef-Falcon-180B-TII", "LicenseRef-DeepSeek-Model",
    ])
    func aiModelLicenceStatesEveryTrait(id: String) throws {
        let licence = try #require(workspace.catalogue.licence(id))
        let vocabulary = try #require(workspace.vocabulary)
        for trait in vocabulary.traits where trait.id != "user_threshold_mau" {
            let stated = try #require(licence.trait(trait.id), "\(id) does not state \(trait.id)")
            // Unknown is allowed, but then a note must say what would settle it.
            if stated.value == nil { #expect(stated.note != nil, "\(id).\(trait.id) is unknown without a note") }
            else { #expect(stated.source != nil, "\(id).\(trait.id) has no source") }
        }
        #expect(licence.url != nil)
    }

    @Test func llamaLicencesCarryTheUserThreshold() throws {
        for version in ["2", "3", "3.1", "3.2", "3.3", "4"] {
            let licence = try #require(workspace.catalogue.licence("LicenseRef-Llama-\(version)-Community"))
            #expect(licence.trait("user_threshold")?.value?.text == "true")
            #expect(licence.trait("user_threshold_mau")?.value?.text.filter(\.isNumber) == "700000000")
            #expect(licence.trait("acceptable_use_policy")?.value?.text == "true")
            #expect(licence.usePolicy != nil)
        }
    }

    @Test(arguments: [("Apache 2.0", "Apache-2.0"), ("apache-2.0", "Apache-2.0"), ("MIT License", "MIT"), ("mit", "MIT")])
    func aliasesResolve(alias: String, id: String) {
        #expect(workspace.catalogue.resolve(alias) == id)
    }

    @Test func unknownSpellingsAreNotGuessed() {
        #expect(workspace.catalogue.resolve("Undisclosed") == nil)
        #expect(workspace.catalogue.resolve("BSD") == nil)
    }
}
