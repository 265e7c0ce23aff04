Extension: CountryOfDetection
Id: country-of-detection
Title: "Country Of Detection"
Description: "The country where the condition was detected (diagnosed or first found on screening)."
* ^purpose = "Under the International Health Regulations (2005) the State where an event is detected assesses and notifies it; migration health programmes also report findings by country of detection."
* insert ConformanceMetadata
* insert ExtensionContext(Condition)
* insert CountryValue
