package dev.foresight.training.load;

import java.util.HashMap;
import java.util.Map;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Turns a raw source row into an {@link Interaction} following the mapping file, or throws
 * {@link MalformedRecordException} with the reason (bad date, non-numeric amount, missing id, unknown type).
 */
public class InteractionMapper implements ItemProcessor<RawRecord, Interaction> {

    private final SourceMapping mapping;
    private final String source;
    private final FieldParser parse;

    public InteractionMapper(SourceMapping mapping, String source) {
        this.mapping = mapping;
        this.source = source;
        this.parse = new FieldParser(mapping.dateFormatter());
    }

    @Override
    public Interaction process(RawRecord record) {
        if (record.readError() != null) {
            throw new MalformedRecordException(record.readError());
        }
        SourceMapping.Columns c = mapping.columns();
        String customerId = FieldParser.required(c.customerId(), record.get(c.customerId()));
        var occurredAt = parse.instant(c.occurredAt(), record.get(c.occurredAt()));
        Map<String, String> attributes = new HashMap<>();
        for (String attribute : mapping.attributes()) {
            String value = record.get(attribute);
            if (value != null && !value.isBlank()) {
                attributes.put(attribute, value);
            }
        }
        return new Interaction(customerId, occurredAt, type(record), blankToNull(record.get(c.channel())),
                parse.number(c.amount(), record.get(c.amount())), parse.number(c.quantity(), record.get(c.quantity())),
                blankToNull(record.get(c.product())), attributes, source, record.line());
    }

    private String type(RawRecord record) {
        String column = mapping.columns().type();
        String raw = column == null ? null : blankToNull(record.get(column));
        if (raw == null) {
            if (mapping.defaultType() == null) {
                throw new MalformedRecordException("missing " + column);
            }
            return mapping.defaultType();
        }
        String mapped = mapping.typeValues().get(raw);
        if (mapped != null) {
            return mapped;
        }
        if (mapping.restrictTypes()) {
            throw new MalformedRecordException("unknown type in " + column + ": '" + raw + "'");
        }
        return raw;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
