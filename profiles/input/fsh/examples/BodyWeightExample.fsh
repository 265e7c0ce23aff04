Instance: BodyWeightExample
InstanceOf: http://hl7.org/fhir/StructureDefinition/bodyweight
Usage: #example
Title: "Body Weight Example"
Description: "Vital signs reuse the FHIR core vital signs profiles (here body weight) instead of project profiles: Dawit Tesfay's weight at his arrival health screening."
* id = "body-weight-example"
* status = #final
* category[VSCat] = $obs-category#vital-signs "Vital Signs"
* code = $loinc#29463-7 "Body weight"
* subject = Reference(MigrantPatientExample)
* encounter = Reference(MigrantEncounterExample)
* effectiveDateTime = "2023-05-16T09:40:00+02:00"
* valueQuantity = 58.4 'kg' "kg"
