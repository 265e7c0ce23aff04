/**
 * The audit trail: who accessed, changed or was refused which patient's record, for what purpose, with what outcome.
 *
 * <ul>
 *   <li><b>Capture.</b> HAPI's BALP interceptor ({@link org.ephr.server.audit.BalpCapture}) records reads, vreads,
 *       searches, creates, updates and deletes, also inside transactions; {@link
 *       org.ephr.server.audit.RequestAuditRecorder} adds operations ({@code $everything}, {@code $break-glass}),
 *       history and refusals (401, 403, attempts to change the trail), and gives every event its purpose of use
 *       ({@link org.ephr.server.audit.AuditAttributes#PURPOSE_OF_USE}, else TREAT) and outcome once the request
 *       completes. Only REST requests are audited: internal calls have no user, and auditing them would audit the
 *       audit trail's own writes.
 *   <li><b>Storage.</b> One background thread ({@link org.ephr.server.audit.AuditTrailWriter}) stores the events as
 *       AuditEvent resources in the FHIR database; a request only queues them. References are absolute and logical
 *       (see {@link org.ephr.server.audit.AuditProperties#referenceBase()}).
 *   <li><b>Tamper evidence.</b> Each event is hashed before it is stored and chained to the previous one in {@code
 *       EPHR_AUDIT_CHAIN}; the chain's head is signed with Ed25519 into {@code EPHR_AUDIT_CHECKPOINT}
 *       periodically, on demand ({@code $audit-checkpoint}) and at shutdown. {@code $verify-audit-chain} re-reads
 *       everything and reports each break. No REST client may write an AuditEvent.
 * </ul>
 */
package org.ephr.server.audit;
