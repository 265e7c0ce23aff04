Profile: MigrantImmunization
Parent: Immunization
Id: migrant-immunization
Title: "Migrant Immunization"
Description: "One vaccine dose in a migrant's record, given or reported anywhere along the journey: the vaccine (CVX), when and in which country it was given, the dose number, and where the information came from (a card, a registry, the person's own account)."
* ^purpose = "Lets clinicians in transit and destination countries see which doses a person already had and how trustworthy each record is, so that doses are neither repeated nor wrongly assumed, and catch-up schedules start from the right point."
* insert ConformanceMetadata
* obeys ephr-imm-1 and ephr-imm-3

* extension contains
    CountryOfAdministration named countryOfAdministration 1..1 MS and
    EvidenceSource named evidenceSource 0..1 MS
* extension[countryOfAdministration] ^short = "Country where the dose was given"
* extension[evidenceSource] ^short = "Where the information about this dose came from"

* identifier MS
* status MS
* statusReason MS
* statusReason ^short = "Why the dose was not given (required when status is not-done)"
* vaccineCode MS
* vaccineCode from $vaccine-cvx-vs (extensible)
* vaccineCode ^comment = "A CVX code when one fits; a national code may be added as a further coding (see the NationalVaccineToCvx concept map)."
* patient MS
* patient only Reference(MigrantPatient)
* encounter MS
* encounter only Reference(MigrantEncounter)
* occurrence[x] MS
* occurrence[x] ^short = "Date of the dose; or, when only a period was reported, a text"
* occurrence[x] ^comment = "occurrenceDateTime when the date is known (year or year-month precision is allowed); occurrenceString when only a period was reported, e.g. \"as an infant\" or \"during the 2019 measles campaign in Kakuma camp\"."
* primarySource 1..1 MS
* primarySource ^short = "True when recorded by the person or site that gave the dose; false when transcribed or reported"
* reportOrigin MS
* location MS
* location ^short = "Where the dose was given (site)"
* performer MS
* performer.actor MS
* lotNumber MS
* protocolApplied MS
* protocolApplied obeys ephr-imm-2
* protocolApplied.doseNumber[x] only positiveInt
* protocolApplied.doseNumber[x] MS
* protocolApplied.doseNumber[x] ^short = "Dose number within the series (1, 2, 3, ...)"
* protocolApplied.seriesDoses[x] only positiveInt
* protocolApplied.seriesDoses[x] MS
* protocolApplied.targetDisease MS

Invariant: ephr-imm-1
Description: "A dose that was not given states why (statusReason)."
Severity: #error
Expression: "status = 'not-done' implies statusReason.exists()"

Invariant: ephr-imm-2
Description: "The dose number is not greater than the number of doses in the series."
Severity: #error
Expression: "seriesDoses.exists() implies doseNumber <= seriesDoses"

Invariant: ephr-imm-3
Description: "A record that does not come from the primary source says where it came from (reportOrigin or the evidence-source extension)."
Severity: #error
Expression: "primarySource = false implies (reportOrigin.exists() or extension('https://fhir.migrant-ephr.org/StructureDefinition/evidence-source').exists())"
