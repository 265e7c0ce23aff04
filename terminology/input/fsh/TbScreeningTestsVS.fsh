ValueSet: TbScreeningTestsVS
Id: tb-screening-tests-vs
Title: "Tb Screening Tests Value Set"
Description: "LOINC codes for the observations of tuberculosis screening in a migration health assessment: interferon-gamma release assay, tuberculin skin test, chest radiograph reading, sputum smear microscopy, mycobacterial culture and nucleic acid amplification (e.g. Xpert MTB/RIF). Displays are the LOINC long common names."
* insert TerminologyMetadata
* ^copyright = "This material contains content from LOINC (http://loinc.org). LOINC is copyright © Regenstrief Institute, Inc. and the Logical Observation Identifiers Names and Codes (LOINC) Committee and is available at no cost under the license at http://loinc.org/license. LOINC® is a registered United States trademark of Regenstrief Institute, Inc."
* $loinc#71773-6 "Mycobacterium tuberculosis stimulated gamma interferon [Interpretation] in Blood Qualitative"
* $loinc#1648-5 "Tuberculosis reaction wheal [Diameter] --3 days post 5 TU intradermal"
* $loinc#18782-3 "Radiology Study observation (narrative)"
* $loinc#11477-7 "Microscopic observation [Identifier] in Sputum by Acid fast stain"
* $loinc#11545-1 "Microscopic observation [Identifier] in Specimen by Acid fast stain"
* $loinc#89636-5 "Mycobacterium sp identified in Lower respiratory specimen by Organism specific culture"
* $loinc#85362-2 "Mycobacterium tuberculosis complex DNA [Presence] in Sputum or Bronchial by NAA with probe detection"
* $loinc#91829-2 "Mycobacterium tuberculosis DNA [Presence] in Lower respiratory specimen by NAA with probe detection"
