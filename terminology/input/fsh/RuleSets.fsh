// Aliases and RuleSets shared by every terminology artefact.
// This is the only .fsh file that holds more than one item and is not named after an artefact.

Alias: $icd10 = http://hl7.org/fhir/sid/icd-10
Alias: $cvx = http://hl7.org/fhir/sid/cvx
Alias: $loinc = http://loinc.org
Alias: $v3-ObservationInterpretation = http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation

// Metadata common to every CodeSystem and ValueSet (caret rules).
RuleSet: TerminologyMetadata
* ^status = #draft
* ^experimental = false
* ^publisher = "Migrant e-PHR project"
* ^version = "0.1.0"

// Every project code system is case-sensitive and lists all its concepts.
RuleSet: CompleteCodeSystem
* ^caseSensitive = true
* ^content = #complete

// Metadata common to every ConceptMap (an Instance, so plain rules, not caret rules).
RuleSet: ConceptMapMetadata
* status = #draft
* experimental = false
* publisher = "Migrant e-PHR project"
* version = "0.1.0"

// French and Arabic designations of a concept (use omitted; English is the display).
// Wrap a value in [[ ]] when it contains a comma or a parenthesis.
RuleSet: Designations(fr, ar)
* ^designation[0].language = #fr
* ^designation[0].value = "{fr}"
* ^designation[1].language = #ar
* ^designation[1].value = "{ar}"

// French designation only (Arabic left out where the translation is not certain).
RuleSet: DesignationFr(fr)
* ^designation[0].language = #fr
* ^designation[0].value = "{fr}"

// The IHR (2005) Annex 2 category of an IhrConditionCS concept.
RuleSet: Annex2Category(category)
* ^property[0].code = #annex2-category
* ^property[0].valueCode = #{category}

// One element of a ConceptMap's first group, mapped to one target.
RuleSet: MapElement(code, display, target, targetDisplay, equivalence)
* group[0].element[+].code = #{code}
* group[0].element[=].display = "{display}"
* group[0].element[=].target[0].code = #{target}
* group[0].element[=].target[0].display = "{targetDisplay}"
* group[0].element[=].target[0].equivalence = #{equivalence}
