/**
 * Workload constructs (API): the AKS cluster and its node pools, the container registry and its replicas, Flux GitOps and
 * workload identity, PostgreSQL flexible servers with read replicas and vaulted backup, Azure Managed Redis, storage, and
 * the operating schedule that stops and starts non-production clusters and servers outside their hours.
 */
package com.sysgenpro.landingzone.workload;
