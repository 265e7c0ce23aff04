Instance: MigrantImmunizationExample
InstanceOf: MigrantImmunization
Usage: #example
Title: "Migrant Immunization Example"
Description: "A dose given in the host country: the first dose of an adult tetanus-diphtheria catch-up series, given to Dawit Tesfay at the reception centre clinic in Catania."
* id = "migrant-immunization-example"
* extension[countryOfAdministration].valueCodeableConcept = $iso3166#IT "Italy"
* status = #completed
* vaccineCode = $cvx#139 "Td(adult) unspecified formulation"
* patient = Reference(MigrantPatientExample)
* occurrenceDateTime = "2023-06-01"
* primarySource = true
* performer[0].actor = Reference(ReceptionClinicCataniaExample)
* lotNumber = "TD2304-118"
* protocolApplied[0].doseNumberPositiveInt = 1
* protocolApplied[0].seriesDosesPositiveInt = 3
