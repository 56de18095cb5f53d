package dev.luccaokta.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** The calls that spent a Lucca instance's request budget on one day (UTC), all instances of the connector together. */
@Entity
@Table(name = "lucca_usage_day")
public class LuccaUsageDay {

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = 300)
    private String lucca;

    @Column(name = "usage_day", nullable = false)
    private LocalDate day;

    @Column(nullable = false)
    private long calls;

    protected LuccaUsageDay() {
        // for JPA
    }

    LuccaUsageDay(String lucca, LocalDate day, long calls) {
        this.id = UUID.randomUUID().toString();
        this.lucca = lucca;
        this.day = day;
        this.calls = calls;
    }

    public LocalDate getDay() {
        return day;
    }

    public long getCalls() {
        return calls;
    }
}
