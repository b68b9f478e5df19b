package io.capokr.service;

import java.util.List;
import java.util.Map;

import io.capokr.aokit.ActiveObjectsRule;
import io.capokr.aokit.TestDatabase;
import io.capokr.okr.Cycle;
import io.capokr.okr.CycleDraft;
import io.capokr.okr.KeyResult;
import io.capokr.okr.KeyResultDraft;
import io.capokr.okr.Objective;
import io.capokr.okr.ObjectiveDraft;
import io.capokr.okr.StatusCategory;
import io.capokr.testing.FakeHost;
import io.capokr.testing.Okr;
import org.junit.Rule;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;

/**
 * Shared ground for the OKR service tests, run on H2 and (in CI) PostgreSQL: the sandbox's people
 * and projects, some issues, and a cycle from 1 January to 31 March 2027 with "today" 15 February.
 */
@RunWith(Parameterized.class)
public abstract class OkrFixture {

    @Parameterized.Parameters(name = "{0}")
    public static List<Object[]> databases() {
        return TestDatabase.all();
    }

    @Rule
    public final ActiveObjectsRule ao;

    protected final FakeHost host = new FakeHost()
            .administrator("admin")
            .project(10000, "MKT", "Marketing", "admin", "lead", "member", "outsider")
            .project(10001, "SALES", "Sales", "admin", "member")
            .projectAdmin("MKT", "lead")
            .projectAdmin("MKT", "admin")
            .projectAdmin("SALES", "admin")
            .editor("MKT", "member")
            .editor("MKT", "lead")
            .issue(1, "MKT-1", StatusCategory.TO_DO, 3.0)
            .issue(2, "MKT-2", StatusCategory.IN_PROGRESS, 5.0)
            .issue(3, "MKT-3", StatusCategory.TO_DO, null)
            .issue(4, "MKT-4", StatusCategory.DONE, 2.0)
            .issue(5, "MKT-5", StatusCategory.TO_DO, 1.0)
            .restrictIssue(5, "admin", "lead")
            .issue(11, "SALES-1", StatusCategory.DONE, 8.0);

    protected OkrFixture(TestDatabase database) {
        this.ao = new ActiveObjectsRule(database, "io.capokr.jira", Okr.ENTITIES);
    }

    protected Okr okr() {
        return new Okr(ao.activeObjects(), host);
    }

    protected Cycle quarter() {
        host.loggedInAs("admin");
        return okr().cycles.create(new CycleDraft("2027 Q1", "2027-01-01", "2027-03-31")).cycle();
    }

    protected Objective objective(Cycle cycle, String projectKey, String title, String as) {
        host.loggedInAs(as);
        return okr().objectives.create(new ObjectiveCommand(cycle.id(), projectKey, null, null,
                new ObjectiveDraft(title, "", "COMMITTED"), null));
    }

    protected KeyResult issuesKeyResult(Objective objective, String title, String as) {
        host.loggedInAs(as);
        return okr().keyResults.create(objective.id(),
                new KeyResultDraft(title, "ISSUES", null, null, null, null, null, null, "COUNT", null), null);
    }

    protected KeyResult metricKeyResult(Objective objective, String title, double start, double target, String as) {
        host.loggedInAs(as);
        return okr().keyResults.create(objective.id(),
                new KeyResultDraft(title, "METRIC", start, target, null, "signups", null, null, null, null), null);
    }

    /** A refusal's field errors as the REST caller reads them, translated at the edge. */
    protected Map<String, String> fieldErrors(ServiceException refusal) {
        return okr().asCallerReadsIt(refusal).errors();
    }

    /** A refusal's message as the REST caller reads it, when no field carries the detail. */
    protected String message(ServiceException refusal) {
        return String.join(" ", okr().asCallerReadsIt(refusal).errorMessages());
    }
}
