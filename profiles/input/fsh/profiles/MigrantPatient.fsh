Profile: MigrantPatient
Parent: Patient
Id: migrant-patient
Title: "Migrant Patient"
Description: "A person on the move whose health record the e-PHR keeps: identified by an e-PHR number and by the documents they carry, named as they write their name and as host-country documents transliterate it, with nationality, migration status and journey."
* ^purpose = "Lets a clinician in a transit or destination country find the right person and see at a glance who they are: where they come from, their status, how long they have been in the country, which language they speak and whether they need an interpreter."
* insert ConformanceMetadata
* obeys ephr-pat-1

// ---- Identifiers: the e-PHR number always, then the documents the person has
* identifier 1..* MS
* identifier ^slicing.discriminator.type = #value
* identifier ^slicing.discriminator.path = "system"
* identifier ^slicing.rules = #open
* identifier ^slicing.ordered = false
* identifier ^slicing.description = "By issuing system. Host-country identifiers (national id, residence permit, health insurance number: any system the host country uses) may stand anywhere: a record gathers identifiers country by country, in no fixed order."
* identifier contains
    ephrNumber 1..1 MS and
    passport 0..* MS and
    unhcrCase 0..1 MS and
    iomCase 0..1 MS
* identifier[ephrNumber] ^short = "e-PHR number: the record's own identifier, issued at the first contact"
* identifier[ephrNumber].system = $ephr-number
* identifier[ephrNumber].value 1..1 MS
* identifier[passport] ^short = "Passport number (a person may hold several passports)"
* identifier[passport].system = $passport
* identifier[passport].value 1..1 MS
* identifier[passport].type = $v2-0203#PPN
* identifier[passport].period MS
* identifier[passport].period ^short = "Date of issue and date of expiry"
* identifier[passport].extension contains IdentifierIssuingCountry named issuingCountry 0..1 MS
* identifier[passport].extension[issuingCountry] ^short = "Issuing country of the passport (ISO 3166-1 alpha-2)"
* identifier[unhcrCase] ^short = "UNHCR case number"
* identifier[unhcrCase].system = $unhcr-case
* identifier[unhcrCase].value 1..1 MS
* identifier[iomCase] ^short = "IOM case number (e.g. of a resettlement or assisted-return case)"
* identifier[iomCase].system = $iom-case
* identifier[iomCase].value 1..1 MS

// ---- Names, possibly in more than one script
* name 1..* MS
* name ^short = "Names: as written in the person's own script and as transliterated in host-country documents"
* name ^comment = "Give the name as the person writes it (use = official) and, when that script is not Latin, the transliteration used on travel and host-country documents (use = usual). To tell the script, add the core extension http://hl7.org/fhir/StructureDefinition/language with a BCP 47 tag that has a script subtag, e.g. ar-Arab for Arabic script and ar-Latn for its Latin transliteration (deliberately not declared as a slice: declared 0..1, HAPI FHIR 8.8 still required it, apparently because that core extension is defined 1..1 at its root). The core iso21090-EN-representation extension (alphabetic/ideographic/syllabic) is not used: it does not tell scripts apart."
* name.use MS
* name.text MS
* name.family MS
* name.given MS

// ---- Birth date, possibly estimated; gender
* birthDate 1..1 MS
* birthDate ^comment = "When only the year is known, give the year (e.g. 1990) and set the estimated flag when the year itself is an estimate or declaration. Do not invent 1 January."
* birthDate.extension contains BirthDateEstimated named estimated 0..1 MS
* gender 1..1 MS

// ---- Origin, status and journey
* extension contains
    http://hl7.org/fhir/StructureDefinition/patient-nationality named nationality 0..* MS and
    http://hl7.org/fhir/StructureDefinition/patient-birthPlace named birthPlace 0..1 MS and
    MigrationStatus named migrationStatus 0..* MS and
    ArrivalDate named arrivalDate 0..1 MS and
    TransitCountry named transitCountry 0..* MS and
    IntendedDestination named intendedDestination 0..1 MS and
    http://hl7.org/fhir/StructureDefinition/patient-interpreterRequired named interpreterRequired 0..1 MS
* extension[nationality] ^short = "Nationality (absent for a stateless person)"
* extension[nationality].extension[code].valueCodeableConcept from $iso3166-2-vs (required)
* extension[birthPlace] ^short = "Place of birth; at least the country"
* extension[birthPlace].valueAddress.country 1..1 MS
* extension[birthPlace].valueAddress.country ^short = "Country of birth, ISO 3166-1 alpha-2 code"
* extension[migrationStatus] ^short = "Migration status, with its history"
* extension[arrivalDate] ^short = "Date of arrival in the current host country"
* extension[transitCountry] ^short = "Countries of transit, in travel order"
* extension[intendedDestination] ^short = "Country of intended destination or resettlement"
* extension[interpreterRequired] ^short = "Whether an interpreter is needed for consultations"

* address MS
* address.country MS

// ---- Languages
* communication MS
* communication.language MS
* communication.language.coding 1..* MS
* communication.language.coding.system = $bcp47
* communication.language.coding.code 1..1 MS
* communication.preferred MS

// ---- The site that keeps the record
* managingOrganization MS
* managingOrganization ^short = "The health assessment centre or clinic (site) that keeps the record"

Invariant: ephr-pat-1
Description: "At most one language is marked as the preferred language."
Severity: #error
Expression: "communication.where(preferred = true).count() <= 1"
