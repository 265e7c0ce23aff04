CodeSystem: NationalVaccineExampleCS
Id: national-vaccine-example-cs
Title: "National Vaccine Example Code System"
Description: "An example national vaccine code list, as the immunization registry of a transit country might use it. It is not any real country's list: it shows how national codes are translated to CVX with the NationalVaccineToCvx concept map."
* insert TerminologyMetadata
* insert CompleteCodeSystem
* ^experimental = true
* #BCG "BCG vaccine" "Bacillus Calmette-Guérin vaccine against tuberculosis."
* #BCG insert Designations(vaccin BCG, لقاح بي سي جي)
* #HEPB-BD "Hepatitis B vaccine, birth dose" "Hepatitis B vaccine (paediatric formulation) given within 24 hours of birth."
* #HEPB-BD insert Designations(vaccin contre l'hépatite B - dose à la naissance, لقاح التهاب الكبد B - جرعة الولادة)
* #BOPV "Bivalent oral polio vaccine (bOPV)" "Live oral poliovirus vaccine, types 1 and 3."
* #BOPV insert Designations(vaccin antipoliomyélitique oral bivalent, لقاح شلل الأطفال الفموي ثنائي التكافؤ)
* #IPV "Inactivated polio vaccine (IPV)" "Inactivated poliovirus vaccine, types 1, 2 and 3."
* #IPV insert Designations(vaccin antipoliomyélitique inactivé, لقاح شلل الأطفال المعطل)
* #PENTA "Pentavalent vaccine (DTwP-HepB-Hib)" "Combined diphtheria, tetanus, whole-cell pertussis, hepatitis B and Haemophilus influenzae type b vaccine."
* #PENTA insert Designations(vaccin pentavalent, اللقاح الخماسي)
* #PCV "Pneumococcal conjugate vaccine" "Pneumococcal conjugate vaccine, valency not recorded."
* #PCV insert Designations(vaccin antipneumococcique conjugué, لقاح المكورات الرئوية المقترن)
* #ROTA "Rotavirus vaccine" "Oral rotavirus vaccine, product not recorded."
* #ROTA insert Designations(vaccin antirotavirus, لقاح فيروس الروتا)
* #MR "Measles-rubella vaccine (MR)" "Combined measles and rubella vaccine."
* #MR insert Designations(vaccin contre la rougeole et la rubéole, لقاح الحصبة والحصبة الألمانية)
* #MMR "Measles-mumps-rubella vaccine (MMR)" "Combined measles, mumps and rubella vaccine."
* #MMR insert Designations([[vaccin contre la rougeole, les oreillons et la rubéole]], لقاح الحصبة والنكاف والحصبة الألمانية)
* #TD "Tetanus-diphtheria vaccine (Td)" "Tetanus and reduced-dose diphtheria toxoid vaccine for adolescents and adults, formulation not recorded."
* #TD insert Designations(vaccin antitétanique et antidiphtérique, لقاح الكزاز والخناق)
* #YF "Yellow fever vaccine" "Live attenuated yellow fever vaccine, product not recorded."
* #YF insert Designations(vaccin antiamaril, لقاح الحمى الصفراء)
* #TCV "Typhoid conjugate vaccine" "Typhoid Vi polysaccharide conjugate vaccine."
* #TCV insert Designations(vaccin antityphoïdique conjugué, لقاح التيفوئيد المقترن)
* #MENACWY "Meningococcal ACWY conjugate vaccine" "Quadrivalent (A, C, W, Y) meningococcal conjugate vaccine, product not recorded."
* #MENACWY insert Designations(vaccin antiméningococcique conjugué ACWY, لقاح المكورات السحائية المقترن الرباعي)
* #HPV "Human papillomavirus vaccine" "Human papillomavirus vaccine, product not recorded."
* #HPV insert Designations(vaccin contre le papillomavirus humain, لقاح فيروس الورم الحليمي البشري)
* #OCV "Oral cholera vaccine" "Bivalent (O1 and O139) whole-cell oral cholera vaccine."
* #OCV insert Designations(vaccin anticholérique oral, لقاح الكوليرا الفموي)
* #COVID-SINOPHARM "COVID-19 vaccine, Sinopharm (BIBP)" "Inactivated SARS-CoV-2 vaccine, Beijing Institute of Biological Products (Sinopharm)."
* #COVID-SINOPHARM insert Designations([[vaccin contre la COVID-19 (Sinopharm)]], [[لقاح كوفيد-19 (سينوفارم)]])
* #COVID-PFIZER "COVID-19 vaccine, Pfizer-BioNTech (30 mcg)" "mRNA SARS-CoV-2 vaccine, Pfizer-BioNTech, 30 microgram dose."
* #COVID-PFIZER insert Designations([[vaccin contre la COVID-19 (Pfizer-BioNTech)]], [[لقاح كوفيد-19 (فايزر-بيونتك)]])
* #COVID-UNSPEC "COVID-19 vaccine, product unknown" "SARS-CoV-2 vaccine whose product is not recorded."
* #COVID-UNSPEC insert Designations([[vaccin contre la COVID-19, produit non précisé]], [[لقاح كوفيد-19، منتج غير محدد]])
