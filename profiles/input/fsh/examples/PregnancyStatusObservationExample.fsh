Instance: PregnancyStatusObservationExample
InstanceOf: PregnancyStatusObservation
Usage: #example
Title: "Pregnancy Status Observation Example"
Description: "Shabnam Rahimi is pregnant, as recorded at her first consultation in Germany."
* id = "pregnancy-status-observation-example"
* status = #final
* category = $obs-category#social-history "Social History"
* code = $loinc#82810-3 "Pregnancy status"
* subject = Reference(MigrantPatientPassportHolderExample)
* effectiveDateTime = "2024-10-08T11:00:00+02:00"
* valueCodeableConcept = $loinc#LA15173-0 "Pregnant"
