package org.firstsession.e2e;

/** A user of the Keycloak realm (docker/realm-firstsession.json seeds client, specialist and admin). */
record RealmUser(String username, String password, String name, String email) {

    static final RealmUser CLIENT = new RealmUser("client", "client-password", "Clara Client", "client@example.org");
    static final RealmUser SPECIALIST = new RealmUser("specialist", "specialist-password", "Sam Specialist", "specialist@example.org");
    static final RealmUser ADMIN = new RealmUser("admin", "admin-password", "Ada Admin", "admin@example.org");
}
