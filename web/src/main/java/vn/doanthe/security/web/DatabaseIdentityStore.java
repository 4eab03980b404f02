package vn.doanthe.security.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import java.util.stream.Collectors;
import vn.doanthe.security.boundary.Users;
import vn.doanthe.security.control.DirectoryUnavailable;

/** Users stored in Đoàn Thể's own database; their roles become the caller's groups. */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {

    /** Set on the request when the directory could not check the password. */
    static final String DIRECTORY_UNAVAILABLE = "doanthe.directoryUnavailable";

    @Inject
    Users users;

    @Inject
    HttpServletRequest request;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        try {
            return users.authenticate(login.getCaller(), login.getPassword().getValue(), request.getRemoteAddr())
                    .map(user -> new CredentialValidationResult(user.username(),
                            user.roles().stream().map(Enum::name).collect(Collectors.toSet())))
                    .orElse(CredentialValidationResult.INVALID_RESULT);
        } catch (DirectoryUnavailable e) {
            // Not a wrong password: the login page and the API say the directory is unavailable.
            request.setAttribute(DIRECTORY_UNAVAILABLE, Boolean.TRUE);
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
    }

    @Override
    public Set<ValidationType> validationTypes() {
        return Set.of(ValidationType.VALIDATE, ValidationType.PROVIDE_GROUPS);
    }
}
