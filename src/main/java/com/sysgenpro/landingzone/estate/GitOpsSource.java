package com.sysgenpro.landingzone.estate;

/**
 * The Git repository Flux deploys each cluster from; every cluster reads its own path,
 * {@code clusters/<stack>}.
 *
 * @param repositoryUrl the repository's HTTPS URL
 * @param branch the branch to follow
 */
public record GitOpsSource(String repositoryUrl, String branch) {
}
