package org.firstsession.specialist;

/** DRAFT: only the owner sees it. PUBLISHED: in the directory. UNPUBLISHED: hidden again by the owner. */
public enum SpecialistStatus {
    DRAFT, PUBLISHED, UNPUBLISHED
}
