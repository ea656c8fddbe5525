package com.sysgenpro.landingzone.output;

/**
 * The Terraform resource types of the azurerm provider that rules, estimates and documents look for in a synthesized
 * output, spelled once. The constructs do not use these: they create resources through the provider bindings, whose
 * names they are.
 */
public final class ResourceTypes {

    public static final String CONSUMPTION_BUDGET_RESOURCE_GROUP = "azurerm_consumption_budget_resource_group";
    public static final String CONTAINER_REGISTRY = "azurerm_container_registry";
    public static final String DATA_PROTECTION_BACKUP = "azurerm_data_protection_backup";
    public static final String DATA_PROTECTION_BACKUP_INSTANCE_POSTGRESQL_FLEXIBLE_SERVER = "azurerm_data_protection_backup_instance_postgresql_flexible_server";
    public static final String DATA_PROTECTION_BACKUP_VAULT = "azurerm_data_protection_backup_vault";
    public static final String DNS_ = "azurerm_dns_";
    public static final String FEDERATED_IDENTITY_CREDENTIAL = "azurerm_federated_identity_credential";
    public static final String FIREWALL = "azurerm_firewall";
    public static final String FIREWALL_POLICY_RULE_COLLECTION_GROUP = "azurerm_firewall_policy_rule_collection_group";
    public static final String KEY_VAULT = "azurerm_key_vault";
    public static final String KEY_VAULT_KEY = "azurerm_key_vault_key";
    public static final String KUBERNETES_CLUSTER = "azurerm_kubernetes_cluster";
    public static final String KUBERNETES_CLUSTER_NODE_POOL = "azurerm_kubernetes_cluster_node_pool";
    public static final String KUBERNETES_FLUX_CONFIGURATION = "azurerm_kubernetes_flux_configuration";
    public static final String LINUX_VIRTUAL_MACHINE = "azurerm_linux_virtual_machine";
    public static final String LOG_ANALYTICS_WORKSPACE = "azurerm_log_analytics_workspace";
    public static final String LOGIC_APP_ACTION_CUSTOM = "azurerm_logic_app_action_custom";
    public static final String LOGIC_APP_TRIGGER_RECURRENCE = "azurerm_logic_app_trigger_recurrence";
    public static final String LOGIC_APP_WORKFLOW = "azurerm_logic_app_workflow";
    public static final String MANAGED_REDIS = "azurerm_managed_redis";
    public static final String MANAGEMENT_GROUP = "azurerm_management_group";
    public static final String MANAGEMENT_GROUP_SUBSCRIPTION_ASSOCIATION = "azurerm_management_group_subscription_association";
    public static final String MANAGEMENT_LOCK = "azurerm_management_lock";
    public static final String MONITOR_ACTION_GROUP = "azurerm_monitor_action_group";
    public static final String MONITOR_DIAGNOSTIC_SETTING = "azurerm_monitor_diagnostic_setting";
    public static final String MONITOR_METRIC_ALERT = "azurerm_monitor_metric_alert";
    public static final String MONITOR_SCHEDULED_QUERY_RULES_ALERT_V2 = "azurerm_monitor_scheduled_query_rules_alert_v2";
    public static final String NETWORK_SECURITY_GROUP = "azurerm_network_security_group";
    public static final String PIM_ELIGIBLE_ROLE_ASSIGNMENT = "azurerm_pim_eligible_role_assignment";
    public static final String POSTGRESQL_FLEXIBLE_SERVER = "azurerm_postgresql_flexible_server";
    public static final String POSTGRESQL_FLEXIBLE_SERVER_CONFIGURATION = "azurerm_postgresql_flexible_server_configuration";
    public static final String POSTGRESQL_FLEXIBLE_SERVER_DATABASE = "azurerm_postgresql_flexible_server_database";
    public static final String POSTGRESQL_FLEXIBLE_SERVER_VIRTUAL_ENDPOINT = "azurerm_postgresql_flexible_server_virtual_endpoint";
    public static final String PRIVATE_DNS_RESOLVER_INBOUND_ENDPOINT = "azurerm_private_dns_resolver_inbound_endpoint";
    public static final String PRIVATE_DNS_RESOLVER_OUTBOUND_ENDPOINT = "azurerm_private_dns_resolver_outbound_endpoint";
    public static final String PRIVATE_DNS_ZONE = "azurerm_private_dns_zone";
    public static final String PRIVATE_DNS_ZONE_VIRTUAL_NETWORK_LINK = "azurerm_private_dns_zone_virtual_network_link";
    public static final String PRIVATE_ENDPOINT = "azurerm_private_endpoint";
    public static final String PUBLIC_IP = "azurerm_public_ip";
    public static final String REDIS_CACHE = "azurerm_redis_cache";
    public static final String RESOURCE_GROUP = "azurerm_resource_group";
    public static final String RESOURCE_GROUP_TEMPLATE_DEPLOYMENT = "azurerm_resource_group_template_deployment";
    public static final String ROUTE = "azurerm_route";
    public static final String ROUTE_TABLE = "azurerm_route_table";
    public static final String STORAGE_ = "azurerm_storage_";
    public static final String STORAGE_ACCOUNT = "azurerm_storage_account";
    public static final String STORAGE_ACCOUNT_CUSTOMER_MANAGED_KEY = "azurerm_storage_account_customer_managed_key";
    public static final String STORAGE_CONTAINER = "azurerm_storage_container";
    public static final String STORAGE_CONTAINER_IMMUTABILITY_POLICY = "azurerm_storage_container_immutability_policy";
    public static final String STORAGE_SHARE = "azurerm_storage_share";
    public static final String SUBNET = "azurerm_subnet";
    public static final String SUBNET_ROUTE_TABLE_ASSOCIATION = "azurerm_subnet_route_table_association";
    public static final String USER_ASSIGNED_IDENTITY = "azurerm_user_assigned_identity";
    public static final String VIRTUAL_NETWORK = "azurerm_virtual_network";
    public static final String VIRTUAL_NETWORK_GATEWAY = "azurerm_virtual_network_gateway";
    public static final String VIRTUAL_NETWORK_GATEWAY_CONNECTION = "azurerm_virtual_network_gateway_connection";
    public static final String VIRTUAL_NETWORK_PEERING = "azurerm_virtual_network_peering";
    public static final String WINDOWS_VIRTUAL_MACHINE = "azurerm_windows_virtual_machine";

    private ResourceTypes() {
    }
}
