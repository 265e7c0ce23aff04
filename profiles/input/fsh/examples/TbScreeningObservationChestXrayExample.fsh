Instance: TbScreeningObservationChestXrayExample
InstanceOf: TbScreeningObservation
Usage: #example
Title: "Tb Screening Observation Chest Xray Example"
Description: "The chest X-ray reading at Dawit Tesfay's arrival health screening, coded as suggestive of active TB, with the radiologist's narrative."
* id = "tb-screening-observation-chest-xray-example"
* status = #final
* category = $obs-category#imaging "Imaging"
* code = $loinc#18782-3 "Radiology Study observation (narrative)"
* code.text = "Chest X-ray for tuberculosis screening"
* subject = Reference(MigrantPatientExample)
* encounter = Reference(MigrantEncounterExample)
* effectiveDateTime = "2023-05-16T10:05:00+02:00"
* valueCodeableConcept = $chest-xray-tb-reading-cs#abnormal-suggestive-of-active-tb
* note[0].text = "Right upper-lobe infiltrate with a small cavity; no pleural effusion. Sputum smear, culture and Xpert MTB/RIF requested."
