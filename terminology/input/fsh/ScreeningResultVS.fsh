ValueSet: ScreeningResultVS
Id: screening-result-vs
Title: "Screening Result Value Set"
Description: "Qualitative results of a screening test (Observation.valueCodeableConcept): the LOINC answers Positive, Negative and Indeterminate, and the matching HL7 v3 ObservationInterpretation codes (Observation.interpretation)."
* insert TerminologyMetadata
* ^copyright = "This material contains content from LOINC (http://loinc.org). LOINC is copyright © Regenstrief Institute, Inc. and the Logical Observation Identifiers Names and Codes (LOINC) Committee and is available at no cost under the license at http://loinc.org/license. LOINC® is a registered United States trademark of Regenstrief Institute, Inc."
* $loinc#LA6576-8 "Positive"
* $loinc#LA6576-8 insert Designations(positif, إيجابي)
* $loinc#LA6577-6 "Negative"
* $loinc#LA6577-6 insert Designations(négatif, سلبي)
* $loinc#LA11884-6 "Indeterminate"
* $loinc#LA11884-6 insert Designations(indéterminé, غير محدد)
* $v3-ObservationInterpretation#POS "Positive"
* $v3-ObservationInterpretation#POS insert Designations(positif, إيجابي)
* $v3-ObservationInterpretation#NEG "Negative"
* $v3-ObservationInterpretation#NEG insert Designations(négatif, سلبي)
* $v3-ObservationInterpretation#IND "Indeterminate"
* $v3-ObservationInterpretation#IND insert Designations(indéterminé, غير محدد)
