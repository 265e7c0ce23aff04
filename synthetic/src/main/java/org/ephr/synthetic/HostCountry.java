package org.ephr.synthetic;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * A country that receives migrants: where the assessment takes place and the person now lives. The UTC offset
 * is the standard one (no daylight saving time), which is precise enough for synthetic appointment times.
 */
record HostCountry(String country, ZoneOffset offset, List<String> cities) {

    private static final Map<String, HostCountry> ALL = Map.ofEntries(
            host("JO", "+03:00", "Amman", "Irbid", "Mafraq", "Zarqa"),
            host("LB", "+02:00", "Beirut", "Tripoli", "Zahle", "Saida"),
            host("TR", "+03:00", "Istanbul", "Gaziantep", "Şanlıurfa", "Hatay"),
            host("DE", "+01:00", "Berlin", "Hamburg", "München", "Köln", "Frankfurt am Main"),
            host("IR", "+03:30", "Tehran", "Mashhad", "Isfahan"),
            host("PK", "+05:00", "Peshawar", "Quetta", "Islamabad"),
            host("SD", "+02:00", "Kassala", "Gedaref"),
            host("ET", "+03:00", "Addis Ababa", "Shire", "Gambela"),
            host("LY", "+02:00", "Tripoli", "Misrata"),
            host("IT", "+01:00", "Roma", "Milano", "Torino", "Catania"),
            host("KE", "+03:00", "Nairobi", "Dadaab", "Kakuma"),
            host("YE", "+03:00", "Aden"),
            host("DJ", "+03:00", "Djibouti", "Obock"),
            host("SA", "+03:00", "Riyadh", "Jeddah"),
            host("BD", "+06:00", "Cox's Bazar", "Ukhia", "Teknaf"),
            host("MY", "+08:00", "Kuala Lumpur", "Penang", "Johor Bahru"),
            host("PL", "+01:00", "Warszawa", "Kraków", "Wrocław"),
            host("CZ", "+01:00", "Praha", "Brno"),
            host("CO", "-05:00", "Bogotá", "Cúcuta", "Medellín", "Barranquilla"),
            host("PE", "-05:00", "Lima", "Trujillo", "Arequipa"),
            host("EC", "-05:00", "Quito", "Guayaquil"),
            host("CL", "-04:00", "Santiago", "Antofagasta"),
            host("DO", "-04:00", "Santo Domingo", "Santiago de los Caballeros"),
            host("US", "-05:00", "Miami", "New York", "Boston"),
            host("BR", "-03:00", "São Paulo", "Manaus"),
            host("TD", "+01:00", "N'Djamena", "Adré", "Abéché"),
            host("EG", "+02:00", "Cairo", "Alexandria", "Aswan"),
            host("UG", "+03:00", "Kampala", "Isingiro"));

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

    private static Map.Entry<String, HostCountry> host(String country, String offset, String... cities) {
        return Map.entry(country, new HostCountry(country, ZoneOffset.of(offset), List.of(cities)));
    }
}
