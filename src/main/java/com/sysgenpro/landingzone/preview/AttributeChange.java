package com.sysgenpro.landingzone.preview;

/**
 * One argument whose value differs between before and after, as shown in a preview: values are already rendered for
 * display, with secrets masked and long values shortened, so that nothing built from this leaks a credential.
 *
 * @param path the argument's path, e.g. {@code sku_name}, {@code high_availability.mode} or
 *     {@code tags.environment}; list elements as {@code [i]}
 * @param before the value before, rendered ({@code (none)} when the argument was absent)
 * @param after the value after, rendered ({@code (none)} when absent, {@code (known after apply)} when unknown)
 * @param forcesReplacement whether changing it makes Terraform destroy and recreate the resource
 */
public record AttributeChange(String path, String before, String after, boolean forcesReplacement) {
}
