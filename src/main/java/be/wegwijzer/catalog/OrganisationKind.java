package be.wegwijzer.catalog;

/** What kind of organisation it is. */
public enum OrganisationKind implements Coded {
    SECTORFONDS("sectorfonds", "Sectorfonds"),
    PREVENTIEDIENST("preventiedienst", "Preventiedienst"),
    SOCIAAL_SECRETARIAAT("sociaal-secretariaat", "Sociaal secretariaat"),
    HR_DIENSTVERLENER("hr-dienstverlener", "HR-dienstverlener"),
    SOCIAAL_VERZEKERINGSFONDS("sociaal-verzekeringsfonds", "Sociaal verzekeringsfonds"),
    WERKGEVERSORGANISATIE("werkgeversorganisatie", "Werkgeversorganisatie"),
    VAKBOND("vakbond", "Vakbond"),
    KENNISCENTRUM("kenniscentrum", "Kenniscentrum"),
    OVERHEID("overheid", "Overheid"),
    NETWERK("netwerk", "Netwerk"),
    OPLEIDING("opleiding", "Opleidingsverstrekker"),
    ADVIESRAAD("adviesraad", "Adviesraad"),
    LOKAAL("lokaal", "Lokale speler");

    private final String code;
    private final String label;

    OrganisationKind(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }
}
