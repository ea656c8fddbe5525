package com.sysgenpro.landingzone.estate;

import com.sysgenpro.landingzone.output.StackKind;
import io.cdktn.cdktn.App;
import io.cdktn.cdktn.TerraformStack;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The estate's stacks added to an app, in the plan's order, and wired: which stack each one references and so deploys
 * after (the vending stack, the platform stack, the connectivity stack, a tenant's shared hosting, a cluster's stack).
 */
final class EstateStacks {

    private EstateStacks() {
    }

    /**
     * The platform stack, the shared hosting stacks, one stack per placement and one in-cluster stack per cluster, as
     * far as {@code selection} builds them; their names in synthesis order. A selection builds whole connected
     * components of the stack dependency graph, so every stack a built one references is built too.
     */
    static List<String> add(App app, Estate estate, StackSelection selection) {
        List<String> stackNames = new ArrayList<>();
        // The hosting stacks built so far, which the stacks after them reference.
        Map<String, SharedHostingStack> shared = new LinkedHashMap<>();
        Map<String, BusinessUnitEnvironmentStack> environments = new LinkedHashMap<>();
        EstatePlan plan = selection.plan();
        // Every stack with a subscription deploys after the vending stack, whose outputs it reads through remote state, and
        // after the platform stack, which registers the resource providers it uses (its own provider registers none).
        SubscriptionsStack vending = null;
        // Every peered network's stack deploys after the connectivity stack, whose hubs and zones it reads.
        ConnectivityStack connectivity = null;
        PlannedSubscription connectivitySubscription = plan.subscriptionOf(ConnectivityStack.NAME).orElse(null);
        PlatformStack platform = null;
        for (PlannedStack planned : plan.stacks()) {
            if (!selection.builds(planned.name())) {
                continue;
            }
            PlannedSubscription subscription = plan.subscriptionOf(planned.name()).orElse(null);
            TerraformStack stack = switch (planned.kind()) {
                case SUBSCRIPTIONS -> vending = new SubscriptionsStack(app, estate, plan);
                case PLATFORM -> platform = new PlatformStack(app, estate, plan);
                case CONNECTIVITY -> connectivity = new ConnectivityStack(app, estate, plan, subscription);
                case SHARED_HOSTING -> {
                    SharedHostingStack hosting = new SharedHostingStack(app, estate, planned.hosting(), subscription,
                        connectivitySubscription);
                    shared.put(planned.name(), hosting);
                    yield hosting;
                }
                case BUSINESS_UNIT -> {
                    BusinessUnitEnvironmentStack environment = new BusinessUnitEnvironmentStack(app, estate, planned.placement(),
                        planned.placement().sharedStackName().map(shared::get).orElse(null), subscription, connectivitySubscription);
                    environments.put(planned.name(), environment);
                    yield environment;
                }
                case IN_CLUSTER -> {
                    if (planned.hosting() != null) {
                        SharedHostingStack host = shared.get(planned.hosting().stackName());
                        yield new InClusterStack(app, estate, host.hosting().stackName(), host.cluster(), host.network(), host.registry(),
                            host.hosting().blueprint(),
                            planned.hosting().tenants().stream().map(tenant -> environments.get(tenant.stackName())).toList());
                    }
                    BusinessUnitEnvironmentStack environment = environments.get(planned.placement().stackName());
                    yield new InClusterStack(app, estate, planned.placement().stackName(), environment.cluster(), environment.network(), environment.registry(),
                        planned.placement().blueprint(), List.of(environment));
                }
                default -> throw new IllegalStateException("the plan has a stack of kind " + planned.kind());
            };
            if (subscription != null && vending != null) {
                stack.addDependency(vending);
            }
            if (connectivity != null && stack != connectivity && Connectivity.of(stack).isPresent()) {
                stack.addDependency(connectivity);
            }
            if (subscription != null && platform != null && stack != platform && planned.kind() != StackKind.IN_CLUSTER) {
                stack.addDependency(platform);
            }
            stackNames.add(planned.name());
        }
        return stackNames;
    }
}
