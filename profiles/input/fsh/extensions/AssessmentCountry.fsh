Extension: AssessmentCountry
Id: assessment-country
Title: "Assessment Country"
Description: "The country where the health assessment or consultation took place."
* ^purpose = "Tells a pre-departure assessment (in the country of departure) from an arrival screening (in the destination) even when the site's Organization or Location cannot be resolved in the receiving system."
* insert ConformanceMetadata
* insert ExtensionContext(Encounter)
* insert CountryValue
