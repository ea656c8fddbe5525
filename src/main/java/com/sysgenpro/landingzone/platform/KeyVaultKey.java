package com.sysgenpro.landingzone.platform;

import io.cdktn.cdktn.ITerraformDependable;
import io.cdktn.cdktn.TerraformResourceLifecycle;
import io.cdktn.providers.azurerm.resource_group_template_deployment.ResourceGroupTemplateDeployment;
import io.cdktn.providers.azurerm.role_assignment.RoleAssignment;
import com.sysgenpro.landingzone.core.AzureRegion;
import com.sysgenpro.landingzone.core.Tags;
import com.sysgenpro.landingzone.governance.BuiltInRole;
import com.sysgenpro.landingzone.internal.Checks;
import com.sysgenpro.landingzone.internal.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import software.constructs.Construct;

/**
 * A customer-managed key: an RSA key in a {@link KeyVault} with a rotation policy, for storage accounts, PostgreSQL
 * and disk encryption sets to wrap their data encryption keys with.
 *
 * <p>Created through Azure Resource Manager ({@code Microsoft.KeyVault/vaults/keys}, in an
 * {@code azurerm_resource_group_template_deployment}), not through the vault's data plane as {@code azurerm_key_vault_key}
 * would: the landing zone's vaults refuse public network access, and Resource Manager is not subject to the vault's
 * firewall, so Terraform can run from anywhere, and the deploying identity needs only
 * {@code Microsoft.KeyVault/vaults/keys/write}, which Contributor holds, rather than a data-plane role (Key Vault Crypto
 * Officer) granted minutes before use. Resource Manager creates a key only if it does not exist and never changes one:
 * a later change of size or rotation is not applied to an existing key (rotate or re-policy it with
 * {@code az keyvault key rotation-policy update}).
 *
 * <p>Consumers get {@link #versionlessId()}, so that each service adopts the version the rotation policy creates
 * (storage within a day, PostgreSQL and disk encryption sets with automatic key rotation), and Terraform sees no
 * change when the key rotates. Grant a service access with {@link #grantEncryptionUser}.
 */
public final class KeyVaultKey extends Construct {

    /** The Key Vault API version the template creates keys with; the first with rotation policies at general availability. */
    static final String API_VERSION = "2023-07-01";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9-]{1,32}");
    private static final int MIN_ROTATION_DAYS = 30;
    private static final int MAX_ROTATION_DAYS = 730;

    private final ResourceGroupTemplateDeployment deployment;
    private final KeyVault vault;
    private final String name;

    /** Creates the key; prefer {@link Builder#create(Construct, String)}. */
    public KeyVaultKey(Construct scope, String id, KeyVaultKeyProps props) {
        super(scope, id);
        String path = getNode().getPath();
        this.vault = Checks.required(path, "vault", props.vault());
        this.name = Checks.required(path, "name", props.name());
        if (!NAME.matcher(name).matches()) {
            throw Checks.invalid(path, "name", name, "1 to 32 letters, digits and hyphens, e.g. cmk-storage");
        }
        if (!KeyVaultKeyProps.ALLOWED_KEY_SIZES.contains(props.keySize())) {
            throw Checks.invalid(path, "keySize", props.keySize(), "one of " + KeyVaultKeyProps.ALLOWED_KEY_SIZES
                + " (RSA bits; every service using customer-managed keys accepts both)");
        }
        Checks.inRange(path, "rotateAfterDays", props.rotateAfterDays(), MIN_ROTATION_DAYS, MAX_ROTATION_DAYS);
        if (!vault.purgeProtection()) {
            throw Checks.invalid(path, "vault", vault.declaredName(), "a vault with purge protection: storage, PostgreSQL and"
                + " disk encryption sets refuse keys that could be purged; turn purgeProtection on for the vault");
        }
        Tags tags = props.tags() != null ? props.tags() : vault.tags();

        var builder = ResourceGroupTemplateDeployment.Builder.create(this, "Resource")
            .name("key-" + vault.declaredName() + "-" + name)
            .resourceGroupName(vault.resourceGroup().name())
            .deploymentMode("Incremental")
            .templateContent(Json.write(template(vault.declaredName(), name, vault.premium() ? "RSA-HSM" : "RSA", props.keySize(),
                props.rotateAfterDays(), tags)))
            // The key is created in the vault the deployment names; order it after the vault exists.
            .dependsOn(List.of(vault.dependable()))
            .tags(tags.asMap());
        if (props.deletionProtection()) {
            builder.lifecycle(TerraformResourceLifecycle.builder().preventDestroy(true).build());
        }
        this.deployment = builder.build();
    }

    /** The template: one key with its rotation policy. */
    static Map<String, Object> template(String vaultName, String keyName, String keyType, int keySize, int rotateAfterDays, Tags tags) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("kty", keyType);
        properties.put("keySize", keySize);
        // Wrapping data encryption keys is all the services do with it.
        properties.put("keyOps", List.of("wrapKey", "unwrapKey"));
        properties.put("attributes", Map.of("enabled", true));
        properties.put("rotationPolicy", Map.of("lifetimeActions", List.of(Map.of(
            "trigger", Map.of("timeAfterCreate", "P" + rotateAfterDays + "D"),
            "action", Map.of("type", "rotate")))));
        Map<String, Object> key = new LinkedHashMap<>();
        key.put("type", "Microsoft.KeyVault/vaults/keys");
        key.put("apiVersion", API_VERSION);
        key.put("name", vaultName + "/" + keyName);
        key.put("tags", tags.asMap());
        key.put("properties", properties);
        Map<String, Object> template = new LinkedHashMap<>();
        template.put("$schema", "https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#");
        template.put("contentVersion", "1.0.0.0");
        template.put("resources", List.of(key));
        // The current version's URI, read through Resource Manager (not the vault's data plane, which the firewall closes):
        // for services that need a versioned key, such as a disk encryption set created by Terraform.
        template.put("outputs", Map.of("keyUriWithVersion", Map.of("type", "string",
            "value", "[reference(resourceId('Microsoft.KeyVault/vaults/keys', '" + vaultName + "', '" + keyName + "'), '"
                + API_VERSION + "').keyUriWithVersion]")));
        return template;
    }

    /**
     * The key's identifier without a version, {@code https://<vault>.vault.azure.net/keys/<name>} (a Terraform
     * reference): what services are given, so that they follow each new version. Built from the vault's URI rather
     * than read from the deployment, whose outputs Terraform would not know while the template changes, so that
     * nothing using the key is planned to change with it.
     */
    public String versionlessId() {
        return vault.vaultUri() + "keys/" + name;
    }

    /**
     * The key's Azure resource id, {@code <vault id>/keys/<name>} (a Terraform reference): the scope of role assignments
     * that reach this key only. Known once the vault is, like {@link #versionlessId()}; a role assignment's scope that
     * Terraform could not know would replace the assignment, and the service would lose the key meanwhile.
     */
    public String resourceId() {
        return vault.id() + "/keys/" + name;
    }

    /**
     * The identifier of the key's version when the deployment ran, {@code https://<vault>.vault.azure.net/keys/<name>/<version>}
     * (a Terraform reference to the deployment's output): for services that take only a versioned key. It does not follow
     * later rotations: the deployment reruns only when its template changes.
     */
    public String versionedId() {
        return io.cdktn.cdktn.Token.asString(io.cdktn.cdktn.Fn.lookup(io.cdktn.cdktn.Fn.lookup(
            io.cdktn.cdktn.Fn.jsondecode(deployment.getOutputContent()), "keyUriWithVersion"), "value"));
    }

    /** What a resource that needs the key to exist depends on. */
    public ITerraformDependable dependable() {
        return deployment;
    }

    /** The key's name in its vault. */
    public String declaredName() {
        return name;
    }

    /** The vault that holds the key. */
    public KeyVault vault() {
        return vault;
    }

    /** The key's region, its vault's. */
    public AzureRegion region() {
        return vault.region();
    }

    /**
     * Lets {@code principalId} (a service's managed identity) use the key to wrap and unwrap: Key Vault Crypto Service
     * Encryption User on this key only. The service's resource should depend on the returned assignment, since Azure
     * checks the access when the resource is created.
     *
     * @param scope where the assignment lives (the consuming construct)
     * @param id its construct id there
     */
    public ITerraformDependable grantEncryptionUser(Construct scope, String id, String principalId, String description) {
        return RoleAssignment.Builder.create(scope, id)
            .scope(resourceId())
            .roleDefinitionName(BuiltInRole.KEY_VAULT_CRYPTO_SERVICE_ENCRYPTION_USER.displayName())
            .principalId(principalId)
            // Identities created in the same run: Entra ID may not have replicated them yet.
            .principalType("ServicePrincipal")
            .skipServicePrincipalAadCheck(true)
            .description(description)
            // The key must exist before access to it can be granted.
            .dependsOn(List.of(deployment))
            .build();
    }

    /** Fluent creation in the style of jsii constructs. */
    public static final class Builder extends KeyVaultKeyProps.Setters<Builder> {
        private final Construct scope;
        private final String id;

        private Builder(Construct scope, String id) {
            this.scope = scope;
            this.id = id;
        }

        /** Starts a key with construct id {@code id} under {@code scope}. */
        public static Builder create(Construct scope, String id) {
            return new Builder(scope, id);
        }

        /** Creates the construct. */
        public KeyVaultKey build() {
            return new KeyVaultKey(scope, id, toProps());
        }
    }
}
