package be.wegwijzer.catalog;

/** Which government level is responsible for a measure. */
public enum Competence implements Coded {
    VLAAMS("vlaams", "Vlaams"),
    FEDERAAL("federaal", "Federaal"),
    EUROPEES("europees", "Europees"),
    SECTORAAL("sectoraal", "Sectoraal"),
    LOKAAL("lokaal", "Lokaal");

    private final String code;
    private final String label;

    Competence(String code, String label) {
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
