package org.sigbench.spark;

import java.util.regex.Pattern;
import org.apache.spark.SparkConf;

/**
 * The Spark configuration of a sigbench run. On loopback by default: {@code spark.driver.host} and
 * {@code spark.driver.bindAddress} are 127.0.0.1 unless set ({@code -Dspark.driver.host=...} in
 * {@code SIGBENCH_JAVA_OPTS}: any {@code spark.*} system property overrides these defaults, as
 * {@link SparkConf} reads them). Executors in other JVMs get the flags the DTW kernel needs (the
 * Vector API module) and, on a {@code spark://} master, this JVM's class path (right on one
 * machine; on a real cluster set {@code spark.executor.extraClassPath} or {@code spark.jars}).
 */
public final class SparkSettings {
    /** The master when {@code --master} is not given. */
    public static final String DEFAULT_MASTER = "local[*]";
    /** JVM flags every sigbench JVM needs (the same as {@code ./sigbench}'s). */
    public static final String JVM_FLAGS = "--add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED";
    private static final Pattern MASTER = Pattern.compile("local(\\[(\\*|[1-9][0-9]*)(,[1-9][0-9]*)?\\])?|spark://[A-Za-z0-9._-]+:[0-9]{1,5}");

    private SparkSettings() {
    }

    /** The configuration for a master; a bad master is a one-line error naming the option. */
    public static SparkConf conf(String master) {
        if (!MASTER.matcher(master).matches()) {
            throw new IllegalArgumentException("--master " + master + ": expected local, local[N], local[*], local[N,F] "
                    + "or spark://HOST:PORT");
        }
        SparkConf c = new SparkConf(true).setMaster(master).setAppName("sigbench");
        c.setIfMissing("spark.driver.host", "127.0.0.1");
        c.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
        c.setIfMissing("spark.ui.enabled", "false");
        c.setIfMissing("spark.executor.memory", "2g");
        // one JVM per executor: results are returned to this driver, which writes every cell file
        String opts = c.get("spark.executor.extraJavaOptions", "");
        c.set("spark.executor.extraJavaOptions", (JVM_FLAGS + " " + opts).trim());
        if (master.startsWith("spark://")) {
            c.setIfMissing("spark.executor.extraClassPath", System.getProperty("java.class.path"));
        }
        return c;
    }
}
