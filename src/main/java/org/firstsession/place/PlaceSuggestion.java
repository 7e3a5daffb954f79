package org.firstsession.place;

/**
 * A place suggested for what was typed: the place's fields and {@code matchedName}, the name of it that matched —
 * its own, or another one ("München" for the place called Munich), which the list shows so that people see what
 * they typed.
 */
public record PlaceSuggestion(long id, String name, String matchedName, String region, String regionName,
        String country, double lat, double lon) {

    static PlaceSuggestion of(Place place, String matchedName) {
        return new PlaceSuggestion(place.id(), place.name(), matchedName, place.region(), place.regionName(),
                place.country(), place.lat(), place.lon());
    }
}
