package vn.dangvu.model.meeting;

/** Biểu quyết: tán thành, không tán thành, ý kiến khác (project rule: the count is recorded). */
public record Vote(int agree, int disagree, int abstain) {

    public Vote {
        if (agree < 0 || disagree < 0 || abstain < 0) {
            throw new IllegalArgumentException("Số phiếu biểu quyết không được âm.");
        }
    }

    public int total() {
        return agree + disagree + abstain;
    }
}
