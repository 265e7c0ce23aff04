CodeSystem: EvidenceSourceCS
Id: evidence-source-cs
Title: "Evidence Source Code System"
Description: "Where the evidence of an immunization recorded in the migrant e-PHR comes from (a refinement of Immunization.reportOrigin for records of doses given elsewhere)."
* insert TerminologyMetadata
* insert CompleteCodeSystem
* #documented-card "Documented on a vaccination card" "Dose transcribed from a dated vaccination card, booklet or certificate (home-based record, International Certificate of Vaccination or Prophylaxis)."
* #documented-card insert Designations(carte de vaccination, بطاقة التطعيم)
* #registry-record "Immunization registry record" "Dose found in a national or subnational immunization registry or information system."
* #registry-record insert Designations(registre de vaccination, سجل التطعيم)
* #self-reported "Self-reported" "Dose reported by the person or a caregiver without documentary evidence."
* #self-reported insert Designations(déclaré par la personne, مُبلغ عنه ذاتياً)
* #clinical-record "Clinical record" "Dose found in a clinical record of a health facility or health programme."
* #clinical-record insert Designations(dossier médical, السجل الطبي)
* #serological-evidence "Serological evidence of immunity" "Immunity shown by a laboratory test (e.g. measles IgG, anti-HBs) rather than by a record of a dose."
* #serological-evidence insert Designations(preuve sérologique d'immunité, دليل مصلي على المناعة)
