Profile: MigrantCondition
Parent: Condition
Id: migrant-condition
Title: "Migrant Condition"
Description: "A condition found in a migrant (on screening or in care), coded with ICD-10 and, for conditions relevant under the International Health Regulations, with the project's IHR condition code; with the country where it was detected."
* ^purpose = "Carries diagnoses across borders so that treatment (e.g. of tuberculosis) continues, and feeds IHR (2005) and migration-health reporting, which count conditions by code and by country of detection."
* insert ConformanceMetadata

* extension contains CountryOfDetection named countryOfDetection 0..1 MS
* extension[countryOfDetection] ^short = "Country where the condition was detected"
* extension[countryOfDetection] ^comment = "Optional because a condition may be reported by the person without knowing where it was diagnosed; give it whenever it is known."
* identifier MS
* clinicalStatus MS
* verificationStatus 1..1 MS
* verificationStatus ^short = "Confirmed, provisional, differential, refuted, ... (always stated: a suspected case must not read as a confirmed one)"
* category MS
* code 1..1 MS
* code from $ihr-condition-icd10-vs (extensible)
* code ^comment = "An ICD-10 code; for IHR-relevant conditions add the project's IHR condition code (e.g. for MDR-TB, which has no ICD-10 code of its own)."
* code.coding ^slicing.discriminator.type = #value
* code.coding ^slicing.discriminator.path = "system"
* code.coding ^slicing.rules = #open
* code.coding ^slicing.description = "By code system: ICD-10 and the project's IHR condition codes."
* code.coding contains
    icd10 0..1 MS and
    ihrCondition 0..1 MS
* code.coding[icd10] ^short = "ICD-10 (WHO) code"
* code.coding[icd10].system = $icd10
* code.coding[icd10].code 1..1 MS
* code.coding[ihrCondition] ^short = "IHR-relevant condition (project code)"
* code.coding[ihrCondition].system = $ihr-condition-cs
* code.coding[ihrCondition].code 1..1 MS
* code.coding[ihrCondition] from $ihr-condition-vs (required)
* subject MS
* subject only Reference(MigrantPatient)
* encounter MS
* encounter only Reference(MigrantEncounter)
* onset[x] MS
* abatement[x] MS
* recordedDate MS
* recorder MS
* evidence MS
* note MS
