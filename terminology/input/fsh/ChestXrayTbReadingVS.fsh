ValueSet: ChestXrayTbReadingVS
Id: chest-xray-tb-reading-vs
Title: "Chest Xray Tb Reading Value Set"
Description: "All codes of the Chest Xray Tb Reading Code System: the reading of a chest radiograph taken for TB screening."
* insert TerminologyMetadata
* include codes from system ChestXrayTbReadingCS
