package vn.doanthe.deployment;

import java.nio.file.Path;

/**
 * What the build prepared for the test, passed as system properties by the ear module's failsafe
 * configuration: the unpacked Payara Server, the EAR, the JDBC driver, the setup script, the ports
 * and the folder under target/ that receives everything the test writes.
 */
record ItSettings(Path payaraHome, Path workDir, Path ear, Path driverJar, Path setupScript, int databasePort,
                  int portBase) {

    static ItSettings fromSystemProperties() {
        return new ItSettings(
                path("doanthe.it.payaraHome"),
                path("doanthe.it.workDir"),
                path("doanthe.it.ear"),
                path("doanthe.it.driverJar"),
                path("doanthe.it.setupScript"),
                Integer.parseInt(required("doanthe.it.db.port")),
                Integer.parseInt(required("doanthe.it.portBase")));
    }

    Path asadmin() {
        return payaraHome.resolve("bin").resolve("asadmin");
    }

    /** create-domain --portbase puts the admin listener at base + 48 and HTTP at base + 80. */
    int adminPort() {
        return portBase + 48;
    }

    int httpPort() {
        return portBase + 80;
    }

    private static Path path(String name) {
        return Path.of(required(name)).toAbsolutePath().normalize();
    }

    private static String required(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + name
                    + " is missing: run this test through Maven (mvn verify -pl ear), which prepares the server");
        }
        return value;
    }
}
