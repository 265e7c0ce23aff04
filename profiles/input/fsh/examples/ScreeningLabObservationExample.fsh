Instance: ScreeningLabObservationExample
InstanceOf: ScreeningLabObservation
Usage: #example
Title: "Screening Lab Observation Example"
Description: "A negative HIV antibody screening test at Dawit Tesfay's arrival health screening."
* id = "screening-lab-observation-example"
* status = #final
* category[laboratory] = $obs-category#laboratory "Laboratory"
* code = $loinc#31201-7 "HIV 1+2 Ab [Presence] in Serum or Plasma by Immunoassay"
* subject = Reference(MigrantPatientExample)
* encounter = Reference(MigrantEncounterExample)
* effectiveDateTime = "2023-05-16T10:20:00+02:00"
* valueCodeableConcept = $loinc#LA6577-6 "Negative"
* interpretation = $v3-ObservationInterpretation#NEG "Negative"
