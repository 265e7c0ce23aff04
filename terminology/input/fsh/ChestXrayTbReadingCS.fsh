CodeSystem: ChestXrayTbReadingCS
Id: chest-xray-tb-reading-cs
Title: "Chest Xray Tb Reading Code System"
Description: "Reading of a chest radiograph taken for tuberculosis screening in a migration health assessment."
* insert TerminologyMetadata
* insert CompleteCodeSystem
* #normal "Normal" "No abnormality seen on the chest radiograph."
* #normal insert Designations(normale, طبيعية)
* #abnormal-suggestive-of-active-tb "Abnormal, suggestive of active TB" "Findings suggestive of active pulmonary tuberculosis (e.g. infiltrate, cavitation, hilar or mediastinal lymphadenopathy, pleural effusion, miliary pattern); bacteriological testing is needed."
* #abnormal-suggestive-of-active-tb insert Designations([[anormale, évocatrice d'une tuberculose active]], [[غير طبيعية، توحي بسل نشط]])
* #abnormal-inactive-tb "Abnormal, suggestive of inactive TB" "Findings suggestive of old, inactive tuberculosis (e.g. fibrotic scars, calcified nodules) without signs of activity."
* #abnormal-inactive-tb insert Designations([[anormale, évocatrice d'une tuberculose inactive]], [[غير طبيعية، توحي بسل غير نشط]])
* #abnormal-not-tb "Abnormal, not suggestive of TB" "Abnormal findings that do not suggest tuberculosis."
* #abnormal-not-tb insert Designations([[anormale, non évocatrice de tuberculose]], [[غير طبيعية، لا توحي بالسل]])
* #not-interpretable "Not interpretable" "The radiograph cannot be read (technical quality, positioning); it should be repeated."
* #not-interpretable insert Designations(non interprétable, غير قابلة للتفسير)
