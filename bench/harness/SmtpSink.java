package harness;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import static harness.Bench.*;
import static harness.Load.*;
import static harness.Postgres.*;

/** An SMTP sink: accepts every message, counts it and forgets it. */
final class SmtpSink {
    final ServerSocket socket;
    final int port;
    final AtomicLong messages = new AtomicLong();

    private SmtpSink(ServerSocket socket) {
        this.socket = socket;
        this.port = socket.getLocalPort();
    }

    static SmtpSink start() throws IOException {
        SmtpSink sink = new SmtpSink(new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress()));
        Thread acceptor = new Thread(() -> {
            while (!sink.socket.isClosed()) {
                try {
                    Socket client = sink.socket.accept();
                    Thread t = new Thread(() -> sink.session(client));
                    t.setDaemon(true);
                    t.start();
                } catch (IOException e) {
                    return;
                }
            }
        });
        acceptor.setDaemon(true);
        acceptor.start();
        return sink;
    }

    private void session(Socket client) {
        try (client; BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
                PrintWriter reply = new PrintWriter(client.getOutputStream(), true)) {
            reply.print("220 bench SMTP sink\r\n");
            reply.flush();
            String line;
            boolean data = false;
            while ((line = in.readLine()) != null) {
                if (data) {
                    if (line.equals(".")) {
                        data = false;
                        messages.incrementAndGet();
                        reply.print("250 OK\r\n");
                        reply.flush();
                    }
                    continue;
                }
                String verb = line.length() >= 4 ? line.substring(0, 4).toUpperCase(Locale.ROOT) : line.toUpperCase(Locale.ROOT);
                switch (verb) {
                    case "EHLO" -> reply.print("250-bench\r\n250 8BITMIME\r\n");
                    case "DATA" -> {
                        data = true;
                        reply.print("354 go ahead\r\n");
                    }
                    case "QUIT" -> {
                        reply.print("221 bye\r\n");
                        reply.flush();
                        return;
                    }
                    default -> reply.print("250 OK\r\n");
                }
                reply.flush();
            }
        } catch (IOException e) {
            // client went away
        }
    }

    void stop() throws IOException {
        socket.close();
    }
}
