Extension: TransitCountry
Id: transit-country
Title: "Transit Country"
Description: "A country the person passed through or stayed in on the way from the country of origin, with the period of the stay when known. Repeat the extension for each country, in travel order."
* ^purpose = "Exposure in transit (camps, detention, long stays in endemic areas) matters for screening and outbreak follow-up, and records made in transit countries must be traceable."
* insert ConformanceMetadata
* insert ExtensionContext(Patient)
* extension contains
    country 1..1 MS and
    period 0..1 MS
* extension[country] ^short = "The transit country"
* extension[country].value[x] only CodeableConcept
* extension[country].valueCodeableConcept 1..1
* extension[country].valueCodeableConcept from $iso3166-2-vs (required)
* extension[country].valueCodeableConcept ^short = "Country, ISO 3166-1 alpha-2 (urn:iso:std:iso:3166)"
* extension[period] ^short = "When the person was in that country"
* extension[period].value[x] only Period
* extension[period].valuePeriod 1..1
