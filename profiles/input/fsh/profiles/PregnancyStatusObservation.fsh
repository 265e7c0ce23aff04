Profile: PregnancyStatusObservation
Parent: Observation
Id: pregnancy-status-observation
Title: "Pregnancy Status Observation"
Description: "Whether the woman is pregnant at the time of the assessment (LOINC 82810-3 Pregnancy status, answered Pregnant, Not pregnant or Unknown)."
* ^purpose = "Pregnancy changes what a health assessment may do (no chest X-ray without shielding, no live vaccines such as MMR, varicella or yellow fever) and calls for antenatal care and fitness-to-travel checks."
* insert ConformanceMetadata
* insert ObservationBase
* obeys ephr-preg-1
* code = $loinc#82810-3
* code ^short = "LOINC 82810-3 Pregnancy status"
* value[x] 1..1
* value[x] only CodeableConcept
* valueCodeableConcept ^short = "LOINC answer: LA15173-0 Pregnant, LA26683-5 Not pregnant, LA4489-6 Unknown"
* method MS
* note MS

Invariant: ephr-preg-1
Description: "The answer is a LOINC pregnancy status answer: LA15173-0 Pregnant, LA26683-5 Not pregnant or LA4489-6 Unknown."
Severity: #error
Expression: "value.ofType(CodeableConcept).coding.where(system = 'http://loinc.org' and (code = 'LA15173-0' or code = 'LA26683-5' or code = 'LA4489-6')).exists()"
