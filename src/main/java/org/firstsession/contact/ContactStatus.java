package org.firstsession.contact;

/** OPEN until an admin closes it. */
public enum ContactStatus {
    OPEN, CLOSED
}
