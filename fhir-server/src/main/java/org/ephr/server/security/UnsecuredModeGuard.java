package org.ephr.server.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * With security off, anyone who reaches the port reads every record. That is tolerable on a developer's own
 * machine only: the server refuses to start unless it listens on loopback, and says what it is doing.
 */
class UnsecuredModeGuard {

    private static final Logger log = LoggerFactory.getLogger(UnsecuredModeGuard.class);

    private final String serverAddress;

    UnsecuredModeGuard(String serverAddress) {
        this.serverAddress = serverAddress;
    }

    void refuseUnlessLoopback() {
        if (!isLoopback(serverAddress)) {
            throw new IllegalStateException("ephr.security.enabled=false is allowed only with server.address on"
                    + " loopback (127.0.0.1 or ::1); it is '" + serverAddress + "'");
        }
        log.warn(
                "\n*****************************************************************************************\n"
                        + "* SECURITY IS OFF (ephr.security.enabled=false): no token checks, no access rules, no     *\n"
                        + "* consent. Every record is readable by anyone on this machine. Listening on {} only.   *\n"
                        + "*****************************************************************************************",
                serverAddress);
    }

    static boolean isLoopback(String address) {
        if (address == null || address.isBlank()) {
            return false;
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
