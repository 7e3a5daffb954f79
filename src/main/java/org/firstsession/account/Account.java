package org.firstsession.account;

import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.firstsession.shared.persistence.BaseEntity;

/** A person who has logged in at least once, known by the identity provider's issuer + subject. */
@Entity
@Table(name = "account")
public class Account extends BaseEntity {

    @Column(nullable = false, updatable = false)
    public String issuer;

    @Column(nullable = false, updatable = false)
    public String subject;

    @Column(name = "display_name")
    public String displayName;

    public String email;

    @Column(name = "time_zone")
    public String timeZone;

    /** Pages and emails in this language (a tag from quarkus.locales); null: not chosen. */
    public String language;

    public static Optional<Account> findByIdentity(String issuer, String subject) {
        return find("issuer = ?1 and subject = ?2", issuer, subject).firstResultOptional();
    }
}
