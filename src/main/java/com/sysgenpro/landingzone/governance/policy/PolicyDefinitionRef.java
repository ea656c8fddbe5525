package com.sysgenpro.landingzone.governance.policy;

/** The Azure Policy definition behind a {@link Control}: a built-in one, or one the landing zone defines. */
public sealed interface PolicyDefinitionRef permits BuiltInPolicy, CustomPolicy {

    /**
     * The value the initiative's reference takes for the definition's effect parameter, spelled as the definition
     * allows (Kubernetes definitions spell effects in lower case).
     *
     * @throws IllegalArgumentException when the definition does not allow {@code effect}
     */
    String effectValue(PolicyEffect effect);

    /** The name of the definition's effect parameter, e.g. {@code effect}. */
    String effectParameter();
}
