package com.sysgenpro.landingzone.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.sysgenpro.landingzone.governance.policy.Evaluation;
import com.sysgenpro.landingzone.governance.policy.Severity;
import com.sysgenpro.landingzone.internal.Json;
import com.sysgenpro.landingzone.output.ResourceTypes;
import com.sysgenpro.landingzone.output.StackContext;
import com.sysgenpro.landingzone.output.TerraformResource;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * LZ-CMK-004: customer-managed keys are strong and rotate, and their vaults cannot lose them. Keys (created through
 * Resource Manager in a template deployment, or with {@code azurerm_key_vault_key}) are RSA of at least 3072 bits with a
 * rotation policy that rotates at least every two years; in stacks with customer-managed keys every Key Vault has purge
 * protection, without which storage, PostgreSQL and disk encryption sets refuse the key and a purge would make the data
 * unreadable for good.
 */
final class CustomerManagedKeyMaterialRule extends CheckOnlyRule {

    static final String ID = "LZ-CMK-004";
    static final int MINIMUM_RSA_BITS = 3072;
    static final int MAXIMUM_ROTATION_DAYS = 730;
    private static final String KEY_TYPE = "Microsoft.KeyVault/vaults/keys";
    private static final Pattern DAYS = Pattern.compile("P(\\d+)D");

    CustomerManagedKeyMaterialRule() {
        super(ID, "Customer-managed keys are RSA 3072+ with rotation, in purge-protected vaults",
            "Create keys with KeyVaultKey (RSA 3072 or 4096, rotated every 30 to 730 days) in vaults with purge protection,"
                + " which the landing zone turns on wherever a stack uses customer-managed keys.",
            Severity.ERROR, Set.of(ResourceTypes.KEY_VAULT, ResourceTypes.KEY_VAULT_KEY, ResourceTypes.RESOURCE_GROUP_TEMPLATE_DEPLOYMENT));
    }

    @Override
    public Evaluation evaluate(TerraformResource resource, StackContext stack) {
        return switch (resource.type()) {
            case ResourceTypes.KEY_VAULT -> vault(resource, stack);
            case ResourceTypes.KEY_VAULT_KEY -> dataPlaneKey(resource);
            default -> templateKeys(resource);
        };
    }

    private static Evaluation vault(TerraformResource resource, StackContext stack) {
        if (!stack.customerManagedKeys()) {
            return Evaluation.notApplicable(stack.name() + " uses no customer-managed keys");
        }
        return Evaluation.require(resource.body().path("purge_protection_enabled").asBoolean(false), "purge protection is off,"
            + " so the vault's keys could be purged and the data they encrypt lost; set purge_protection_enabled to true (the"
            + " landing zone does for stacks with customer-managed keys)");
    }

    private static Evaluation dataPlaneKey(TerraformResource resource) {
        List<String> problems = new ArrayList<>();
        String type = resource.text("key_type");
        if (type != null && !type.startsWith("RSA")) {
            problems.add("key_type is " + type + ", but storage, PostgreSQL and disk encryption sets take RSA keys");
        }
        int size = resource.body().path("key_size").asInt(0);
        if (size < MINIMUM_RSA_BITS) {
            problems.add("key_size is " + (size == 0 ? "not set" : size) + "; use " + MINIMUM_RSA_BITS + " or 4096");
        }
        JsonNode automatic = StackQueries.block(StackQueries.block(resource.body(), "rotation_policy"), "automatic");
        String rotation = StackQueries.text(automatic, "time_after_creation");
        rotation(rotation, problems);
        return Evaluation.require(problems.isEmpty(), String.join("; ", problems));
    }

    private static Evaluation templateKeys(TerraformResource resource) {
        String content = resource.text("template_content");
        if (content == null || !content.contains(KEY_TYPE)) {
            return Evaluation.notApplicable("the deployment creates no Key Vault key");
        }
        JsonNode template;
        try {
            template = Json.parseObject(content);
        } catch (IllegalStateException e) {
            return Evaluation.notApplicable("the template is not literal JSON");
        }
        List<String> problems = new ArrayList<>();
        for (JsonNode key : template.path("resources")) {
            if (!KEY_TYPE.equals(key.path("type").asText())) {
                continue;
            }
            String name = key.path("name").asText();
            JsonNode properties = key.path("properties");
            String type = properties.path("kty").asText("");
            if (!type.startsWith("RSA")) {
                problems.add(name + ": kty is '" + type + "', but storage, PostgreSQL and disk encryption sets take RSA keys");
            }
            int size = properties.path("keySize").asInt(0);
            if (size < MINIMUM_RSA_BITS) {
                problems.add(name + ": keySize is " + (size == 0 ? "not set" : size) + "; use " + MINIMUM_RSA_BITS + " or 4096");
            }
            String rotation = null;
            for (JsonNode action : properties.path("rotationPolicy").path("lifetimeActions")) {
                if ("rotate".equalsIgnoreCase(action.path("action").path("type").asText())) {
                    rotation = action.path("trigger").path("timeAfterCreate").asText(null);
                }
            }
            List<String> rotationProblems = new ArrayList<>();
            rotation(rotation, rotationProblems);
            rotationProblems.forEach(problem -> problems.add(name + ": " + problem));
        }
        return Evaluation.require(problems.isEmpty(), String.join("; ", problems));
    }

    private static void rotation(String timeAfterCreate, List<String> problems) {
        if (timeAfterCreate == null) {
            problems.add("no rotation policy rotates the key; rotate it automatically, e.g. every 365 days");
            return;
        }
        Matcher days = DAYS.matcher(timeAfterCreate);
        if (days.matches() && Integer.parseInt(days.group(1)) > MAXIMUM_ROTATION_DAYS) {
            problems.add("the key rotates only after " + timeAfterCreate + "; rotate it at least every " + MAXIMUM_ROTATION_DAYS + " days");
        }
    }
}
