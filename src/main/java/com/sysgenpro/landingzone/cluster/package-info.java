/**
 * In-cluster constructs (API), on the kubernetes and helm providers: how a stack reaches a cluster
 * ({@code KubernetesAccess}), tenant namespaces with their quotas, limits and network policies, Traefik ingress and
 * cert-manager from pinned charts ({@code ChartCatalog}), and the pod templates they share.
 */
package com.sysgenpro.landingzone.cluster;
