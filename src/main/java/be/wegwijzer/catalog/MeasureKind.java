package be.wegwijzer.catalog;

/** What kind of support a measure gives. */
public enum MeasureKind implements Coded {
    SUBSIDIE("subsidie", "Subsidie"),
    CHEQUE("cheque", "Cheque"),
    OPROEP("oproep", "Projectoproep"),
    PREMIE("premie", "Premie"),
    VERLOF("verlof", "Verlofregeling"),
    DIENSTVERLENING("dienstverlening", "Gratis dienstverlening"),
    FISCAAL("fiscaal", "Fiscale maatregel");

    private final String code;
    private final String label;

    MeasureKind(String code, String label) {
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
