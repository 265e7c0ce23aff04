ValueSet: IhrAnnex2CategoryVS
Id: ihr-annex2-category-vs
Title: "Ihr Annex2 Category Value Set"
Description: "All codes of the Ihr Annex2 Category Code System: how a condition is handled under IHR (2005) Annex 2."
* insert TerminologyMetadata
* include codes from system IhrAnnex2CategoryCS
