ValueSet: IhrConditionIcd10VS
Id: ihr-condition-icd10-vs
Title: "Ihr Condition Icd10 Value Set"
Description: "WHO ICD-10 (2019) codes of the conditions in the Ihr Condition Code System. Three-character categories stand for all their subcategories (e.g. A97 Dengue covers A97.0-A97.9); four-character codes are used where only part of a category is relevant (A80.1/A80.2 wild poliovirus, A20.2 pneumonic plague, A37.0 Bordetella pertussis). MDR-TB has no ICD-10 disease code: U84.3 (resistance to tuberculostatic drugs) is the supplementary code recorded with A15-A19. Displays are the WHO ICD-10 titles."
* insert TerminologyMetadata
* ^copyright = "ICD-10 is copyright © World Health Organization (WHO)."
// IHR Annex 2, always notifiable
* $icd10#B03 "Smallpox"
* $icd10#B03 insert Designations(variole, الجدري)
* $icd10#A80.1 "Acute paralytic poliomyelitis, wild virus, imported"
* $icd10#A80.2 "Acute paralytic poliomyelitis, wild virus, indigenous"
* $icd10#J09 "Influenza due to identified zoonotic or pandemic influenza virus"
* $icd10#U04 "Severe acute respiratory syndrome [SARS]"
* $icd10#U04.9 "Severe acute respiratory syndrome [SARS], unspecified"
// IHR Annex 2, decision instrument
* $icd10#A00 "Cholera"
* $icd10#A00 insert Designations(choléra, الكوليرا)
* $icd10#A20.2 "Pneumonic plague"
* $icd10#A20.2 insert Designations(peste pulmonaire, الطاعون الرئوي)
* $icd10#A95 "Yellow fever"
* $icd10#A95 insert Designations(fièvre jaune, الحمى الصفراء)
* $icd10#A98.4 "Ebola virus disease"
* $icd10#A98.4 insert Designations(maladie à virus Ebola, مرض فيروس الإيبولا)
* $icd10#A98.3 "Marburg virus disease"
* $icd10#A98.3 insert Designations(maladie à virus de Marburg, مرض فيروس ماربورغ)
* $icd10#A96.2 "Lassa fever"
* $icd10#A96.2 insert Designations(fièvre de Lassa, حمى لاسا)
* $icd10#A98.0 "Crimean-Congo haemorrhagic fever"
* $icd10#A98.0 insert Designations(fièvre hémorragique de Crimée-Congo, حمى القرم-الكونغو النزفية)
* $icd10#A92.3 "West Nile virus infection"
* $icd10#A97 "Dengue"
* $icd10#A97 insert Designations(dengue, حمى الضنك)
* $icd10#A92.4 "Rift Valley fever"
* $icd10#A92.4 insert Designations(fièvre de la vallée du Rift, حمى الوادي المتصدع)
* $icd10#A39 "Meningococcal infection"
* $icd10#B04 "Monkeypox"
* $icd10#U07.1 "COVID-19, virus identified"
* $icd10#U07.2 "COVID-19, virus not identified"
// Migration health screening
* $icd10#A15 "Respiratory tuberculosis, bacteriologically and histologically confirmed"
* $icd10#A16 "Respiratory tuberculosis, not confirmed bacteriologically or histologically"
* $icd10#A17 "Tuberculosis of nervous system"
* $icd10#A18 "Tuberculosis of other organs"
* $icd10#A19 "Miliary tuberculosis"
* $icd10#U84.3 "Resistance to tuberculostatic drug(s)"
* $icd10#B05 "Measles"
* $icd10#B05 insert Designations(rougeole, الحصبة)
* $icd10#A36 "Diphtheria"
* $icd10#A36 insert Designations(diphtérie, الخناق)
* $icd10#A37.0 "Whooping cough due to Bordetella pertussis"
* $icd10#B50 "Plasmodium falciparum malaria"
* $icd10#B51 "Plasmodium vivax malaria"
* $icd10#B52 "Plasmodium malariae malaria"
* $icd10#B53 "Other parasitologically confirmed malaria"
* $icd10#B54 "Unspecified malaria"
