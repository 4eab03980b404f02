package vn.doanthe.deployment;

/** The EAR as deployed on the test's Payara Server: where it answers and how to sign in. */
record DeployedApplication(String serverRoot, String adminPassword) {

    /** The console and the API live under the EAR's context root. */
    String consoleRoot() {
        return serverRoot + "/doanthe/";
    }
}
