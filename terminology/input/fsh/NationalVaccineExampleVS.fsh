ValueSet: NationalVaccineExampleVS
Id: national-vaccine-example-vs
Title: "National Vaccine Example Value Set"
Description: "All codes of the National Vaccine Example Code System; the source of the NationalVaccineToCvx concept map."
* insert TerminologyMetadata
* include codes from system NationalVaccineExampleCS
* ^experimental = true
