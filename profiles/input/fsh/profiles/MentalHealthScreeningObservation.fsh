Profile: MentalHealthScreeningObservation
Parent: Observation
Id: mental-health-screening-observation
Title: "Mental Health Screening Observation"
Description: "The total score of a validated mental-health screening instrument, such as PHQ-9 (LOINC 44261-6, 0 to 27), PHQ-2 (55758-7, 0 to 6) or GAD-7 (70274-6, 0 to 21)."
* ^purpose = "Mental health and psychosocial support is part of migrant health care; a recorded score lets the next clinician see whether a person screened positive (e.g. PHQ-9 of 10 or more) and follow the course over time."
* insert ConformanceMetadata
* insert ObservationBase
* insert ObservationCategory(survey)
* obeys ephr-mh-1
* code.coding ^slicing.discriminator.type = #value
* code.coding ^slicing.discriminator.path = "system"
* code.coding ^slicing.rules = #open
* code.coding ^slicing.description = "The instrument's total score, by its LOINC code."
* code.coding contains loinc 1..1 MS
* code.coding[loinc].system = $loinc
* code.coding[loinc].code 1..1 MS
* code ^short = "LOINC code of the instrument's total score (PHQ-9 44261-6, PHQ-2 55758-7, GAD-7 70274-6)"
* value[x] only integer
* value[x] ^short = "Total score"
* interpretation MS
* interpretation ^short = "Severity band, when the instrument defines one"
* derivedFrom MS
* derivedFrom ^short = "The QuestionnaireResponse with the item answers, when recorded"
* note MS

Invariant: ephr-mh-1
Description: "The total score lies within the instrument's range: PHQ-9 (44261-6) 0 to 27, PHQ-2 (55758-7) 0 to 6, GAD-7 (70274-6) 0 to 21."
Severity: #error
Expression: "(code.coding.where(system = 'http://loinc.org' and code = '44261-6').exists() implies value.ofType(integer).all($this >= 0 and $this <= 27)) and (code.coding.where(system = 'http://loinc.org' and code = '55758-7').exists() implies value.ofType(integer).all($this >= 0 and $this <= 6)) and (code.coding.where(system = 'http://loinc.org' and code = '70274-6').exists() implies value.ofType(integer).all($this >= 0 and $this <= 21))"
