package vn.dangvu.logic.demo;

/** What a demo fill created. */
public record DemoSummary(int people, int inPartyStrength, int branches, int events) {
}
