package be.wegwijzer.alerts.ui;

import be.wegwijzer.alerts.AlertService;
import be.wegwijzer.base.web.AlertPaths;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The address in a mail's {@code List-Unsubscribe} header. A mail program's one-click button POSTs here (RFC 8058)
 * without a session or CSRF token: the token in the address is the proof. Opening it in a browser (GET) never
 * unsubscribes by itself — link checkers open links too — but leads to the page with the button.
 */
@RestController
class OneClickUnsubscribe {

    private final AlertService alerts;

    OneClickUnsubscribe(AlertService alerts) {
        this.alerts = alerts;
    }

    @PostMapping("/" + AlertPaths.ONE_CLICK + "/{token}")
    ResponseEntity<String> unsubscribe(@PathVariable String token) {
        boolean done = alerts.unsubscribe(token);
        return ResponseEntity.status(done ? HttpStatus.OK : HttpStatus.NOT_FOUND)
                .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .body(done ? "Je bent uitgeschreven." : "Deze link is onbekend of al gebruikt.");
    }

    @GetMapping("/" + AlertPaths.ONE_CLICK + "/{token}")
    ResponseEntity<Void> page(@PathVariable String token) {
        return ResponseEntity.status(HttpStatus.SEE_OTHER)
                .location(URI.create("/" + AlertPaths.UNSUBSCRIBE + "/" + token))
                .build();
    }
}
