package nl.nvp.goedegesprek.support;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;

import javax.net.SocketFactory;

/**
 * The sockets the application's mail client opens to the test's mail server, with Nagle's
 * algorithm off: SMTP is a conversation of small writes, and with it on each mail waited
 * for delayed acknowledgements (tens of milliseconds per mail on loopback).
 */
public class NoDelaySocketFactory extends SocketFactory {

	/** Jakarta Mail asks for the factory by this static method. */
	public static SocketFactory getDefault() {
		return new NoDelaySocketFactory();
	}

	@Override
	public Socket createSocket() throws IOException {
		Socket socket = new Socket();
		socket.setTcpNoDelay(true);
		return socket;
	}

	@Override
	public Socket createSocket(String host, int port) throws IOException {
		Socket socket = new Socket(host, port);
		socket.setTcpNoDelay(true);
		return socket;
	}

	@Override
	public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
		Socket socket = new Socket(host, port, localHost, localPort);
		socket.setTcpNoDelay(true);
		return socket;
	}

	@Override
	public Socket createSocket(InetAddress host, int port) throws IOException {
		Socket socket = new Socket(host, port);
		socket.setTcpNoDelay(true);
		return socket;
	}

	@Override
	public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
			throws IOException {
		Socket socket = new Socket(address, port, localAddress, localPort);
		socket.setTcpNoDelay(true);
		return socket;
	}

}
