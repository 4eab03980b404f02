package vn.doanthe.security.control;

import jakarta.enterprise.context.RequestScoped;

/** The network address a request came from, set by the web module for the audit trail. */
@RequestScoped
public class ClientOrigin {

    private String address;

    public String address() {
        return address;
    }

    public void address(String address) {
        this.address = address;
    }
}
