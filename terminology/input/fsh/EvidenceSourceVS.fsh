ValueSet: EvidenceSourceVS
Id: evidence-source-vs
Title: "Evidence Source Value Set"
Description: "All codes of the Evidence Source Code System: where the evidence of an immunization comes from."
* insert TerminologyMetadata
* include codes from system EvidenceSourceCS
