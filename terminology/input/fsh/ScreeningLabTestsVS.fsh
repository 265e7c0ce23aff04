ValueSet: ScreeningLabTestsVS
Id: screening-lab-tests-vs
Title: "Screening Lab Tests Value Set"
Description: "LOINC codes for the laboratory screening tests of a migration health assessment other than TB: HIV, hepatitis B surface antigen, hepatitis C antibody, syphilis (non-treponemal and treponemal), malaria (antigen and microscopy) and intestinal parasites. Displays are the LOINC long common names."
* insert TerminologyMetadata
* ^copyright = "This material contains content from LOINC (http://loinc.org). LOINC is copyright © Regenstrief Institute, Inc. and the Logical Observation Identifiers Names and Codes (LOINC) Committee and is available at no cost under the license at http://loinc.org/license. LOINC® is a registered United States trademark of Regenstrief Institute, Inc."
// HIV
* $loinc#31201-7 "HIV 1+2 Ab [Presence] in Serum or Plasma by Immunoassay"
* $loinc#80387-4 "HIV 1+2 Ab [Presence] in Serum, Plasma or Blood by Rapid immunoassay"
// Hepatitis B and C
* $loinc#5196-1 "Hepatitis B virus surface Ag [Presence] in Serum or Plasma by Immunoassay"
* $loinc#75410-1 "Hepatitis B virus surface Ag [Presence] in Serum, Plasma or Blood by Rapid immunoassay"
* $loinc#16128-1 "Hepatitis C virus Ab [Presence] in Serum"
// Syphilis
* $loinc#20507-0 "Reagin Ab [Presence] in Serum by RPR"
* $loinc#71793-4 "Treponema pallidum Ab [Titer] in Serum or Plasma by Agglutination"
// Malaria
* $loinc#50687-3 "Plasmodium sp Ag [Presence] in Blood"
* $loinc#51587-4 "Plasmodium sp [Presence] in Blood by Light microscopy"
// Intestinal parasites
* $loinc#673-4 "Ova and parasites identified in Specimen by Light microscopy"
