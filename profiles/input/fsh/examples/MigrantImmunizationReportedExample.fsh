Instance: MigrantImmunizationReportedExample
InstanceOf: MigrantImmunization
Usage: #example
Title: "Migrant Immunization Reported Example"
Description: "A dose known only from the person's own account: Dawit Tesfay remembers a measles vaccination in his childhood in Eritrea but has no card; the date is a reported period, not a date."
* id = "migrant-immunization-reported-example"
* extension[countryOfAdministration].valueCodeableConcept = $iso3166#ER "Eritrea"
* extension[evidenceSource].valueCodeableConcept = $evidence-source-cs#self-reported
* status = #completed
* vaccineCode = $cvx#05 "measles virus vaccine"
* patient = Reference(MigrantPatientExample)
* occurrenceString = "In early childhood, in Eritrea (no vaccination card)"
* primarySource = false
* reportOrigin = $immunization-origin#recall "Parent/Guardian/Patient Recall"
* protocolApplied[0].doseNumberPositiveInt = 1
