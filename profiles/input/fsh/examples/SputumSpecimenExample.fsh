Instance: SputumSpecimenExample
InstanceOf: Specimen
Usage: #example
Title: "Sputum Specimen Example"
Description: "The sputum specimen collected from Dawit Tesfay at his arrival health screening, from which the mycobacterial culture was grown."
* id = "sputum-specimen-example"
* status = #available
* type = $v2-0487#SPT "Sputum"
* subject = Reference(MigrantPatientExample)
* collection.collectedDateTime = "2023-05-17T08:10:00+02:00"
