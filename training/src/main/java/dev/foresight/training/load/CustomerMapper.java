package dev.foresight.training.load;

import java.util.HashMap;
import java.util.Map;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Maps a row of the optional customers file; a bad signup date or attribute rejects the row. */
public class CustomerMapper implements ItemProcessor<RawRecord, CustomerRecord> {

    private final SourceMapping.Customers mapping;
    private final String source;
    private final FieldParser parse;

    public CustomerMapper(SourceMapping mapping, String source) {
        this.mapping = mapping.customers();
        this.source = source;
        this.parse = new FieldParser(mapping.dateFormatter());
    }

    @Override
    public CustomerRecord process(RawRecord record) {
        if (record.readError() != null) {
            throw new MalformedRecordException(record.readError());
        }
        String id = FieldParser.required(mapping.customerId(), record.get(mapping.customerId()));
        var signup = mapping.signupDate() == null ? null : parse.date(mapping.signupDate(), record.get(mapping.signupDate()));
        Map<String, Object> attributes = new HashMap<>();
        for (String attribute : mapping.numericAttributes()) {
            Double value = parse.number(attribute, record.get(attribute));
            if (value != null) {
                attributes.put(attribute, value);
            }
        }
        for (String attribute : mapping.textAttributes()) {
            String value = record.get(attribute);
            if (value != null && !value.isBlank()) {
                attributes.put(attribute, value.trim());
            }
        }
        return new CustomerRecord(id, signup, attributes, source);
    }
}
