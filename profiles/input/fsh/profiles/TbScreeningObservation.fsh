Profile: TbScreeningObservation
Parent: Observation
Id: tb-screening-observation
Title: "Tb Screening Observation"
Description: "One result of tuberculosis screening or diagnosis in a migration health assessment: chest X-ray reading, IGRA, tuberculin skin test, sputum smear microscopy, mycobacterial culture or a molecular test (nucleic acid amplification, e.g. Xpert MTB/RIF)."
* ^purpose = "TB screening is the core of most pre-departure and arrival health assessments; destination countries need each result, with its date and, for a culture, the specimen it was grown from, to decide on treatment, follow-up and fitness to travel."
* insert ConformanceMetadata
* insert ObservationBase
* obeys ephr-tb-1 and ephr-tb-2 and ephr-tb-3 and ephr-tb-4
* code from $tb-screening-tests-vs (required)
* code ^short = "Which TB test (LOINC)"
* value[x] only CodeableConcept or Quantity or string
* value[x] ^short = "Result: coded for qualitative tests, a quantity for measured ones, text for a narrative reading"
* value[x] ^comment = "By test (see the invariants): IGRA, smear, culture and molecular tests give a coded result (Positive, Negative, Indeterminate from ScreeningResultVS, or the organism identified); a chest X-ray reading is coded from ChestXrayTbReadingVS, with the radiologist's narrative in note, or given as text (valueString) when not coded; a tuberculin skin test gives the induration in mm (valueQuantity, UCUM mm)."
* interpretation MS
* note MS
* method MS
* specimen MS
* specimen ^short = "The specimen tested (required for a culture)"
* effective[x] ^comment = "For a laboratory test this is when the specimen was collected, not when the result came out (a culture turns positive weeks later: put that date in issued)."
* issued MS
* hasMember MS
* derivedFrom MS

Invariant: ephr-tb-1
Description: "A mycobacterial culture result (LOINC 89636-5) references the specimen it was grown from, so that the collection date (Specimen.collection.collected[x]) and the specimen type go with it; culture conversion and relapse are dated by specimen collection."
Severity: #error
Expression: "code.coding.where(system = 'http://loinc.org' and code = '89636-5').exists() implies specimen.exists()"

Invariant: ephr-tb-2
Description: "A chest X-ray reading (LOINC 18782-3) is coded from the Chest Xray Tb Reading Code System or given as text."
Severity: #error
Expression: "code.coding.where(system = 'http://loinc.org' and code = '18782-3').exists() implies (value.empty() or value.ofType(string).exists() or value.ofType(CodeableConcept).coding.where(system = 'https://fhir.migrant-ephr.org/CodeSystem/chest-xray-tb-reading-cs').exists())"

Invariant: ephr-tb-3
Description: "A tuberculin skin test (LOINC 1648-5) gives the induration diameter in millimetres (UCUM mm)."
Severity: #error
Expression: "code.coding.where(system = 'http://loinc.org' and code = '1648-5').exists() implies (value.empty() or value.ofType(Quantity).where(system = 'http://unitsofmeasure.org' and code = 'mm').exists())"

Invariant: ephr-tb-4
Description: "IGRA (71773-6), sputum smear (11477-7, 11545-1), culture (89636-5) and molecular tests (85362-2, 91829-2) give a coded result."
Severity: #error
Expression: "code.coding.where(system = 'http://loinc.org' and (code = '71773-6' or code = '11477-7' or code = '11545-1' or code = '89636-5' or code = '85362-2' or code = '91829-2')).exists() implies (value.empty() or value.ofType(CodeableConcept).exists())"
