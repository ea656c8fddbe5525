package com.sysgenpro.landingzone.core;

/**
 * An IPv4 address range in CIDR notation, e.g. {@code 10.20.0.0/22}, normalised so that the address is the range's
 * first address.
 *
 * @param address the first address as an unsigned 32-bit value
 * @param prefixLength the number of fixed leading bits, 0 to 32
 */
public record Cidr(long address, int prefixLength) {

    /** Validates the range. */
    public Cidr {
        if (prefixLength < 0 || prefixLength > 32) {
            throw new IllegalArgumentException("prefix length /" + prefixLength + " is not allowed; 0 to 32");
        }
        if (address < 0 || address > 0xFFFFFFFFL || (address & ~mask(prefixLength) & 0xFFFFFFFFL) != 0) {
            throw new IllegalArgumentException("address " + format(address) + " is not the first address of a /" + prefixLength
                + "; use " + format(address & mask(prefixLength)) + "/" + prefixLength);
        }
    }

    /**
     * Parses {@code a.b.c.d/n}.
     *
     * @throws IllegalArgumentException naming the text and the expected form
     */
    public static Cidr parse(String text) {
        String[] parts = text == null ? new String[0] : text.split("/", -1);
        long address = parts.length == 2 ? addressValue(parts[0]) : -1;
        int prefixLength;
        try {
            if (address < 0) {
                throw new NumberFormatException(text);
            }
            prefixLength = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not an IPv4 range in CIDR notation such as 10.20.0.0/22");
        }
        try {
            return new Cidr(address, prefixLength);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "': " + e.getMessage(), e);
        }
    }

    /**
     * Whether {@code text} is one IPv4 address in dotted-decimal form, e.g. {@code 10.20.1.254}: four octets of 0 to 255
     * without leading zeros. Says nothing about whether the address is private or public.
     */
    public static boolean isAddress(String text) {
        return addressValue(text) >= 0;
    }

    /** The address as an unsigned 32-bit value, or -1 when {@code text} is not a dotted-decimal IPv4 address. */
    private static long addressValue(String text) {
        String[] octets = text == null ? new String[0] : text.split("\\.", -1);
        if (octets.length != 4) {
            return -1;
        }
        long address = 0;
        for (String octet : octets) {
            if (octet.isEmpty() || octet.length() > 3 || !octet.chars().allMatch(Character::isDigit)) {
                return -1;
            }
            int value = Integer.parseInt(octet);
            if (value > 255 || !octet.equals(String.valueOf(value))) {
                return -1;
            }
            address = (address << 8) | value;
        }
        return address;
    }

    /** How many addresses the range holds. */
    public long size() {
        return 1L << (32 - prefixLength);
    }

    /** Whether {@code other} lies entirely within this range. */
    public boolean contains(Cidr other) {
        return other.prefixLength >= prefixLength && (other.address & mask(prefixLength)) == address;
    }

    /** Whether the two ranges share any address. */
    public boolean overlaps(Cidr other) {
        return contains(other) || other.contains(this);
    }

    /**
     * The {@code index}-th range of length {@code newPrefixLength} within this one, e.g. {@code 10.20.0.0/22}
     * split into /24s gives index 2 = {@code 10.20.2.0/24}.
     */
    public Cidr subnet(int newPrefixLength, int index) {
        if (newPrefixLength < prefixLength || newPrefixLength > 32) {
            throw new IllegalArgumentException("cannot carve a /" + newPrefixLength + " out of " + this);
        }
        long count = 1L << (newPrefixLength - prefixLength);
        if (index < 0 || index >= count) {
            throw new IllegalArgumentException(this + " holds " + count + " ranges of /" + newPrefixLength + "; index " + index + " is outside");
        }
        return new Cidr(address + index * (1L << (32 - newPrefixLength)), newPrefixLength);
    }

    /**
     * The address at {@code index} within the range, counted from its first address, or from its last when negative
     * ({@code -1} is the last), e.g. {@code 10.20.0.0/23} at -2 is {@code 10.20.1.254}.
     */
    public String addressAt(long index) {
        long offset = index < 0 ? size() + index : index;
        if (offset < 0 || offset >= size()) {
            throw new IllegalArgumentException(this + " holds " + size() + " addresses; index " + index + " is outside");
        }
        return format(address + offset);
    }

    @Override
    public String toString() {
        return format(address) + "/" + prefixLength;
    }

    private static long mask(int prefixLength) {
        return prefixLength == 0 ? 0 : (0xFFFFFFFFL << (32 - prefixLength)) & 0xFFFFFFFFL;
    }

    private static String format(long address) {
        return ((address >> 24) & 255) + "." + ((address >> 16) & 255) + "." + ((address >> 8) & 255) + "." + (address & 255);
    }
}
