Instance: PatientMigrationStatus
InstanceOf: SearchParameter
Usage: #definition
Title: "Patient Migration Status"
Description: "Search patients by migration status (any status in the history), e.g. migration-status=https://fhir.migrant-ephr.org/CodeSystem/migration-status-cs|refugee."
* id = "patient-migration-status"
* url = "https://fhir.migrant-ephr.org/SearchParameter/patient-migration-status"
* version = "0.1.0"
* name = "PatientMigrationStatus"
* status = #active  // in use by the e-PHR server: HAPI only indexes and searches active search parameters
* experimental = false
* publisher = "Migrant e-PHR project"
* description = "Search patients by migration status (any status in the history), e.g. migration-status=https://fhir.migrant-ephr.org/CodeSystem/migration-status-cs|refugee."
* code = #migration-status
* base = #Patient
* type = #token
* expression = "Patient.extension('https://fhir.migrant-ephr.org/StructureDefinition/migration-status').extension('status').value"
* xpathUsage = #normal
