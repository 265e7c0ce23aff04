Instance: MigrantPatientExample
InstanceOf: MigrantPatient
Usage: #example
Title: "Migrant Patient Example"
Description: "An Eritrean man who reached Italy through Sudan and Libya: his name in Ge'ez script and in Latin transliteration, an estimated birth year, asylum seeker and then refugee, with a UNHCR case number from Sudan and an Italian tax code."
* id = "migrant-patient-example"
* active = true
* identifier[ephrNumber].use = #official
* identifier[ephrNumber].type = $v2-0203#MR "Medical record number"
* identifier[ephrNumber].system = $ephr-number
* identifier[ephrNumber].value = "EPHR-IT-2023-004711"
* identifier[unhcrCase].system = $unhcr-case
* identifier[unhcrCase].value = "SD-21C48213"
* identifier[2].system = "http://hl7.it/sid/codiceFiscale"
* identifier[2].value = "TSFDWT94A01Z368P"
* name[0].use = #official
* name[0].extension[0].url = "http://hl7.org/fhir/StructureDefinition/language"
* name[0].extension[0].valueCode = #ti-Ethi
* name[0].text = "ዳዊት ተስፋይ"
* name[0].given = "ዳዊት"
* name[0].family = "ተስፋይ"
* name[1].use = #usual
* name[1].extension[0].url = "http://hl7.org/fhir/StructureDefinition/language"
* name[1].extension[0].valueCode = #ti-Latn
* name[1].text = "Dawit Tesfay"
* name[1].given = "Dawit"
* name[1].family = "Tesfay"
* gender = #male
* birthDate = "1994"
* birthDate.extension[estimated].valueBoolean = true
* address.use = #home
* address.city = "Catania"
* address.country = "IT"
* extension[nationality].extension[code].valueCodeableConcept = $iso3166#ER "Eritrea"
* extension[birthPlace].valueAddress.country = "ER"
* extension[migrationStatus][0].extension[status].valueCodeableConcept = $migration-status-cs#asylum-seeker
* extension[migrationStatus][0].extension[period].valuePeriod.start = "2023-05-20"
* extension[migrationStatus][0].extension[period].valuePeriod.end = "2024-02-12"
* extension[migrationStatus][1].extension[status].valueCodeableConcept = $migration-status-cs#refugee
* extension[migrationStatus][1].extension[period].valuePeriod.start = "2024-02-12"
* extension[arrivalDate].valueDate = "2023-05-14"
* extension[transitCountry][0].extension[country].valueCodeableConcept = $iso3166#SD "Sudan"
* extension[transitCountry][0].extension[period].valuePeriod.start = "2021-03"
* extension[transitCountry][0].extension[period].valuePeriod.end = "2022-08"
* extension[transitCountry][1].extension[country].valueCodeableConcept = $iso3166#LY "Libya"
* extension[transitCountry][1].extension[period].valuePeriod.start = "2022-09"
* extension[transitCountry][1].extension[period].valuePeriod.end = "2023-05-12"
* extension[interpreterRequired].valueBoolean = true
* communication[0].language = $bcp47#ti "Tigrinya"
* communication[0].language.text = "Tigrinya"
* communication[0].preferred = true
* communication[1].language = $bcp47#ar "Arabic"
* communication[1].language.text = "Arabic"
* managingOrganization = Reference(ReceptionClinicCataniaExample)
