package com.sysgenpro.landingzone.check;

import com.sysgenpro.landingzone.cluster.ChartCatalog;
import com.sysgenpro.landingzone.governance.policy.Evaluation;
import com.sysgenpro.landingzone.governance.policy.Severity;
import com.sysgenpro.landingzone.output.StackContext;
import com.sysgenpro.landingzone.output.TerraformResource;
import java.util.Set;

/**
 * LZ-HELM-001: Helm releases install charts the {@link ChartCatalog} knows at the version it pins, so that the
 * admission controls' offline twins (LZ-K8S-001…003, 006, 007) see the pods they create. A release of another chart or
 * version is invisible to them: admission may deny its pods at install, and only Azure would say so.
 */
final class KnownChartRule extends CheckOnlyRule {

    static final String ID = "LZ-HELM-001";

    KnownChartRule() {
        super(ID, "Helm releases install charts whose pods the offline admission checks can see",
            "Install the chart at the version the landing zone pins, or add the chart and version to ChartCatalog (its"
                + " images, security contexts, limits and host settings), or suppress this with the reason the release's pods"
                + " pass admission.",
            Severity.WARNING, Set.of("helm_release"));
    }

    @Override
    public Evaluation evaluate(TerraformResource resource, StackContext stack) {
        String repository = resource.text("repository");
        String chart = resource.text("chart");
        String version = resource.text("version");
        if (StackQueries.isReference(repository) || StackQueries.isReference(chart) || StackQueries.isReference(version)) {
            return Evaluation.nonCompliant("the chart is known only at apply time, so the admission controls cannot judge its pods"
                + " before deploy; give repository, chart and version as literals");
        }
        return Evaluation.require(ChartCatalog.knows(repository, chart, version), "chart " + chart + " " + version + " from " + repository
            + " is not in the chart catalog, so no admission control can judge its pods before deploy; install a pinned version"
            + " or add it to ChartCatalog");
    }
}
