package nl.samenspel.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import nl.samenspel.classroom.BystanderFitFile;
import nl.samenspel.classroom.BystanderSetup;
import nl.samenspel.web.WebServer;
import nl.samenspel.web.room.Room;
import nl.samenspel.web.room.RoomApp;
import picocli.CommandLine.Option;

/**
 * {@code samenspel classroom --participate}: the class as the experiment, in the students' phone
 * browsers (issue 11 item 5). It serves only while the teacher runs it, on the address she names.
 */
public final class ParticipateOptions {
    @Option(names = "--participate", description = "The class as the experiment: students join from their phones (needs --bind). See docs/classroom.md.")
    boolean participate;

    @Option(names = "--bind", paramLabel = "ADDRESS", description = "With --participate: this computer's address on the class's network (without it, the addresses are listed).")
    String bind;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "7080", description = "With --participate: port (default: ${DEFAULT-VALUE}; 0: any free port).")
    int port;

    @Option(names = "--named", description = "With --participate: the request for help names one student of each group (explicit responsibility).")
    boolean named;

    @Option(names = "--round-seconds", paramLabel = "S", defaultValue = "60", description = "With --participate: a round ends by itself after S seconds (default: ${DEFAULT-VALUE}).")
    int roundSeconds;

    @Option(names = "--answers", paramLabel = "FILE", description = "With --participate: the CSV of answers (default: runs/classroom-TIME/answers.csv).")
    Path answers;

    /** Set by tests that run the command in this JVM, to stop it. */
    static volatile CountDownLatch stop;

    boolean enabled() {
        return participate;
    }

    int run(PrintWriter out) throws IOException, InterruptedException {
        if (bind == null) throw new UserError("classroom --participate: name the address students' phones reach this computer on, with --bind ADDRESS"
                + "\nthis machine's addresses: " + String.join(", ", addresses()));
        if (!ServeCommand.validAddress(bind)) throw new UserError("--bind: '" + bind + "' is not an address of this machine; its addresses: " + String.join(", ", addresses()));
        if (port < 0 || port > 65535) throw new UserError("--port must be in 0..65535, got " + port);
        if (roundSeconds < 5 || roundSeconds > 3600) throw new UserError("--round-seconds must be in 5..3600, got " + roundSeconds);
        Path csv = answers != null ? answers : OutputFolderOption.defaultFolder("classroom").resolve("answers.csv");
        if (java.nio.file.Files.exists(csv)) throw new UserError(csv + ": exists; nothing was overwritten (choose another --answers)");
        BystanderSetup fitted;
        try {
            fitted = BystanderFitFile.load().design();
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        Room room = new Room(named, roundSeconds, csv, System.nanoTime());
        RoomApp app = new RoomApp(room, fitted);
        WebServer server = new WebServer(new WebServer.Options(bind, port, null, 16 * 1024), app::routes);
        try {
            server.start();
        } catch (RuntimeException e) {
            throw new UserError(bind + ":" + port + ": cannot listen (" + ServeCommand.rootMessage(e) + "); try another --port");
        }
        app.joinBase(server.baseUrl());
        out.println("classroom: teacher's page " + server.baseUrl() + "/teacher?key=" + room.teacherKey() + " (keep this address to yourself)");
        out.println("classroom: students join at " + app.joinUrl() + " (room code " + room.code() + ")");
        out.println("classroom: answers are saved in " + csv + " at the end of every round; stop with Ctrl+C");
        out.flush();
        CountDownLatch latch = stop != null ? stop : new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        latch.await();
        server.close();
        return ExitCodes.OK;
    }

    /** Every address of this machine's interfaces that are up, as "name address". */
    static List<String> addresses() {
        List<String> out = new ArrayList<>();
        try {
            for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!ni.isUp()) continue;
                for (InetAddress a : Collections.list(ni.getInetAddresses())) out.add(ni.getName() + " " + a.getHostAddress().replaceFirst("%.*$", ""));
            }
        } catch (IOException e) {
            out.add("(cannot list: " + e.getMessage() + ")");
        }
        return out;
    }
}
