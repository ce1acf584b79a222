package vn.dangvu.ui;

import vn.dangvu.logic.AdmissionDocuments;
import vn.dangvu.logic.AdmissionReportService;
import vn.dangvu.logic.AdmissionService;
import vn.dangvu.logic.BranchService;
import vn.dangvu.logic.CommitteeService;
import vn.dangvu.logic.DueService;
import vn.dangvu.logic.RegisterService;
import vn.dangvu.logic.demo.DemoService;

/** What the screens share: the services, the background runner, the dialogs and who is working. */
public record AppContext(RegisterService register, BranchService branches, CommitteeService committee, DemoService demo,
                         AdmissionService admissions, DueService due, AdmissionReportService admissionReports,
                         AdmissionDocuments admissionDocuments,
                         Background background, DialogService dialogs, String userName) {
}
