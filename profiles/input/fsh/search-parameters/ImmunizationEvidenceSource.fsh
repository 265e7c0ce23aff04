Instance: ImmunizationEvidenceSource
InstanceOf: SearchParameter
Usage: #definition
Title: "Immunization Evidence Source"
Description: "Search immunizations by where the information came from, e.g. evidence-source=https://fhir.migrant-ephr.org/CodeSystem/evidence-source-cs|self-reported."
* id = "immunization-evidence-source"
* url = "https://fhir.migrant-ephr.org/SearchParameter/immunization-evidence-source"
* version = "0.1.0"
* name = "ImmunizationEvidenceSource"
* status = #active  // in use by the e-PHR server: HAPI only indexes and searches active search parameters
* experimental = false
* publisher = "Migrant e-PHR project"
* description = "Search immunizations by where the information came from, e.g. evidence-source=https://fhir.migrant-ephr.org/CodeSystem/evidence-source-cs|self-reported."
* code = #evidence-source
* base = #Immunization
* type = #token
* expression = "Immunization.extension('https://fhir.migrant-ephr.org/StructureDefinition/evidence-source').value"
* xpathUsage = #normal
