package org.w3id.dkg.app.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /health}, the short address design.md promises, answered by the actuator's health endpoint. */
@Controller
public class HealthAlias {
    @GetMapping("/health")
    public String health() {
        return "forward:/actuator/health";
    }
}
