Extension: IntendedDestination
Id: intended-destination
Title: "Intended Destination"
Description: "The country the person intends to settle in, or is being resettled to (e.g. the destination of a pre-departure health assessment)."
* ^purpose = "Destination countries set the content of pre-departure assessments (required tests and vaccines) and receive the record on arrival."
* insert ConformanceMetadata
* insert ExtensionContext(Patient)
* insert CountryValue
