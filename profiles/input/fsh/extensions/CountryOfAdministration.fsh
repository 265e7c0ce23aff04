Extension: CountryOfAdministration
Id: country-of-administration
Title: "Country Of Administration"
Description: "The country where the vaccine dose was given."
* ^purpose = "A migrant's doses come from the country of origin, transit countries and the host country; the country tells which national schedule and products apply and how far the record can be trusted."
* insert ConformanceMetadata
* insert ExtensionContext(Immunization)
* insert CountryValue
