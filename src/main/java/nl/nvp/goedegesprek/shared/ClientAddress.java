package nl.nvp.goedegesprek.shared;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * The client address as rate limits count it: an IPv4 address as it is, an IPv6 address
 * by its /48 network. One connection often has a whole /56 or /48 to choose from; counted
 * per address, a client could rotate inside its block past every limit (decision 15).
 */
public final class ClientAddress {

	private ClientAddress() {
	}

	/**
	 * The key a rate limit counts for this remote address.
	 * @param remote the remote address as the request gives it (may be {@code null})
	 * @return IPv4 as it is, IPv6 as its /48 network, otherwise the text as given
	 */
	public static String of(String remote) {
		if (remote == null || remote.indexOf(':') < 0) {
			return (remote != null) ? remote : "";
		}
		try {
			// An IPv6 literal: parsed, never looked up.
			byte[] bytes = InetAddress.getByName(remote).getAddress();
			if (bytes.length != 16) {
				return InetAddress.getByAddress(bytes).getHostAddress();
			}
			Arrays.fill(bytes, 6, 16, (byte) 0);
			return InetAddress.getByAddress(bytes).getHostAddress() + "/48";
		}
		catch (UnknownHostException ex) {
			return remote;
		}
	}

}
