ValueSet: IhrConditionVS
Id: ihr-condition-vs
Title: "Ihr Condition Value Set"
Description: "All codes of the Ihr Condition Code System: conditions relevant to IHR (2005) and to migration health screening."
* insert TerminologyMetadata
* include codes from system IhrConditionCS
