package nl.samenspel.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import nl.samenspel.experiment.ComparisonEstimate;
import nl.samenspel.scenario.ScenarioCatalog;
import nl.samenspel.scenario.ScenarioException;
import nl.samenspel.scenario.ScenarioResolver;
import nl.samenspel.web.WebServer;
import nl.samenspel.web.serve.ComparisonJobs;
import nl.samenspel.web.serve.ServeApp;
import nl.samenspel.web.serve.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Compose, run and read comparisons in your browser (for policy advisers; see README, 'In your browser').",
            "",
            "Starts a web server on this computer only (loopback) and prints the address to open. Every comparison is an "
                + "ordinary compare folder in --workspace, listed under 'previous comparisons'. One comparison runs at a time on "
                + "all cores; the others wait in turn.",
            "",
            "--host ADDRESS serves other computers too; the server then prints an access token that every visitor needs."})
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", paramLabel = "PORT", defaultValue = "7070", description = "Port (default: ${DEFAULT-VALUE}; 0: any free port).")
    int port;

    @Option(names = "--workspace", paramLabel = "DIR", defaultValue = "runs/web", description = "Folder of the comparisons (default: ${DEFAULT-VALUE}).")
    Path workspace;

    @Option(names = "--host", paramLabel = "ADDRESS", description = "Address to listen on (default: 127.0.0.1). Any other address needs the printed access token.")
    String host;

    @picocli.CommandLine.Mixin
    ThreadsOption threads;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** Set by tests that run the command in-process, to stop it. */
    static volatile CountDownLatch stop;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (port < 0 || port > 65535) throw new UserError("--port must be in 0..65535, got " + port);
        String address = host == null ? "127.0.0.1" : host;
        if (host != null && !validAddress(host)) throw new UserError("--host: '" + host + "' is not an address of this machine (see 'ip addr')");
        boolean token = host != null && !"127.0.0.1".equals(host) && !"localhost".equals(host) && !"::1".equals(host);
        int workers = threads.count();
        Workspace ws;
        try {
            ws = new Workspace(workspace);
        } catch (IOException e) {
            throw new UserError(workspace + ": cannot use as workspace (" + e.getMessage() + ")");
        }
        PrintWriter out = spec.commandLine().getOut();
        nl.samenspel.model.Parameters oneYear;
        try {
            oneYear = new ScenarioResolver(ScenarioCatalog.scenarios()).resolve("baseline", List.of("simulation.years=1")).parameters();
        } catch (ScenarioException e) {
            throw new UserError(e.getMessage());
        }
        java.util.concurrent.FutureTask<ComparisonEstimate> pilot = new java.util.concurrent.FutureTask<>(() -> ComparisonEstimate.pilot(oneYear));
        Thread timing = new Thread(pilot, "pilot");
        timing.setDaemon(true);
        timing.start();
        ServeApp app = new ServeApp(ws, new ComparisonJobs(ws, workers, pilot));
        String accessToken = token ? WebServer.newToken(18) : null;
        WebServer server = new WebServer(new WebServer.Options(address, port, accessToken, ServeApp.MAX_BODY), app::routes);
        try {
            server.start();
        } catch (RuntimeException e) {
            throw new UserError(address + ":" + port + ": cannot listen (" + rootMessage(e) + "); try another --port");
        }
        out.println("serve: open " + server.url());
        if (accessToken != null) out.println("serve: access token " + accessToken + " (needed by every visitor; it is in the address above)");
        out.println("serve: workspace " + ws.root() + "; stop with Ctrl+C");
        out.flush();
        CountDownLatch latch = stop != null ? stop : new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.queue().close();
            server.close();
        }));
        latch.await();
        app.queue().close();
        server.close();
        return ExitCodes.OK;
    }

    static boolean validAddress(String host) {
        try {
            java.net.InetAddress a = java.net.InetAddress.getByName(host);
            return a.isLoopbackAddress() || a.isAnyLocalAddress() || java.net.NetworkInterface.getByInetAddress(a) != null;
        } catch (IOException e) {
            return false;
        }
    }

    static String rootMessage(Throwable e) {
        while (e.getCause() != null) e = e.getCause();
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }
}
