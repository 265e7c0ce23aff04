ValueSet: VaccineCvxVS
Id: vaccine-cvx-vs
Title: "Vaccine Cvx Value Set"
Description: "CVX codes (CDC, Vaccines Administered) of the vaccines met in migration health: routine childhood vaccines as given in countries of origin and transit, travel vaccines, and COVID-19 vaccines. Displays are the CVX full vaccine names. Includes 'unspecified formulation' codes for doses transcribed from vaccination cards."
* insert TerminologyMetadata
* ^copyright = "CVX codes are maintained by the US Centers for Disease Control and Prevention (CDC) and are in the public domain."
// Tuberculosis
* $cvx#19 "Bacillus Calmette-Guerin vaccine"
// Poliomyelitis
* $cvx#02 "trivalent poliovirus vaccine, live, oral"
* $cvx#178 "Non-US bivalent oral polio vaccine (types 1 and 3)"
* $cvx#182 "Oral Polio Vaccine, Unspecified formulation"
* $cvx#10 "poliovirus vaccine, inactivated"
* $cvx#89 "poliovirus vaccine, unspecified formulation"
// Diphtheria, tetanus, pertussis and combinations
* $cvx#01 "diphtheria, tetanus toxoids and pertussis vaccine"
* $cvx#20 "diphtheria, tetanus toxoids and acellular pertussis vaccine"
* $cvx#106 "diphtheria, tetanus toxoids and acellular pertussis vaccine, 5 pertussis antigens"
* $cvx#107 "diphtheria, tetanus toxoids and acellular pertussis vaccine, unspecified formulation"
* $cvx#110 "DTaP-hepatitis B and poliovirus vaccine"
* $cvx#115 "tetanus toxoid, reduced diphtheria toxoid, and acellular pertussis vaccine, adsorbed"
* $cvx#09 "tetanus and diphtheria toxoids, adsorbed, preservative free, for adult use (2 Lf of tetanus toxoid and 2 Lf of diphtheria toxoid)"
* $cvx#113 "tetanus and diphtheria toxoids, adsorbed, preservative free, for adult use (5 Lf of tetanus toxoid and 2 Lf of diphtheria toxoid)"
* $cvx#139 "Td(adult) unspecified formulation"
* $cvx#102 "DTP- Haemophilus influenzae type b conjugate and hepatitis b vaccine"
* $cvx#198 "Diphtheria, pertussis, tetanus, hepatitis B, Haemophilus Influenza Type b, (Pentavalent)"
// Haemophilus influenzae type b
* $cvx#17 "Haemophilus influenzae type b vaccine, conjugate unspecified formulation"
// Hepatitis B
* $cvx#08 "hepatitis B vaccine, pediatric or pediatric/adolescent dosage"
* $cvx#43 "hepatitis B vaccine, adult dosage"
* $cvx#45 "hepatitis B vaccine, unspecified formulation"
// Measles, mumps, rubella, varicella
* $cvx#03 "measles, mumps and rubella virus vaccine"
* $cvx#04 "measles and rubella virus vaccine"
* $cvx#05 "measles virus vaccine"
* $cvx#21 "varicella virus vaccine"
// Yellow fever
* $cvx#37 "yellow fever vaccine"
* $cvx#184 "Yellow fever vaccine, unspecified formulation"
// Meningococcal
* $cvx#108 "meningococcal ACWY vaccine, unspecified formulation"
* $cvx#191 "meningococcal A polysaccharide vaccine (non-US)"
// Typhoid
* $cvx#101 "typhoid Vi capsular polysaccharide vaccine"
* $cvx#190 "Typhoid conjugate vaccine (non-US)"
* $cvx#91 "typhoid vaccine, unspecified formulation"
// Cholera
* $cvx#26 "cholera vaccine, unspecified formulation"
* $cvx#173 "cholera, BivWC"
* $cvx#174 "cholera, live attenuated"
// Rabies
* $cvx#175 "Human Rabies vaccine from human diploid cell culture"
* $cvx#176 "Human rabies vaccine from Chicken fibroblast culture"
* $cvx#90 "rabies vaccine, unspecified formulation"
// Human papillomavirus
* $cvx#165 "Human Papillomavirus 9-valent vaccine"
* $cvx#137 "HPV, unspecified formulation"
// Pneumococcal
* $cvx#133 "pneumococcal conjugate vaccine, 13 valent"
* $cvx#177 "pneumococcal conjugate vaccine, 10 valent"
* $cvx#152 "Pneumococcal Conjugate, unspecified formulation"
// Rotavirus
* $cvx#119 "rotavirus, live, monovalent vaccine"
* $cvx#116 "rotavirus, live, pentavalent vaccine"
* $cvx#122 "rotavirus vaccine, unspecified formulation"
// Influenza
* $cvx#88 "influenza virus vaccine, unspecified formulation"
* $cvx#141 "Influenza, seasonal, injectable"
// COVID-19
* $cvx#207 "SARS-COV-2 (COVID-19) vaccine, mRNA, spike protein, LNP, preservative free, 100 mcg/0.5mL dose or 50 mcg/0.25mL dose"
* $cvx#208 "SARS-COV-2 (COVID-19) vaccine, mRNA, spike protein, LNP, preservative free, 30 mcg/0.3mL dose"
* $cvx#210 "SARS-COV-2 (COVID-19) vaccine, vector non-replicating, recombinant spike protein-ChAdOx1, preservative free, 0.5 mL"
* $cvx#212 "SARS-COV-2 (COVID-19) vaccine, vector non-replicating, recombinant spike protein-Ad26, preservative free, 0.5 mL"
* $cvx#213 "SARS-COV-2 (COVID-19) vaccine, UNSPECIFIED"
* $cvx#500 "SARS-COV-2 COVID-19 Non-US Vaccine, Specific Product Unknown"
* $cvx#510 "SARS-COV-2 COVID-19 Inactivated Virus Non-US Vaccine Product (BIBP, Sinopharm)"
