package com.sysgenpro.landingzone.core;

import com.sysgenpro.landingzone.internal.Choices;
import java.util.Locale;
import java.util.Optional;

/** How sensitive the data a business unit keeps in Odoo is; tagged on every resource and read by placement rules. */
public enum DataClassification {
    /** Published or publishable data. */
    PUBLIC,
    /** Internal business data: the usual ERP content. */
    INTERNAL,
    /** Customer, supplier and employee data whose disclosure harms the business or people. */
    CONFIDENTIAL,
    /** Data under a regulation (health, defence, payment cards, export control) that dictates where and how it is hosted. */
    REGULATED;

    /** The tag value and the spelling in estate files, e.g. {@code confidential}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The classification spelled {@code id}, if any. */
    public static Optional<DataClassification> find(String id) {
        return Choices.find(values(), DataClassification::id, id);
    }

    /** The classifications' spellings, e.g. for an "allowed: …" message. */
    public static String ids() {
        return Choices.allowed(values(), DataClassification::id);
    }
}
