package com.sysgenpro.landingzone.preview;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Amounts as reports print them: to the cent, grouped, the same on every machine. */
final class Money {

    private Money() {
    }

    /** {@code $1,234.50} for US dollars, {@code 1,234.50 EUR} for other currencies. */
    static String format(BigDecimal amount, String currency) {
        BigDecimal rounded = amount.setScale(2, RoundingMode.HALF_UP);
        String digits = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(rounded.abs());
        String sign = rounded.signum() < 0 ? "-" : "";
        return "USD".equals(currency) ? sign + "$" + digits : sign + digits + " " + currency;
    }

    /** A change: {@code +$10.00}, {@code -$10.00}, or {@code $0.00}. */
    static String change(BigDecimal amount, String currency) {
        BigDecimal rounded = amount.setScale(2, RoundingMode.HALF_UP);
        return (rounded.signum() > 0 ? "+" : "") + format(rounded, currency);
    }
}
