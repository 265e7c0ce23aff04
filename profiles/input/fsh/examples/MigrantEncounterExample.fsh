Instance: MigrantEncounterExample
InstanceOf: MigrantEncounter
Usage: #example
Title: "Migrant Encounter Example"
Description: "The arrival health screening of Dawit Tesfay at the reception centre clinic in Catania, two days after disembarkation."
* id = "migrant-encounter-example"
* extension[assessmentCountry].valueCodeableConcept = $iso3166#IT "Italy"
* status = #finished
* class = $v3-ActCode#AMB "ambulatory"
* type = $assessment-type-cs#arrival-health-screening
* subject = Reference(MigrantPatientExample)
* period.start = "2023-05-16T09:30:00+02:00"
* period.end = "2023-05-16T10:45:00+02:00"
* serviceProvider = Reference(ReceptionClinicCataniaExample)
