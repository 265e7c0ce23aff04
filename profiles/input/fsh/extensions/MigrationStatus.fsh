Extension: MigrationStatus
Id: migration-status
Title: "Migration Status"
Description: "The person's migration or residence status (refugee, asylum seeker, labour migrant, ...) and the period it held. Repeat the extension to keep the history of statuses; the current one has no period end."
* ^purpose = "Clinicians and programmes need the status to know which services and follow-up a person is entitled to, and public health reports break figures down by it."
* insert ConformanceMetadata
* insert ExtensionContext(Patient)
* extension contains
    status 1..1 MS and
    period 0..1 MS
* extension[status] ^short = "The migration status"
* extension[status].value[x] only CodeableConcept
* extension[status].valueCodeableConcept 1..1
* extension[status].valueCodeableConcept from $migration-status-vs (required)
* extension[period] ^short = "When the status started and (if it did) ended"
* extension[period].value[x] only Period
* extension[period].valuePeriod 1..1
