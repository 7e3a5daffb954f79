package org.firstsession.specialist;

/**
 * What reading a profile gives: the owner's full {@link SpecialistView} or, for everyone else, the
 * {@link PublicSpecialistView} without licence number, meeting link or account data.
 */
public sealed interface ProfileView permits SpecialistView, PublicSpecialistView {
}
