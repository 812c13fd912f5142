package com.atlassian.mail;

import javax.mail.Multipart;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Compile-only declaration of atlassian-mail's message: the constructor, the setters the digest sender uses and the
 * getters its tests read, with the real class's defaults (empty subject and body, text/plain, UTF-8). It is a class in Jira, so
 * unit tests run this copy's code (docs/jira-api-surface.md). Never packaged.
 */
public class Email {
    private final String to;
    private String subject = "";
    private String body = "";
    private String mimeType = "text/plain";
    private String encoding = "UTF-8";
    private Multipart multipart;
    private final Map<String, String> headers = new LinkedHashMap<>(Map.of("Precedence", "bulk",
            "Auto-Submitted", "auto-generated"));

    public Email(String to) {
        if (to == null || to.isBlank()) {
            throw new IllegalArgumentException("'To' is a required field");
        }
        this.to = to;
    }

    public Email setSubject(String subject) {
        this.subject = subject;
        return this;
    }

    public Email setBody(String body) {
        this.body = body;
        return this;
    }

    public Email setMimeType(String mimeType) {
        this.mimeType = mimeType;
        return this;
    }

    public Email setEncoding(String encoding) {
        this.encoding = encoding;
        return this;
    }

    public Email setMultipart(Multipart multipart) {
        this.multipart = multipart;
        return this;
    }

    /** Sets a header of the mail, beside the real class's defaults "Precedence: bulk" and "Auto-Submitted". */
    public void addHeader(String headerName, String headerValue) {
        headers.put(headerName, headerValue);
    }

    @SuppressWarnings("rawtypes")
    public Map getHeaders() {
        return headers;
    }

    public String getTo() {
        return to;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getMimeType() {
        return mimeType;
    }

    public String getEncoding() {
        return encoding;
    }

    public Multipart getMultipart() {
        return multipart;
    }
}
