Instance: TbScreeningObservationIgraExample
InstanceOf: TbScreeningObservation
Usage: #example
Title: "Tb Screening Observation Igra Example"
Description: "A negative interferon-gamma release assay at Nour Al-Halabi's pre-departure health assessment (children from two years are screened by IGRA rather than chest X-ray)."
* id = "tb-screening-observation-igra-example"
* status = #final
* category = $obs-category#laboratory "Laboratory"
* code = $loinc#71773-6 "Mycobacterium tuberculosis stimulated gamma interferon [Interpretation] in Blood Qualitative"
* subject = Reference(MigrantPatientChildExample)
* encounter = Reference(MigrantEncounterPreDepartureExample)
* effectiveDateTime = "2025-03-04T08:40:00+03:00"
* valueCodeableConcept = $loinc#LA6577-6 "Negative"
* interpretation = $v3-ObservationInterpretation#NEG "Negative"
