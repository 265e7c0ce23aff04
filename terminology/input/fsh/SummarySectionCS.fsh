CodeSystem: SummarySectionCS
Id: summary-section-cs
Title: "Summary Section Code System"
Description: "Sections the e-PHR adds to the International Patient Summary for cross-border migrant care (Composition.section.code), beside the IPS sections coded with LOINC."
* insert TerminologyMetadata
* insert CompleteCodeSystem
* #tb-screening "Tuberculosis screening" "Tuberculosis screening and diagnostic test results: chest X-ray readings, IGRA, tuberculin skin tests, sputum smear, culture and molecular tests."
* #tb-screening insert Designations(dépistage de la tuberculose, فحص السل)
* #alerts "Alerts" "Active alerts about the person that a receiving clinician must know at once (clinical flags, such as an infectious condition requiring isolation)."
* #alerts insert Designations(alertes, تنبيهات)
