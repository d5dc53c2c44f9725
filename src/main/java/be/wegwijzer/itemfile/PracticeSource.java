package be.wegwijzer.itemfile;

import static be.wegwijzer.itemfile.Values.code;
import static be.wegwijzer.itemfile.Values.enumOrNull;
import static be.wegwijzer.itemfile.Values.text;

import be.wegwijzer.catalog.CompanySize;
import be.wegwijzer.catalog.Item;
import be.wegwijzer.catalog.PracticeDetails;
import be.wegwijzer.catalog.Sector;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A good practice's fields: {@code wie} (company, sector, size, region), {@code investering_eur}, {@code tijd},
 * {@code resultaat} and {@code business_case}.
 */
public record PracticeSource(
        String company,
        String sector,
        String size,
        String region,
        Integer investmentEur,
        String duration,
        String result,
        String businessCase)
        implements TypeSource {

    static final Set<String> FIELDS =
            new LinkedHashSet<>(List.of("wie", "investering_eur", "tijd", "resultaat", "business_case"));

    static PracticeSource read(YamlMapping fm) {
        Optional<YamlMapping> who = fm.mapping("wie");
        who.ifPresent(m -> m.rejectUnknownFields(Set.of("bedrijf", "sector", "grootte", "regio")));
        return new PracticeSource(
                who.map(m -> m.text("bedrijf")).orElse(null),
                who.map(m -> m.text("sector")).orElse(null),
                who.map(m -> m.text("grootte")).orElse(null),
                who.map(m -> m.text("regio")).orElse(null),
                fm.integer("investering_eur"),
                fm.text("tijd"),
                fm.text("resultaat"),
                fm.text("business_case"));
    }

    static PracticeSource of(PracticeDetails p) {
        return new PracticeSource(
                text(p.getCompany()),
                p.getSector() == null ? null : p.getSector().getCode(),
                code(p.getSize()),
                p.getRegion() == null ? null : p.getRegion().getCode(),
                p.getInvestmentEur(),
                text(p.getDuration()),
                text(p.getResult()),
                text(p.getBusinessCase()));
    }

    @Override
    public void write(YamlWriter fm) {
        fm.mapping(
                        "wie",
                        new YamlWriter()
                                .text("bedrijf", company)
                                .text("sector", sector)
                                .text("grootte", size)
                                .text("regio", region))
                .integer("investering_eur", investmentEur)
                .text("tijd", duration)
                .prose("resultaat", result)
                .prose("business_case", businessCase);
    }

    @Override
    public void validate(ItemSource item, ItemValidator checks) {
        checks.line("wie.bedrijf", company, 150);
        if (sector != null && !Sector.ALL.equals(sector)) {
            checks.codes(
                    "wie.sector",
                    List.of(sector),
                    checks.vocabulary().sectors(),
                    "sector",
                    "taxonomie/sectoren.yml",
                    false);
        }
        checks.enumCode("wie.grootte", size, CompanySize.class, "grootte");
        if (region != null) {
            checks.codes(
                    "wie.regio",
                    List.of(region),
                    checks.vocabulary().regions(),
                    "regio",
                    "taxonomie/regios.yml",
                    false);
        }
        if (investmentEur != null && investmentEur < 0) {
            checks.add("investering_eur", "Een bedrag kan niet negatief zijn.", "Schrijf de investering in hele euro.");
        }
        checks.line("tijd", duration, 300);
        checks.text("resultaat", result, PracticeDetails.TEXT_MAX_LENGTH);
        checks.text("business_case", businessCase, PracticeDetails.TEXT_MAX_LENGTH);
    }

    @Override
    public void applyTo(Item item, Taxonomy taxonomy) {
        PracticeDetails p = item.practice();
        p.setCompany(company);
        p.setSector(sector == null ? null : taxonomy.sectors().get(sector)); // 'alle' maps to no sector
        p.setSize(enumOrNull(size, CompanySize.class));
        p.setRegion(region == null ? null : taxonomy.regions().get(region));
        p.setInvestmentEur(investmentEur);
        p.setDuration(duration);
        p.setResult(result);
        p.setBusinessCase(businessCase);
    }

    /** {@code alle} as the company's sector restricts nothing and is not kept. */
    @Override
    public PracticeSource stored() {
        return new PracticeSource(
                text(company),
                Sector.ALL.equals(sector) ? null : text(sector),
                text(size),
                text(region),
                investmentEur,
                text(duration),
                text(result),
                text(businessCase));
    }
}
