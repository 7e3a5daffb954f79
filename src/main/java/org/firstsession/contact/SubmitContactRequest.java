package org.firstsession.contact;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/contact}. Both fields are stored trimmed; the limits apply after trimming. */
public record SubmitContactRequest(@NotBlank @Size(max = 200) String subject, @NotBlank @Size(max = 5000) String message) {

    public SubmitContactRequest {
        subject = subject == null ? null : subject.strip();
        message = message == null ? null : message.strip();
    }
}
