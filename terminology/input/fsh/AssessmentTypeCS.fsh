CodeSystem: AssessmentTypeCS
Id: assessment-type-cs
Title: "Assessment Type Code System"
Description: "Type of a migrant health assessment or consultation (used in Encounter.type), from the pre-departure health assessment to follow-up in the country of destination."
* insert TerminologyMetadata
* insert CompleteCodeSystem
* #pre-departure-health-assessment "Pre-departure health assessment" "Health assessment before departure for resettlement or migration, as required by the receiving country (e.g. an IOM migration health assessment): history, physical examination, TB screening, laboratory tests and vaccination."
* #pre-departure-health-assessment insert Designations(évaluation sanitaire avant le départ, التقييم الصحي قبل المغادرة)
* #pre-embarkation-check "Pre-embarkation check" "Short check shortly before travel (typically within 72 hours of departure) to confirm fitness to travel and to detect communicable disease."
* #pre-embarkation-check insert Designations(contrôle avant l'embarquement, الفحص الطبي قبل الصعود)
* #arrival-health-screening "Arrival health screening" "Health screening on or shortly after arrival in a transit or destination country."
* #arrival-health-screening insert Designations(dépistage sanitaire à l'arrivée, الفحص الصحي عند الوصول)
* #follow-up-consultation "Follow-up consultation" "Consultation to follow up a finding, a treatment or an incomplete vaccination schedule from an earlier assessment."
* #follow-up-consultation insert Designations(consultation de suivi, استشارة متابعة)
* #mental-health-consultation "Mental health consultation" "Consultation for mental health and psychosocial support (MHPSS), including screening with a validated instrument."
* #mental-health-consultation insert Designations(consultation de santé mentale, استشارة في الصحة النفسية)
* #vaccination-visit "Vaccination visit" "Visit whose purpose is to administer vaccines or to catch up an incomplete vaccination schedule."
* #vaccination-visit insert Designations(séance de vaccination, زيارة تطعيم)
* #tb-screening-visit "TB screening visit" "Visit for tuberculosis screening: symptom screen, chest X-ray, IGRA or tuberculin skin test, sputum smear, culture or molecular testing."
* #tb-screening-visit insert Designations(consultation de dépistage de la tuberculose, زيارة فحص السل)
* #outbreak-screening "Outbreak screening" "Screening carried out because of a disease outbreak in a camp, reception centre, transit point or community."
* #outbreak-screening insert Designations(dépistage en situation de flambée épidémique, الفحص أثناء فاشية مرضية)
