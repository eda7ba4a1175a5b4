package org.proxlab.elasticsearch;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.core.config.Configurator;
import org.elasticsearch.Build;
import org.elasticsearch.cluster.ClusterName;
import org.elasticsearch.common.logging.LogConfigurator;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.node.ClasspathPluginsNode;
import org.elasticsearch.node.InternalSettingsPreparer;
import org.elasticsearch.node.Node;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.transport.netty4.Netty4Plugin;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Starts one real Elasticsearch node (server jar from Maven Central + netty4 module + {@link ProxlabPlugin}),
 * bound to 127.0.0.1, and keeps it running until the JVM gets SIGTERM/SIGINT.
 *
 * <pre>
 * java -Xms512m -Xmx1g -jar target/proxlab-elasticsearch.jar [--port 9200] [--home DIR] [--node-name NAME]
 *      [--transport-port 9300-9400] [--cluster-name proxlab] [--seed-hosts HOST:PORT,...]
 *      [--initial-master-nodes NAME,...] [--console] [-Esome.setting=value ...]
 * </pre>
 * Environment fallbacks: ES_PORT, ES_DATA_DIR, ES_NODE_NAME, ES_TRANSPORT_PORT, ES_CLUSTER_NAME, ES_SEED_HOSTS,
 * ES_INITIAL_MASTER_NODES. Without seed hosts the node is a single-node cluster (discovery.type single-node);
 * with them it joins (or, with the initial master nodes, bootstraps) a cluster of several nodes.
 * Layout under the home dir: config/ (generated log4j2.properties; an elasticsearch.yml placed there is
 * honoured), data/, logs/elasticsearch.log.
 * Exit codes: 0 clean stop, 1 startup failure, 2 bad arguments, 3 HTTP port already in use.
 */
public final class Launcher {

    private Launcher() {}

    public static void main(String[] args) throws Exception {
        int port = parsePort(envOr("ES_PORT", "9200"));
        Path home = Path.of(envOr("ES_DATA_DIR", ".data"));
        String nodeName = envOr("ES_NODE_NAME", "proxlab-node");
        String transportPort = envOr("ES_TRANSPORT_PORT", "9300-9400");
        String clusterName = envOr("ES_CLUSTER_NAME", "proxlab");
        String seedHosts = envOr("ES_SEED_HOSTS", "");
        String initialMasters = envOr("ES_INITIAL_MASTER_NODES", "");
        boolean console = false;
        Settings.Builder extra = Settings.builder();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--port" -> port = parsePort(value(args, ++i, arg));
                case "--home" -> home = Path.of(value(args, ++i, arg));
                case "--node-name" -> nodeName = value(args, ++i, arg);
                case "--transport-port" -> transportPort = value(args, ++i, arg);
                case "--cluster-name" -> clusterName = value(args, ++i, arg);
                case "--seed-hosts" -> seedHosts = value(args, ++i, arg);
                case "--initial-master-nodes" -> initialMasters = value(args, ++i, arg);
                case "--console" -> console = true;
                default -> {
                    if (arg.startsWith("-E") && arg.indexOf('=') > 2) {
                        extra.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
                    } else {
                        usage("unknown argument: " + arg);
                    }
                }
            }
        }
        home = home.toAbsolutePath().normalize();

        // Fail clearly (before any Elasticsearch code runs) if someone else already listens on the HTTP port.
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException e) {
            System.err.println("proxlab-elasticsearch: HTTP port " + port + " on 127.0.0.1 is already in use (" + e.getMessage()
                + "); stop whatever runs there or choose another port (--port / ES_PORT).");
            System.exit(3);
        }

        Path config = home.resolve("config");
        Files.createDirectories(config);
        Files.createDirectories(home.resolve("data"));
        Files.createDirectories(home.resolve("logs"));
        try (InputStream in = Launcher.class.getResourceAsStream("log4j2.properties")) {
            Files.copy(in, config.resolve("log4j2.properties"), StandardCopyOption.REPLACE_EXISTING);
        }

        Settings.Builder builder = Settings.builder()
            .put("path.home", home.toString())
            .put("path.data", home.resolve("data").toString())
            .put("path.logs", home.resolve("logs").toString())
            .put("cluster.name", clusterName)
            .put("node.name", nodeName)
            .put("network.host", "127.0.0.1")
            .put("http.port", port) // a single port: binding fails instead of silently moving to 9201
            .put("transport.port", transportPort)
            .put("http.type", "netty4")
            .put("transport.type", "netty4")
            // a small CI disk must never flip indices to read-only
            .put("cluster.routing.allocation.disk.threshold_enabled", false);
        if (seedHosts.isBlank()) {
            builder.put("discovery.type", "single-node");
        } else {
            // One of several nodes: find the others on these transport addresses; the first start of a
            // new cluster elects its master among the initial master nodes (all of them, by name).
            builder.putList("discovery.seed_hosts", splitList(seedHosts));
            if (initialMasters.isBlank() == false) {
                builder.putList("cluster.initial_master_nodes", splitList(initialMasters));
            }
        }
        Settings settings = builder.put(extra.build()).build();

        Environment environment = InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), config, () -> "proxlab-node");

        LogConfigurator.registerErrorListener();
        LogConfigurator.setClusterName(ClusterName.CLUSTER_NAME_SETTING.get(environment.settings()).value());
        LogConfigurator.setNodeName(Node.NODE_NAME_SETTING.get(environment.settings()));
        LogConfigurator.configure(environment, console);
        Logger logger = LogManager.getLogger(Launcher.class);
        logger.info(
            "starting Elasticsearch {} (classpath plugins: transport-netty4, proxlab) on http://127.0.0.1:{}, home [{}], java {}",
            Build.current().qualifiedVersion(),
            port,
            home,
            Runtime.version()
        );

        Map<String, Class<? extends Plugin>> plugins = new LinkedHashMap<>();
        plugins.put("transport-netty4", Netty4Plugin.class);
        plugins.put("proxlab", ProxlabPlugin.class);

        Node node;
        try {
            node = new ClasspathPluginsNode(environment, plugins);
            node.start();
        } catch (Throwable t) {
            logger.error("Elasticsearch failed to start", t);
            System.err.println("proxlab-elasticsearch: failed to start: " + t);
            Configurator.shutdown((org.apache.logging.log4j.core.LoggerContext) LogManager.getContext(false));
            System.exit(1);
            return;
        }
        logger.info("node started; HTTP on http://127.0.0.1:{}", port);

        CountDownLatch stopped = new CountDownLatch(1);
        Node running = node;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            logger.info("stopping node (signal received)");
            try {
                running.close();
                if (running.awaitClose(30, TimeUnit.SECONDS) == false) {
                    logger.warn("node did not close within 30s");
                }
                logger.info("node stopped");
            } catch (Exception e) {
                logger.warn("error while stopping the node", e);
            } finally {
                stopped.countDown();
                Configurator.shutdown((org.apache.logging.log4j.core.LoggerContext) LogManager.getContext(false));
            }
        }, "proxlab-shutdown"));
        stopped.await();
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static List<String> splitList(String value) {
        return Arrays.stream(value.split(",")).map(String::trim).filter(part -> part.isEmpty() == false).toList();
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            usage(option + " needs a value");
        }
        return args[i];
    }

    private static int parsePort(String value) {
        try {
            int port = Integer.parseInt(value.trim());
            if (port > 0 && port < 65536) {
                return port;
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        usage("not a port number: " + value);
        return -1;
    }

    private static void usage(String problem) {
        System.err.println("proxlab-elasticsearch: " + problem);
        System.err.println(
            "usage: java -jar proxlab-elasticsearch.jar [--port N] [--home DIR] [--node-name NAME] [--transport-port N]"
                + " [--cluster-name NAME] [--seed-hosts HOST:PORT,...] [--initial-master-nodes NAME,...] [--console]"
                + " [-Ekey=value ...]"
        );
        System.exit(2);
    }
}
