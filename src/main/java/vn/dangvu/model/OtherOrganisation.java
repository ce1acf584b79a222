package vn.dangvu.model;

/** The other side of a transfer, almost always outside the committee: free text, never a branch id. */
public record OtherOrganisation(String name, String province, String district) {

    public static final OtherOrganisation NONE = new OtherOrganisation(null, null, null);

    public OtherOrganisation {
        name = Decision.blankToNull(name);
        province = Decision.blankToNull(province);
        district = Decision.blankToNull(district);
    }

    public boolean isKnown() {
        return name != null;
    }
}
