Instance: AssessmentCentreAmmanExample
InstanceOf: Organization
Usage: #example
Title: "Assessment Centre Amman Example"
Description: "A site: a migration health assessment centre in Amman, Jordan, where pre-departure health assessments for resettlement are done."
* id = "assessment-centre-amman-example"
* active = true
* type = http://terminology.hl7.org/CodeSystem/organization-type#prov "Healthcare Provider"
* name = "Migration Health Assessment Centre Amman"
* alias = "مركز التقييم الصحي للمهاجرين - عمّان"
* address.city = "Amman"
* address.country = "JO"
