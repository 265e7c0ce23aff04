Instance: PatientArrivalDate
InstanceOf: SearchParameter
Usage: #definition
Title: "Patient Arrival Date"
Description: "Search patients by the date of arrival in the host country, e.g. arrival-date=ge2024-01-01."
* id = "patient-arrival-date"
* url = "https://fhir.migrant-ephr.org/SearchParameter/patient-arrival-date"
* version = "0.1.0"
* name = "PatientArrivalDate"
* status = #active  // in use by the e-PHR server: HAPI only indexes and searches active search parameters
* experimental = false
* publisher = "Migrant e-PHR project"
* description = "Search patients by the date of arrival in the host country, e.g. arrival-date=ge2024-01-01."
* code = #arrival-date
* base = #Patient
* type = #date
* expression = "Patient.extension('https://fhir.migrant-ephr.org/StructureDefinition/arrival-date').value"
* xpathUsage = #normal
