package org.w3id.dkg.app.server;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Everyone may read ({@link ReadOnlyRequests}); every other request — SPARQL Update,
 * Graph Store writes, {@code /api/load} — needs HTTP Basic authentication as the admin
 * account of {@link AdminCredentials}. With no account configured, writes are refused
 * with 403 and no login is offered. Stateless: no sessions, no cookies, hence no CSRF
 * tokens (a browser never sends the Basic credentials unless the user typed them for
 * this origin).
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfig {

    @Bean
    SecurityFilterChain dkgSecurity(HttpSecurity http, AdminCredentials admin) throws Exception {
        http.csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .anonymous(a -> {})
                .formLogin(f -> f.disable())
                .logout(l -> l.disable());
        if (admin.writesEnabled()) {
            http.httpBasic(b -> b.realmName("dkg"))
                    .authorizeHttpRequests(a -> a
                            .requestMatchers(new ReadOnlyRequests()).permitAll()
                            .anyRequest().hasRole(AdminCredentials.ROLE));
        } else {
            http.httpBasic(b -> b.disable())
                    .authorizeHttpRequests(a -> a
                            .requestMatchers(new ReadOnlyRequests()).permitAll()
                            .anyRequest().denyAll());
        }
        return http.build();
    }

    @Bean
    UserDetailsService dkgUsers(AdminCredentials admin) {
        return admin.account().<UserDetailsService>map(InMemoryUserDetailsManager::new)
                .orElse(name -> {
                    throw new UsernameNotFoundException("writes are disabled: no admin account configured");
                });
    }

    @Bean
    PasswordEncoder dkgPasswordEncoder() {
        return new BCryptPasswordEncoder();
    }
}
