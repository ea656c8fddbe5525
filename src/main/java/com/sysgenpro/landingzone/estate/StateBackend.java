package com.sysgenpro.landingzone.estate;

/**
 * Where the estate's stacks keep their Terraform state: an Azure storage account reached with Entra ID (no access
 * keys), one state file per stack ({@code <stack>.tfstate}). Sandbox and development environments keep local state
 * regardless, so that experiments never need access to the shared state account.
 *
 * @param subscriptionId the subscription of the state account
 * @param resourceGroup the resource group of the state account
 * @param storageAccount the state storage account
 * @param container the blob container holding the state files
 */
public record StateBackend(String subscriptionId, String resourceGroup, String storageAccount, String container) {
}
