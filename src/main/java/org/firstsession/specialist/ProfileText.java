package org.firstsession.specialist;

/**
 * A profile's headline and bio in one language: the specialist's own translation of the originals (issue #18).
 * Nothing is machine-translated; each text is exactly what the specialist wrote.
 */
public record ProfileText(String headline, String bio) {

    /** Both texts blank: no translation at all. */
    boolean isEmpty() {
        return (headline == null || headline.isBlank()) && (bio == null || bio.isBlank());
    }
}
