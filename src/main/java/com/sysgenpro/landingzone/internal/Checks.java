package com.sysgenpro.landingzone.internal;

import com.sysgenpro.landingzone.core.AzureNameRule;
import java.util.regex.Pattern;
import software.constructs.Construct;

/**
 * Prop validation for constructs. Every message names the construct path, the property, the bad value and
 * what is allowed, so that the person reading it can fix the estate without opening the library's source.
 */
public final class Checks {

    private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?");
    private static final Pattern DNS_SUBDOMAIN = Pattern.compile("[a-z0-9]([-.a-z0-9]{0,251}[a-z0-9])?");
    private static final Pattern HOST_NAME = Pattern.compile("(?=.{1,253}$)([a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");
    private static final Pattern LABEL_VALUE = Pattern.compile("([A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)?");
    private static final Pattern LABEL_KEY = Pattern.compile(
        "([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?");
    /** Deliberately loose: one {@code @}, a dot in the domain, no spaces; the mail system has the last word. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern GUID = Pattern.compile("[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}");

    private Checks() {
    }

    /**
     * Whether {@code value} is resolved by Terraform (a cdktn token, which prints as {@code ${TfToken…}}, or a
     * {@code ${…}} expression) rather than a literal that can be checked before synthesis.
     */
    public static boolean isReference(String value) {
        return value != null && value.contains("${");
    }

    /** Whether {@code value} looks like an e-mail address: something, {@code @}, a domain with a dot, no spaces. */
    public static boolean isEmail(String value) {
        return value != null && EMAIL.matcher(value).matches();
    }

    /** Whether {@code value} is a DNS label (RFC 1123): 1 to 63 lowercase letters, digits and hyphens, none at an end. */
    public static boolean isDnsLabel(String value) {
        return value != null && DNS_LABEL.matcher(value).matches();
    }

    /**
     * Whether {@code value} is a DNS subdomain name (RFC 1123), what most Kubernetes object names must be: up to 253
     * lowercase letters, digits, hyphens and dots, alphanumeric at both ends.
     */
    public static boolean isDnsSubdomain(String value) {
        return value != null && DNS_SUBDOMAIN.matcher(value).matches();
    }

    /** Whether {@code value} is a fully qualified host or domain name in lower case, e.g. {@code erp.example.com}. */
    public static boolean isHostName(String value) {
        return value != null && HOST_NAME.matcher(value).matches();
    }

    /**
     * Whether {@code value} is a Kubernetes label value: empty, or up to 63 letters, digits, {@code -}, {@code _} and
     * {@code .}, alphanumeric at both ends.
     */
    public static boolean isLabelValue(String value) {
        return value != null && LABEL_VALUE.matcher(value).matches();
    }

    /**
     * Whether {@code value} is a Kubernetes label key: an optional DNS subdomain prefix and {@code /}, then a name as
     * a label value has it (not empty): a prefix of at most 253 characters and a name of at most 63.
     */
    public static boolean isLabelKey(String value) {
        if (value == null || !LABEL_KEY.matcher(value).matches()) {
            return false;
        }
        int slash = value.indexOf('/');
        return slash <= 253 && value.length() - slash - 1 <= 63;
    }

    /** Whether {@code value} is a GUID such as an Entra ID object id or a subscription id. */
    public static boolean isGuid(String value) {
        return value != null && GUID.matcher(value).matches();
    }

    /** Fails unless {@code value} is null or a GUID; {@code what} names what the GUID identifies. */
    public static String guidOrNull(String constructPath, String prop, String value, String what) {
        if (value != null && !isGuid(value)) {
            throw invalid(constructPath, prop, value, what + " is a GUID, e.g. 00000000-0000-0000-0000-000000000000");
        }
        return value;
    }

    /**
     * {@code value} if it is a GUID or a Terraform reference (checked by Azure at apply time, e.g. another stack's
     * output), or null.
     *
     * @throws IllegalArgumentException naming the construct path, the property and the value otherwise
     */
    public static String guidOrReference(String constructPath, String prop, String value, String what) {
        return isReference(value) ? value : guidOrNull(constructPath, prop, value, what);
    }

    /** The path the construct {@code id} will have under {@code scope}, for messages raised before it exists. */
    public static String pathOf(Construct scope, String id) {
        String parent = scope.getNode().getPath();
        return parent.isEmpty() ? id : parent + "/" + id;
    }

    /**
     * Fails unless {@code value} is a Kubernetes DNS label (RFC 1123): 1 to 63 lowercase letters, digits and hyphens,
     * no hyphen at either end; what namespaces, service accounts and label-addressed names must be.
     */
    public static String dnsLabel(String constructPath, String prop, String value) {
        required(constructPath, prop, value);
        if (!isDnsLabel(value)) {
            throw invalid(constructPath, prop, value, "a DNS label: 1 to 63 lowercase letters, digits and hyphens, no hyphen at either end");
        }
        return value;
    }

    /** Fails when {@code value} is null, naming the builder method that sets it. */
    public static <T> T required(String constructPath, String prop, T value) {
        if (value == null) {
            throw new IllegalArgumentException(constructPath + ": " + prop + " is required; set it with ." + prop + "(…)");
        }
        return value;
    }

    /** An error for a property that is required in this situation; {@code why} says which situation and what to set. */
    public static IllegalArgumentException missing(String constructPath, String prop, String why) {
        return new IllegalArgumentException(constructPath + ": " + prop + " is required: " + why);
    }

    /** Fails unless {@code min <= value <= max}. */
    public static int inRange(String constructPath, String prop, int value, int min, int max) {
        if (value < min || value > max) {
            throw invalid(constructPath, prop, value, "allowed: " + min + " to " + max);
        }
        return value;
    }

    /** Fails unless {@code name} is a valid Azure name of the given kind. */
    public static String azureName(String constructPath, String prop, String name, AzureNameRule rule) {
        required(constructPath, prop, name);
        String problem = rule.problemWith(name);
        if (problem != null) {
            throw new IllegalArgumentException(constructPath + ": " + prop + " '" + name + "' is not allowed: " + problem);
        }
        return name;
    }

    /** An error for a property value outside what is allowed. */
    public static IllegalArgumentException invalid(String constructPath, String prop, Object value, String allowed) {
        return new IllegalArgumentException(constructPath + ": " + prop + " " + quote(value) + " is not allowed; " + allowed);
    }

    private static String quote(Object value) {
        return value instanceof CharSequence ? "'" + value + "'" : String.valueOf(value);
    }
}
