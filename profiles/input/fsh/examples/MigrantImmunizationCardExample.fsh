Instance: MigrantImmunizationCardExample
InstanceOf: MigrantImmunization
Usage: #example
Title: "Migrant Immunization Card Example"
Description: "A dose transcribed from a vaccination card at a pre-departure health assessment: the BCG vaccination Nour Al-Halabi received in Jordan shortly after birth."
* id = "migrant-immunization-card-example"
* extension[countryOfAdministration].valueCodeableConcept = $iso3166#JO "Jordan"
* extension[evidenceSource].valueCodeableConcept = $evidence-source-cs#documented-card
* status = #completed
* vaccineCode = $cvx#19 "Bacillus Calmette-Guerin vaccine"
* patient = Reference(MigrantPatientChildExample)
* encounter = Reference(MigrantEncounterPreDepartureExample)
* occurrenceDateTime = "2023-03-12"
* primarySource = false
* reportOrigin = $immunization-origin#record "Written Record"
* protocolApplied[0].doseNumberPositiveInt = 1
* protocolApplied[0].seriesDosesPositiveInt = 1
