package org.gongkai.model;

/** Contact details a report gives; any field may be {@code null}. */
public record Contact(
    String office, String phone, String fax, String email, String address, String postcode) {}
