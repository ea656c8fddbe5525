package com.sysgenpro.landingzone.governance;

import com.sysgenpro.landingzone.internal.Checks;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import software.constructs.Construct;

/**
 * A management group hierarchy from a {@link ManagementGroupNode} tree, by default the Azure landing-zone shape
 * ({@link ManagementGroupNode#azureLandingZone}).
 *
 * <p>Every group is a direct child construct whose id is the node's key, so moving a group elsewhere in the tree
 * changes its parent in Azure without moving its Terraform address. Azure allows six levels below the root group.
 */
public final class ManagementGroupHierarchy extends Construct {

    /** Levels Azure allows below the tenant root group. */
    static final int MAX_DEPTH = 6;

    private final Map<String, ManagementGroup> groups = new LinkedHashMap<>();

    /**
     * Creates the hierarchy.
     *
     * @param tree the groups; keys and names must be unique, depth at most six levels
     */
    public ManagementGroupHierarchy(Construct scope, String id, ManagementGroupNode tree) {
        super(scope, id);
        String path = getNode().getPath();
        Checks.required(path, "tree", tree);
        validate(path, tree);
        create(tree, null);
    }

    private void create(ManagementGroupNode node, ManagementGroup parent) {
        ManagementGroup group = new ManagementGroup(this, node.key(), node.name(), node.displayName(), parent);
        groups.put(node.key(), group);
        for (ManagementGroupNode child : node.children()) {
            create(child, group);
        }
    }

    private static void validate(String path, ManagementGroupNode tree) {
        Set<String> keys = new HashSet<>();
        Set<String> names = new HashSet<>();
        tree.visit(node -> {
            if (!keys.add(node.key())) {
                throw Checks.invalid(path, "tree", node.key(), "keys must be unique; rename one of the groups keyed '" + node.key() + "'");
            }
            if (!names.add(node.name())) {
                throw Checks.invalid(path, "tree", node.name(), "management group names must be unique in the tenant");
            }
        });
        int depth = depth(tree);
        if (depth > MAX_DEPTH) {
            throw Checks.invalid(path, "tree", depth + " levels", "Azure allows at most " + MAX_DEPTH
                + " levels of management groups below the tenant root; flatten the tree");
        }
    }

    private static int depth(ManagementGroupNode node) {
        return 1 + node.children().stream().mapToInt(ManagementGroupHierarchy::depth).max().orElse(0);
    }

    /**
     * The group with {@code key}.
     *
     * @throws IllegalArgumentException naming the known keys when there is none
     */
    public ManagementGroup group(String key) {
        ManagementGroup group = groups.get(key);
        if (group == null) {
            throw Checks.invalid(getNode().getPath(), "key", key, "known groups: " + String.join(", ", groups.keySet()));
        }
        return group;
    }

    /** Every group by key, parents before children. */
    public Map<String, ManagementGroup> groups() {
        return Collections.unmodifiableMap(groups);
    }
}
