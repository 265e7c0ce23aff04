Instance: PatientNationality
InstanceOf: SearchParameter
Usage: #definition
Title: "Patient Nationality"
Description: "Search patients by nationality (ISO 3166-1 alpha-2), e.g. nationality=urn:iso:std:iso:3166|SY."
* id = "patient-nationality"
* url = "https://fhir.migrant-ephr.org/SearchParameter/patient-nationality"
* version = "0.1.0"
* name = "PatientNationality"
* status = #active  // in use by the e-PHR server: HAPI only indexes and searches active search parameters
* experimental = false
* publisher = "Migrant e-PHR project"
* description = "Search patients by nationality (ISO 3166-1 alpha-2), e.g. nationality=urn:iso:std:iso:3166|SY."
* code = #nationality
* base = #Patient
* type = #token
* expression = "Patient.extension('http://hl7.org/fhir/StructureDefinition/patient-nationality').extension('code').value"
* xpathUsage = #normal
