package org.firstsession.moderation;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.firstsession.moderation.ModerationViews.ContentItem;

/**
 * A feature whose things can be reported shows them to the admin reading the report: messaging its
 * conversations, community its questions and answers. Moderation knows no feature's tables; it asks the
 * bean that names the report's subject type.
 */
public interface ReportedContent {

    /** The {@link Report#subjectType} values this feature answers for. */
    Set<String> subjectTypes();

    /**
     * The reported content as far as it went when reported ({@code subjectSeq}, see {@link Report#subjectSeq};
     * nothing written later), newest first; empty when it no longer exists.
     */
    List<ContentItem> content(String subjectType, UUID subjectId, Long subjectSeq);
}
