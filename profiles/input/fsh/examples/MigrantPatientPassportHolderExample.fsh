Instance: MigrantPatientPassportHolderExample
InstanceOf: MigrantPatient
Usage: #example
Title: "Migrant Patient Passport Holder Example"
Description: "An Afghan woman seeking asylum in Germany after transit through Iran and Türkiye: her name in Dari (Perso-Arabic script) and as written in her Afghan passport, whose issuing country and validity are recorded."
* id = "migrant-patient-passport-holder-example"
* active = true
* identifier[ephrNumber].system = $ephr-number
* identifier[ephrNumber].value = "EPHR-DE-2024-027905"
* identifier[passport].system = $passport
* identifier[passport].type = $v2-0203#PPN "Passport number"
* identifier[passport].value = "P01874523"
* identifier[passport].period.start = "2021-04-11"
* identifier[passport].period.end = "2031-04-10"
* identifier[passport].extension[issuingCountry].valueCodeableConcept = $iso3166#AF "Afghanistan"
* name[0].use = #official
* name[0].extension[0].url = "http://hl7.org/fhir/StructureDefinition/language"
* name[0].extension[0].valueCode = #fa-Arab
* name[0].text = "شبنم رحیمی"
* name[0].given = "شبنم"
* name[0].family = "رحیمی"
* name[1].use = #usual
* name[1].extension[0].url = "http://hl7.org/fhir/StructureDefinition/language"
* name[1].extension[0].valueCode = #fa-Latn
* name[1].text = "Shabnam Rahimi"
* name[1].given = "Shabnam"
* name[1].family = "Rahimi"
* gender = #female
* birthDate = "1997-06-21"
* address.use = #home
* address.city = "Hamburg"
* address.country = "DE"
* extension[nationality].extension[code].valueCodeableConcept = $iso3166#AF "Afghanistan"
* extension[birthPlace].valueAddress.city = "Herat"
* extension[birthPlace].valueAddress.country = "AF"
* extension[migrationStatus][0].extension[status].valueCodeableConcept = $migration-status-cs#asylum-seeker
* extension[migrationStatus][0].extension[period].valuePeriod.start = "2024-09-30"
* extension[arrivalDate].valueDate = "2024-09-27"
* extension[transitCountry][0].extension[country].valueCodeableConcept = $iso3166#IR "Iran, Islamic Republic of"
* extension[transitCountry][0].extension[period].valuePeriod.start = "2023-11"
* extension[transitCountry][0].extension[period].valuePeriod.end = "2024-06"
* extension[transitCountry][1].extension[country].valueCodeableConcept = $iso3166#TR "Turkey"
* extension[transitCountry][1].extension[period].valuePeriod.start = "2024-06"
* extension[transitCountry][1].extension[period].valuePeriod.end = "2024-09"
* extension[interpreterRequired].valueBoolean = true
* communication[0].language = $bcp47#fa-AF "Dari"
* communication[0].language.text = "Dari"
* communication[0].preferred = true
* communication[1].language = $bcp47#ps "Pashto"
* communication[1].language.text = "Pashto"
