package org.ephr.server.audit;

/** Keys under which other features leave facts about a request for its audit record. */
public final class AuditAttributes {

    /**
     * A {@code Coding} (v3 ActReason) in {@code RequestDetails.getUserData()} when the request was served under a
     * purpose other than treatment (TREAT), such as emergency treatment (ETREAT) after break-glass. It is read when
     * the request completes, so it may be set at any point while the request is handled.
     */
    public static final String PURPOSE_OF_USE = AuditAttributes.class.getName() + ".purpose-of-use";

    private AuditAttributes() {}
}
