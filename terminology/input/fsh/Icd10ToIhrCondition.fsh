Instance: Icd10ToIhrCondition
InstanceOf: ConceptMap
Usage: #definition
Title: "Icd10 To Ihr Condition"
Description: "Maps WHO ICD-10 codes of IHR-relevant conditions (IhrConditionIcd10VS) to the Ihr Condition Code System, for public health reporting. A three-character source code stands for all its subcategories. Equivalence is read from the target: 'wider' means the target condition is wider than the ICD-10 code (e.g. A15 respiratory TB, confirmed -> tuberculosis); 'narrower' means it is narrower (U84.3 any resistance to tuberculostatic drugs -> MDR-TB, to be confirmed by drug susceptibility results)."
* id = "icd10-to-ihr-condition"
* url = "https://fhir.migrant-ephr.org/ConceptMap/icd10-to-ihr-condition"
* name = "Icd10ToIhrCondition"
* title = "Icd10 To Ihr Condition"
* description = "Maps WHO ICD-10 codes of IHR-relevant conditions (IhrConditionIcd10VS) to the Ihr Condition Code System, for public health reporting. A three-character source code stands for all its subcategories. Equivalence is read from the target: 'wider' means the target condition is wider than the ICD-10 code (e.g. A15 respiratory TB, confirmed -> tuberculosis); 'narrower' means it is narrower (U84.3 any resistance to tuberculostatic drugs -> MDR-TB, to be confirmed by drug susceptibility results)."
* insert ConceptMapMetadata
* sourceUri = "https://fhir.migrant-ephr.org/ValueSet/ihr-condition-icd10-vs"
* targetUri = "https://fhir.migrant-ephr.org/ValueSet/ihr-condition-vs"
* group[0].source = "http://hl7.org/fhir/sid/icd-10"
* group[0].target = "https://fhir.migrant-ephr.org/CodeSystem/ihr-condition-cs"
* insert MapElement(B03, Smallpox, smallpox, Smallpox, equivalent)
* insert MapElement(A80.1, [[Acute paralytic poliomyelitis, wild virus, imported]], poliomyelitis-wild-type, Poliomyelitis due to wild-type poliovirus, wider)
* insert MapElement(A80.2, [[Acute paralytic poliomyelitis, wild virus, indigenous]], poliomyelitis-wild-type, Poliomyelitis due to wild-type poliovirus, wider)
* insert MapElement(J09, Influenza due to identified zoonotic or pandemic influenza virus, human-influenza-new-subtype, Human influenza caused by a new subtype, equivalent)
* insert MapElement(U04, Severe acute respiratory syndrome [SARS], sars, [[Severe acute respiratory syndrome (SARS)]], equivalent)
* insert MapElement(U04.9, [[Severe acute respiratory syndrome [SARS], unspecified]], sars, [[Severe acute respiratory syndrome (SARS)]], equivalent)
* insert MapElement(A00, Cholera, cholera, Cholera, equivalent)
* insert MapElement(A20.2, Pneumonic plague, pneumonic-plague, Pneumonic plague, equivalent)
* insert MapElement(A95, Yellow fever, yellow-fever, Yellow fever, equivalent)
* insert MapElement(A98.4, Ebola virus disease, ebola-virus-disease, Ebola virus disease, equivalent)
* insert MapElement(A98.3, Marburg virus disease, marburg-virus-disease, Marburg virus disease, equivalent)
* insert MapElement(A96.2, Lassa fever, lassa-fever, Lassa fever, equivalent)
* insert MapElement(A98.0, Crimean-Congo haemorrhagic fever, crimean-congo-haemorrhagic-fever, Crimean-Congo haemorrhagic fever, equivalent)
* insert MapElement(A92.3, West Nile virus infection, west-nile-fever, West Nile fever, equivalent)
* insert MapElement(A97, Dengue, dengue, Dengue, equivalent)
* insert MapElement(A92.4, Rift Valley fever, rift-valley-fever, Rift Valley fever, equivalent)
* insert MapElement(A39, Meningococcal infection, meningococcal-disease, Meningococcal disease, equivalent)
* insert MapElement(B04, Monkeypox, mpox, Mpox, equivalent)
* insert MapElement(U07.1, [[COVID-19, virus identified]], covid-19, COVID-19, equivalent)
* insert MapElement(U07.2, [[COVID-19, virus not identified]], covid-19, COVID-19, equivalent)
* insert MapElement(A15, [[Respiratory tuberculosis, bacteriologically and histologically confirmed]], tuberculosis, Tuberculosis, wider)
* insert MapElement(A16, [[Respiratory tuberculosis, not confirmed bacteriologically or histologically]], tuberculosis, Tuberculosis, wider)
* insert MapElement(A17, Tuberculosis of nervous system, tuberculosis, Tuberculosis, wider)
* insert MapElement(A18, Tuberculosis of other organs, tuberculosis, Tuberculosis, wider)
* insert MapElement(A19, Miliary tuberculosis, tuberculosis, Tuberculosis, wider)
* insert MapElement(U84.3, [[Resistance to tuberculostatic drug(s)]], mdr-tuberculosis, [[Multidrug-resistant tuberculosis (MDR-TB)]], narrower)
* insert MapElement(B05, Measles, measles, Measles, equivalent)
* insert MapElement(A36, Diphtheria, diphtheria, Diphtheria, equivalent)
* insert MapElement(A37.0, Whooping cough due to Bordetella pertussis, pertussis, Pertussis, equivalent)
* insert MapElement(B50, Plasmodium falciparum malaria, malaria, Malaria, wider)
* insert MapElement(B51, Plasmodium vivax malaria, malaria, Malaria, wider)
* insert MapElement(B52, Plasmodium malariae malaria, malaria, Malaria, wider)
* insert MapElement(B53, Other parasitologically confirmed malaria, malaria, Malaria, wider)
* insert MapElement(B54, Unspecified malaria, malaria, Malaria, wider)
