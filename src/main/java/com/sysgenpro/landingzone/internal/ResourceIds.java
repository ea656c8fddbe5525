package com.sysgenpro.landingzone.internal;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * Azure resource ids given to a construct: a Terraform reference (another resource's attribute, another stack's output)
 * is taken as is, since Azure checks it at apply time; a literal must be the id of a resource of the expected type.
 */
public final class ResourceIds {

    /** What may stand in one segment of an id: anything but a slash, white space and quotes. */
    private static final String SEGMENT = "[^/\\s'\"]+";

    private ResourceIds() {
    }

    /** A name in a resource type, e.g. the network's in {@code Microsoft.Network/virtualNetworks/<network>/subnets}. */
    private static final Pattern PLACEHOLDER = Pattern.compile("<[^>]+>");

    /**
     * {@code value} if it is a Terraform reference or a literal {@code /subscriptions/<id>/resourceGroups/<group>
     * /providers/<type>/<name>} (in any case, as Azure compares ids).
     *
     * @param path where the id is given, for the message
     * @param prop the property or parameter that takes it
     * @param type the resource type, e.g. {@code Microsoft.OperationalInsights/workspaces}; a child type names its
     *     parent in angle brackets, e.g. {@code Microsoft.Network/virtualNetworks/<network>/subnets}
     * @param kindWithArticle what the id identifies, e.g. {@code a Log Analytics workspace}
     * @throws IllegalArgumentException naming the path, the property, the value and the form allowed otherwise
     */
    public static String checked(String path, String prop, String value, String type, String kindWithArticle) {
        Checks.required(path, prop, value);
        if (Checks.isReference(value)) {
            return value;
        }
        String typePattern = String.join(SEGMENT, Arrays.stream(PLACEHOLDER.split(type, -1)).map(Pattern::quote).toList());
        Pattern expected = Pattern.compile("/subscriptions/" + SEGMENT + "/resourceGroups/" + SEGMENT + "/providers/"
            + typePattern + "/" + SEGMENT, Pattern.CASE_INSENSITIVE);
        if (!expected.matcher(value).matches()) {
            throw Checks.invalid(path, prop, value, "the resource id of " + kindWithArticle + ", /subscriptions/<id>/resourceGroups/"
                + "<group>/providers/" + type + "/<name>, or a Terraform reference to one");
        }
        return value;
    }
}
