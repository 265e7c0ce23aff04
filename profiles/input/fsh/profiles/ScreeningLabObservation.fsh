Profile: ScreeningLabObservation
Parent: Observation
Id: screening-lab-observation
Title: "Screening Lab Observation"
Description: "A laboratory test done to screen a migrant for an infectious disease: HIV, hepatitis B surface antigen, hepatitis C antibodies, syphilis (RPR, TPPA), malaria (rapid test or smear), intestinal parasites."
* ^purpose = "Screening results are the tests most often repeated at each border; recording them with a standard code and result lets the next country rely on them."
* insert ConformanceMetadata
* insert ObservationBase
* insert ObservationCategory(laboratory)
* code from $screening-lab-tests-vs (required)
* code ^short = "Which screening test (LOINC)"
* value[x] only CodeableConcept or Quantity
* valueCodeableConcept from $screening-result-vs (extensible)
* value[x] ^short = "Qualitative result (Positive, Negative, Indeterminate) or a measured quantity"
* interpretation MS
* specimen MS
* method MS
* note MS
