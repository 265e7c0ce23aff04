ValueSet: MigrationStatusVS
Id: migration-status-vs
Title: "Migration Status Value Set"
Description: "All codes of the Migration Status Code System: the migration or residence status of a person."
* insert TerminologyMetadata
* include codes from system MigrationStatusCS
