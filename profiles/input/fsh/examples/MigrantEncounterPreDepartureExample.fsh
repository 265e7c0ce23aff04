Instance: MigrantEncounterPreDepartureExample
InstanceOf: MigrantEncounter
Usage: #example
Title: "Migrant Encounter Pre Departure Example"
Description: "The pre-departure health assessment of Nour Al-Halabi in Amman before resettlement to Canada."
* id = "migrant-encounter-pre-departure-example"
* extension[assessmentCountry].valueCodeableConcept = $iso3166#JO "Jordan"
* status = #finished
* class = $v3-ActCode#AMB "ambulatory"
* type = $assessment-type-cs#pre-departure-health-assessment
* subject = Reference(MigrantPatientChildExample)
* period.start = "2025-03-04T08:15:00+03:00"
* period.end = "2025-03-04T09:40:00+03:00"
* serviceProvider = Reference(AssessmentCentreAmmanExample)
