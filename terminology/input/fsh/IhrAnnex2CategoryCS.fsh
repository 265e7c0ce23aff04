CodeSystem: IhrAnnex2CategoryCS
Id: ihr-annex2-category-cs
Title: "Ihr Annex2 Category Code System"
Description: "How a condition is handled under Annex 2 of the International Health Regulations (2005), with a third category for conditions that are not in Annex 2 but are reported by migration health screening programmes."
* insert TerminologyMetadata
* insert CompleteCodeSystem
* #always-notifiable "Always notifiable" "IHR Annex 2, left-hand box: a single case is unusual or unexpected and may have serious public health impact, and is always notified to WHO (smallpox, poliomyelitis due to wild-type poliovirus, human influenza caused by a new subtype, SARS)."
* #always-notifiable insert Designations(toujours à notifier, واجب الإخطار دائماً)
* #decision-instrument "Assessed with the decision instrument" "IHR Annex 2: an event involving this condition is assessed with the decision instrument, e.g. cholera, pneumonic plague, yellow fever, viral haemorrhagic fevers, West Nile fever, and diseases of special national or regional concern such as dengue, Rift Valley fever and meningococcal disease."
* #decision-instrument insert Designations(évalué au moyen de l'instrument de décision, يقيم باستخدام أداة اتخاذ القرار)
* #migration-screening "Migration health screening" "Not in IHR Annex 2, but screened for and reported by migration health programmes (e.g. tuberculosis, MDR-TB, measles, diphtheria, pertussis, malaria)."
* #migration-screening insert Designations(dépistage sanitaire des migrants, الفحص الصحي للمهاجرين)
