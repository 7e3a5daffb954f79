package org.firstsession.web;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.firstsession.waitlist.WaitlistService;
import org.firstsession.waitlist.WaitlistViews.Entry;
import org.firstsession.waitlist.WaitlistViews.Offer;

/**
 * The viewer's waitlists for the pages that show them ({@code inject:myWaitlists} in {@code /account} and
 * the specialist's dashboard), so those pages need no new parameters.
 */
@Named("myWaitlists")
@RequestScoped
public class MyWaitlists {

    private final WaitlistService waitlist;
    private final Viewer viewer;

    MyWaitlists(WaitlistService waitlist, Viewer viewer) {
        this.waitlist = waitlist;
        this.viewer = viewer;
    }

    public List<Entry> entries() {
        return viewer.loggedIn() ? waitlist.mine(viewer.accountId()) : List.of();
    }

    /** Offers still waiting for my answer (the link to answer is in the email). */
    public List<Offer> openOffers() {
        return viewer.loggedIn() ? waitlist.myOffers(viewer.accountId()).stream().filter(o -> "OPEN".equals(o.status())).toList()
                : List.of();
    }

    /** How many people wait for a specialist (the dashboard). */
    public long waitingFor(UUID specialistId) {
        return waitlist.waiting(specialistId);
    }
}
