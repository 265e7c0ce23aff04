Profile: MuacObservation
Parent: Observation
Id: muac-observation
Title: "Muac Observation"
Description: "Mid-upper arm circumference (MUAC) in centimetres, measured to screen for acute malnutrition, above all in children from 6 to 59 months (and in pregnant women)."
* ^purpose = "MUAC is the quick malnutrition screen of camps, transit points and health assessments (for a child of 6 to 59 months, below 11.5 cm indicates severe acute malnutrition); a measurement in the record shows whether a child was screened and whether the child is improving."
* insert ConformanceMetadata
* insert ObservationBase
* insert ObservationCategory(exam)
* code = $loinc#56072-2
* code ^short = "LOINC 56072-2 Circumference Mid upper arm - right"
* value[x] only Quantity
* valueQuantity 1..1 MS
* valueQuantity.value 1..1 MS
* valueQuantity.system 1..1
* valueQuantity.system = $ucum
* valueQuantity.code 1..1
* valueQuantity.code = #cm
* valueQuantity ^short = "MUAC in centimetres (UCUM cm), e.g. 12.4"
* bodySite MS
* interpretation MS
