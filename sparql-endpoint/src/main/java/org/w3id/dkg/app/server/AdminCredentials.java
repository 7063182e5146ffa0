package org.w3id.dkg.app.server;

import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The one account that may write (SPARQL Update, Graph Store writes, {@code /api/load}),
 * from configuration only — never from the repository: {@code dkg.admin.user} with
 * {@code dkg.admin.password-hash} (a bcrypt hash, preferred) or {@code dkg.admin.password}
 * (plain, hashed here at start-up); as environment variables {@code DKG_ADMIN_USER},
 * {@code DKG_ADMIN_PASSWORD_HASH}, {@code DKG_ADMIN_PASSWORD}. With no user or no password,
 * there is no account and every write is refused (403): writes are off, not open.
 */
@Component
public class AdminCredentials {
    /** The role the account has and the write rules require. */
    public static final String ROLE = "ADMIN";
    private final Optional<UserDetails> account;

    public AdminCredentials(@Value("${dkg.admin.user:}") String user,
            @Value("${dkg.admin.password:}") String password,
            @Value("${dkg.admin.password-hash:}") String passwordHash) {
        String hash = !passwordHash.isBlank() ? passwordHash.trim()
                : !password.isEmpty() ? new BCryptPasswordEncoder().encode(password) : null;
        if (user.isBlank() || hash == null) {
            account = Optional.empty();
        } else {
            if (!hash.startsWith("$2")) {
                throw new IllegalArgumentException("dkg.admin.password-hash must be a bcrypt hash ($2a$/$2b$/$2y$...)");
            }
            account = Optional.of(User.withUsername(user.trim()).password(hash).roles(ROLE).build());
        }
    }

    /** The account, or empty when writes are disabled. */
    public Optional<UserDetails> account() {
        return account;
    }

    public boolean writesEnabled() {
        return account.isPresent();
    }

    /** The user name, or null when writes are disabled. */
    public String userName() {
        return account.map(UserDetails::getUsername).orElse(null);
    }
}
