package com.sysgenpro.landingzone.platform;

import io.cdktn.providers.azurerm.monitor_action_group.MonitorActionGroup;
import io.cdktn.providers.azurerm.monitor_action_group.MonitorActionGroupEmailReceiver;
import com.sysgenpro.landingzone.core.AzureNameRule;
import com.sysgenpro.landingzone.internal.Checks;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import software.constructs.Construct;

/**
 * An Azure Monitor action group ({@code azurerm_monitor_action_group}): who is told when an alert fires.
 *
 * <p>One action group per owner: the estate creates one for each owner mailbox (a business unit's team, the
 * platform team) and every alert of what that owner answers for notifies it, so that changing who is paged is one
 * change. Receivers are e-mail only and always use Azure Monitor's common alert schema, which gives every alert the
 * same payload whatever its kind (metric, log, activity log).
 */
public final class ActionGroup extends Construct {

    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

    private final MonitorActionGroup resource;
    private final String name;

    /** Creates the action group; prefer {@link Builder#create(Construct, String)}. */
    public ActionGroup(Construct scope, String id, ActionGroupProps props) {
        super(scope, id);
        String path = getNode().getPath();
        this.name = Checks.azureName(path, "name", props.name(), AzureNameRule.MONITOR);
        String shortName = Checks.required(path, "shortName", props.shortName());
        if (shortName.isBlank() || shortName.length() > ActionGroupProps.MAX_SHORT_NAME_LENGTH) {
            throw Checks.invalid(path, "shortName", shortName, "1 to " + ActionGroupProps.MAX_SHORT_NAME_LENGTH
                + " characters, not blank (Azure's limit: it is the sender name of notifications); '" + shortName + "' has "
                + shortName.length());
        }
        ResourceGroup resourceGroup = Checks.required(path, "resourceGroup", props.resourceGroup());
        this.resource = MonitorActionGroup.Builder.create(this, "Resource")
            .name(name)
            .resourceGroupName(resourceGroup.name())
            .shortName(shortName)
            .enabled(true)
            .emailReceiver(emailReceivers(path, props.emailAddresses()))
            .tags((props.tags() != null ? props.tags() : resourceGroup.tags()).asMap())
            .build();
    }

    private static List<MonitorActionGroupEmailReceiver> emailReceivers(String path, List<String> addresses) {
        if (addresses.isEmpty()) {
            throw Checks.invalid(path, "emailAddresses", "[]", "at least one mailbox, usually the owner's, or nobody hears the alerts");
        }
        Map<String, String> byReceiverName = new HashMap<>();
        List<MonitorActionGroupEmailReceiver> receivers = new ArrayList<>();
        for (String address : addresses) {
            if (address == null || !Checks.isEmail(address)) {
                throw Checks.invalid(path, "emailAddresses", address, "e-mail addresses such as erp-team@contoso.example");
            }
            String receiverName = receiverName(address);
            String clash = byReceiverName.putIfAbsent(receiverName, address);
            if (clash != null) {
                throw Checks.invalid(path, "emailAddresses", address, "each mailbox once; it repeats '" + clash + "'");
            }
            receivers.add(MonitorActionGroupEmailReceiver.builder()
                .name(receiverName)
                .emailAddress(address)
                .useCommonAlertSchema(true)
                .build());
        }
        return receivers;
    }

    /** The receiver's name: its address in lowercase letters, digits and hyphens, stable whatever the list order. */
    private static String receiverName(String address) {
        String name = NOT_ALPHANUMERIC.matcher(address.toLowerCase(Locale.ROOT)).replaceAll("-");
        return name.replaceAll("^-+|-+$", "");
    }

    /** The action group name as declared, known at synthesis time. */
    public String declaredName() {
        return name;
    }

    /** The action group's Azure resource id (a Terraform reference), which alerts and budgets notify. */
    public String id() {
        return resource.getId();
    }

    /** Fluent creation in the style of jsii constructs. */
    public static final class Builder extends ActionGroupProps.Setters<Builder> {
        private final Construct scope;
        private final String id;

        private Builder(Construct scope, String id) {
            this.scope = scope;
            this.id = id;
        }

        /** Starts an action group with construct id {@code id} under {@code scope}. */
        public static Builder create(Construct scope, String id) {
            return new Builder(scope, id);
        }

        /** Creates the construct. */
        public ActionGroup build() {
            return new ActionGroup(scope, id, toProps());
        }
    }
}
