Profile: MigrantEncounter
Parent: Encounter
Id: migrant-encounter
Title: "Migrant Encounter"
Description: "A health assessment or consultation of a migrant: a pre-departure health assessment, an arrival screening, a follow-up, mental-health or vaccination visit. Its type says which; it records when and in which country it took place, and at which site."
* ^purpose = "Groups the observations, vaccinations and findings of one assessment, and tells a receiving clinician what kind of assessment was done, where and when (pre-departure or after arrival)."
* insert ConformanceMetadata

* extension contains AssessmentCountry named assessmentCountry 1..1 MS
* extension[assessmentCountry] ^short = "Country where the assessment took place"
* identifier MS
* status MS
* class MS
* type 1..1 MS
* type from $assessment-type-vs (required)
* type ^short = "Kind of assessment or consultation"
* subject 1..1 MS
* subject only Reference(MigrantPatient)
* participant MS
* participant.individual MS
* period 1..1 MS
* period.start 1..1 MS
* period.end MS
* reasonCode MS
* location MS
* location.location MS
* serviceProvider MS
* serviceProvider ^short = "The site (health assessment centre, clinic) responsible for the encounter"
