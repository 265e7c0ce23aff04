Instance: ReceptionClinicCataniaExample
InstanceOf: Organization
Usage: #example
Title: "Reception Clinic Catania Example"
Description: "A site: the health clinic of a reception centre for migrants in Catania, Italy."
* id = "reception-clinic-catania-example"
* active = true
* type = http://terminology.hl7.org/CodeSystem/organization-type#prov "Healthcare Provider"
* name = "Ambulatorio per migranti, Centro di accoglienza Catania"
* address.city = "Catania"
* address.country = "IT"
