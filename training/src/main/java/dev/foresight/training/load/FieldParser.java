package dev.foresight.training.load;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;

/** Parses source text into typed values, with reasons that name the column and the value when it cannot. */
final class FieldParser {

    private final DateTimeFormatter dates;

    FieldParser(DateTimeFormatter dates) {
        this.dates = dates;
    }

    Instant instant(String column, String text) {
        String value = required(column, text);
        try {
            if (dates == null) {
                return iso(value);
            }
            TemporalAccessor parsed = dates.parseBest(value, OffsetDateTime::from, LocalDateTime::from, LocalDate::from);
            if (parsed instanceof OffsetDateTime odt) {
                return odt.toInstant();
            }
            if (parsed instanceof LocalDateTime ldt) {
                return ldt.toInstant(ZoneOffset.UTC);
            }
            return ((LocalDate) parsed).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw new MalformedRecordException("bad date in " + column + ": '" + value + "'");
        }
    }

    LocalDate date(String column, String text) {
        return instant(column, text).atZone(ZoneOffset.UTC).toLocalDate();
    }

    Double number(String column, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            double value = Double.parseDouble(text.trim());
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new MalformedRecordException("non-numeric " + column + ": '" + text + "'");
        }
    }

    static String required(String column, String text) {
        if (text == null || text.isBlank()) {
            throw new MalformedRecordException("missing " + column);
        }
        return text.trim();
    }

    private static Instant iso(String value) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException ignored) {
            // not an offset timestamp; try the local forms below
        }
        String normalised = value.replace(' ', 'T');
        if (normalised.length() == 10) {
            return LocalDate.parse(normalised).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        return LocalDateTime.parse(normalised).toInstant(ZoneOffset.UTC);
    }
}
