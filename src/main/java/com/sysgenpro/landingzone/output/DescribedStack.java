package com.sysgenpro.landingzone.output;

import java.util.Optional;

/**
 * One stack's entry in {@code landing-zone.json}: its {@link StackContext} and what only some stacks record.
 *
 * @param context what the stack serves and which policy holds there
 * @param allocation a shared hosting's showback key, or {@code null} for other stacks and outputs written before it existed
 * @param capacity a shared hosting's capacity, or {@code null} as for {@code allocation}
 * @param operatingHours when the stack's clusters and servers stop and start, or {@code null} where they run all the time
 */
public record DescribedStack(StackContext context, AllocationKey allocation, HostingCapacity capacity,
                             OperatingHours operatingHours) {

    /** The showback key, for a shared hosting that records one. */
    public Optional<AllocationKey> allocationKey() {
        return Optional.ofNullable(allocation);
    }

    /** The capacity, for a shared hosting that records one. */
    public Optional<HostingCapacity> hostingCapacity() {
        return Optional.ofNullable(capacity);
    }

    /** The operating hours, for a stack that stops on schedule. */
    public Optional<OperatingHours> hours() {
        return Optional.ofNullable(operatingHours);
    }
}
