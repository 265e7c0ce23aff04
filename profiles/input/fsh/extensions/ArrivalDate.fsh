Extension: ArrivalDate
Id: arrival-date
Title: "Arrival Date"
Description: "The date the person arrived in the country where the record is kept (the current host country). May be partial (year, or year and month) when only that is known."
* ^purpose = "Time since arrival drives screening and catch-up vaccination schedules (e.g. TB screening within the first years after arrival)."
* insert ConformanceMetadata
* insert ExtensionContext(Patient)
* value[x] only date
* valueDate 1..1
