CodeSystem: IhrConditionCS
Id: ihr-condition-cs
Title: "Ihr Condition Code System"
Description: "Conditions relevant to the International Health Regulations (2005) and to migration health screening, each with its IHR Annex 2 category (property annex2-category, a code from IhrAnnex2CategoryCS). Used for public health reporting; clinical records may carry ICD-10 codes, translated with the Icd10ToIhrCondition concept map."
* insert TerminologyMetadata
* insert CompleteCodeSystem
* ^property[0].code = #annex2-category
* ^property[0].description = "IHR (2005) Annex 2 category of the condition: a code from https://fhir.migrant-ephr.org/CodeSystem/ihr-annex2-category-cs"
* ^property[0].type = #code

// IHR Annex 2, left-hand box: always notifiable
* #smallpox "Smallpox" "Smallpox (variola virus infection)."
* #smallpox insert Annex2Category(always-notifiable)
* #smallpox insert Designations(variole, الجدري)
* #poliomyelitis-wild-type "Poliomyelitis due to wild-type poliovirus" "Poliomyelitis caused by a wild-type poliovirus."
* #poliomyelitis-wild-type insert Annex2Category(always-notifiable)
* #poliomyelitis-wild-type insert Designations(poliomyélite due à un poliovirus sauvage, شلل الأطفال الناجم عن فيروس شلل الأطفال البري)
* #human-influenza-new-subtype "Human influenza caused by a new subtype" "Human infection with an influenza virus of a subtype that has not circulated in humans (e.g. zoonotic avian or swine influenza, a pandemic virus)."
* #human-influenza-new-subtype insert Annex2Category(always-notifiable)
* #human-influenza-new-subtype insert Designations(grippe humaine causée par un nouveau sous-type de virus, الأنفلونزا البشرية الناجمة عن نمط فرعي جديد)
* #sars "Severe acute respiratory syndrome (SARS)" "Severe acute respiratory syndrome caused by SARS-associated coronavirus (SARS-CoV)."
* #sars insert Annex2Category(always-notifiable)
* #sars insert Designations([[syndrome respiratoire aigu sévère (SRAS)]], [[المتلازمة التنفسية الحادة الوخيمة (سارس)]])

// IHR Annex 2: assessed with the decision instrument
* #cholera "Cholera" "Cholera (toxigenic Vibrio cholerae O1 or O139 infection)."
* #cholera insert Annex2Category(decision-instrument)
* #cholera insert Designations(choléra, الكوليرا)
* #pneumonic-plague "Pneumonic plague" "Plague (Yersinia pestis infection) of the lungs."
* #pneumonic-plague insert Annex2Category(decision-instrument)
* #pneumonic-plague insert Designations(peste pulmonaire, الطاعون الرئوي)
* #yellow-fever "Yellow fever" "Yellow fever virus infection."
* #yellow-fever insert Annex2Category(decision-instrument)
* #yellow-fever insert Designations(fièvre jaune, الحمى الصفراء)
* #ebola-virus-disease "Ebola virus disease" "Disease caused by an orthoebolavirus (viral haemorrhagic fever)."
* #ebola-virus-disease insert Annex2Category(decision-instrument)
* #ebola-virus-disease insert Designations(maladie à virus Ebola, مرض فيروس الإيبولا)
* #marburg-virus-disease "Marburg virus disease" "Disease caused by Marburg or Ravn virus (viral haemorrhagic fever)."
* #marburg-virus-disease insert Annex2Category(decision-instrument)
* #marburg-virus-disease insert Designations(maladie à virus de Marburg, مرض فيروس ماربورغ)
* #lassa-fever "Lassa fever" "Lassa virus infection (viral haemorrhagic fever)."
* #lassa-fever insert Annex2Category(decision-instrument)
* #lassa-fever insert Designations(fièvre de Lassa, حمى لاسا)
* #crimean-congo-haemorrhagic-fever "Crimean-Congo haemorrhagic fever" "Crimean-Congo haemorrhagic fever virus infection (viral haemorrhagic fever)."
* #crimean-congo-haemorrhagic-fever insert Annex2Category(decision-instrument)
* #crimean-congo-haemorrhagic-fever insert Designations(fièvre hémorragique de Crimée-Congo, حمى القرم-الكونغو النزفية)
* #west-nile-fever "West Nile fever" "West Nile virus infection, including neuroinvasive disease."
* #west-nile-fever insert Annex2Category(decision-instrument)
* #west-nile-fever insert Designations(fièvre du Nil occidental, حمى غرب النيل)
* #dengue "Dengue" "Dengue virus infection, with or without warning signs, and severe dengue."
* #dengue insert Annex2Category(decision-instrument)
* #dengue insert Designations(dengue, حمى الضنك)
* #rift-valley-fever "Rift Valley fever" "Rift Valley fever virus infection."
* #rift-valley-fever insert Annex2Category(decision-instrument)
* #rift-valley-fever insert Designations(fièvre de la vallée du Rift, حمى الوادي المتصدع)
* #meningococcal-disease "Meningococcal disease" "Invasive Neisseria meningitidis infection (meningitis, septicaemia)."
* #meningococcal-disease insert Annex2Category(decision-instrument)
* #meningococcal-disease insert Designations(méningococcie, مرض المكورات السحائية)
* #mpox "Mpox" "Infection with monkeypox virus (formerly called monkeypox)."
* #mpox insert Annex2Category(decision-instrument)
* #mpox insert DesignationFr(mpox)
* #covid-19 "COVID-19" "Coronavirus disease 2019, caused by SARS-CoV-2."
* #covid-19 insert Annex2Category(decision-instrument)
* #covid-19 insert Designations(COVID-19, كوفيد-19)

// Not in Annex 2; screened for and reported by migration health programmes
* #tuberculosis "Tuberculosis" "Disease caused by the Mycobacterium tuberculosis complex, pulmonary or extrapulmonary."
* #tuberculosis insert Annex2Category(migration-screening)
* #tuberculosis insert Designations(tuberculose, السل)
* #mdr-tuberculosis "Multidrug-resistant tuberculosis (MDR-TB)" "Tuberculosis resistant to at least isoniazid and rifampicin."
* #mdr-tuberculosis insert Annex2Category(migration-screening)
* #mdr-tuberculosis insert Designations(tuberculose multirésistante, السل المقاوم للأدوية المتعددة)
* #measles "Measles" "Measles virus infection."
* #measles insert Annex2Category(migration-screening)
* #measles insert Designations(rougeole, الحصبة)
* #diphtheria "Diphtheria" "Infection with toxigenic Corynebacterium diphtheriae (or C. ulcerans, C. pseudotuberculosis)."
* #diphtheria insert Annex2Category(migration-screening)
* #diphtheria insert Designations(diphtérie, الخناق)
* #pertussis "Pertussis" "Whooping cough caused by Bordetella pertussis."
* #pertussis insert Annex2Category(migration-screening)
* #pertussis insert Designations(coqueluche, السعال الديكي)
* #malaria "Malaria" "Infection with Plasmodium species (P. falciparum, P. vivax, P. ovale, P. malariae, P. knowlesi)."
* #malaria insert Annex2Category(migration-screening)
* #malaria insert Designations(paludisme, الملاريا)
