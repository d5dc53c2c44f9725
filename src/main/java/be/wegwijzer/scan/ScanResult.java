package be.wegwijzer.scan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** A scan result kept on the visitor's request, reachable only through its unguessable token. */
@Entity
@Table(name = "scan_result")
class ScanResult {

    @Id
    @Column(name = "token", length = 22)
    private String token;

    /** Comma-separated answer values in statement order. */
    @Column(name = "answers", nullable = false, length = 100)
    private String answers;

    @Column(name = "context", nullable = false, length = 300)
    private String context;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ScanResult() {}

    ScanResult(String token, List<Integer> answers, ScanContext context, Instant createdAt) {
        this.token = token;
        this.answers = answers.stream().map(String::valueOf).collect(Collectors.joining(","));
        this.context = context.encode();
        this.createdAt = createdAt;
    }

    List<Integer> answers() {
        return Arrays.stream(answers.split(",")).map(Integer::valueOf).toList();
    }

    ScanContext context() {
        return ScanContext.decode(context);
    }
}
