Instance: TbScreeningObservationExample
InstanceOf: TbScreeningObservation
Usage: #example
Title: "Tb Screening Observation Example"
Description: "A positive mycobacterial culture of Dawit Tesfay's sputum: effective is the collection date of the specimen, issued the date the result was reported six weeks later."
* id = "tb-screening-observation-example"
* status = #final
* category = $obs-category#laboratory "Laboratory"
* code = $loinc#89636-5 "Mycobacterium sp identified in Lower respiratory specimen by Organism specific culture"
* subject = Reference(MigrantPatientExample)
* encounter = Reference(MigrantEncounterExample)
* effectiveDateTime = "2023-05-17T08:10:00+02:00"
* issued = "2023-06-28T14:00:00+02:00"
* valueCodeableConcept.text = "Mycobacterium tuberculosis complex"
* interpretation = $v3-ObservationInterpretation#POS "Positive"
* specimen = Reference(SputumSpecimenExample)
