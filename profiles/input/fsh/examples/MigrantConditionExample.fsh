Instance: MigrantConditionExample
InstanceOf: MigrantCondition
Usage: #example
Title: "Migrant Condition Example"
Description: "Pulmonary tuberculosis, confirmed by sputum culture, found at Dawit Tesfay's arrival health screening in Italy."
* id = "migrant-condition-example"
* extension[countryOfDetection].valueCodeableConcept = $iso3166#IT "Italy"
* clinicalStatus = $condition-clinical#active "Active"
* verificationStatus = $condition-ver-status#confirmed "Confirmed"
* category = $condition-category#encounter-diagnosis "Encounter Diagnosis"
* code.coding[icd10] = $icd10#A15 "Respiratory tuberculosis, bacteriologically and histologically confirmed"
* code.coding[ihrCondition] = $ihr-condition-cs#tuberculosis
* code.text = "Pulmonary tuberculosis, culture-confirmed"
* subject = Reference(MigrantPatientExample)
* encounter = Reference(MigrantEncounterExample)
* onsetDateTime = "2023-05"
* recordedDate = "2023-06-28"
* evidence[0].detail[0] = Reference(TbScreeningObservationExample)
