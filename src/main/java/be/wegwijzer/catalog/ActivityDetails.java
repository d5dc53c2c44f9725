package be.wegwijzer.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** When and where an activity takes place. */
@Embeddable
public final class ActivityDetails implements TypeDetails {

    /** Properties that kind(), deadline(), periodOther() and searchText() read: the search index follows them. */
    static final List<String> INDEXED_PROPERTIES = List.of("kind", "start", "end");

    @Enumerated(EnumType.STRING)
    @Column(name = "activity_kind", length = 40)
    private ActivityKind kind;

    @Column(name = "activity_start")
    private LocalDate start;

    @Column(name = "activity_end")
    private LocalDate end;

    @Column(name = "activity_location", length = 200)
    private String location;

    @Column(name = "activity_online")
    private Boolean online;

    @Column(name = "activity_register_url", length = 1000)
    private String registerUrl;

    public ActivityKind getKind() {
        return kind;
    }

    public void setKind(ActivityKind kind) {
        this.kind = kind;
    }

    public LocalDate getStart() {
        return start;
    }

    public void setStart(LocalDate start) {
        this.start = start;
    }

    public LocalDate getEnd() {
        return end;
    }

    public void setEnd(LocalDate end) {
        this.end = end;
    }

    /** The last day of the activity: its end, or its start for a one-day activity. */
    public LocalDate lastDay() {
        return end != null ? end : start;
    }

    public boolean isPast(LocalDate today) {
        return lastDay() != null && today.isAfter(lastDay());
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public Boolean getOnline() {
        return online;
    }

    public void setOnline(Boolean online) {
        this.online = online;
    }

    public String getRegisterUrl() {
        return registerUrl;
    }

    public void setRegisterUrl(String registerUrl) {
        this.registerUrl = registerUrl;
    }

    @Override
    public Optional<Coded> kind() {
        return Optional.ofNullable(kind);
    }

    @Override
    public LocalDate deadline() {
        return start;
    }

    @Override
    public LocalDate periodOther() {
        return end;
    }
}
