package org.firstsession.waitlist;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.firstsession.account.CurrentUser;
import org.firstsession.waitlist.WaitlistViews.Entry;
import org.firstsession.waitlist.WaitlistViews.Offer;

import io.quarkus.security.Authenticated;

/** My waitlists (with my place in each) and the offers made to me. */
@Path("/api/me/waitlist")
@Tag(name = "Waitlist")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class MyWaitlistResource {

    private final WaitlistService waitlist;
    private final CurrentUser currentUser;

    MyWaitlistResource(WaitlistService waitlist, CurrentUser currentUser) {
        this.waitlist = waitlist;
        this.currentUser = currentUser;
    }

    @Operation(summary = "My waitlists",
            description = "The specialists whose waitlist I am on, with my position and preferred days and times.")
    @GET
    public List<Entry> mine() {
        return waitlist.mine(currentUser.accountId());
    }

    @Operation(summary = "My waitlist offers",
            description = "Slots held for me from a waitlist, open ones first, with when the hold ends.")
    @GET
    @Path("/offers")
    public List<Offer> myOffers() {
        return waitlist.myOffers(currentUser.accountId());
    }
}
