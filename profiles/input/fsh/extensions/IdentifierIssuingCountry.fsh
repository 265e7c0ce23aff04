Extension: IdentifierIssuingCountry
Id: identifier-issuing-country
Title: "Identifier Issuing Country"
Description: "The country that issued an identity document, such as a passport. A passport number is only unique together with its issuing country."
* ^purpose = "FHIR R4 has no coded issuing country on Identifier (Identifier.assigner is a free Organization reference); matching records across borders needs the country as a code."
* insert ConformanceMetadata
* insert ExtensionContext(Identifier)
* insert CountryValue
