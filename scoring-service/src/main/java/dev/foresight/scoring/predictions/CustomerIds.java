package dev.foresight.scoring.predictions;

/** What a customer id may look like: CRM ids, 1–128 characters of letters, digits and {@code . _ : @ -}. */
final class CustomerIds {

    static final String PATTERN = "[A-Za-z0-9._:@-]{1,128}";
    static final String MESSAGE = "must be 1-128 letters, digits or . _ : @ -";

    private CustomerIds() {
    }
}
