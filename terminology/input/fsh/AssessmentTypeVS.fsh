ValueSet: AssessmentTypeVS
Id: assessment-type-vs
Title: "Assessment Type Value Set"
Description: "All codes of the Assessment Type Code System: the type of a migrant health assessment or consultation (Encounter.type)."
* insert TerminologyMetadata
* include codes from system AssessmentTypeCS
