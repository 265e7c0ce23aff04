Instance: MuacObservationExample
InstanceOf: MuacObservation
Usage: #example
Title: "Muac Observation Example"
Description: "Mid-upper arm circumference of 13.2 cm (no acute malnutrition) measured at Nour Al-Halabi's pre-departure health assessment."
* id = "muac-observation-example"
* status = #final
* category[exam] = $obs-category#exam "Exam"
* code = $loinc#56072-2 "Circumference Mid upper arm - right"
* subject = Reference(MigrantPatientChildExample)
* encounter = Reference(MigrantEncounterPreDepartureExample)
* effectiveDateTime = "2025-03-04T08:25:00+03:00"
* valueQuantity = 13.2 'cm' "cm"
