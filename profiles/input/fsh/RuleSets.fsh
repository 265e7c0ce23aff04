// Aliases and rule sets shared by the profiles, extensions and examples of this project.
// (Aliases produce no artefact; they live here so that every other file holds exactly one artefact.)

// ---- External code systems and value sets
Alias: $loinc = http://loinc.org
Alias: $ucum = http://unitsofmeasure.org
Alias: $cvx = http://hl7.org/fhir/sid/cvx
Alias: $icd10 = http://hl7.org/fhir/sid/icd-10
Alias: $iso3166 = urn:iso:std:iso:3166
Alias: $bcp47 = urn:ietf:bcp:47
Alias: $obs-category = http://terminology.hl7.org/CodeSystem/observation-category
Alias: $v2-0203 = http://terminology.hl7.org/CodeSystem/v2-0203
Alias: $v3-ActCode = http://terminology.hl7.org/CodeSystem/v3-ActCode
Alias: $v3-ObservationInterpretation = http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation
Alias: $immunization-origin = http://terminology.hl7.org/CodeSystem/immunization-origin
Alias: $condition-clinical = http://terminology.hl7.org/CodeSystem/condition-clinical
Alias: $condition-ver-status = http://terminology.hl7.org/CodeSystem/condition-ver-status
Alias: $condition-category = http://terminology.hl7.org/CodeSystem/condition-category
Alias: $v2-0487 = http://terminology.hl7.org/CodeSystem/v2-0487
Alias: $iso3166-2-vs = http://hl7.org/fhir/ValueSet/iso3166-1-2

// ---- Project terminology (separate SUSHI project ../terminology, bound by canonical URL)
Alias: $migration-status-vs = https://fhir.migrant-ephr.org/ValueSet/migration-status-vs
Alias: $assessment-type-vs = https://fhir.migrant-ephr.org/ValueSet/assessment-type-vs
Alias: $evidence-source-vs = https://fhir.migrant-ephr.org/ValueSet/evidence-source-vs
Alias: $vaccine-cvx-vs = https://fhir.migrant-ephr.org/ValueSet/vaccine-cvx-vs
Alias: $ihr-condition-icd10-vs = https://fhir.migrant-ephr.org/ValueSet/ihr-condition-icd10-vs
Alias: $ihr-condition-vs = https://fhir.migrant-ephr.org/ValueSet/ihr-condition-vs
Alias: $tb-screening-tests-vs = https://fhir.migrant-ephr.org/ValueSet/tb-screening-tests-vs
Alias: $screening-lab-tests-vs = https://fhir.migrant-ephr.org/ValueSet/screening-lab-tests-vs
Alias: $screening-result-vs = https://fhir.migrant-ephr.org/ValueSet/screening-result-vs
Alias: $chest-xray-tb-reading-vs = https://fhir.migrant-ephr.org/ValueSet/chest-xray-tb-reading-vs
Alias: $migration-status-cs = https://fhir.migrant-ephr.org/CodeSystem/migration-status-cs
Alias: $assessment-type-cs = https://fhir.migrant-ephr.org/CodeSystem/assessment-type-cs
Alias: $evidence-source-cs = https://fhir.migrant-ephr.org/CodeSystem/evidence-source-cs
Alias: $ihr-condition-cs = https://fhir.migrant-ephr.org/CodeSystem/ihr-condition-cs
Alias: $chest-xray-tb-reading-cs = https://fhir.migrant-ephr.org/CodeSystem/chest-xray-tb-reading-cs

// ---- Project identifier systems
Alias: $ephr-number = https://fhir.migrant-ephr.org/sid/ephr-number
Alias: $passport = https://fhir.migrant-ephr.org/sid/passport
Alias: $unhcr-case = https://fhir.migrant-ephr.org/sid/unhcr-case
Alias: $iom-case = https://fhir.migrant-ephr.org/sid/iom-case
Alias: $source-record = https://fhir.migrant-ephr.org/sid/source-record

// ---- Rule sets

// Metadata of every profile and extension (SUSHI's FSHOnly mode does not apply sushi-config's publisher).
RuleSet: ConformanceMetadata
* ^publisher = "Migrant e-PHR project"
* ^experimental = false
* ^jurisdiction = http://unstats.un.org/unsd/methods/m49/m49.htm#001 "World"

// Where an extension may be used: one context of type element.
RuleSet: ExtensionContext(path)
* ^context[+].type = #element
* ^context[=].expression = "{path}"

// An extension whose value is a country, coded ISO 3166-1 alpha-2 (as everywhere in this project).
RuleSet: CountryValue
* value[x] only CodeableConcept
* valueCodeableConcept 1..1
* valueCodeableConcept from $iso3166-2-vs (required)
* valueCodeableConcept ^short = "Country, ISO 3166-1 alpha-2 (urn:iso:std:iso:3166)"

// What every observation of the e-PHR has: a status, a category, the migrant, and when it was observed.
RuleSet: ObservationBase
* status MS
* category 1..* MS
* code MS
* subject 1..1 MS
* subject only Reference(MigrantPatient)
* encounter MS
* encounter only Reference(MigrantEncounter)
* effective[x] 1..1 MS
* effective[x] only dateTime or Period
* effective[x] ^short = "When observed; for a laboratory test, when the specimen was collected"
* performer MS
* value[x] MS
* dataAbsentReason MS

// One category slice with a fixed observation-category code.
RuleSet: ObservationCategory(code)
* category ^slicing.discriminator.type = #pattern
* category ^slicing.discriminator.path = "$this"
* category ^slicing.rules = #open
* category ^slicing.description = "The observation-category code this profile requires; others may be added."
* category contains {code} 1..1 MS
* category[{code}] = $obs-category#{code}
