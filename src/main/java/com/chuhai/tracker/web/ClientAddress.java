package com.chuhai.tracker.web;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Who a client is, for the limits that count per client (sign-in throttling, rate limits, CSV export
 * slots): its address as the servlet container reports it (behind a proxy, the proxy's own unless
 * the proxy is configured as trusted: README, Security). IPv6 addresses count by their /64 network,
 * which one subscriber usually holds whole, so a client cannot escape a limit by changing address.
 */
public final class ClientAddress {

    private ClientAddress() {}

    /** The key a limit counts {@code address} under; "unknown" when there is none. */
    public static String of(String address) {
        if (address == null || address.isBlank()) {
            return "unknown";
        }
        if (address.indexOf(':') >= 0) {
            try {
                byte[] bytes = InetAddress.getByName(address).getAddress();
                if (bytes.length == 16) {
                    StringBuilder network = new StringBuilder();
                    for (int i = 0; i < 8; i += 2) {
                        network.append(String.format("%02x%02x:", bytes[i], bytes[i + 1]));
                    }
                    return network.append(":/64").toString();
                }
            } catch (UnknownHostException e) {
                return "unknown";
            }
        }
        return address.length() > 64 ? address.substring(0, 64) : address;
    }
}
