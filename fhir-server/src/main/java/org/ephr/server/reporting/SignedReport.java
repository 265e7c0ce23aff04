package org.ephr.server.reporting;

/**
 * A report as served: its bytes in one format and their detached JWS signature.
 *
 * @param suppressedCells how many cells and margins are hidden, for the log and the response headers
 */
record SignedReport(byte[] content, String mediaType, String signature, int cells, int suppressedCells) {}
