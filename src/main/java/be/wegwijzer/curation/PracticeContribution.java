package be.wegwijzer.curation;

import java.util.List;

/**
 * A good practice as a sector consultant or intermediary tells it in the guided form.
 *
 * @param businessCase the business case, with euro figures where known
 * @param contactName  a contact person, published only with {@code contactConsent}
 */
public record PracticeContribution(
        String title,
        String summary,
        String challenge,
        String whatTheyDid,
        String results,
        String costs,
        Integer investmentEur,
        String duration,
        String businessCase,
        String sector,
        String size,
        String region,
        List<String> themes,
        String contactName,
        String contactEmail,
        boolean contactConsent) {}
