Extension: EvidenceSource
Id: evidence-source
Title: "Evidence Source"
Description: "Where the information about a vaccine dose came from: a vaccination card, a registry record, the person's own account, a clinical record, or serological evidence of immunity."
* ^purpose = "Destination countries accept doses differently depending on the evidence (documented doses count, self-reported ones often do not); Immunization.reportOrigin has only an example binding and no code for serology."
* insert ConformanceMetadata
* insert ExtensionContext(Immunization)
* value[x] only CodeableConcept
* valueCodeableConcept 1..1
* valueCodeableConcept from $evidence-source-vs (required)
