package be.wegwijzer.questions;

import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the questions from the field ({@code wegwijzer.questions.*}); see README "Configure".
 *
 * @param emailRetention how long the asker's e-mail address is kept after the answer (ISO-8601 period)
 * @param answerWithin   the due date of a question an organisation receives, counted from when it got it
 * @param minFillTime    a form sent faster than this was not filled in by a person
 * @param maxPerHour     questions one client address may send per hour
 */
@ConfigurationProperties("wegwijzer.questions")
public record QuestionProperties(
        @DefaultValue("P6M") Period emailRetention,
        @DefaultValue("P7D") Duration answerWithin,
        @DefaultValue("PT4S") Duration minFillTime,
        @DefaultValue("5") int maxPerHour) {

    public QuestionProperties {
        if (emailRetention.isNegative() || emailRetention.isZero()) {
            throw new IllegalArgumentException(
                    "wegwijzer.questions.email-retention must be positive, not " + emailRetention);
        }
        if (answerWithin.isNegative() || answerWithin.isZero()) {
            throw new IllegalArgumentException(
                    "wegwijzer.questions.answer-within must be positive, not " + answerWithin);
        }
        if (maxPerHour < 1) {
            throw new IllegalArgumentException(
                    "wegwijzer.questions.max-per-hour must be at least 1, not " + maxPerHour);
        }
    }
}
