Extension: BirthDateEstimated
Id: birth-date-estimated
Title: "Birth Date Estimated"
Description: "True when the birth date is not documented but estimated or declared (often only the year, or 1 January of an estimated year as on many registration documents)."
* ^purpose = "Many displaced people have no documented birth date; clinicians must know that an age is approximate before using it for age-based schedules, growth charts or age assessment of minors."
* insert ConformanceMetadata
* insert ExtensionContext(Patient.birthDate)
* value[x] only boolean
* valueBoolean 1..1
