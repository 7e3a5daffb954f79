package org.firstsession.place;

/**
 * A place of the gazetteer: a GeoNames populated place (city, town or village of at least 1,000 people).
 * {@code id} is its GeoNames id, {@code region} its first-level administrative code as GeoNames writes it
 * (e.g. "16" for Berlin, "NM" for New Mexico) and {@code regionName} that region's name as GeoNames writes it
 * ("State of Berlin", "New Mexico"; null where the shipped list lacks the code), {@code lat}/{@code lon} its
 * centre in degrees (WGS 84).
 */
public record Place(long id, String name, String region, String regionName, String country, double lat, double lon) {
}
