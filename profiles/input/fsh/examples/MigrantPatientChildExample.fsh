Instance: MigrantPatientChildExample
InstanceOf: MigrantPatient
Usage: #example
Title: "Migrant Patient Child Example"
Description: "A two-year-old Syrian girl born in Jordan to a refugee family, accepted for resettlement to Canada: her name in Arabic script and in Latin transliteration, an IOM case number, Jordan as place of birth and Syria as nationality."
* id = "migrant-patient-child-example"
* active = true
* identifier[ephrNumber].system = $ephr-number
* identifier[ephrNumber].value = "EPHR-JO-2025-018342"
* identifier[unhcrCase].system = $unhcr-case
* identifier[unhcrCase].value = "JO-23C20417"
* identifier[iomCase].system = $iom-case
* identifier[iomCase].value = "AMM-RS-2024-03318"
* name[0].use = #official
* name[0].extension[0].url = "http://hl7.org/fhir/StructureDefinition/language"
* name[0].extension[0].valueCode = #ar-Arab
* name[0].text = "نور الحلبي"
* name[0].given = "نور"
* name[0].family = "الحلبي"
* name[1].use = #usual
* name[1].extension[0].url = "http://hl7.org/fhir/StructureDefinition/language"
* name[1].extension[0].valueCode = #ar-Latn
* name[1].text = "Nour Al-Halabi"
* name[1].given = "Nour"
* name[1].family = "Al-Halabi"
* gender = #female
* birthDate = "2023-03-08"
* address.use = #home
* address.city = "Mafraq"
* address.country = "JO"
* extension[nationality].extension[code].valueCodeableConcept = $iso3166#SY "Syrian Arab Republic"
* extension[birthPlace].valueAddress.city = "Mafraq"
* extension[birthPlace].valueAddress.country = "JO"
* extension[migrationStatus][0].extension[status].valueCodeableConcept = $migration-status-cs#refugee
* extension[migrationStatus][0].extension[period].valuePeriod.start = "2023-03-08"
* extension[intendedDestination].valueCodeableConcept = $iso3166#CA "Canada"
* extension[interpreterRequired].valueBoolean = true
* communication[0].language = $bcp47#ar "Arabic"
* communication[0].language.text = "Arabic"
* communication[0].preferred = true
* managingOrganization = Reference(AssessmentCentreAmmanExample)
