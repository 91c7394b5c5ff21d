package news.parley.cli;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * A JVM that stays up between builds, as Gradle's daemon does, so that a rebuild runs in code the
 * JIT has compiled already instead of in a fresh JVM's interpreter: on the benchmark's 10,000
 * articles a rebuild after one edit takes about half a second there, against about two in a new JVM.
 * <p>
 * The launcher ({@code cli/parley}) allows it by naming the server's JVM options in
 * {@value #OPTIONS}. {@code parley build} then connects to the server for this code, JVM and options
 * over a Unix socket in a folder only its user can enter, starting one if there is none, and relays
 * its output and exit code. Its folder, environment variables that Parley reads and whether it runs
 * at a terminal go with the command. The server runs one build at a time, and exits once idle for
 * {@value #IDLE_MINUTES} minutes, or when its code changes on disk. {@code PARLEY_BUILD_SERVER=off}
 * builds in the calling JVM; so does a build under {@code CI}, unless {@code PARLEY_BUILD_SERVER=on}.
 * {@code parley stop-server} stops every server of the user.
 */
final class BuildServer {
    /** Set by the launcher: the JVM options for a server, separated by spaces. */
    static final String OPTIONS = "PARLEY_SERVER_JAVA_OPTS";
    static final int IDLE_MINUTES = 30;
    private static final int VERSION = 1;
    private static final byte OUT = 1;
    private static final byte ERR = 2;
    private static final byte EXIT = 0;
    private static final int STOP = -1;
    /** In a server: the commands it ran. */
    private static int served;

    private BuildServer() {
    }

    /**
     * For {@code parley build}: the exit code of the build the server ran, or null to build in this
     * process (no server allowed, or none could be started). For {@code parley stop-server}: stops them.
     */
    static Integer serveFor(String[] args) {
        String options = System.getenv(OPTIONS);
        try {
            if (args.length == 1 && args[0].equals("stop-server")) {
                return stopAll(); // whatever the settings: servers started under others may still run
            }
            if (args.length == 0 || !args[0].equals("build") || options == null || !enabled()) {
                return null;
            }
            Path socket = socket(options);
            if (socket == null) {
                return null;
            }
            SocketChannel channel = connect(socket);
            if (channel == null) {
                channel = start(socket, options);
            }
            return channel == null ? null : relay(channel, args);
        } catch (IOException | RuntimeException e) {
            return null; // the build runs here instead
        }
    }

    private static boolean enabled() {
        String setting = System.getenv("PARLEY_BUILD_SERVER");
        if (setting != null) {
            return !setting.equals("off");
        }
        return System.getenv("CI") == null && !System.getProperty("os.name", "").startsWith("Windows");
    }

    /** The folder for this user's sockets and logs, made private to them; null if it cannot be. */
    private static Path folder() throws IOException {
        String named = System.getenv("PARLEY_BUILD_SERVER_DIR");
        Path dir = named != null ? Path.of(named)
                : Path.of(System.getProperty("java.io.tmpdir"), "parley-" + System.getProperty("user.name"));
        Set<PosixFilePermission> own = PosixFilePermissions.fromString("rwx------");
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(own));
        }
        // Anyone who can reach the socket can build as its user: the folder must be theirs alone.
        boolean private_ = Files.getOwner(dir, LinkOption.NOFOLLOW_LINKS).getName().equals(System.getProperty("user.name"))
                && Files.getPosixFilePermissions(dir, LinkOption.NOFOLLOW_LINKS).equals(own);
        return private_ ? dir : null;
    }

    /** The socket of the server for this code (class path, by size and time), JVM and options. */
    private static Path socket(String options) throws IOException {
        Path dir = folder();
        if (dir == null) {
            return null;
        }
        // What the server inherits from the client that starts it and Parley's output could depend on
        // (file name encoding, time zone) makes a server of its own.
        StringBuilder key = new StringBuilder(System.getProperty("java.home")).append('\n').append(options);
        for (String variable : List.of("LANG", "LC_ALL", "LC_CTYPE", "TZ")) {
            key.append('\n').append(variable).append('=').append(System.getenv(variable));
        }
        Stamp.ofClassPath().entries().forEach(entry -> key.append('\n').append(entry));
        String digest = news.parley.core.site.Fingerprint.of(key.toString()).substring(0, 16);
        return dir.resolve(digest + ".sock");
    }

    private static SocketChannel connect(Path socket) {
        if (!Files.exists(socket, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        try {
            SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
            try {
                channel.connect(UnixDomainSocketAddress.of(socket));
                return channel;
            } catch (IOException e) {
                channel.close();
                return null;
            }
        } catch (IOException e) {
            return null;
        }
    }

    /** Starts a server in a JVM of its own and connects to it; null if it does not come up. */
    private static SocketChannel start(Path socket, String options) throws IOException {
        List<String> command = new ArrayList<>();
        // A session of its own: the terminal's Ctrl+C, Ctrl+Z and hang-up are for the client only.
        Path setsid = Path.of("/usr/bin/setsid");
        if (Files.isExecutable(setsid)) {
            command.add(setsid.toString());
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String option : options.trim().split("\\s+")) {
            if (!option.isEmpty()) {
                command.add(option);
            }
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), BuildServer.class.getName(),
                socket.toString(), Long.toString(idleSeconds())));
        Path log = socket.resolveSibling(socket.getFileName().toString().replace(".sock", ".log"));
        Process server = new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectErrorStream(true)
                .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            SocketChannel channel = connect(socket);
            if (channel != null) {
                return channel;
            }
            if (!server.isAlive() && connect(socket) == null) {
                return null; // it failed (see its log), or lost a race to another server that is gone
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return null;
    }

    private static long idleSeconds() {
        String seconds = System.getenv("PARLEY_BUILD_SERVER_IDLE");
        try {
            return seconds != null ? Long.parseLong(seconds) : TimeUnit.MINUTES.toSeconds(IDLE_MINUTES);
        } catch (NumberFormatException e) {
            return TimeUnit.MINUTES.toSeconds(IDLE_MINUTES);
        }
    }

    /** Sends the command, copies what the server prints, and returns its exit code. */
    private static int relay(SocketChannel channel, String[] args) throws IOException {
        try (channel) {
            DataOutputStream request = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel)));
            request.writeInt(VERSION);
            request.writeUTF(Path.of("").toAbsolutePath().toString());
            Invocation here = Invocation.current();
            request.writeInt(here.environment().size());
            for (Map.Entry<String, String> variable : here.environment().entrySet()) {
                request.writeUTF(variable.getKey());
                request.writeUTF(variable.getValue());
            }
            request.writeBoolean(here.terminal());
            request.writeInt(args.length);
            for (String arg : args) {
                request.writeUTF(arg);
            }
            request.flush();
            return reply(channel);
        }
    }

    /** The server's output and exit code; the build ran there, so a failure here never runs it again. */
    private static int reply(SocketChannel channel) {
        try {
            DataInputStream reply = new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel)));
            while (true) {
                byte kind = reply.readByte();
                if (kind == EXIT) {
                    System.out.flush();
                    System.err.flush();
                    return reply.readInt();
                }
                byte[] bytes = new byte[reply.readInt()];
                reply.readFully(bytes);
                (kind == OUT ? System.out : System.err).write(bytes);
                if (kind == ERR) {
                    System.err.flush();
                }
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("parley: the build server stopped during the build (" + e + "); run it again, or"
                    + " with PARLEY_BUILD_SERVER=off to build without one");
            return Reporting.INTERNAL_ERROR;
        }
    }

    /** Stops every server of this user: each finishes the build under way first. */
    private static int stopAll() throws IOException {
        Path dir = folder();
        int stopped = 0;
        if (dir != null) {
            try (var sockets = Files.list(dir)) {
                for (Path socket : sockets.filter(p -> p.getFileName().toString().endsWith(".sock")).toList()) {
                    SocketChannel channel = connect(socket);
                    if (channel != null) {
                        try (channel) {
                            DataOutputStream request = new DataOutputStream(Channels.newOutputStream(channel));
                            request.writeInt(VERSION);
                            request.writeUTF("");
                            request.writeInt(STOP);
                            request.flush();
                            new DataInputStream(Channels.newInputStream(channel)).read();
                        }
                        stopped++;
                    }
                }
            }
        }
        System.out.println("Stopped " + stopped + " build server" + (stopped == 1 ? "" : "s") + ".");
        return 0;
    }

    /** The server: {@code SOCKET IDLE_SECONDS}. */
    public static void main(String[] args) throws IOException {
        Path socket = Path.of(args[0]);
        long idle = TimeUnit.SECONDS.toNanos(Long.parseLong(args[1]));
        // Ctrl+C in the terminal that started it, or closing that terminal, is meant for the client.
        for (String signal : List.of("INT", "HUP")) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(signal), sun.misc.SignalHandler.SIG_IGN);
            } catch (IllegalArgumentException e) {
                // no such signal here
            }
        }
        // One server per socket: the one holding its lock file, for as long as it runs. Only that one
        // removes or binds the socket, so two starting at once cannot take it from each other.
        java.nio.channels.FileChannel lockFile = java.nio.channels.FileChannel.open(
                socket.resolveSibling(socket.getFileName() + ".lock"), java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE);
        if (lockFile.tryLock() == null) {
            return; // another server has it
        }
        Files.deleteIfExists(socket); // left by a server that died
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        Stamp code = Stamp.ofClassPath();
        long[] lastUsed = {System.nanoTime()};
        Thread watch = new Thread(() -> {
            while (true) {
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
                synchronized (lastUsed) {
                    // Never during a build: only between builds, once idle too long or once its code changed.
                    if (lastUsed[0] > 0 && (System.nanoTime() - lastUsed[0] > idle || !code.equals(Stamp.ofClassPath()))) {
                        quit(socket);
                    }
                }
            }
        }, "parley-server-idle");
        watch.setDaemon(true);
        watch.start();
        while (true) {
            try (SocketChannel client = server.accept()) {
                synchronized (lastUsed) {
                    lastUsed[0] = 0; // busy
                }
                if (serve(client, socket)) {
                    quit(socket);
                }
            } catch (IOException | RuntimeException e) {
                // that client is gone; serve the next
            } catch (Error e) {
                quit(socket); // what is left may be broken: the next build starts a fresh server
            }
            // The next build starts from an empty young generation and a compacted heap.
            System.gc();
            synchronized (lastUsed) {
                lastUsed[0] = System.nanoTime();
            }
        }
    }

    private static void quit(Path socket) {
        try {
            Files.deleteIfExists(socket);
        } catch (IOException ignored) {
            // the next server removes it
        }
        Runtime.getRuntime().halt(0);
    }

    /**
     * Runs one client's command; true if the server should stop: the client asked, or the build met an
     * internal error (out of memory, a bug), after which the next build had better start afresh.
     */
    private static boolean serve(SocketChannel client, Path socket) throws IOException {
        DataInputStream request = new DataInputStream(new BufferedInputStream(Channels.newInputStream(client)));
        DataOutputStream reply = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(client)));
        if (request.readInt() != VERSION) {
            return false;
        }
        String directory = request.readUTF();
        int variables = request.readInt();
        if (variables == STOP) {
            reply.writeByte(EXIT);
            reply.writeInt(0);
            reply.flush();
            return true;
        }
        Map<String, String> environment = new HashMap<>();
        for (int i = 0; i < variables; i++) {
            environment.put(request.readUTF(), request.readUTF());
        }
        boolean terminal = request.readBoolean();
        String[] args = new String[request.readInt()];
        for (int i = 0; i < args.length; i++) {
            args[i] = request.readUTF();
        }
        PrintWriter out = new PrintWriter(new Frames(reply, OUT), true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(new Frames(reply, ERR), true, StandardCharsets.UTF_8);
        // A client gone before its build ended (Ctrl+C) takes the build with it, as in a JVM of its own:
        // the server stops at once, and the output is left as an interrupted build leaves it.
        java.util.concurrent.atomic.AtomicBoolean building = new java.util.concurrent.atomic.AtomicBoolean(true);
        Thread hangUp = new Thread(() -> {
            try {
                // On the channel itself: its streams would hold the lock that writing the output needs.
                if (client.read(java.nio.ByteBuffer.allocate(1)) >= 0) {
                    return; // a client sends nothing more: not one of ours
                }
            } catch (IOException e) {
                // gone as well, or closed after the build
            }
            if (building.get()) {
                quit(socket);
            }
        }, "parley-server-client");
        hangUp.setDaemon(true);
        hangUp.start();
        int code;
        try {
            code = Main.run(out, err, new Invocation(Path.of(directory), environment, terminal), args);
        } catch (RuntimeException | Error e) {
            err.println("parley: internal error: " + e);
            code = Reporting.INTERNAL_ERROR;
        }
        building.set(false);
        served++;
        if (List.of(args).contains("--verbose")) {
            out.printf("Build server: process %d, build %d since it started%n", ProcessHandle.current().pid(), served);
        }
        out.flush();
        err.flush();
        synchronized (reply) {
            reply.writeByte(EXIT);
            reply.writeInt(code);
            reply.flush();
        }
        return code == Reporting.INTERNAL_ERROR;
    }

    /** Bytes a command prints, sent to the client as frames of one stream. */
    private static final class Frames extends OutputStream {
        private final DataOutputStream to;
        private final byte kind;

        Frames(DataOutputStream to, byte kind) {
            this.to = to;
            this.kind = kind;
        }

        @Override
        public void write(int b) {
            write(new byte[]{(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            synchronized (to) {
                try {
                    to.writeByte(kind);
                    to.writeInt(length);
                    to.write(bytes, offset, length);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }

        @Override
        public void flush() {
            synchronized (to) {
                try {
                    to.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    /** The class path's files by size and modification time: a rebuilt jar is other code. */
    private record Stamp(List<String> entries) {
        static Stamp ofClassPath() {
            List<String> entries = new ArrayList<>();
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                Path path = Path.of(entry).toAbsolutePath();
                try {
                    entries.add(path + " " + (Files.isRegularFile(path) ? Files.size(path) + " "
                            + Files.getLastModifiedTime(path).toMillis() : "folder"));
                } catch (IOException e) {
                    entries.add(path + " gone");
                }
            }
            return new Stamp(entries);
        }
    }
}
