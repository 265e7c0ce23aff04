Instance: ConditionCountryOfDetection
InstanceOf: SearchParameter
Usage: #definition
Title: "Condition Country Of Detection"
Description: "Search conditions by the country where they were detected (ISO 3166-1 alpha-2), e.g. country-of-detection=urn:iso:std:iso:3166|JO."
* id = "condition-country-of-detection"
* url = "https://fhir.migrant-ephr.org/SearchParameter/condition-country-of-detection"
* version = "0.1.0"
* name = "ConditionCountryOfDetection"
* status = #active  // in use by the e-PHR server: HAPI only indexes and searches active search parameters
* experimental = false
* publisher = "Migrant e-PHR project"
* description = "Search conditions by the country where they were detected (ISO 3166-1 alpha-2), e.g. country-of-detection=urn:iso:std:iso:3166|JO."
* code = #country-of-detection
* base = #Condition
* type = #token
* expression = "Condition.extension('https://fhir.migrant-ephr.org/StructureDefinition/country-of-detection').value"
* xpathUsage = #normal
