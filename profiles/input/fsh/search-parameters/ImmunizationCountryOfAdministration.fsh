Instance: ImmunizationCountryOfAdministration
InstanceOf: SearchParameter
Usage: #definition
Title: "Immunization Country Of Administration"
Description: "Search immunizations by the country where the dose was given (ISO 3166-1 alpha-2), e.g. country-of-administration=urn:iso:std:iso:3166|KE."
* id = "immunization-country-of-administration"
* url = "https://fhir.migrant-ephr.org/SearchParameter/immunization-country-of-administration"
* version = "0.1.0"
* name = "ImmunizationCountryOfAdministration"
* status = #active  // in use by the e-PHR server: HAPI only indexes and searches active search parameters
* experimental = false
* publisher = "Migrant e-PHR project"
* description = "Search immunizations by the country where the dose was given (ISO 3166-1 alpha-2), e.g. country-of-administration=urn:iso:std:iso:3166|KE."
* code = #country-of-administration
* base = #Immunization
* type = #token
* expression = "Immunization.extension('https://fhir.migrant-ephr.org/StructureDefinition/country-of-administration').value"
* xpathUsage = #normal
