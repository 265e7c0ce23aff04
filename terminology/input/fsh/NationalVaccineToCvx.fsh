Instance: NationalVaccineToCvx
InstanceOf: ConceptMap
Usage: #definition
Title: "National Vaccine To Cvx"
Description: "Example translation of a transit country's national vaccine codes (NationalVaccineExampleCS) to CVX (VaccineCvxVS), as done when a national immunization record enters the migrant e-PHR. Equivalence is read from the target: 'wider' means the CVX code is wider than the national code."
* id = "national-vaccine-to-cvx"
* url = "https://fhir.migrant-ephr.org/ConceptMap/national-vaccine-to-cvx"
* name = "NationalVaccineToCvx"
* title = "National Vaccine To Cvx"
* description = "Example translation of a transit country's national vaccine codes (NationalVaccineExampleCS) to CVX (VaccineCvxVS), as done when a national immunization record enters the migrant e-PHR. Equivalence is read from the target: 'wider' means the CVX code is wider than the national code."
* insert ConceptMapMetadata
* experimental = true
* sourceUri = "https://fhir.migrant-ephr.org/ValueSet/national-vaccine-example-vs"
* targetUri = "https://fhir.migrant-ephr.org/ValueSet/vaccine-cvx-vs"
* group[0].source = "https://fhir.migrant-ephr.org/CodeSystem/national-vaccine-example-cs"
* group[0].target = "http://hl7.org/fhir/sid/cvx"
* insert MapElement(BCG, BCG vaccine, 19, Bacillus Calmette-Guerin vaccine, equivalent)
* insert MapElement(HEPB-BD, [[Hepatitis B vaccine, birth dose]], 08, [[hepatitis B vaccine, pediatric or pediatric/adolescent dosage]], wider)
* insert MapElement(BOPV, [[Bivalent oral polio vaccine (bOPV)]], 178, [[Non-US bivalent oral polio vaccine (types 1 and 3)]], equivalent)
* insert MapElement(IPV, [[Inactivated polio vaccine (IPV)]], 10, [[poliovirus vaccine, inactivated]], equivalent)
* insert MapElement(PENTA, [[Pentavalent vaccine (DTwP-HepB-Hib)]], 198, [[Diphtheria, pertussis, tetanus, hepatitis B, Haemophilus Influenza Type b, (Pentavalent)]], equivalent)
* insert MapElement(PCV, Pneumococcal conjugate vaccine, 152, [[Pneumococcal Conjugate, unspecified formulation]], equivalent)
* insert MapElement(ROTA, Rotavirus vaccine, 122, [[rotavirus vaccine, unspecified formulation]], equivalent)
* insert MapElement(MR, [[Measles-rubella vaccine (MR)]], 04, measles and rubella virus vaccine, equivalent)
* insert MapElement(MMR, [[Measles-mumps-rubella vaccine (MMR)]], 03, [[measles, mumps and rubella virus vaccine]], equivalent)
* insert MapElement(TD, [[Tetanus-diphtheria vaccine (Td)]], 139, Td(adult\) unspecified formulation, equivalent)
* insert MapElement(YF, Yellow fever vaccine, 184, [[Yellow fever vaccine, unspecified formulation]], equivalent)
* insert MapElement(TCV, Typhoid conjugate vaccine, 190, [[Typhoid conjugate vaccine (non-US)]], equivalent)
* insert MapElement(MENACWY, Meningococcal ACWY conjugate vaccine, 108, [[meningococcal ACWY vaccine, unspecified formulation]], wider)
* insert MapElement(HPV, Human papillomavirus vaccine, 137, [[HPV, unspecified formulation]], equivalent)
* insert MapElement(OCV, Oral cholera vaccine, 173, [[cholera, BivWC]], equivalent)
* insert MapElement(COVID-SINOPHARM, [[COVID-19 vaccine, Sinopharm (BIBP)]], 510, [[SARS-COV-2 COVID-19 Inactivated Virus Non-US Vaccine Product (BIBP, Sinopharm)]], equivalent)
* insert MapElement(COVID-PFIZER, [[COVID-19 vaccine, Pfizer-BioNTech (30 mcg)]], 208, [[SARS-COV-2 (COVID-19) vaccine, mRNA, spike protein, LNP, preservative free, 30 mcg/0.3mL dose]], equivalent)
* insert MapElement(COVID-UNSPEC, [[COVID-19 vaccine, product unknown]], 213, [[SARS-COV-2 (COVID-19) vaccine, UNSPECIFIED]], equivalent)
