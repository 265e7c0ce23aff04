package org.ephr.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a person got from the country of origin to the host country, and where a resettlement case goes next.
 * Transit stays follow the usual overland and sea routes of a few flows (Afghans through Iran and Türkiye,
 * Eritreans through Sudan and Libya, Venezuelans along the Andes, ...); other people travelled directly. A
 * refugee in a low- or middle-income host may be a resettlement case: the assessment is then the pre-departure
 * health assessment, and the resettlement country the intended destination.
 */
record Journey(List<Stay> transit, String resettlementCountry) {

    /** A stay in a transit country, {@code from} and {@code to} inclusive. */
    record Stay(String country, LocalDate from, LocalDate to) {}

    private static final double TRANSIT_SHARE = 0.85;
    private static final double RESETTLEMENT_SHARE = 0.2;

    /** Transit countries in travel order, by origin and host country ({@code "AF>DE"}). */
    private static final Map<String, List<String>> ROUTES = Map.ofEntries(
            Map.entry("AF>DE", List.of("IR", "TR")),
            Map.entry("AF>TR", List.of("IR")),
            Map.entry("SY>DE", List.of("TR")),
            Map.entry("IQ>DE", List.of("TR")),
            Map.entry("ER>IT", List.of("SD", "LY")),
            Map.entry("ER>LY", List.of("SD")),
            Map.entry("ET>SA", List.of("DJ", "YE")),
            Map.entry("BD>IT", List.of("LY")),
            Map.entry("VE>EC", List.of("CO")),
            Map.entry("VE>PE", List.of("CO", "EC")),
            Map.entry("VE>CL", List.of("CO", "PE")));

    /** Countries that resettle refugees, the larger programmes more than once. */
    private static final List<String> RESETTLEMENT_COUNTRIES =
            List.of("US", "US", "US", "CA", "CA", "DE", "GB", "SE", "NO", "AU", "FR", "NL");

    Journey {
        transit = List.copyOf(transit);
    }

    static Journey sample(
            Origin origin,
            HostCountry host,
            MigrationStatus status,
            LocalDate birthDate,
            LocalDate arrivalDate,
            Draws draws) {
        List<String> route = ROUTES.getOrDefault(origin.country + ">" + host.country(), List.of());
        List<Stay> transit = List.of();
        if (!route.isEmpty() && draws.chance(TRANSIT_SHARE)) {
            transit = stays(route, birthDate, arrivalDate, draws);
        }
        String resettlement = null;
        if (status == MigrationStatus.REFUGEE && !host.highIncome() && draws.chance(RESETTLEMENT_SHARE)) {
            resettlement = draws.pick(RESETTLEMENT_COUNTRIES);
        }
        return new Journey(transit, resettlement);
    }

    /**
     * Stays drawn backwards from the arrival, each from two weeks to two years long. A person born on the way
     * would have been born in a transit country, not in the country of origin: such journeys are left out.
     */
    private static List<Stay> stays(List<String> route, LocalDate birthDate, LocalDate arrivalDate, Draws draws) {
        List<Stay> stays = new ArrayList<>();
        LocalDate next = arrivalDate;
        for (int i = route.size() - 1; i >= 0; i--) {
            LocalDate to = next.minusDays(draws.between(1, 14));
            LocalDate from = to.minusDays(draws.between(14, 720));
            stays.add(new Stay(route.get(i), from, to));
            next = from;
        }
        if (!next.isAfter(birthDate)) {
            return List.of();
        }
        Collections.reverse(stays);
        return stays;
    }

    boolean resettlementCase() {
        return resettlementCountry != null;
    }

    Optional<String> intendedDestination() {
        return Optional.ofNullable(resettlementCountry);
    }

    /** The transit country the person was in on that day, if any. */
    Optional<String> transitCountryOn(LocalDate date) {
        return transit.stream()
                .filter(stay -> !date.isBefore(stay.from()) && !date.isAfter(stay.to()))
                .map(Stay::country)
                .findFirst();
    }
}
