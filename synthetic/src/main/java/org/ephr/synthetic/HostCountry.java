package org.ephr.synthetic;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * A country that receives migrants: where the assessment takes place and the person now lives. The UTC offset
 * is the standard one (no daylight saving time), which is precise enough for synthetic appointment times; the
 * languages (BCP 47 primary subtags) are those its clinics can be expected to consult in without an interpreter.
 */
record HostCountry(String country, ZoneOffset offset, List<String> languages, List<String> cities) {

    private static final Map<String, HostCountry> ALL = Map.ofEntries(
            host("JO", "+03:00", List.of("ar"), "Amman", "Irbid", "Mafraq", "Zarqa"),
            host("LB", "+02:00", List.of("ar"), "Beirut", "Tripoli", "Zahle", "Saida"),
            host("TR", "+03:00", List.of("tr"), "Istanbul", "Gaziantep", "Şanlıurfa", "Hatay"),
            host("DE", "+01:00", List.of("de"), "Berlin", "Hamburg", "München", "Köln", "Frankfurt am Main"),
            host("IR", "+03:30", List.of("fa"), "Tehran", "Mashhad", "Isfahan"),
            host("PK", "+05:00", List.of("ur", "en", "ps"), "Peshawar", "Quetta", "Islamabad"),
            host("SD", "+02:00", List.of("ar", "en"), "Kassala", "Gedaref"),
            host("ET", "+03:00", List.of("am", "ti", "om", "so"), "Addis Ababa", "Shire", "Gambela"),
            host("LY", "+02:00", List.of("ar"), "Tripoli", "Misrata"),
            host("IT", "+01:00", List.of("it"), "Roma", "Milano", "Torino", "Catania"),
            host("KE", "+03:00", List.of("sw", "en"), "Nairobi", "Dadaab", "Kakuma"),
            host("YE", "+03:00", List.of("ar"), "Aden"),
            host("DJ", "+03:00", List.of("fr", "ar", "so"), "Djibouti", "Obock"),
            host("SA", "+03:00", List.of("ar"), "Riyadh", "Jeddah"),
            host("BD", "+06:00", List.of("bn"), "Cox's Bazar", "Ukhia", "Teknaf"),
            host("MY", "+08:00", List.of("ms", "en"), "Kuala Lumpur", "Penang", "Johor Bahru"),
            host("PL", "+01:00", List.of("pl"), "Warszawa", "Kraków", "Wrocław"),
            host("CZ", "+01:00", List.of("cs"), "Praha", "Brno"),
            host("CO", "-05:00", List.of("es"), "Bogotá", "Cúcuta", "Medellín", "Barranquilla"),
            host("PE", "-05:00", List.of("es"), "Lima", "Trujillo", "Arequipa"),
            host("EC", "-05:00", List.of("es"), "Quito", "Guayaquil"),
            host("CL", "-04:00", List.of("es"), "Santiago", "Antofagasta"),
            host("DO", "-04:00", List.of("es"), "Santo Domingo", "Santiago de los Caballeros"),
            host("US", "-05:00", List.of("en"), "Miami", "New York", "Boston"),
            host("BR", "-03:00", List.of("pt"), "São Paulo", "Manaus"),
            host("TD", "+01:00", List.of("fr", "ar"), "N'Djamena", "Adré", "Abéché"),
            host("EG", "+02:00", List.of("ar"), "Cairo", "Alexandria", "Aswan"),
            host("UG", "+03:00", List.of("en", "sw"), "Kampala", "Isingiro"));

    static HostCountry of(String country) {
        HostCountry host = ALL.get(country);
        if (host == null) {
            throw new IllegalArgumentException("No host country " + country);
        }
        return host;
    }

    /**
     * High-income hosts among ours, whose own vaccination programmes use acellular pertussis vaccines and whose
     * COVID-19 campaigns mostly used mRNA vaccines.
     */
    boolean highIncome() {
        return List.of("DE", "IT", "PL", "CZ", "US").contains(country);
    }

    private static Map.Entry<String, HostCountry> host(
            String country, String offset, List<String> languages, String... cities) {
        return Map.entry(country, new HostCountry(country, ZoneOffset.of(offset), languages, List.of(cities)));
    }
}
