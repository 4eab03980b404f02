package vn.doanthe.security.api;

import java.util.List;

/** Body of POST /users and PUT /users/{username}; the password only on creation. */
public class UserRequest {

    public String username;

    public String displayName;

    /** Where reminders are mailed; empty for none. */
    public String email;

    public String password;

    public List<String> roles;

    /** Code of the territorial unit the user works in; empty for the whole country. */
    public String scopeUnit;

    /** Codes of the organisations served; empty for every organisation in scope. */
    public List<String> organisations;

    /** Whether the user must choose a new password at first login; true unless said otherwise. */
    public Boolean mustChangePassword;
}
