Instance: MentalHealthScreeningObservationExample
InstanceOf: MentalHealthScreeningObservation
Usage: #example
Title: "Mental Health Screening Observation Example"
Description: "A PHQ-9 total score of 12 (moderate depressive symptoms; 10 or more is a positive screen) for Shabnam Rahimi, with referral to psychosocial support."
* id = "mental-health-screening-observation-example"
* status = #final
* category[survey] = $obs-category#survey "Survey"
* code = $loinc#44261-6 "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]"
* subject = Reference(MigrantPatientPassportHolderExample)
* effectiveDateTime = "2024-10-08T11:20:00+02:00"
* valueInteger = 12
* interpretation = $v3-ObservationInterpretation#POS "Positive"
* interpretation.text = "Positive screen: moderate depressive symptoms"
* note[0].text = "Screened with the Dari version of the PHQ-9, with an interpreter. Referred to the psychosocial support service."
