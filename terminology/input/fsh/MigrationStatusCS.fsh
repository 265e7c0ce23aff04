CodeSystem: MigrationStatusCS
Id: migration-status-cs
Title: "Migration Status Code System"
Description: "Migration or residence status of a person on the move, as recorded in the migrant e-PHR (terms as used by IOM and UNHCR). English is the display; French and Arabic designations are given."
* insert TerminologyMetadata
* insert CompleteCodeSystem
* #refugee "Refugee" "Person recognised as a refugee under the 1951 Refugee Convention and its 1967 Protocol, a regional refugee instrument, or UNHCR's mandate."
* #refugee insert Designations(réfugié, لاجئ)
* #asylum-seeker "Asylum seeker" "Person seeking international protection whose claim has not yet been finally decided by the country in which it was submitted."
* #asylum-seeker insert Designations(demandeur d'asile, طالب لجوء)
* #resettled-refugee "Resettled refugee" "Refugee transferred from a country of asylum to a third State that has agreed to admit them with permanent residence status (resettlement)."
* #resettled-refugee insert Designations(réfugié réinstallé, لاجئ أعيد توطينه)
* #labour-migrant "Labour migrant" "Person who moves, or has moved, to another country for the purpose of employment (migrant worker)."
* #labour-migrant insert Designations(travailleur migrant, عامل مهاجر)
* #internally-displaced-person "Internally displaced person" "Person forced or obliged to flee or leave their home or place of habitual residence, in particular as a result of armed conflict, generalized violence, human rights violations or disasters, who has not crossed an internationally recognized State border."
* #internally-displaced-person insert Designations(personne déplacée à l'intérieur de son propre pays, نازح داخلياً)
* #returnee "Returnee" "Person who has returned to their country of origin or habitual residence after a period abroad, including refugees who repatriated voluntarily and migrants assisted to return."
* #returnee insert Designations(rapatrié, عائد)
* #stateless-person "Stateless person" "Person who is not considered as a national by any State under the operation of its law (1954 Convention relating to the Status of Stateless Persons)."
* #stateless-person insert Designations(apatride, عديم الجنسية)
* #unaccompanied-minor "Unaccompanied minor" "Child under 18 who has been separated from both parents and other relatives and is not being cared for by an adult who, by law or custom, is responsible for doing so."
* #unaccompanied-minor insert Designations(mineur non accompagné, قاصر غير مصحوب بذويه)
* #separated-minor "Separated minor" "Child under 18 separated from both parents, or from their previous legal or customary primary caregiver, but not necessarily from other relatives."
* #separated-minor insert Designations(mineur séparé, قاصر منفصل عن ذويه)
* #irregular-migrant "Irregular migrant" "Person who moves or resides outside the laws, regulations or international agreements governing entry into or exit from the State of origin, transit or destination."
* #irregular-migrant insert Designations(migrant en situation irrégulière, مهاجر غير نظامي)
* #victim-of-trafficking "Victim of trafficking" "Person who is a victim of trafficking in persons as defined in the 2000 Protocol to Prevent, Suppress and Punish Trafficking in Persons (Palermo Protocol)."
* #victim-of-trafficking insert Designations(victime de la traite des personnes, ضحية الاتجار بالبشر)
* #family-reunification "Family reunification" "Person admitted to a country to join family members who already reside there (family reunification)."
* #family-reunification insert Designations(regroupement familial, لم شمل الأسرة)
* #student "Student" "Person admitted to a country for the purpose of study."
* #student insert Designations(étudiant, طالب)
* #temporary-protection "Beneficiary of temporary protection" "Person holding a temporary protection status granted to a group in a mass influx (e.g. the EU Temporary Protection Directive, Türkiye's temporary protection of Syrians, Colombia's temporary protection statute for Venezuelans)."
* #temporary-protection insert Designations(bénéficiaire d'une protection temporaire, مستفيد من الحماية المؤقتة)
* #other "Other" "A migration status not covered by the other codes of this code system."
* #other insert Designations(autre, أخرى)
